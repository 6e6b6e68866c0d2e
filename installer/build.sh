#!/usr/bin/env bash
# Builds the Linux app image (target/installer/pulsewall: launcher, application, a trimmed Java
# runtime with JavaFX linked in, the default configuration) and, when fakeroot and dpkg-deb exist,
# target/installer/pulsewall_VERSION_amd64.deb. Run by `mvn -Pinstaller package` or directly after
# `mvn -DskipTests package`. Screen PCs need no Java: the runtime is inside.
#
#   installer/build.sh            app image + .deb (when possible)
#   installer/build.sh --no-deb   app image only
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s%N)
version=${PULSEWALL_VERSION:-0.1.0}
out=target/installer
image=$out/pulsewall
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
[ -f target/pulsewall.jar ] || mvn -B -q -o -DskipTests package
command -v jpackage >/dev/null || { echo "jpackage not found (a JDK 17+ provides it)" >&2; exit 1; }

rm -rf "$out" && mkdir -p "$out/input"
cp target/pulsewall.jar "$out/input/"
# JavaFX goes into the runtime as modules (no 'unsupported configuration' warning, no duplicate jars);
# everything else stays on the class path the jar's manifest names
find target/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} "$out/input/" \;
mkdir -p "$out/input/lib" && mv "$out/input/"*.jar "$out/input/lib/" && mv "$out/input/lib/pulsewall.jar" "$out/input/"

# JavaFX's native libraries go into the runtime's lib/ (found by System.loadLibrary, as with
# JavaFX jmods); left inside the jars they would be extracted to ~/.openjfx on every new machine
fx_jars=$out/fx-jars
mkdir -p "$fx_jars" "$out/fx-native"
for jar in target/lib/javafx-*-linux.jar; do
  cp "$jar" "$fx_jars/"
  unzip -q -o "$jar" '*.so' -d "$out/fx-native" 2>/dev/null || true
  zip -q -d "$fx_jars/$(basename "$jar")" '*.so' >/dev/null 2>&1 || true
done
fx_modules=$(ls "$fx_jars"/*.jar | tr '\n' ':')
jdk_modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.httpserver,jdk.jsobject,jdk.localedata,jdk.management,jdk.net,jdk.unsupported,jdk.unsupported.desktop,jdk.xml.dom,jdk.zipfs
fx=javafx.base,javafx.graphics,javafx.controls,javafx.media,javafx.web,javafx.swing
# Monocle (headless rendering for `snapshot` without a display) sits on the class path and needs
# these JavaFX internals; as system modules JavaFX exports them to nobody else
fx_exports="--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED --add-opens=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED"
fx_exports+=" --add-exports=javafx.graphics/com.sun.glass.utils=ALL-UNNAMED --add-exports=javafx.graphics/com.sun.javafx.util=ALL-UNNAMED"
fx_exports+=" --add-exports=javafx.base/com.sun.javafx.logging=ALL-UNNAMED --add-exports=javafx.graphics/com.sun.javafx.application=ALL-UNNAMED"
jlink --module-path "$java_home/jmods:$fx_modules" --add-modules "$jdk_modules,$fx" \
  --include-locales=en,nl,de,zh --strip-debug --no-header-files --no-man-pages \
  --compress=2 --generate-cds-archive --output "$out/runtime"
cp "$out/fx-native/"*.so "$out/runtime/lib/"
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"  # -Xmx768m: compressed oops, the other archive is never used

jpackage --type app-image --name pulsewall --app-version "$version" --vendor Pulsewall \
  --description "Social-media videowall and narrowcasting player" \
  --input "$out/input" --main-jar pulsewall.jar --main-class org.pulsewall.Main \
  --runtime-image "$out/runtime" --dest "$out" \
  --java-options "-Xmx768m -XX:+ExitOnOutOfMemoryError -Xshare:auto $fx_exports"

# the default configuration: /etc/pulsewall of the .deb, a template for other installs
cfg=$image/lib/config
mkdir -p "$cfg"
cp installer/config/wall.yaml installer/config/bootstrap.yaml.example "$cfg/"
cp -r playlists themes media "$cfg/"
cp -r installer/linux "$image/lib/linux"

# class data sharing: an archive of the classes a start loads, and the launcher options to map it
installer/linux/class-data.sh "$image"

mb=$(du -sm "$image" | cut -f1)
echo "app image: $image ($mb MB) in $(( ($(date +%s%N) - started) / 1000000 )) ms"

if [ "${1:-}" = "--no-deb" ]; then exit 0; fi
if ! command -v fakeroot >/dev/null || ! command -v dpkg-deb >/dev/null; then
  echo "no fakeroot/dpkg-deb: .deb skipped"; exit 0
fi
installer/linux/make-deb.sh "$image" "$version" "$out"
echo "app image and .deb in $(( ($(date +%s%N) - started) / 1000000 )) ms"

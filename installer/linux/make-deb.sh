#!/usr/bin/env bash
# Packs an app image into a .deb: /opt/pulsewall (player and its runtime), /usr/bin/pulsewall,
# /etc/pulsewall (the default configuration, dpkg conffiles: local edits survive upgrades),
# /var/lib/pulsewall (state, group pulsewall), the systemd user unit and the autostart entry.
#   make-deb.sh APP_IMAGE VERSION OUT_DIR
set -euo pipefail
image=$1; version=$2; out=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(mktemp -d)
chmod 755 "$root"
trap 'rm -rf "$root"' EXIT

mkdir -p "$root/opt" "$root/usr/bin" "$root/etc" "$root/usr/lib/systemd/user" "$root/usr/share/pulsewall" \
  "$root/usr/share/applications" "$root/DEBIAN"
cp -a "$image" "$root/opt/pulsewall"
# lib/config stays: the training run of class-data.sh plays it; the archive is made by postinst
rm -rf "$root/opt/pulsewall/lib/linux" "$root/opt/pulsewall/lib/app/pulsewall.jsa"
ln -s /opt/pulsewall/bin/pulsewall "$root/usr/bin/pulsewall"
cp -a "$image/lib/config" "$root/etc/pulsewall"
cp "$here/pulsewall.service" "$root/usr/lib/systemd/user/"
cp "$here/pulsewall.desktop" "$root/usr/share/applications/"
cp "$here/pulsewall-autostart.desktop" "$here/kiosk-session.sh" "$here/class-data.sh" "$root/usr/share/pulsewall/"
chmod 755 "$root/usr/share/pulsewall/kiosk-session.sh" "$root/usr/share/pulsewall/class-data.sh"
mkdir -p "$root/usr/share/doc/pulsewall"
cp "$here/../../docs/deploy.md" "$here/../../docs/operations.md" "$root/usr/share/doc/pulsewall/" 2>/dev/null || true

(cd "$root" && find etc -type f | sed 's:^:/:' | sort) > "$root/DEBIAN/conffiles"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: pulsewall
Version: $version
Section: video
Priority: optional
Architecture: amd64
Maintainer: Pulsewall <ops@pulsewall.example>
Installed-Size: $size
Depends: libc6, libgtk-3-0, libgl1, libx11-6, libxtst6, libxxf86vm1, libasound2, libfreetype6, libfontconfig1,
 libavcodec59 | libavcodec60 | libavcodec58, libavformat59 | libavformat60 | libavformat58,
 libxslt1.1, libxml2, x11-xserver-utils, fonts-noto-cjk | fonts-wqy-microhei
Recommends: unclutter
Description: social-media videowall and narrowcasting player
 Pulsewall shows what customers say about a brand on lobby screens, department
 screens and network operations walls: one fullscreen kiosk window per monitor,
 playlists of live scenes, an outage map. Java runtime included.
CONTROL
cp "$here/deb/postinst" "$here/deb/prerm" "$here/deb/postrm" "$root/DEBIAN/"
chmod 755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm" "$root/DEBIAN/postrm"
deb="$out/pulsewall_${version}_amd64.deb"
fakeroot dpkg-deb --build -Zgzip -z6 "$root" "$deb" >/dev/null
echo "deb: $deb ($(du -m "$deb" | cut -f1) MB)"

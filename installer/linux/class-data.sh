#!/bin/sh
# (Re)creates the class data sharing archive of an app image where it now lives: a headless
# training run (snapshot renders the lobby playlist on Monocle) records the classes a start loads,
# later starts map them instead of parsing jars (start to first frame ~15-20 % faster). The archive
# is bound to the image's path, so it is made again after the image moved (the .deb's postinst
# runs this for /opt/pulsewall). Without an archive the player starts as before, just slower.
#   class-data.sh [APP_IMAGE_DIR]        default: /opt/pulsewall
set -u
image=$(cd "${1:-/opt/pulsewall}" && pwd)
archive=$image/lib/app/pulsewall.jsa
cfg=$image/lib/app/pulsewall.cfg
work=$(mktemp -d)
rm -f "$archive"
# the launcher must not map an archive while one is being made
sed -i '/SharedArchiveFile\|Xlog:cds/d' "$cfg"
if env -u DISPLAY JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Xlog:cds*=off" PULSEWALL_STATE="$work" \
    "$image/bin/pulsewall" snapshot --playlist lobby --config "$image/lib/config" --out "$work/png" \
    >/dev/null 2>"$work/err" && [ -s "$archive" ]; then
  chmod 644 "$archive"
  printf 'java-options=-XX:SharedArchiveFile=$APPDIR/pulsewall.jsa\njava-options=-Xlog:cds*=off\n' >>"$cfg"
  echo "class data sharing archive: $archive"
else
  rm -f "$archive"
  echo "class data sharing archive skipped: $(tail -n 1 "$work/err")"
fi
rm -rf "$work"
exit 0

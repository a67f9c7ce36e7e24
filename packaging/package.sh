#!/usr/bin/env bash
# Builds this platform's app-image and installer with jpackage from the runtime image that
# `mvn -Ppackage -DskipTests package` leaves in target/mission-reader (the profile then runs this script). Results go to target/dist/ with the runtime image.
# Usage: packaging/package.sh VERSION [INSTALLER_TYPE]   (type defaults to deb, msi or dmg by OS)
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: package.sh VERSION [TYPE]}
case "$(uname -s)" in
    Linux*) os=linux; type=${2:-deb} ;;
    Darwin*) os=macos; type=${2:-dmg} ;;
    MINGW*|MSYS*|CYGWIN*) os=windows; type=${2:-msi} ;;
    *) echo "package.sh: unknown platform $(uname -s)" >&2; exit 2 ;;
esac
. packaging/jdk.sh
jpackage=$jdk/bin/jpackage
[ -x target/mission-reader/bin/java ] || [ -x target/mission-reader/bin/java.exe ] || {
    echo "package.sh: no runtime image in target/mission-reader: run mvn -Ppackage -DskipTests -Dinstallers.skip=true package first" >&2; exit 1; }

rm -rf target/dist
mkdir -p target/dist
cp -a target/mission-reader target/dist/runtime-image
"$jpackage" --type app-image --app-version "$version" --dest target/dist \
    @packaging/jpackage/app-image.options @packaging/jpackage/$os.options
# On Linux, a shell launcher in place of jpackage's native one (see packaging/linux/mission-reader.sh),
# without the library that only the native one loads.
if [ "$os" = linux ]; then
    install -m 755 packaging/linux/mission-reader.sh target/dist/mission-reader/bin/mission-reader
    rm -f target/dist/mission-reader/lib/libapplauncher.so
fi
# A class-data sharing archive in each runtime, from one training run of the app (packaging/cds.sh).
app_image=$(ls -d target/dist/mission-reader.app 2>/dev/null || echo target/dist/mission-reader)
mkdir -p target/cds
rm -f target/cds/mission-reader.classlist
bash packaging/cds.sh "$app_image" target/cds/mission-reader.classlist
bash packaging/cds.sh target/dist/runtime-image target/cds/mission-reader.classlist
# On Linux, what the packages install for the desktop beside the app in /opt: the menu entry, its icon,
# the AppStream metainfo, the MIME type of library files, the manual page (from the launcher's own
# --help) and the bash completion, laid out in lib/share/ as under /usr/share, where finish-deb.sh and
# the .rpm's spec (packaging/linux/mission-reader.spec) move them.
if [ "$os" = linux ]; then
    cp packaging/icons/mission-reader.png target/dist/mission-reader/lib/mission-reader.png
    bash packaging/linux/desktop-files.sh target/dist/mission-reader target/dist/mission-reader/lib/share
fi
"$jpackage" --type "$type" --app-version "$version" --dest target/dist \
    @packaging/jpackage/installer.options @packaging/jpackage/$type.options
# The .deb completed as Debian's policy asks: copyright and changelog, a long description.
if [ "$type" = deb ]; then
    for deb in target/dist/*.deb; do bash packaging/linux/finish-deb.sh "$deb"; done
fi
ls -l target/dist

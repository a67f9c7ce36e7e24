#!/usr/bin/env bash
# Lays out, as under /usr/share, what the Linux packages install for the desktop: the menu entry, the
# icon in the hicolor theme, the AppStream metainfo, the MIME type of library files, the manual page
# mission-reader(1) written from the app-image's own --help (man-page.sh) and the bash completion.
# One id names the entry, the icon, the metainfo and the MIME package: org.missionreader.MissionReader.
# Usage: packaging/linux/desktop-files.sh APP_IMAGE SHARE_DIR   (package.sh runs it)
set -euo pipefail
cd "$(dirname "$0")/../.."
app=${1:?usage: desktop-files.sh APP_IMAGE SHARE_DIR}
share=${2:?usage: desktop-files.sh APP_IMAGE SHARE_DIR}
id=org.missionreader.MissionReader

rm -rf "$share"
install -D -m 644 packaging/linux/$id.desktop "$share/applications/$id.desktop"
install -D -m 644 packaging/linux/$id.metainfo.xml "$share/metainfo/$id.metainfo.xml"
install -D -m 644 packaging/linux/$id.mime.xml "$share/mime/packages/$id.xml"
install -D -m 644 packaging/icons/mission-reader.png "$share/icons/hicolor/256x256/apps/$id.png"
install -D -m 644 packaging/icons/mission-reader-512.png "$share/icons/hicolor/512x512/apps/$id.png"
install -D -m 644 packaging/icons/mission-reader.svg "$share/icons/hicolor/scalable/apps/$id.svg"
install -D -m 644 packaging/linux/mission-reader.bash-completion "$share/bash-completion/completions/mission-reader"
# The page in English, whatever the language of the machine that builds it.
install -d -m 755 "$share/man/man1"
LC_ALL=en_US.UTF-8 "$app/bin/mission-reader" --help | bash packaging/linux/man-page.sh \
    | gzip -9n > "$share/man/man1/mission-reader.1.gz"
chmod 644 "$share/man/man1/mission-reader.1.gz"

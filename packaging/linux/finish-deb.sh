#!/usr/bin/env bash
# Completes the .deb jpackage makes with what Debian's policy asks of every package, and lintian checks:
# a copyright file and a changelog in /usr/share/doc/mission-reader/ (jpackage puts the licence under
# /opt only), and a description with a synopsis and a long part (jpackage writes one line).
# Usage: packaging/linux/finish-deb.sh PACKAGE.deb   (package.sh runs it)
set -euo pipefail
cd "$(dirname "$0")/../.."
deb=${1:?usage: finish-deb.sh PACKAGE.deb}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pkg=$work/pkg
dpkg-deb -R "$deb" "$pkg"
control=$pkg/DEBIAN/control

# What package.sh laid out for the desktop in the app's lib/share/ (desktop-files.sh) goes where the desktop
# looks for it, /usr/share, and the launcher onto the PATH, which the manual page and the completion name.
share=$pkg/opt/mission-reader/lib/share
if [ -d "$share" ]; then
    install -d -m 755 "$pkg/usr/share"
    cp -a "$share"/. "$pkg/usr/share/"
    rm -rf "$share"
fi
install -d -m 755 "$pkg/usr/bin"
ln -sfn /opt/mission-reader/bin/mission-reader "$pkg/usr/bin/mission-reader"

doc=$pkg/usr/share/doc/mission-reader
install -d -m 755 "$doc"
bash packaging/linux/copyright.sh "$pkg/opt/mission-reader/lib/runtime" > "$doc/copyright"
version=$(sed -n 's/^Version: //p' "$control")
maintainer=$(sed -n 's/^Maintainer: //p' "$control")
{
    printf 'mission-reader (%s) stable; urgency=medium\n\n' "$version"
    printf '  * Mission Reader %s, packaged with jpackage.\n\n' "${version%-*}"
    printf ' -- %s  %s\n' "$maintainer" "$(date -R -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")"
} | gzip -9n > "$work/changelog.gz"
# A version with no Debian revision (0.1.0, not 0.1.0-1) is a native package's, whose changelog Debian's
# policy names changelog.gz (lintian: wrong-name-for-changelog-of-native-package).
changelog=changelog.Debian.gz
case "$version" in *-*) ;; *) changelog=changelog.gz ;; esac
rm -f "$doc/changelog.gz" "$doc/changelog.Debian.gz"
install -m 644 "$work/changelog.gz" "$doc/$changelog"
chmod 644 "$doc/copyright"

# The description: a synopsis, then the long part, each of its lines indented by one space.
description=$(cat <<'TEXT'
Description: offline reader of United Nations peacekeeping mission records
 Mission Reader reads the records of United Nations peacekeeping missions
 with no network: the statements of the Security Council's President and the
 mission's other documents, set for reading in French and English, searchable,
 printable and exportable to PDF, and a timeline of each mission's events,
 each linked to its documents and sources. It opens on MINUSMA, the United
 Nations mission in Mali.
TEXT
)
# The lines that continue the description (a package finished before) go with it.
awk -v d="$description" '/^Description:/ { print d; skip = 1; next } skip && /^ / { next } { skip = 0; print }' \
    "$control" > "$work/control"
# jpackage's preinst and postrm templates only check their argument (lintian: maintainer-script-empty):
# left out when that is all they are. Anything more in them (a later jpackage's) keeps them.
for script in preinst postrm; do
    file=$pkg/DEBIAN/$script
    [ -f "$file" ] || continue
    if ! grep -vqE '^[[:space:]]*(#.*)?$|^[[:space:]]*(set -e|exit [01]|;;|esac|\*\)|case "\$1" in|[a-z|-]+\))[[:space:]]*$|^[[:space:]]*echo "'"$script"' called with unknown argument' "$file"; then
        rm "$file"
    fi
done

# Installed-Size counts what is now installed, in KiB.
size=$(du -s -k --apparent-size --exclude=DEBIAN "$pkg" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$work/control"
install -m 644 "$work/control" "$control"

dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" > /dev/null

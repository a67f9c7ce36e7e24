#!/usr/bin/env bash
# Checks what the Linux packages install for the desktop (packaging/linux/desktop-files.sh) with the real
# validators: the menu entry (desktop-file-validate), the AppStream metainfo (appstreamcli), the MIME type
# of library files (update-mime-database, then xdg-mime on files named or made like a library), the manual
# page (groff and man without a warning, and every option of the launcher's --help in it) and the bash
# completion (loaded as bash-completion loads it, and offering the options).
# Usage: .ci/desktop-files.sh installed        the installed .deb: the files in /usr, the caches, xdg-mime
#        .ci/desktop-files.sh unpacked ROOT    a package unpacked in ROOT (the .rpm): the files alone
#        .ci/desktop-files.sh removed          after the purge: every file gone, the type forgotten
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?usage: desktop-files.sh installed | unpacked ROOT | removed}
root=/
[ "$mode" = unpacked ] && root=${2:?usage: desktop-files.sh unpacked ROOT}
id=org.missionreader.MissionReader
type=application/x-mission-reader-library+json
files=(
    usr/bin/mission-reader
    usr/share/applications/$id.desktop
    usr/share/metainfo/$id.metainfo.xml
    usr/share/mime/packages/$id.xml
    usr/share/icons/hicolor/256x256/apps/$id.png
    usr/share/icons/hicolor/512x512/apps/$id.png
    usr/share/icons/hicolor/scalable/apps/$id.svg
    usr/share/man/man1/mission-reader.1.gz
    usr/share/bash-completion/completions/mission-reader
)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A library named as the type's glob says, and one named .json that the type's content match knows.
cp assets/library.json "$work/minusma.mrlib.json"
cp assets/library.json "$work/minusma.json"

if [ "$mode" = removed ]; then
    for file in "${files[@]}"; do
        if [ -e "/$file" ] || [ -L "/$file" ]; then echo "left behind: /$file" >&2; exit 1; fi
    done
    # The caches forgot the type and the entry (postrm).
    if [ "$(xdg-mime query filetype "$work/minusma.mrlib.json")" = "$type" ]; then
        echo "the MIME database still knows $type" >&2; exit 1
    fi
    if grep -qs "$type" /usr/share/applications/mimeinfo.cache; then
        echo "/usr/share/applications/mimeinfo.cache still names $type" >&2; exit 1
    fi
    echo "desktop files removed"
    exit 0
fi

for file in "${files[@]}"; do
    [ -e "$root/$file" ] || [ -L "$root/$file" ] || { echo "missing: $root/$file" >&2; exit 1; }
done
[ "$(readlink "$root/usr/bin/mission-reader")" = /opt/mission-reader/bin/mission-reader ]
launcher=$root/opt/mission-reader/bin/mission-reader

echo "== the menu entry: desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$id.desktop"
grep -qx "MimeType=$type;" "$root/usr/share/applications/$id.desktop"
grep -qx "Icon=$id" "$root/usr/share/applications/$id.desktop"

echo "== the AppStream metainfo: appstreamcli validate"
# --no-net: the screenshot's address is a placeholder until the project publishes one (docs/packaging.md).
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$root/usr/share/metainfo/$id.metainfo.xml"

echo "== the MIME type: a database made from the package's file alone"
mkdir -p "$work/share/mime/packages"
cp "$root/usr/share/mime/packages/$id.xml" "$work/share/mime/packages/"
XDG_DATA_HOME="$work/share" update-mime-database "$work/share/mime"
for file in minusma.mrlib.json minusma.json; do
    got=$(XDG_DATA_HOME="$work/share" xdg-mime query filetype "$work/$file" 2>/dev/null)
    [ "$got" = "$type" ] || { echo "$file: $got, not $type" >&2; exit 1; }
done
echo '{"a": 1}' > "$work/other.json"
got=$(XDG_DATA_HOME="$work/share" xdg-mime query filetype "$work/other.json" 2>/dev/null)
[ "$got" = application/json ] || { echo "other.json: $got, not application/json" >&2; exit 1; }

echo "== the manual page: groff and man without a warning, every option of --help in it"
zcat "$root/usr/share/man/man1/mission-reader.1.gz" > "$work/mission-reader.1"
warnings=$(groff -ww -man -z "$work/mission-reader.1" 2>&1)
[ -z "$warnings" ] || { echo "$warnings" >&2; exit 1; }
warnings=$(LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l -Tutf8 -Z "$work/mission-reader.1" 2>&1 > /dev/null)
[ -z "$warnings" ] || { echo "$warnings" >&2; exit 1; }
sed 's/\\-/-/g; s/\\f[BIRP]//g' "$work/mission-reader.1" > "$work/page.txt"
LC_ALL=en_US.UTF-8 "$launcher" --help > "$work/help.txt"
for option in $(grep -o -- '--[a-z][a-z-]*' "$work/help.txt" | sort -u); do
    grep -q -- "$option" "$work/page.txt" || { echo "$option is in --help, not in the manual page" >&2; exit 1; }
done

echo "== the bash completion"
completion=$root/usr/share/bash-completion/completions/mission-reader
offered=$(bash --norc --noprofile -c '
    source "$1"
    COMP_WORDS=(mission-reader --); COMP_CWORD=1; COMPREPLY=()
    $(complete -p mission-reader | sed -n "s/.*-F \([^ ]*\) .*/\1/p") mission-reader -- mission-reader
    printf "%s\n" "${COMPREPLY[@]}"' bash "$completion")
for option in $(grep -o -- '^  mission-reader --[a-z][a-z-]*' "$work/help.txt" | awk '{print $2}'); do
    grep -qx -- "$option" <<< "$offered" || { echo "the completion does not offer $option" >&2; exit 1; }
done

if [ "$mode" = installed ]; then
    echo "== installed: the launcher on the PATH, the system's MIME database and default application"
    mission-reader --version
    got=$(xdg-mime query filetype "$work/minusma.mrlib.json")
    [ "$got" = "$type" ] || { echo "xdg-mime query filetype: $got, not $type" >&2; exit 1; }
    got=$(xdg-mime query default "$type")
    [ "$got" = "$id.desktop" ] || { echo "xdg-mime query default $type: '$got', not $id.desktop" >&2; exit 1; }
    # bash-completion finds the completion by the command's name, as it does when a reader types it.
    bash --norc --noprofile -c '. /usr/share/bash-completion/bash_completion
        _completion_loader mission-reader; complete -p mission-reader' | grep -q -- '-F _mission_reader mission-reader'
fi
echo "desktop files checked ($mode)"

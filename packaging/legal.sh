#!/usr/bin/env bash
# Gives the runtime image the licence notices of the modules jlink does not know about, in its legal/
# folder, one subfolder per module as jlink lays out the JDK's own: each library jar's licence and
# notice files (META-INF/LICENSE*, NOTICE*, and the *-LICENSE, *-NOTICE of code it embeds), and, for
# the modules whose jars carry none (JavaFX, ControlsFX) and for the app itself, packaging/legal/.
# Fails, naming it, if a module of the image is left with no notice: a new dependency needs its own.
# Usage: packaging/legal.sh RUNTIME_IMAGE MODULES_DIR   (the package profile runs it after jlink)
set -euo pipefail
image=${1:?usage: legal.sh RUNTIME_IMAGE MODULES_DIR}
modules=$(cd "${2:?usage: legal.sh RUNTIME_IMAGE MODULES_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
. "$here/jdk.sh"
jar=$jdk/bin/jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for file in "$modules"/*.jar; do
    # "name@version ..." for a module jar: the module's name (--release: multi-release jars keep it per release).
    name=$("$jar" --describe-module --file "$file" --release 17 | grep -o '^[A-Za-z0-9_.]*@' | head -1 | tr -d @)
    [ -n "$name" ] || { echo "legal.sh: no module name in $file" >&2; exit 1; }
    notices=$("$jar" tf "$file" | grep -E '^META-INF/([^/]*-)?(LICENSE|NOTICE)[^/]*$' || true)
    [ -n "$notices" ] || continue
    rm -rf "$work/x"; mkdir -p "$work/x"
    # shellcheck disable=SC2086 (one name per word: these paths have no spaces)
    (cd "$work/x" && "$jar" xf "$file" $notices)
    mkdir -p "$image/legal/$name"
    cp -f "$work/x/META-INF"/* "$image/legal/$name/"
done
# The app's own licence, and the notices written for the modules whose jars have none.
mkdir -p "$image/legal/org.missionreader"
cp -f "$here/../LICENSE" "$image/legal/org.missionreader/LICENSE"
cp -f "$here/../assets/fonts/OFL.txt" "$image/legal/org.missionreader/OFL.txt"
for dir in "$here"/legal/*/; do
    mkdir -p "$image/legal/$(basename "$dir")"
    cp -f "$dir"* "$image/legal/$(basename "$dir")/"
done
# A text the same as one already there (the Lucene modules share theirs) becomes a link to it, as
# jlink links the JDK modules' LICENSE to java.base's.
declare -A seen=()
for file in "$image"/legal/*/*; do
    [ -f "$file" ] && [ ! -L "$file" ] || continue
    key="$(basename "$file") $(cksum < "$file")"
    if [ -n "${seen[$key]:-}" ]; then
        rm -f "$file"
        ln -s "../${seen[$key]}" "$file"
    else
        seen[$key]="$(basename "$(dirname "$file")")/$(basename "$file")"
    fi
done
# Read-only files, as jlink writes the JDK's.
find "$image/legal" -type f -exec chmod 444 {} +

# Every module of the image has its notice.
missing=()
for name in $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$image/release"); do
    [ -n "$(ls -A "$image/legal/$name" 2>/dev/null)" ] || missing+=("$name")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "legal.sh: no licence notice for ${missing[*]} in $image/legal: add one under packaging/legal/" >&2
    exit 1
fi

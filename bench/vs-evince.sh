#!/bin/bash
# Start-up and memory beside Evince, in one run under Xvfb 1366x768 with no window manager: ROUNDS (7)
# alternating rounds, a fresh home (and settings and notes folders) for every start. For each start: the
# seconds from launch to the window mapped, and to the window settled (its last pixel change before 0.6 s
# without any: bench/firstframe.py --settled), then its resident memory (VmRSS) once settled, in MB.
# Each SPEC is NAME=COMMAND; the words DOC and PDF in a command stand for the statement's id and the PDF
# of it that the app exports (Evince opens that). Prints one line per start, then the medians.
# Needs: xvfb, python3, evince (installed by this script, as root, if missing), and the launchers built
# (mvn -Ppackage -DskipTests package: target/dist/mission-reader is the installed app-image).
# BAND=TOP,BOTTOM (fractions of the window's height) adds a fifth column: when that band of the window settled
# (bench/firstframe.py --band): with BAND=0.09,0.55 on the app's 1366x768 window, the band below the toolbar and
# above the timeline, where the mission list and the reader are: the window "usable", the timeline may follow.
# QUIET (0.6) is the seconds without a change that count as settled: a start whose window draws nothing new for
# longer than that (while a 10,000-document file is read, off the JavaFX thread) needs more, e.g. QUIET=1.5.
# Usage: bench/vs-evince.sh [NAME=COMMAND ...]   (default: the installed app and Evince)
set -u
cd "$(dirname "$0")/.."
doc=${DOC:-minusma-press-elements-2015-03-04}
app=target/dist/mission-reader/bin/mission-reader
if ! command -v evince >/dev/null; then
    apt-get install -y -q --no-install-recommends evince >/dev/null || { echo "vs-evince.sh: cannot install evince" >&2; exit 2; }
fi
mkdir -p target/bench
pdf=target/bench/$doc.pdf
h=$(mktemp -d); JDK_JAVA_OPTIONS="-Dmission.reader.config.dir=$h -Dmission.reader.data.dir=$h" "$app" --export-pdf "$doc" "$pdf" >/dev/null 2>&1; rm -rf "$h"
[ -s "$pdf" ] || { echo "vs-evince.sh: the app did not export $doc to $pdf" >&2; exit 2; }
[ $# -gt 0 ] || set -- "mission-reader=$app --open DOC" "evince=evince PDF"
Xvfb :63 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xp=$!; sleep 1; export DISPLAY=:63
out=target/bench/vs-evince.txt; : > "$out"
for round in $(seq 1 "${ROUNDS:-7}"); do
  for spec in "$@"; do
    name=${spec%%=*}; cmd=${spec#*=}; cmd=${cmd//DOC/$doc}; cmd=${cmd//PDF/$pdf}
    h=$(mktemp -d)
    band=(); [ -n "${BAND:-}" ] && band=(--band "$BAND")
    read -r mapped drawn _ settled rest < <(HOME=$h XDG_CONFIG_HOME=$h/.config XDG_DATA_HOME=$h/.local/share \
        XDG_CACHE_HOME=$h/.cache JDK_JAVA_OPTIONS="-Dmission.reader.config.dir=$h/mr-config -Dmission.reader.data.dir=$h/mr-data ${EXTRA_JAVA_OPTIONS:-}" \
        python3 bench/firstframe.py --settled "${QUIET:-0.6}" ${band[@]+"${band[@]}"} "*" 30 $cmd 2>/dev/null)
    usable=-; pid=$rest
    [ -n "${BAND:-}" ] && read -r usable pid <<< "$rest"
    # Resident memory of the process that owns the window (the JVM, or evince), once settled.
    rss=0
    for p in $(pgrep -s "$pid"); do r=$(awk '/VmRSS/ {print $2}' /proc/$p/status 2>/dev/null); [ "${r:-0}" -gt "$rss" ] && rss=$r; done
    kill -- -"$pid" 2>/dev/null; sleep 0.5; kill -9 -- -"$pid" 2>/dev/null; sleep 0.3
    rm -rf "$h"
    echo "$name $mapped $settled $((rss/1024)) $usable" | tee -a "$out"
  done
done
kill $xp
echo "== medians over ${ROUNDS:-7} rounds: name, window mapped (s), settled (s), resident memory (MB)${BAND:+, band settled (s)}"
for spec in "$@"; do
  name=${spec%%=*}
  awk -v n="$name" -v band="${BAND:-}" '$1==n {m[++c]=$2; s[c]=$3; r[c]=$4; u[c]=$5}
    function med(a, k,  i, j, t) { for (i=1;i<=k;i++) for (j=i+1;j<=k;j++) if (a[j]+0<a[i]+0) {t=a[i];a[i]=a[j];a[j]=t}
      return k%2 ? a[(k+1)/2] : (a[k/2]+a[k/2+1])/2 }
    END { printf "%s %.2f %.2f %d", n, med(m,c), med(s,c), med(r,c); if (band != "") printf " %.2f", med(u,c); printf "\n" }' "$out"
done

#!/bin/bash
# Start-up of launchers side by side: ROUNDS (7) alternating rounds under Xvfb 1366x768, an empty settings
# folder each start; per start, the seconds to the window, its first drawn frame and the library on screen
# (bench/firstframe.py), then the peak resident memory in MB two seconds later. docs/java-25.md took its
# table from this, with medians over the rounds.
# Usage: bench/compare.sh NAME=LAUNCHER [NAME=LAUNCHER ...]
set -u
cd "$(dirname "$0")/.."
Xvfb :61 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xp=$!; sleep 1; export DISPLAY=:61
for round in $(seq 1 ${ROUNDS:-7}); do
  for spec in "$@"; do
    name=${spec%%=*}; cmd=${spec#*=}
    s=$(mktemp -d)
    read -r w d sh pid < <(JDK_JAVA_OPTIONS="-Dmission.reader.config.dir=$s" python3 bench/firstframe.py --shows 2164aa@0,120,240x80 "Mission Reader" 30 $cmd 2>/dev/null)
    sleep 2
    jp=$(pgrep -s "$pid" java | head -1); hwm=$(awk '/VmHWM/ {print $2}' /proc/$jp/status 2>/dev/null)
    kill -- -$pid 2>/dev/null; sleep 0.5; kill -9 -- -$pid 2>/dev/null; sleep 0.3
    rm -rf $s
    echo "$name $w $d $sh $((hwm/1024))"
  done
done
kill $xp

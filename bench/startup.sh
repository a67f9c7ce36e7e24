#!/usr/bin/env bash
# Start-up to the first window, and memory after start, under Xvfb: the installed app (the app-image the
# installers hold), the jlinked runtime image's launcher with and without its CDS archive, plain
# `java --module-path`, and the floor (a JavaFX window with one label, bench/floor; on plain java, and
# jlinked with a CDS archive of its own and C1 only, as the reader is), in the same run, each RUNS times,
# with the bundled library and with a 10,000-document one. The app's own trace
# (-Dmissionreader.trace.startup, passed in JDK_JAVA_OPTIONS) also gives the time until the bundled
# library is on screen. Prints a table; writes target/bench/startup.txt.
# COLD=1 (as root): the kernel's page cache is dropped before every start, so that the runtime, its
# archive and the jars are read from disk as on the first start after a reboot; writes startup-cold.txt.
# Needs: mvn -Ppackage -DskipTests package first (for target/dist and target/modules), xvfb, xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
cold=${COLD:-0}
if [ "$cold" = 1 ] && [ ! -w /proc/sys/vm/drop_caches ]; then
    echo "startup.sh: COLD=1 needs to write /proc/sys/vm/drop_caches (root)" >&2; exit 2
fi
mkdir -p target/bench
large=target/bench/synthetic-10000.json
[ -f "$large" ] || target/mission-reader/bin/mission-reader --generate-library 20 10000 5000 "$large" 42 >/dev/null
javac --module-path target/modules -d target/bench/floor \
    $(find bench/floor -name '*.java')
# The floor also as the reader ships: a jlinked image of its own with a CDS archive from a training run.
floor_image=target/bench/floor-image
rm -rf "$floor_image"
jlink --module-path target/modules:target/bench/floor --add-modules org.missionreader.floor --strip-debug \
    --no-header-files --no-man-pages --compress=2 --add-options=-XX:TieredStopAtLevel=1 --output "$floor_image" \
    --launcher floor=org.missionreader.floor/org.missionreader.floor.Floor
rm -f target/bench/floor.classlist
bash packaging/cds.sh "$floor_image" target/bench/floor.classlist org.missionreader.floor/org.missionreader.floor.Floor

declare -A launchers=(
    [installed-app]="target/dist/mission-reader/bin/mission-reader"
    [runtime-image]="target/dist/runtime-image/bin/mission-reader"
    [image-without-cds]="target/mission-reader/bin/mission-reader"
    [java-module-path]="java --module-path target/modules:target/classes -m org.missionreader/org.missionreader.app.Main"
    [floor]="java --module-path target/modules:target/bench/floor -m org.missionreader.floor/org.missionreader.floor.Floor"
    [floor-image-cds]="target/bench/floor-image/bin/floor"
)
order=(installed-app runtime-image image-without-cds java-module-path floor floor-image-cds)

# One run: seconds from exec to a window titled "Mission Reader", the peak resident memory (VmHWM)
# two seconds after the window appeared (the library has loaded by then), and the seconds until the
# bundled library was drawn (from the app's trace, since the JVM started; "-" where there is no trace).
measure() {
    local command=$1 library=$2
    local start end pid java_pid hwm content trace
    trace=$(mktemp)
    if [ "$cold" = 1 ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
    start=$(date +%s.%N)
    # A session of its own, so that the whole launcher (a script starting java, or jpackage's native
    # launcher) can be stopped at once.
    # shellcheck disable=SC2086
    JDK_JAVA_OPTIONS=-Dmissionreader.trace.startup=true setsid $command $library >/dev/null 2>"$trace" &
    pid=$!
    for _ in $(seq 1 3000); do
        xdotool search --name '^Mission Reader$' >/dev/null 2>&1 && break
        sleep 0.01
    done
    end=$(date +%s.%N)
    sleep 2
    java_pid=$(pgrep -s "$pid" java | head -1 || true)
    [ -n "$java_pid" ] || java_pid=$pid
    hwm=$(awk '/VmHWM/ {print $2}' "/proc/$java_pid/status" 2>/dev/null || echo 0)
    kill -- "-$pid" 2>/dev/null || true
    sleep 0.3
    kill -9 -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        xdotool search --name '^Mission Reader$' >/dev/null 2>&1 || break
        sleep 0.05
    done
    content=$(awk '/library shown/ {printf "%.2f", $2 / 1000}' "$trace")
    rm -f "$trace"
    echo "$(echo "$end - $start" | bc) $((hwm / 1024)) ${content:--}"
}

# Apparent size in bytes, as MiB and MB (du -h rounds up to whole MiB).
mib() { du -sb "$1" | awk '{printf "%.2f MiB (%.2f MB, %d bytes)", $1 / 1048576, $1 / 1e6, $1}'; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

run_all() {
    printf '%-18s %-10s %14s %14s %14s\n' launcher library "window s (med)" "content s" "peak RSS MB"
    for library in bundled 10000-docs; do
        for name in "${order[@]}"; do
            [[ "$name" == floor* ]] && [ "$library" != bundled ] && continue
            local arg=""
            [ "$library" = 10000-docs ] && arg=$large
            local times="" mems="" contents=""
            for _ in $(seq 1 "$runs"); do
                read -r t m c < <(measure "${launchers[$name]}" "$arg")
                times+="$t"$'\n'
                mems+="$m"$'\n'
                [ "$c" != - ] && contents+="$c"$'\n'
            done
            local content=-
            [ -n "$contents" ] && content=$(printf '%s' "$contents" | median)
            printf '%-18s %-10s %14.2f %14s %14s\n' "$name" "$library" \
                "$(printf '%s' "$times" | median)" "$content" "$(printf '%s' "$mems" | median)"
        done
    done
    echo
    printf 'runtime image without its CDS archive (target/mission-reader): %s\n' "$(mib target/mission-reader)"
    printf 'runtime image (target/dist/runtime-image): %s, of which the CDS archive %s\n' \
        "$(mib target/dist/runtime-image)" "$(mib target/dist/runtime-image/lib/server/classes.jsa)"
    printf 'app-image (target/dist/mission-reader): %s\n' "$(mib target/dist/mission-reader)"
    for f in target/dist/*.deb target/dist/*.rpm; do
        [ -f "$f" ] && printf 'installer %s: %s\n' "$(basename "$f")" "$(mib "$f")"
    done
    echo "machine: $(nproc) cores, $(uname -sr), runs per figure: $runs (medians)"
    [ "$cold" = 1 ] && echo "page cache dropped before every start (COLD=1)"
    true
}

export -f measure median
out=target/bench/startup.txt
[ "$cold" = 1 ] && out=target/bench/startup-cold.txt
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "$(declare -p launchers order large runs cold); $(declare -f measure median mib run_all); run_all" \
    | tee "$out"

#!/usr/bin/env bash
# Start-up under Xvfb, to the first window, to its first drawn frame and to the bundled library on screen
# (bench/firstframe.py), and memory after start: the installed app (the app-image the installers hold),
# the jlinked runtime image's launcher with and without its CDS archive, plain `java --module-path`, and
# the floor (a JavaFX window with one label, bench/floor; on plain java, and jlinked with a CDS archive of
# its own and C1 only, as the reader is), in the same run, each RUNS times, with the bundled library and
# with a 10,000-document one. Prints a table of medians; writes target/bench/startup.txt.
# COLD=1 (as root): the kernel's page cache is dropped before every start, so that the runtime, its
# archive and the jars are read from disk as on the first start after a reboot; writes startup-cold.txt.
# Needs: mvn -Ppackage -DskipTests package first (for target/mission-reader, target/dist, target/modules and
# the test classes bench/generate-library.sh runs), xvfb, xdotool,
# python3 (bench/firstframe.py, with the system's libX11).
set -euo pipefail
cd "$(dirname "$0")/.."
# The Java 25 the app is built with (pom.xml's toolchain): its javac, jlink and java for the floor and for
# plain `java --module-path`, which read Java 25 modules.
. packaging/jdk.sh
PATH=$jdk/bin:$PATH
runs=${RUNS:-5}
cold=${COLD:-0}
if [ "$cold" = 1 ] && [ ! -w /proc/sys/vm/drop_caches ]; then
    echo "startup.sh: COLD=1 needs to write /proc/sys/vm/drop_caches (root)" >&2; exit 2
fi
mkdir -p target/bench
large=target/bench/synthetic-10000.json
[ -f "$large" ] || bash bench/generate-library.sh 20 10000 5000 "$large" 42 >/dev/null
javac --module-path target/modules -d target/bench/floor \
    $(find bench/floor -name '*.java')
# The floor also as the reader ships: a jlinked image of its own with a CDS archive from a training run.
floor_image=target/bench/floor-image
rm -rf "$floor_image"
jlink --module-path target/modules:target/bench/floor --add-modules org.missionreader.floor --strip-debug \
    --no-header-files --no-man-pages --compress=zip-6 --add-options="-XX:TieredStopAtLevel=1 -XX:+UseTransparentHugePages -Xlog:pagesize=off --enable-native-access=javafx.graphics" --output "$floor_image" \
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

# The blue of the selected, focused MINUSMA row in the mission list (light theme), where the list has it:
# when it shows, the bundled library is on screen.
library_shown="--shows 2164aa@0,120,240x80"

# One run: seconds from exec to a window titled "Mission Reader", to its first drawn frame, and (for the
# reader) to the bundled library on screen, watched by bench/firstframe.py from one process; then the
# peak resident memory (VmHWM) two seconds after that (the library has loaded by then). Each start has
# an empty settings folder of its own: the reader opens as on its first day, on MINUSMA.
measure() {
    local command=$1 library=$2 probe=$3
    local window drawn shown pid java_pid hwm settings
    settings=$(mktemp -d)
    if [ "$cold" = 1 ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
    # The launcher runs in a session of its own, so that all of it (a script starting java, or jpackage's
    # native launcher) can be stopped at once.
    # shellcheck disable=SC2086
    read -r window drawn shown pid < <(JDK_JAVA_OPTIONS="-Dmission.reader.config.dir=$settings" \
        python3 bench/firstframe.py $probe "Mission Reader" 30 $command $library 2>/dev/null)
    sleep 2
    java_pid=$(pgrep -s "$pid" java | head -1 || true)
    [ -n "$java_pid" ] || java_pid=$pid
    hwm=$(awk '/VmHWM/ {print $2}' "/proc/$java_pid/status" 2>/dev/null || echo 0)
    kill -- "-$pid" 2>/dev/null || true
    sleep 0.3
    kill -9 -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        xdotool search --name 'Mission Reader$' >/dev/null 2>&1 || break
        sleep 0.05
    done
    rm -rf "$settings"
    echo "$window $drawn $shown $((hwm / 1024))"
}

# Apparent size in bytes, as MiB and MB (du -h rounds up to whole MiB).
mib() { du -sb "$1" | awk '{printf "%.2f MiB (%.2f MB, %d bytes)", $1 / 1048576, $1 / 1e6, $1}'; }

# The median of the numbers read, one a line ("-", a time not reached, is left out; "-" if none is left).
median() {
    grep -E '^[0-9.]+$' | sort -n \
        | awk '{a[NR]=$1} END {if (!NR) print "-"; else printf "%.2f\n", (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}

run_all() {
    printf '%-18s %-10s %9s %9s %9s %12s\n' launcher library "window s" "drawn s" "library s" "peak RSS MB"
    echo "(seconds from the command: window exists, first frame drawn, bundled library on screen)"
    for library in bundled 10000-docs; do
        for name in "${order[@]}"; do
            [[ "$name" == floor* ]] && [ "$library" != bundled ] && continue
            local arg=""
            [ "$library" = 10000-docs ] && arg=$large
            local windows="" drawns="" mems="" contents=""
            for _ in $(seq 1 "$runs"); do
                local probe=$library_shown
                [[ "$name" == floor* ]] && probe=""
                read -r w d c m < <(measure "${launchers[$name]}" "$arg" "$probe")
                windows+="$w"$'\n'
                drawns+="$d"$'\n'
                mems+="$m"$'\n'
                contents+="$c"$'\n'
            done
            printf '%-18s %-10s %9s %9s %9s %12s\n' "$name" "$library" "$(printf '%s' "$windows" | median)" \
                "$(printf '%s' "$drawns" | median)" "$(printf '%s' "$contents" | median)" \
                "$(printf '%s' "$mems" | median | cut -d. -f1)"
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
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "$(declare -p launchers order large runs cold library_shown); $(declare -f measure median mib run_all); run_all" \
    | tee "$out"

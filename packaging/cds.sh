#!/usr/bin/env bash
# Gives a runtime image a class-data sharing (CDS) archive made for this application, so that the JVM
# maps the classes start-up needs (JDK, JavaFX and the app's own) already parsed and verified instead
# of loading them one by one: about a third off the time to the first window (docs/benchmarks.md).
#
# On a JVM that has Java 25's ahead-of-time cache (JEP 483, 514, 515: -XX:AOTCacheOutput), the archive
# is that cache instead: the classes also loaded and linked, and the training run's method profiles,
# written by the training run itself, to the same place, where the JVM maps it as its default archive
# with no option (docs/benchmarks.md: the start with each). The classlist is then not used.
#
# A training run starts the app from that runtime, records every class it loads until the bundled
# library is shown (-XX:DumpLoadedClassList; -Dmissionreader.exitAfterStart then closes it cleanly),
# and the runtime dumps those classes to lib/server/classes.jsa (bin/server on Windows), where the JVM
# looks by default: every launcher of that runtime uses it with no option. The run needs a display: the
# one there is, or xvfb-run. Without either, the image is left without the archive and a warning says so.
#
# Usage: packaging/cds.sh RUNTIME_DIR [CLASSLIST [MODULE/MAIN]]
#   A classlist made before is reused if given and present. MODULE/MAIN defaults to the app; another
#   program trained this way (bench/floor) must also close itself under -Dmissionreader.exitAfterStart.
set -euo pipefail
runtime=${1:?usage: cds.sh RUNTIME_DIR [CLASSLIST [MODULE/MAIN]]}
classlist=${2:-}
main=${3:-org.missionreader/org.missionreader.app.Main}

java=$(find "$runtime" -path '*/bin/java' -o -path '*/bin/java.exe' | head -1)
jvm=$(find "$runtime" -name 'libjvm.so' -o -name 'jvm.dll' -o -name 'libjvm.dylib' | head -1)
if [ -z "$java" ] || [ -z "$jvm" ]; then
    # jpackage may leave a runtime without bin/java (macOS app bundles): no way to train or dump there.
    echo "cds.sh: no java or JVM library under $runtime: it is left without a CDS archive" >&2
    exit 0
fi
archive=$(dirname "$jvm")/classes.jsa
aot=no
"$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput ' && aot=yes

if [ "$aot" = yes ] || [ -z "$classlist" ] || [ ! -s "$classlist" ]; then
    classlist=${classlist:-$(mktemp -t mission-reader-classlist.XXXXXX)}
    display=()
    if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
        if command -v xvfb-run >/dev/null; then
            display=(xvfb-run -a -s "-screen 0 1280x800x24")
        else
            echo "cds.sh: no display and no xvfb-run: $runtime is left without a CDS archive" >&2
            exit 0
        fi
    fi
    # Its own settings and data folder, so that the run neither reads nor changes the packager's settings or notes.
    settings=$(mktemp -d -t mission-reader-settings.XXXXXX)
    rm -f "$classlist"
    record=(-XX:DumpLoadedClassList="$classlist")
    # The ahead-of-time cache: the training run writes it when it ends (a second JVM assembles it); the
    # default archive goes first, or the training run would map it.
    [ "$aot" = yes ] && { rm -f "$archive"; record=(-XX:AOTCacheOutput="$archive" -Xlog:aot=warning -Xlog:cds=off); }
    # Never a hung packaging: the run normally takes a few seconds.
    limit=()
    command -v timeout >/dev/null && limit=(timeout 180)
    # (the ${a[@]+...} form: macOS's bash 3.2 calls an empty array unbound under set -u)
    if ! ${limit[@]+"${limit[@]}"} ${display[@]+"${display[@]}"} "$java" "${record[@]}" \
            -Dmissionreader.exitAfterStart=true -Dmission.reader.config.dir="$settings" -Dmission.reader.data.dir="$settings" -m "$main" >/dev/null \
            || { [ "$aot" = yes ] && [ ! -s "$archive" ]; } || { [ "$aot" = no ] && [ ! -s "$classlist" ]; }; then
        rm -rf "$settings"
        echo "cds.sh: the training run failed: $runtime is left without a CDS archive" >&2
        exit 0
    fi
    rm -rf "$settings"
    if [ "$aot" = yes ]; then
        echo "cds.sh: ahead-of-time cache $archive ($(du -h "$archive" | cut -f1))"
        exit 0
    fi
fi

rm -f "$archive"
"$java" -Xshare:dump -XX:SharedClassListFile="$classlist" -XX:SharedArchiveFile="$archive" \
    -Xlog:cds=off -Xlog:cds+dynamic=off -m "$main" >/dev/null
echo "cds.sh: $(wc -l <"$classlist") classes listed, archive $archive ($(du -h "$archive" | cut -f1))"

#!/usr/bin/env bash
# Writes a deterministic synthetic library (French and English prose with accents) for benchmarks and for
# trying large libraries by hand. The generator is test code (src/test/java/org/missionreader/library/
# synthetic), not part of the app: this runs it from the compiled test classes, on the Java 25 of
# packaging/jdk.sh, compiling them first (mvn test-compile) if they are not there.
# Usage: bench/generate-library.sh MISSIONS DOCUMENTS EVENTS OUT.json [SEED]   (seed 42 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/jdk.sh
main=org/missionreader/library/synthetic/GenerateLibrary
if [ ! -f "target/test-classes/$main.class" ] || [ ! -f target/run.modulepath ]; then
    mvn -B -q -DskipTests test-compile
fi
# The jar the generator writes with (jackson-core) is among the runtime jars target/run.modulepath lists.
exec "$jdk/bin/java" -cp "target/test-classes:target/classes:$(cat target/run.modulepath)" "${main//\//.}" "$@"

#!/usr/bin/env bash
# The whole benchmark harness, one command: the JUnit benchmarks (library load against a bare Jackson
# parse at 1,000, 10,000 and 100,000 documents, memory after load, and the feature benchmarks:
# timeline, print, search), then the installers and the start-up and size figures (also cold, as root).
# Figures are printed and kept in target/bench/*.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench test
mvn -B -q -Ppackage -DskipTests package
bash bench/startup.sh
# Cold starts too (the page cache dropped before each), where this may drop it (root).
if [ -w /proc/sys/vm/drop_caches ]; then COLD=1 bash bench/startup.sh; fi
echo
echo "figures kept in target/bench/:"
ls target/bench/*.txt

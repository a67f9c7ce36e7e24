#!/usr/bin/env bash
# Runs the app from the build (mvn compile exec:exec@run): the compiled module and every runtime jar on
# the module path as they are, on the Java 25 of packaging/jdk.sh. Arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/jdk.sh
exec "$jdk/bin/java" --enable-native-access=javafx.graphics \
    --module-path "target/classes:$(cat target/run.modulepath)" \
    --module org.missionreader/org.missionreader.app.Main "$@"

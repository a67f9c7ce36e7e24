#!/usr/bin/env bash
# Runs the app from the build (mvn compile exec:exec@run): the compiled module and every runtime jar on
# the module path as they are, on the Java 25 of packaging/jdk.sh. Arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/jdk.sh
# PDFBox's jars are automatic modules here (the runtime image gives them descriptors, packaging/modules/),
# so nothing requires commons-logging, their logging: without --add-modules, the PDF export and the print
# preview fail with NoClassDefFoundError: org/apache/commons/logging/LogFactory.
exec "$jdk/bin/java" --enable-native-access=javafx.graphics \
    --module-path "target/classes:$(cat target/run.modulepath)" --add-modules org.apache.commons.logging \
    --module org.missionreader/org.missionreader.app.Main "$@"

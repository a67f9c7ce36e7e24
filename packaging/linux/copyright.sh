#!/usr/bin/env bash
# Prints the copyright file of the Linux packages (/usr/share/doc/mission-reader/copyright in the .deb):
# the app's licence, then every module of its runtime with its version and licence, read from the
# runtime itself, so the list cannot drift from what ships. The full texts are in the runtime's legal/
# folder (packaging/legal.sh). Fails on a module whose licence it does not know.
# Usage: packaging/linux/copyright.sh RUNTIME_DIR
set -euo pipefail
runtime=${1:?usage: copyright.sh RUNTIME_DIR}
installed=/opt/mission-reader/lib/runtime

cat <<TEXT
Mission Reader: an offline reader of United Nations peacekeeping mission records.
Copyright 2026 Mission Reader contributors.
Licence: Apache License, version 2.0. On Debian systems its text is in
/usr/share/common-licenses/Apache-2.0; it is also in $installed/legal/org.missionreader/LICENSE.

The package holds the Java runtime the app runs on, made of the modules below, each under the licence
named. The full licence and notice texts of each module, and of the code it embeds, are in
$installed/legal/<module>/.

TEXT
# -Xshare:off: the runtime's ahead-of-time cache needs the application's module graph, which --list-modules does not use
"$runtime/bin/java" -Xshare:off --list-modules | while read -r module; do
    name=${module%@*}
    case "$name" in
        java.*|jdk.*) licence="GNU General Public License, version 2, with the Classpath Exception (OpenJDK)" ;;
        javafx.*) licence="GNU General Public License, version 2, with the Classpath Exception (OpenJFX)" ;;
        org.controlsfx.*) licence="BSD 3-Clause License (ControlsFX)" ;;
        org.jsoup) licence="MIT License (jsoup)" ;;
        com.fasterxml.jackson.*|org.apache.*) licence="Apache License, version 2.0" ;;
        org.missionreader) licence="Apache License, version 2.0; its typeface Charis SIL: SIL Open Font License 1.1" ;;
        *) echo "copyright.sh: no licence known for the module $name: add it here and under packaging/legal/" >&2
           exit 1 ;;
    esac
    printf '%s\n  %s\n' "$module" "$licence"
done

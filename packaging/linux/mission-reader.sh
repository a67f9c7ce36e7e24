#!/bin/sh
# Mission Reader's launcher in the Linux app-image, the .deb and the .rpm: it starts the app's own Java
# runtime on the app's module, with every argument passed on.
#
# It stands in for jpackage's native launcher (packaging/package.sh puts it there), which asks rpm and
# dpkg which package owns it on every start, before starting Java: 0.2 s of the time to the window on
# this machine, and more where the package database is large (docs/packaging.md).
#
# The heap is bounded (768 MB, as the runtime image's own options say; docs/packaging.md, Memory), so that no file can
# take the machine's memory; MISSION_READER_MAX_HEAP gives another bound (e.g. 2g) for a very large library.
app=$(dirname "$(readlink -f "$0")")/..
exec "$app/lib/runtime/bin/java" -Xmx"${MISSION_READER_MAX_HEAP:-768m}" -m org.missionreader/org.missionreader.app.Main "$@"

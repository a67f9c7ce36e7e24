#!/bin/sh
# Mission Reader's launcher in the Linux app-image, the .deb and the .rpm: it starts the app's own Java
# runtime on the app's module, with every argument passed on.
#
# It stands in for jpackage's native launcher (packaging/package.sh puts it there), which asks rpm and
# dpkg which package owns it on every start, before starting Java: 0.2 s of the time to the window on
# this machine, and more where the package database is large (README, Installers).
app=$(dirname "$(readlink -f "$0")")/..
exec "$app/lib/runtime/bin/java" -m org.missionreader/org.missionreader.app.Main "$@"

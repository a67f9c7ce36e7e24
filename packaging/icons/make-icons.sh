#!/usr/bin/env bash
# Makes the PNG, ICO and ICNS icons (and the window's, in assets/icons) from mission-reader.svg (Debian: librsvg2-bin, imagemagick, icnsutils).
# The results are committed, so a build needs none of these tools; run this after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" mission-reader.svg -o "mission-reader-$size.png"
done
cp mission-reader-256.png mission-reader.png
# The window's own icons, in the app's resources: JavaFX gives a window one icon, 128 px on Linux and
# macOS, 32 px on Windows, scaled on the JavaFX thread from the nearest size it is given.
cp mission-reader-32.png mission-reader-128.png ../../assets/icons/
/usr/bin/convert mission-reader-16.png mission-reader-32.png mission-reader-48.png mission-reader-256.png mission-reader.ico
png2icns mission-reader.icns mission-reader-16.png mission-reader-32.png mission-reader-128.png mission-reader-256.png mission-reader-512.png >/dev/null
rm -f mission-reader-16.png mission-reader-32.png mission-reader-48.png mission-reader-64.png mission-reader-128.png mission-reader-256.png

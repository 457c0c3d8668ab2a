#!/usr/bin/env bash
# Renders the app's icon (resources/icons/org.patternbook.Patternbook.svg) into the PNG sizes the
# hicolor theme and older desktops look for. Run after changing the SVG; the PNGs are committed so
# that a build needs no SVG renderer.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command -v rsvg-convert >/dev/null || { echo "needs rsvg-convert (Debian: librsvg2-bin)" >&2; exit 1; }
svg=$root/resources/icons/org.patternbook.Patternbook.svg
for size in 16 22 24 32 48 64 128 256 512; do
    out=$root/resources/icons/hicolor/${size}x${size}/apps
    mkdir -p "$out"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/org.patternbook.Patternbook.png"
done

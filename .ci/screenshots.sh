#!/usr/bin/env bash
# Screenshots of the real window under Xvfb for the README (resources/screenshots/):
# the demo rings (card beside the call), then the call is connected.
#   bash .ci/screenshots.sh [VENV]      (needs xvfb and imagemagick)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${1:-.venv}
out=resources/screenshots
home=$(mktemp -d)
fifo="$home/displayfd"
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
xvfb=$!
read -r number <"$fifo"
display=":$number"
cleanup() { kill "$app" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$home"; }
app=0
trap cleanup EXIT
DISPLAY=$display QT_QPA_PLATFORM=xcb timeout 60 "$VENV/bin/softphone" demo --home "$home/demo" \
    --first-call 1 --auto-answer 5 --quit-after 16 >"$home/demo.log" 2>&1 &
app=$!
shot() { sleep "$1"; DISPLAY=$display timeout 20 import -window root -crop 1100x720+0+0 "$out/$2"; }
shot 4 ringing-card.png
shot 5 in-call.png
wait "$app" || true
ls -l "$out/ringing-card.png" "$out/in-call.png"

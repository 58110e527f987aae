#!/usr/bin/env bash
# Install a built wheel into a FRESH venv and check it under a private PulseAudio daemon
# with a null sink (verify_wheel.py lists the checks).
#   installer/pjsua2/verify-wheel.sh WHEEL [VENV]      (VENV default: a temporary one)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WHEEL="$(realpath "$1")"
PYTHON="${PYTHON:-python3.11}"
WORK="$(mktemp -d)"
VENV="${2:-$WORK/venv}"
pa_pid=""
cleanup() {
    if [[ -n "$pa_pid" ]]; then kill "$pa_pid" 2>/dev/null || true; wait "$pa_pid" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$WHEEL"

mkdir -p "$WORK/run" "$WORK/home" && chmod 700 "$WORK/run"
cat >"$WORK/daemon.pa" <<PA
load-module module-native-protocol-unix socket=$WORK/run/native auth-anonymous=1
load-module module-null-sink sink_name=headset_speaker
load-module module-null-sink sink_name=headset_mic_feed
load-module module-remap-source source_name=headset_mic master=headset_mic_feed.monitor
PA
printf 'pcm.!default { type pulse hint { show on description "Default" } }\nctl.!default { type pulse }\npcm.pulse { type pulse hint { show on description "PulseAudio" } }\nctl.pulse { type pulse }\n' >"$WORK/asound.conf"
printf 'autospawn = no\n' >"$WORK/client.conf"
HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run" pulseaudio -n --daemonize=no --exit-idle-time=-1 \
    --use-pid-file=no --system=no --realtime=no --high-priority=no --log-target=stderr \
    -F "$WORK/daemon.pa" 2>"$WORK/pulseaudio.log" &
pa_pid=$!
for _ in $(seq 100); do [[ -S "$WORK/run/native" ]] && break; sleep 0.1; done
[[ -S "$WORK/run/native" ]] || { cat "$WORK/pulseaudio.log"; exit 1; }

cd "$WORK"   # never import pjsua2 from a source tree
env PULSE_SERVER="unix:$WORK/run/native" PULSE_SINK=headset_speaker PULSE_SOURCE=headset_mic \
    PULSE_CLIENTCONFIG="$WORK/client.conf" ALSA_CONFIG_PATH="$WORK/asound.conf" \
    XDG_RUNTIME_DIR="$WORK/run" "$VENV/bin/python" "$HERE/verify_wheel.py"

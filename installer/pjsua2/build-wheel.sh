#!/usr/bin/env bash
# Build the softphone's pjsua2 wheel (ALSA, Opus, G.722, OpenSSL 3, SRTP, no video).
#
#   installer/pjsua2/build-wheel.sh [--cache-dir DIR | --no-cache] [OUTDIR]
#
# OUTDIR (default: dist/) receives pjsua2_softphone-<pjver>+<rev>-cp3XX-cp3XX-linux_<arch>.whl
# and pjsua2-build.json (timings, size, cache hit). See README.md beside this script.
#
# Environment:
#   PYTHON              interpreter the wheel is for (default: python3.11)
#   JOBS                make -j (default: 2)
#   CACHE_DIR           wheel cache (default: /var/cache/softphone/pjsua2 if writable,
#                       else ${XDG_CACHE_HOME:-~/.cache}/softphone/pjsua2); entries are
#                       <key>/ where key = sha256 of this script, patches, config, lock,
#                       the Python tag, the arch and the OS release
#   PJPROJECT_TARBALL   build from an upstream pjproject release tarball (path or URL)
#   PJPROJECT_SHA256    its sha256 (required with PJPROJECT_TARBALL)
#   SOURCE_DATE_EPOCH   timestamps (default: the pinned source's date, pjproject.lock)
#   KEEP_BUILD=1        keep the build tree (printed at the end)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
T0=$(date +%s.%N)
PYTHON="${PYTHON:-python3.11}"
JOBS="${JOBS:-2}"
USE_CACHE=1
OUTDIR=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --cache-dir) CACHE_DIR="$2"; shift 2 ;;
        --cache-dir=*) CACHE_DIR="${1#*=}"; shift ;;
        --no-cache) USE_CACHE=0; shift ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        -*) echo "unknown option: $1" >&2; exit 2 ;;
        *) OUTDIR="$1"; shift ;;
    esac
done
OUTDIR="${OUTDIR:-dist}"
mkdir -p "$OUTDIR"
OUTDIR="$(cd "$OUTDIR" && pwd)"

log() { printf '[build-wheel %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$(now)-$1:.1f}')"; }

# shellcheck source=pjproject.lock
source "$HERE/pjproject.lock"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$DEFAULT_SOURCE_DATE_EPOCH}"
export LC_ALL=C TZ=UTC

# ---------------------------------------------------------------- prerequisites
missing=()
for cmd in "$PYTHON" gcc g++ make swig patch pkg-config tar sha256sum; do
    command -v "$cmd" >/dev/null || missing+=("$cmd")
done
for pc in alsa opus openssl speex speexdsp uuid; do
    pkg-config --exists "$pc" 2>/dev/null || missing+=("pkg-config:$pc")
done
[[ -e /usr/include/gsm.h || -e /usr/include/gsm/gsm.h ]] || missing+=("gsm.h")
if [[ ${#missing[@]} -gt 0 ]]; then
    die "missing build prerequisites: ${missing[*]} -- run installer/pjsua2/install-build-deps.sh (root)"
fi
PYTAG=$("$PYTHON" -c 'import sys; print(f"cp{sys.version_info[0]}{sys.version_info[1]}")')
PYINC=$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')
EXT_SUFFIX=$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')
[[ -f "$PYINC/Python.h" ]] || die "no Python.h for $PYTHON in $PYINC (apt-get install python3.11-dev)"
ARCH=$(uname -m)
PLAT="linux_${ARCH}"
OS_ID=$(. /etc/os-release && echo "${ID}-${VERSION_ID:-unknown}")

# ---------------------------------------------------------------- source selection
if [[ -n "${PJPROJECT_TARBALL:-}" ]]; then
    [[ -n "${PJPROJECT_SHA256:-}" ]] || die "PJPROJECT_TARBALL needs PJPROJECT_SHA256"
    SOURCE_KIND=upstream
    SOURCE_ID="upstream:${PJPROJECT_SHA256}"
    SERIES="$HERE/patches/series.upstream"
else
    SOURCE_KIND=ring
    SOURCE_ID="ring:${RING_DEB_VERSION}:${RING_PJ_TREE_SHA256}"
    SERIES="$HERE/patches/series.ring"
fi

# ---------------------------------------------------------------- cache key
key_inputs() {
    (cd "$HERE" && sha256sum build-wheel.sh mkwheel.py pjsua2_init.py config_site.h \
        pjproject.lock patches/*)
    echo "source=$SOURCE_ID python=$PYTAG arch=$ARCH os=$OS_ID jobs-independent"
}
KEY=$(key_inputs | sha256sum | cut -c1-20)
if [[ -z "${CACHE_DIR:-}" ]]; then
    if mkdir -p /var/cache/softphone/pjsua2 2>/dev/null && [[ -w /var/cache/softphone/pjsua2 ]]; then
        CACHE_DIR=/var/cache/softphone/pjsua2
    else
        CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/softphone/pjsua2"
    fi
fi
mkdir -p "$CACHE_DIR/src"
ENTRY="$CACHE_DIR/$KEY"
log "cache key $KEY ($SOURCE_KIND source, $PYTAG, $ARCH, $OS_ID); cache $CACHE_DIR"

exec 9>"$CACHE_DIR/.lock"
flock 9   # one build per cache at a time; a second CI job waits and then hits the cache

if [[ $USE_CACHE == 1 ]] && compgen -G "$ENTRY/*.whl" >/dev/null && [[ -f "$ENTRY/pjsua2-build.json" ]]; then
    WHEEL=$(ls "$ENTRY"/*.whl | head -1)
    rm -f "$OUTDIR"/pjsua2_softphone-*.whl
    cp "$WHEEL" "$OUTDIR/"
    "$PYTHON" - "$ENTRY/pjsua2-build.json" "$OUTDIR/pjsua2-build.json" "$(elapsed "$T0")" <<'EOF'
import json, sys
info = json.load(open(sys.argv[1]))
info["cache_hit"] = True
info["this_run_seconds"] = float(sys.argv[3])
json.dump(info, open(sys.argv[2], "w"), indent=2)
EOF
    log "cache hit: $(basename "$WHEEL") ($(stat -c %s "$WHEEL") bytes, built in $(
        "$PYTHON" -c "import json;print(json.load(open('$ENTRY/pjsua2-build.json'))['build_seconds'])") s)"
    echo "$OUTDIR/$(basename "$WHEEL")"
    exit 0
fi

# ---------------------------------------------------------------- fetch + verify
BUILD_ROOT="${BUILD_ROOT:-${TMPDIR:-/tmp}/pjsua2-build-$KEY}"
rm -rf "$BUILD_ROOT"
mkdir -p "$BUILD_ROOT"
SRC="$BUILD_ROOT/pjproject"
mkdir -p "$SRC"
LOGFILE="$OUTDIR/pjsua2-build.log"
: >"$LOGFILE"
declare -A STEP
step_start() { STEP_T0=$(now); log "$1 ..."; }
step_end() { STEP[$1]=$(elapsed "$STEP_T0"); log "$1 done in ${STEP[$1]} s"; }
run() { "$@" >>"$LOGFILE" 2>&1 || { tail -40 "$LOGFILE" >&2; die "failed: $* (full log: $LOGFILE)"; }; }

verify_sha256() {  # file expected
    local got
    got=$(sha256sum "$1" | cut -d' ' -f1)
    [[ "$got" == "$2" ]] || die "checksum mismatch for $1: got $got, expected $2"
}

step_start fetch
if [[ $SOURCE_KIND == ring ]]; then
    SRCCACHE="$CACHE_DIR/src"
    if [[ ! -f "$SRCCACHE/$RING_ORIG_TARBALL" || ! -f "$SRCCACHE/$RING_DEBIAN_TARBALL" ]]; then
        dl="$BUILD_ROOT/apt-source"
        mkdir -p "$dl"
        chmod 777 "$dl"   # apt's _apt user downloads into it when it can
        (cd "$dl" && apt-get source --download-only "ring=$RING_DEB_VERSION") >>"$LOGFILE" 2>&1 || {
            tail -5 "$LOGFILE" >&2
            die "apt-get source ring=$RING_DEB_VERSION failed: add a deb-src entry for Debian bookworm main and run apt-get update (installer/pjsua2/install-build-deps.sh does both)"
        }
        verify_sha256 "$dl/$RING_ORIG_TARBALL" "$RING_ORIG_SHA256"
        verify_sha256 "$dl/$RING_DEBIAN_TARBALL" "$RING_DEBIAN_SHA256"
        cp "$dl/$RING_ORIG_TARBALL" "$dl/$RING_DEBIAN_TARBALL" "$SRCCACHE/"
    fi
    verify_sha256 "$SRCCACHE/$RING_ORIG_TARBALL" "$RING_ORIG_SHA256"
    verify_sha256 "$SRCCACHE/$RING_DEBIAN_TARBALL" "$RING_DEBIAN_SHA256"
    tar -xzf "$SRCCACHE/$RING_ORIG_TARBALL" -C "$SRC" --strip-components=6 "$RING_PJ_DIR"
    tree=$(cd "$SRC" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
    [[ "$tree" == "$RING_PJ_TREE_SHA256" ]] || die "pjproject tree checksum mismatch: $tree"
    SOURCE_DESC="Debian ring $RING_DEB_VERSION, Jami pjproject fork $RING_PJ_COMMIT (tree sha256 $tree)"
else
    tb="$PJPROJECT_TARBALL"
    if [[ "$tb" =~ ^https?:// ]]; then
        local_tb="$CACHE_DIR/src/pjproject-$PJPROJECT_SHA256.tar.gz"
        [[ -f "$local_tb" ]] || run curl -fsSL -o "$local_tb.part" "$tb"
        [[ -f "$local_tb" ]] || mv "$local_tb.part" "$local_tb"
        tb="$local_tb"
    fi
    verify_sha256 "$tb" "$PJPROJECT_SHA256"
    tar -xf "$tb" -C "$SRC" --strip-components=1
    SOURCE_DESC="upstream tarball $(basename "$PJPROJECT_TARBALL") (sha256 $PJPROJECT_SHA256)"
fi
PJ_VERSION=$(sed -n 's/^export PJ_VERSION_\(MAJOR\|MINOR\|REV\) *:= *\([0-9]*\).*/\2/p' "$SRC/version.mak" | paste -sd.)
[[ "$PJ_VERSION" =~ ^[0-9]+\.[0-9]+(\.[0-9]+)?$ ]] || die "cannot read PJ_VERSION from version.mak"
[[ $SOURCE_KIND != ring || "$PJ_VERSION" == "$RING_PJ_VERSION" ]] || die "version $PJ_VERSION != pinned $RING_PJ_VERSION"
WHEEL_VERSION="${PJ_VERSION}+${SP_REVISION}"
step_end fetch
log "pjproject $PJ_VERSION from $SOURCE_DESC -> wheel $WHEEL_VERSION"

# ---------------------------------------------------------------- patches + config
step_start patch
PATCHES_APPLIED=()
while read -r p; do
    [[ -z "$p" || "$p" == \#* ]] && continue
    pf="$HERE/patches/$p"
    if patch -d "$SRC" -p1 -f -s --dry-run <"$pf" >/dev/null 2>&1; then
        patch -d "$SRC" -p1 -f -s --no-backup-if-mismatch <"$pf"
        PATCHES_APPLIED+=("$p")
        log "applied $p"
    elif [[ $SOURCE_KIND == upstream ]] && patch -d "$SRC" -p1 -R -f -s --dry-run <"$pf" >/dev/null 2>&1; then
        log "already present upstream: $p"
    else
        die "patch does not apply: $p"
    fi
done <"$SERIES"
cp "$HERE/config_site.h" "$SRC/pjlib/include/pj/config_site.h"
step_end patch

# ---------------------------------------------------------------- configure + make
# -ffile-prefix-map: no build-tree paths in the binary (reproducible across build dirs).
OPT="-O2 -g0 -fPIC -ffile-prefix-map=$SRC=pjproject -ffile-prefix-map=$BUILD_ROOT=build"
CONFIGURE_FLAGS=(
    --disable-shared
    --disable-video --disable-v4l2 --disable-sdl --disable-ffmpeg --disable-openh264
    --disable-vpx --disable-libyuv --disable-android-mediacodec --disable-darwin-ssl
    --disable-opencore-amr --disable-silk --disable-bcg729
    --disable-ilbc-codec --disable-g7221-codec
    --with-ssl=/usr --with-opus=/usr
    --with-external-speex --with-external-gsm
    --disable-libwebrtc
)
step_start configure
(cd "$SRC" && EXCLUDE_APP=1 CFLAGS="$OPT" CXXFLAGS="$OPT" LDFLAGS="-fPIC" run ./configure "${CONFIGURE_FLAGS[@]}")
grep -q "^AC_PJMEDIA_SND=alsa" "$SRC/pjmedia/build/os-auto.mak" \
    || die "configure did not select the ALSA sound backend (libasound2-dev missing?)"
grep -q "OpenSSL library found" "$LOGFILE" || die "configure found no OpenSSL (libssl-dev)"
grep -q "OPUS library found" "$LOGFILE" || die "configure found no Opus (libopus-dev)"
step_end configure

# EXCLUDE_APP=1: libraries only (no pjsua app, samples or unit-test programs).
export EXCLUDE_APP=1
step_start make_dep
(cd "$SRC" && run make dep)
step_end make_dep
step_start make
(cd "$SRC" && run make -j"$JOBS")
step_end make

# ---------------------------------------------------------------- SWIG binding
step_start swig
SWIGDIR="$SRC/pjsip-apps/src/swig/python"
PJ_DEFS=(-DPJMEDIA_HAS_OPUS_CODEC=1 -DPJMEDIA_HAS_VIDEO=0)
(cd "$SWIGDIR" && run swig -I../../../../pjlib/include -I../../../../pjlib-util/include \
    -I../../../../pjmedia/include -I../../../../pjsip/include -I../../../../pjnath/include \
    -c++ -w312 -threads -DSWIG_NO_EXPORT_ITERATOR_METHODS "${PJ_DEFS[@]}" \
    -python -o pjsua2_wrap.cpp ../pjsua2.i)
# SWIG 4.1 puts no timestamp in its output; drop the version comment's path noise anyway.
step_end swig

step_start compile_binding
helper() { make -s --no-print-directory -C "$SWIGDIR" -f helper.mak "$1"; }
mapfile -t HCFLAGS < <(helper cflags)
mapfile -t HLDFLAGS < <(helper ldflags)
mapfile -t HLIBS < <(helper libs)
STAGE="$BUILD_ROOT/stage"
mkdir -p "$STAGE/pjsua2"
SO="$STAGE/pjsua2/_pjsua2${EXT_SUFFIX}"
(cd "$SWIGDIR" && run g++ -shared $OPT -Wno-deprecated-declarations \
    "${HCFLAGS[@]}" "${PJ_DEFS[@]}" -DSWIG_NO_EXPORT_ITERATOR_METHODS -I"$PYINC" \
    pjsua2_wrap.cpp -o "$SO" "${HLDFLAGS[@]}" "${HLIBS[@]/#/-l}" -Wl,--as-needed -Wl,-O1 -s)
step_end compile_binding

# ---------------------------------------------------------------- stage + wheel
step_start wheel
cp "$SWIGDIR/pjsua2.py" "$STAGE/pjsua2/pjsua2.py"
cp "$HERE/pjsua2_init.py" "$STAGE/pjsua2/__init__.py"
RUNTIME_LIBS=$(ldd "$SO" | awk '/=>/ {print $1}' | grep -v -E '^(linux-vdso|libc\.|libm\.|libstdc\+\+|libgcc_s|ld-linux)' | sort | paste -sd' ')
"$PYTHON" - "$STAGE/pjsua2/_softphone_build.json" <<EOF
import json, sys
info = {
    "dist": "pjsua2-softphone",
    "version": "$WHEEL_VERSION",
    "pjproject": "$PJ_VERSION",
    "source": "$SOURCE_DESC",
    "patches": "${PATCHES_APPLIED[*]}".split(),
    "configure": "${CONFIGURE_FLAGS[*]}",
    "swig": "$(swig -version | sed -n 's/^SWIG Version //p')",
    "openssl_build": "$(pkg-config --modversion openssl)",
    "opus_build": "$(pkg-config --modversion opus)",
    "sound_backend": "alsa",
    "runtime_libs": "$RUNTIME_LIBS".split(),
    "cache_key": "$KEY",
    "source_date_epoch": $SOURCE_DATE_EPOCH,
}
json.dump(info, open(sys.argv[1], "w"), indent=2, sort_keys=True)
EOF
rm -f "$OUTDIR"/pjsua2_softphone-*.whl
WHEEL=$("$PYTHON" "$HERE/mkwheel.py" --stage "$STAGE" --name pjsua2-softphone \
    --version "$WHEEL_VERSION" --tag "$PYTAG-$PYTAG-$PLAT" --out "$OUTDIR" \
    --summary "pjsua2 (pjproject $PJ_VERSION) for the softphone: ALSA, Opus, G.722, OpenSSL 3, SRTP" \
    --description "Importable module: pjsua2. Built by installer/pjsua2/build-wheel.sh from $SOURCE_DESC." \
    --requires-apt "libasound2 libasound2-plugins libopus0 libssl3 libspeex1 libspeexdsp1 libgsm1 libuuid1")
step_end wheel

TOTAL=$(elapsed "$T0")
SIZE=$(stat -c %s "$WHEEL")
WHEEL_SHA=$(sha256sum "$WHEEL" | cut -d' ' -f1)
"$PYTHON" - "$OUTDIR/pjsua2-build.json" <<EOF
import json, sys
steps = {$(for k in "${!STEP[@]}"; do printf '"%s": %s, ' "$k" "${STEP[$k]}"; done)}
info = {"wheel": "$(basename "$WHEEL")", "wheel_bytes": $SIZE, "wheel_sha256": "$WHEEL_SHA",
        "build_seconds": $TOTAL, "steps_seconds": steps, "jobs": $JOBS, "cache_key": "$KEY",
        "cache_hit": False, "pjproject": "$PJ_VERSION", "source": "$SOURCE_DESC"}
json.dump(info, open(sys.argv[1], "w"), indent=2)
EOF
if [[ $USE_CACHE == 1 ]]; then
    mkdir -p "$ENTRY.tmp"
    cp "$WHEEL" "$OUTDIR/pjsua2-build.json" "$ENTRY.tmp/"
    rm -rf "$ENTRY" && mv "$ENTRY.tmp" "$ENTRY"
fi
if [[ "${KEEP_BUILD:-0}" == 1 ]]; then log "build tree kept: $BUILD_ROOT"; else rm -rf "$BUILD_ROOT"; fi
log "wheel: $WHEEL"
log "size: $SIZE bytes ($((SIZE / 1024)) KiB), sha256 $WHEEL_SHA"
log "build time: ${TOTAL} s (steps: $(for k in fetch patch configure make_dep make swig compile_binding wheel; do printf '%s=%ss ' "$k" "${STEP[$k]}"; done))"
echo "$WHEEL"

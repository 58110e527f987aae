#!/bin/bash
# Build the Softphone MSI with Debian's wixl (msitools) from installer/windows/softphone.wxs.
#
#   installer/windows/build-msi.sh [VERSION] [APP_DIR]
#
# VERSION: x.y.z (default softphone.__version__; MSI versions are numeric, at most 3 fields
# count for upgrades). APP_DIR: a Windows build of the app (the PyInstaller folder with
# softphone.exe). Without one, a small STAND-IN payload is packaged instead: a placeholder
# softphone.exe and the resources, enough to test the installer logic (properties,
# registry, upgrade, uninstall) under wine. It is not an installable product.
# The real Windows build is .github/workflows/windows.yml (PyInstaller + WiX on Windows).
#
# Environment: OUT_DIR (default dist/), SOURCE_DATE_EPOCH (default: the last commit's).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/installer/windows"
APP_VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/softphone/__init__.py")
VERSION=${1:-$APP_VERSION}
APP_DIR=${2:-}
OUT_DIR=${OUT_DIR:-$ROOT/dist}
BUILD="$ROOT/build/msi/$VERSION"

die() { printf 'build-msi: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
human() { numfmt --to=iec-i --suffix=B --format='%.1f' "$1"; }

[[ $VERSION =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "MSI version must be x.y.z, got $VERSION"
for tool in wixl wixl-heat msiinfo msibuild; do
    command -v "$tool" >/dev/null || die "$tool not found (apt-get install wixl msitools)"
done
if [[ -z ${SOURCE_DATE_EPOCH:-} ]]; then
    SOURCE_DATE_EPOCH=$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)
fi
export SOURCE_DATE_EPOCH
STARTED=$(now)

rm -rf "$BUILD"
mkdir -p "$BUILD" "$OUT_DIR"

# -- the payload ------------------------------------------------------------------------------
if [[ -n $APP_DIR ]]; then
    [[ -f $APP_DIR/softphone.exe ]] || die "no softphone.exe in $APP_DIR"
    PAYLOAD=$(cd "$APP_DIR" && pwd)
    KIND="app"
    MSI="$OUT_DIR/softphone-$VERSION-x64.msi"
else
    PAYLOAD="$BUILD/payload"
    KIND="stand-in"
    MSI="$OUT_DIR/softphone-$VERSION-x64-standin.msi"
    mkdir -p "$PAYLOAD/_internal"
    printf 'Stand-in for softphone.exe %s: the MSI was built without a Windows build of the app.\r\n' \
        "$VERSION" > "$PAYLOAD/softphone.exe"
    cp -r "$ROOT/resources" "$PAYLOAD/_internal/resources"
    rm -rf "$PAYLOAD/_internal/resources/linux" "$PAYLOAD/_internal/resources/screenshots"
    find "$PAYLOAD" \( -name '*.py' -o -name '*.sh' -o -name '*.ts' -o -name '__pycache__' \) -prune \
        -exec rm -rf {} +
    printf 'softphone %s stand-in payload\r\n' "$VERSION" > "$PAYLOAD/_internal/VERSION.txt"
    find "$PAYLOAD" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
fi

# -- harvest the files (Guid="*": component GUIDs derived from the paths) ----------------------
(cd "$PAYLOAD" && find . -type f | LC_ALL=C sort) \
    | wixl-heat --prefix ./ --var var.SourceDir --directory-ref INSTALLDIR --component-group Payload \
        --win64 > "$BUILD/payload.wxs"

# -- compile ----------------------------------------------------------------------------------
# softphone.wxs is plain WiX v3 (the Windows workflow compiles it with candle/light); wixl
# needs a few constructs taken out and patched back into the MSI (see wixl-adapt.py).
python3 "$HERE/wixl-adapt.py" adapt "$HERE/softphone.wxs" "$BUILD/softphone-wixl.wxs" \
    "$BUILD/plan.json"
# One ProductCode per version (rebuilding a version gives the same product), derived from
# the UpgradeCode; the workflow computes it the same way.
PRODUCT_CODE=$(python3 -c "import uuid, sys; print(str(uuid.uuid5(uuid.UUID('B7F39CCC-6421-5CCE-93C4-85482A6BD275'), sys.argv[1])).upper())" "$VERSION")
# wixl only resolves relative source paths (it asserts on absolute ones): link everything
# into the build folder and compile from there.
[[ $PAYLOAD == "$BUILD/payload" ]] || ln -sfn "$PAYLOAD" "$BUILD/payload"
cp "$ROOT/resources/icons/softphone.ico" "$BUILD/softphone.ico"
T0=$(now)
(cd "$BUILD" && wixl --arch x64 -D Version="$VERSION" -D ProductCode="$PRODUCT_CODE" \
    -D SourceDir=payload -D Win64=yes -D IconFile=softphone.ico \
    -o softphone.msi softphone-wixl.wxs payload.wxs)
python3 "$HERE/wixl-adapt.py" patch "$BUILD/softphone.msi" "$BUILD/plan.json"
WIXL_TIME=$(since "$T0")

# The patches took: conditions, secure properties, restores right after AppSearch.
for table in Property Component InstallUISequence InstallExecuteSequence; do
    msiinfo export "$BUILD/softphone.msi" "$table" > "$BUILD/$table.idt"
done
grep -q "^SecureCustomProperties.*SIP_DOMAIN" "$BUILD/Property.idt" \
    || die "SecureCustomProperties was not patched"
grep -q "SERVER_URL" "$BUILD/Component.idt" || die "component conditions were not patched"
for table in InstallUISequence InstallExecuteSequence; do
    awk -F '\t' '
        $1 == "AppSearch" { search = $3 + 0 } $1 == "CostFinalize" { cost = $3 + 0 }
        $1 ~ /^Restore/ { restore[$1] = $3 + 0 }
        END { for (a in restore) if (restore[a] <= search || restore[a] >= cost) exit 1 }
    ' "$BUILD/$table.idt" || die "$table: the restores are not between AppSearch and CostFinalize"
done

cp "$BUILD/softphone.msi" "$MSI"

PAYLOAD_BYTES=$(du -sb "$PAYLOAD" | cut -f1)
MSI_BYTES=$(stat -c %s "$MSI")
cat >&2 <<EOF
==> built $MSI ($KIND payload)
    MSI size           $(human "$MSI_BYTES") ($MSI_BYTES bytes)
    payload            $(human "$PAYLOAD_BYTES") ($PAYLOAD_BYTES bytes, $(find "$PAYLOAD" -type f | wc -l) files)
    sha256             $(sha256sum "$MSI" | cut -d' ' -f1)
    wixl               $WIXL_TIME
    total              $(since "$STARTED")
EOF
echo "$MSI"

#!/bin/bash
# Build softphone_<VERSION>_<arch>.deb: the PyInstaller one-dir app in /opt/softphone,
# /usr/bin/softphone, desktop entry (sip:/tel: handler), icon, AppStream metainfo, man page,
# debconf-driven /etc/softphone/provisioning.toml.
#
#   installer/linux/build-deb.sh [VERSION]        # VERSION defaults to softphone.__version__
#
# VERSION is the Debian version; its upstream part (before any + ~ -) must be the app's
# version, so a package never claims a version its program does not report. "0.1.0+1"
# rebuilds 0.1.0; "0.1.0-2" makes a non-native package revision.
#
# Environment:
#   PYTHON                Python with the project and PyInstaller installed. Default: a
#                         build venv (build/venv-deb) made from the pinned, hashed
#                         installer/linux/requirements-linux.txt with the distribution's
#                         /usr/bin/python3.11 (or $BUILD_PYTHON). A developer venv works
#                         but may carry its own RUNPATHs (pyenv) into the bundle.
#   PJSUA2_WHEEL          our own pjsua2 build (installer/pjsua2/build-wheel.sh: ALSA sound
#                         devices, Opus, G.722, system OpenSSL 3) to bundle instead of the
#                         PyPI wheel (no sound devices). Default: dist/pjsua2/*.whl when it
#                         exists; "pypi" keeps the PyPI wheel.
#   SOFTPHONE_FROZEN_DIR  reuse this PyInstaller output (dist/softphone) instead of freezing.
#   OUT_DIR               where the .deb goes (default dist/).
#   SOURCE_DATE_EPOCH     timestamps of everything packaged (default: the last commit's).
#   LINTIAN=0             skip lintian (default: run it when installed; fail on E:/W:).
#   DEB_COMPRESS          dpkg-deb compression (default "-Zxz -z6": smallest, ~2-3 min
#                         here; "-Zzstd -z9" takes ~8 s for a ~20% bigger .deb, which
#                         Debian 12 and Ubuntu 22.04+ install but lintian rejects;
#                         "-Zgzip -z6" is fast and official, ~25% bigger).
#
# Build host: the OLDEST distribution the package supports (the bundle needs its glibc or
# newer; Debian 12 gives glibc 2.36 for Python but the bundle asks 2.35 at most, so it
# runs on Ubuntu 22.04 too), with dpkg-dev (dpkg-shlibdeps), python3.11-venv, and the
# libraries the bundle links (the package's Depends: install them first, e.g.
# `apt-get install libxcb-cursor0 libxkbcommon-x11-0 libgtk-3-0 libegl1 libgl1 ...`).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/installer/linux"
APP_VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/softphone/__init__.py")
VERSION=${1:-$APP_VERSION}
ARCH=$(dpkg --print-architecture)
OUT_DIR=${OUT_DIR:-$ROOT/dist}
BUILD="$ROOT/build/deb"
MAINTAINER="Softphone release team <softphone-release@example.com>"
PACKAGE=softphone

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'build-deb: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

[[ $VERSION =~ ^[0-9][A-Za-z0-9.+~-]*$ ]] || die "not a Debian version: $VERSION"
UPSTREAM=${VERSION%%[-+~]*}
[[ $UPSTREAM == "$APP_VERSION" ]] \
    || die "version $VERSION does not match the app's $APP_VERSION (softphone/__init__.py)"
NATIVE=1
[[ $VERSION == *-* ]] && NATIVE=0

if [[ -z ${SOURCE_DATE_EPOCH:-} ]]; then
    SOURCE_DATE_EPOCH=$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null) \
        || die "set SOURCE_DATE_EPOCH (no git history to take it from)"
fi
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8
STARTED=$(now)

# -- 1. the frozen app ------------------------------------------------------------------------
PJSUA2_WHEEL=${PJSUA2_WHEEL:-$(compgen -G "$ROOT/dist/pjsua2/pjsua2_softphone-*.whl" | head -1 || true)}
[[ $PJSUA2_WHEEL == pypi ]] && PJSUA2_WHEEL=
[[ -z $PJSUA2_WHEEL || -f $PJSUA2_WHEEL ]] || die "PJSUA2_WHEEL: no such file: $PJSUA2_WHEEL"

build_venv() {
    local venv="$ROOT/build/venv-deb" requirements="$HERE/requirements-linux.txt"
    local stamp="$venv/.requirements.sha256"
    local want
    want=$(cat "$requirements" "$ROOT/pyproject.toml" ${PJSUA2_WHEEL:+"$PJSUA2_WHEEL"} \
        | sha256sum | cut -d' ' -f1)
    if [[ ! -x $venv/bin/python || $(cat "$stamp" 2>/dev/null) != "$want" ]]; then
        say "build venv from $(basename "$requirements") (pinned, hashed)"
        rm -rf "$venv"
        "${BUILD_PYTHON:-$(command -v /usr/bin/python3.11 || command -v python3.11)}" \
            -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --no-input --require-hashes \
            -r "$requirements"
        "$venv/bin/python" -m pip install --quiet --no-input --no-deps --no-build-isolation \
            "$ROOT"
        if [[ -n $PJSUA2_WHEEL ]]; then
            # Both wheels install a `pjsua2` package: take the PyPI one out first.
            say "bundling our pjsua2 build: $(basename "$PJSUA2_WHEEL")"
            "$venv/bin/python" -m pip uninstall --quiet --yes pjsua2-python
            "$venv/bin/python" -m pip install --quiet --no-input --no-deps "$PJSUA2_WHEEL"
        fi
        echo "$want" > "$stamp"
    else
        # The app itself may have changed since: reinstall it (no dependencies).
        "$venv/bin/python" -m pip install --quiet --no-input --no-deps --no-build-isolation \
            --force-reinstall "$ROOT"
    fi
    echo "$venv/bin/python"
}

if [[ -n ${SOFTPHONE_FROZEN_DIR:-} ]]; then
    FROZEN=$SOFTPHONE_FROZEN_DIR
    [[ -x $FROZEN/softphone ]] || die "no frozen app in $FROZEN"
    say "reusing the frozen app in $FROZEN"
    FREEZE_TIME="reused"
else
    PYTHON=${PYTHON:-$(build_venv)}
    say "PyInstaller $("$PYTHON" -m PyInstaller --version) on $("$PYTHON" -V)"
    T0=$(now)
    "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$ROOT/build/pyinstaller/dist" --workpath "$ROOT/build/pyinstaller/work" \
        "$ROOT/installer/pyinstaller/softphone.spec"
    FREEZE_TIME=$(since "$T0")
    FROZEN="$ROOT/build/pyinstaller/dist/softphone"
fi

# The bundle must be whole: every library it links is in it or on this system.
INTERNAL="$FROZEN/_internal"
LIBPATH="$INTERNAL:$INTERNAL/PySide6/Qt/lib:$INTERNAL/pjsua2_python.libs"
missing=$(find "$FROZEN" -type f \( -name '*.so*' -o -path "$FROZEN/softphone" \) -print0 \
    | xargs -0 -n 50 env LD_LIBRARY_PATH="$LIBPATH" ldd 2>/dev/null | grep 'not found' \
    | sort -u || true)
[[ -z $missing ]] || die "libraries not found (install them on the build host):
$missing"
reported=$("$FROZEN/softphone" --version)
[[ $reported == "softphone $APP_VERSION" ]] || die "the frozen app says '$reported'"

# -- 2. the staged tree -----------------------------------------------------------------------
STAGE="$BUILD/root"
rm -rf "$BUILD"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" \
    "$STAGE/usr/share/applications" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/man/man1" \
    "$STAGE/usr/share/doc/$PACKAGE" "$STAGE/usr/share/$PACKAGE" \
    "$STAGE/usr/share/lintian/overrides"
cp -a "$FROZEN" "$STAGE/opt/softphone"
ln -s /opt/softphone/softphone "$STAGE/usr/bin/softphone"
install -m 644 "$ROOT/resources/linux/softphone.desktop" "$STAGE/usr/share/applications/"
# Headset buttons: the agent may open telephony hidraw nodes (see the rule's comment).
install -D -m 644 "$HERE/70-softphone-headset.rules" \
    "$STAGE/lib/udev/rules.d/70-softphone-headset.rules"
install -m 644 "$ROOT/resources/icons/softphone.svg" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps/softphone.svg"

RELEASE_DATE=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
metainfo="$STAGE/usr/share/metainfo/softphone.metainfo.xml"
install -m 644 "$ROOT/resources/linux/softphone.metainfo.xml" "$metainfo"
if ! grep -q "<release version=\"$UPSTREAM\"" "$metainfo"; then
    sed -i "s|<releases>|<releases>\n    <release version=\"$UPSTREAM\" date=\"$RELEASE_DATE\"/>|" \
        "$metainfo"
fi

gzip -9n < "$HERE/softphone.1" > "$STAGE/usr/share/man/man1/softphone.1.gz"
install -m 644 "$HERE/copyright" "$STAGE/usr/share/doc/$PACKAGE/copyright"
changelog="$STAGE/usr/share/doc/$PACKAGE/changelog.gz"
[[ $NATIVE == 1 ]] || changelog="$STAGE/usr/share/doc/$PACKAGE/changelog.Debian.gz"
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
{
    printf '%s (%s) stable; urgency=medium\n\n' "$PACKAGE" "$VERSION"
    printf '  * Softphone %s, built from commit %s.\n\n' "$VERSION" "$COMMIT"
    printf ' -- %s  %s\n' "$MAINTAINER" "$(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n > "$changelog"

"${PYTHON:-python3}" "$ROOT/installer/provisioning-template.py" toml \
    > "$STAGE/usr/share/$PACKAGE/provisioning.toml.example"
# The vendored-OpenSSL override applies to the PyPI pjsua2 wheel only (ours links the
# system's OpenSSL 3); lintian fails on an unused override.
if [[ -d $STAGE/opt/softphone/_internal/pjsua2_python.libs ]]; then
    install -m 644 "$HERE/lintian-overrides" "$STAGE/usr/share/lintian/overrides/$PACKAGE"
else
    grep -v 'pjsua2_python\.libs' "$HERE/lintian-overrides" \
        > "$STAGE/usr/share/lintian/overrides/$PACKAGE"
    chmod 644 "$STAGE/usr/share/lintian/overrides/$PACKAGE"
fi

# -- 3. control files -------------------------------------------------------------------------
T0=$(now)
# Depends: what the bundle links from the system, by dpkg-shlibdeps. A version is kept only
# when it comes from a symbols file (the real minimum); shlibs-only libraries give the build
# host's own version (libx11-xcb1 >= 1.8.4 on Debian 12), which would needlessly refuse
# older distributions, so those stay unversioned.
shlib_dir="$BUILD/shlibdeps"
mkdir -p "$shlib_dir/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$PACKAGE" "$PACKAGE" \
    > "$shlib_dir/debian/control"
mapfile -d '' elf_files < <(find "$STAGE/opt/softphone" -type f \( -name '*.so*' \
    -o -path "$STAGE/opt/softphone/softphone" \) -print0 | sort -z)
shlibs=$(cd "$shlib_dir" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 \
    -l"$STAGE/opt/softphone/_internal" -l"$STAGE/opt/softphone/_internal/PySide6/Qt/lib" \
    -l"$STAGE/opt/softphone/_internal/pjsua2_python.libs" "${elf_files[@]}" \
    | sed -n 's/^shlibs:Depends=//p')
[[ -n $shlibs ]] || die "dpkg-shlibdeps found no dependencies"
depends=()
IFS=',' read -ra entries <<< "$shlibs"
for entry in "${entries[@]}"; do
    entry=$(echo "$entry" | sed 's/^ *//; s/ *$//')
    name=${entry%% *}
    if [[ $entry == *"("* ]] && ! compgen -G "/var/lib/dpkg/info/$name.symbols" >/dev/null \
        && ! compgen -G "/var/lib/dpkg/info/$name:*.symbols" >/dev/null; then
        entry=$name
    fi
    depends+=("$entry")
done
# Our own pjsua2 build (installer/pjsua2) plays through ALSA's default/pulse devices: the
# plugins are dlopen()ed, so dpkg-shlibdeps cannot see them.
if [[ -e $STAGE/opt/softphone/_internal/pjsua2/_softphone_build.json ]]; then
    depends+=("libasound2-plugins | pipewire-alsa")
fi
joined=$(IFS=','; echo "${depends[*]}")
DEPENDS="${joined//,/, }, debconf (>= 0.5) | debconf-2.0"
SHLIBDEPS_TIME=$(since "$T0")

# Installed-Size as dpkg-gencontrol counts it: KiB per file rounded up, 1 per other entry.
INSTALLED_SIZE=$(cd "$STAGE" && find . -path ./DEBIAN -prune -o ! -path . -printf '%y %s\n' \
    | awk '$1 == "f" { k += int(($2 + 1023) / 1024); next } { k += 1 } END { print k }')

cat > "$STAGE/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_SIZE
Depends: $DEPENDS
Recommends: gnome-keyring | keepassxc
Section: comm
Priority: optional
Homepage: https://softphone.example.com
Description: desktop softphone for call-centre agents
 Registers to the company PBX over SIP and runs calls on the agent's headset.
 The caller's card and history appear beside the call before it is answered.
 When a caller becomes abusive, one click plays the company's scripted farewell
 in the caller's language, hangs up and writes the note for supervisors.
 .
 The application is self-contained in /opt/softphone (its own Python, Qt for
 Python and pjsua2). IT provisions it machine-wide through debconf or
 /etc/softphone/provisioning.toml; "softphone --self-test" checks a desk.
 .
 Passwords are kept in the desktop keychain (Secret Service): gnome-keyring or
 KeePassXC is recommended.
EOF

for script in config postinst; do
    awk -v lib="$HERE/debian/toml-edit.sh" \
        '$0 == "#TOML_EDIT#" { while ((getline line < lib) > 0) print line; next } { print }' \
        "$HERE/debian/$script" > "$STAGE/DEBIAN/$script"
done
cp "$HERE/debian/postrm" "$HERE/debian/templates" "$STAGE/DEBIAN/"
for script in config postinst postrm; do
    sh -n "$STAGE/DEBIAN/$script" || die "syntax error in $script"
done

# -- 4. permissions, timestamps, md5sums, the .deb --------------------------------------------
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE" -type f -exec chmod 644 {} +
chmod 755 "$STAGE/opt/softphone/softphone" "$STAGE/DEBIAN/config" "$STAGE/DEBIAN/postinst" \
    "$STAGE/DEBIAN/postrm"
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
    | xargs -0 md5sum > DEBIAN/md5sums)
chmod 644 "$STAGE/DEBIAN/md5sums" "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/templates"
find "$STAGE" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

mkdir -p "$OUT_DIR"
DEB="$OUT_DIR/${PACKAGE}_${VERSION}_${ARCH}.deb"
T0=$(now)
# shellcheck disable=SC2086  # DEB_COMPRESS is a list of options
dpkg-deb --root-owner-group ${DEB_COMPRESS:--Zxz -z6} --build "$STAGE" "$DEB" >/dev/null
DPKG_DEB_TIME=$(since "$T0")

LINTIAN_RESULT="skipped"
if [[ ${LINTIAN:-1} != 0 ]] && command -v lintian >/dev/null; then
    T0=$(now)
    say "lintian"
    if lintian --fail-on error,warning "$DEB" >&2; then
        LINTIAN_RESULT="clean ($(since "$T0"))"
    else
        die "lintian found problems in $DEB"
    fi
fi

# -- 5. report --------------------------------------------------------------------------------
human() { numfmt --to=iec-i --suffix=B --format='%.1f' "$1"; }
DEB_BYTES=$(stat -c %s "$DEB")
FROZEN_BYTES=$(du -sb "$FROZEN" | cut -f1)
cat >&2 <<EOF
==> built $DEB
    .deb size          $(human "$DEB_BYTES") ($DEB_BYTES bytes)
    Installed-Size     $(human $((INSTALLED_SIZE * 1024))) ($INSTALLED_SIZE KiB)
    frozen app         $(human "$FROZEN_BYTES") in $FROZEN
    sha256             $(sha256sum "$DEB" | cut -d' ' -f1)
    freeze             $FREEZE_TIME
    dpkg-shlibdeps     $SHLIBDEPS_TIME
    dpkg-deb           $DPKG_DEB_TIME
    lintian            $LINTIAN_RESULT
    total              $(since "$STARTED")
EOF
echo "$DEB"

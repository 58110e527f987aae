#!/usr/bin/env bash
# Re-extract the UI strings into resources/i18n/*.ts (-no-obsolete) and rebuild the .qm files.
#   bash .ci/update_translations.sh [VENV] [--no-qm]
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then VENV=$1; shift; fi
exec "$VENV/bin/python" .ci/update_translations.py "$@"

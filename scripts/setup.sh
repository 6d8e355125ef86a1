#!/usr/bin/env bash
# Create .venv with the pinned dependencies (requirements.lock) and thidua itself.
# Re-running is cheap: nothing is installed again while the lock file is unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-$(command -v python3.11 || command -v python3)}
if [ -x .venv/bin/python ] && cmp -s requirements.lock .venv/.installed-lock && [ -x .venv/bin/thidua ]; then
  exit 0
fi
echo "setting up .venv with $("$PY" --version) (pinned dependencies from requirements.lock)" >&2
"$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
cp requirements.lock .venv/.installed-lock

#!/usr/bin/env bash
# Create .venv with the pinned dependencies (requirements.lock) and thidua itself.
# Re-running is cheap: nothing is installed again while the lock file is unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-$(command -v python3.11 || command -v python3)}

install_debian_packages() {
  # Optional system packages (scripts/debian-packages.txt); only as root on a Debian machine.
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && command -v dpkg-query >/dev/null || return 0
  local missing=()
  for pkg in $(sed 's/#.*//' scripts/debian-packages.txt); do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing Debian packages: ${missing[*]}" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}"; } >/dev/null 2>&1 || echo "warning: could not install ${missing[*]}" >&2
}
[ "${THIDUA_SKIP_SYSTEM_PACKAGES:-}" = 1 ] || install_debian_packages
if [ -x .venv/bin/python ] && cmp -s requirements.lock .venv/.installed-lock && [ -x .venv/bin/thidua ]; then
  exit 0
fi
echo "setting up .venv with $("$PY" --version) (pinned dependencies from requirements.lock)" >&2
"$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
cp requirements.lock .venv/.installed-lock

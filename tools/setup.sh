#!/usr/bin/env bash
# Set up organiser on a Debian or Ubuntu machine: the system libraries Qt needs, fonts that cover every
# letter of the seven document languages, a virtual environment in .venv and the package in it.
#   bash tools/setup.sh          for running the app
#   bash tools/setup.sh --test   also LibreOffice and poppler (documents are rendered to PDF and checked)
#                                and the test requirements
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

packages=(python3-venv libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
          libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 fonts-dejavu-core fonts-liberation2)
if [ "$want_tests" = 1 ]; then
    packages+=(libreoffice-writer-nogui poppler-utils)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    if command -v apt-get >/dev/null 2>&1; then
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        echo "setup: installing system packages: ${missing[*]}"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "setup: not a Debian/Ubuntu machine; make sure these are installed: ${missing[*]}" >&2
    fi
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$want_tests" = 1 ]; then
    .venv/bin/python -m pip install -q ".[test]"
else
    .venv/bin/python -m pip install -q .
fi
echo "setup: done (.venv/bin/organiser)"

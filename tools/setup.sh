#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a Debian 12 machine for Netra, builds it, then runs it or its tests.
#   tools/setup.sh run    install what is missing, build, start Netra on the default database
#   tools/setup.sh test   install what is missing, build, run the whole test suite
# Run as root (or with sudo) the first time: packages come from Debian with apt-get.
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -eu

mode=${1:-}
case "$mode" in
    run|test) ;;
    *) echo "usage: $0 run|test" >&2; exit 1 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
build=${NETRA_BUILD_DIR:-$root/build}

# Build, runtime, test and packaging needs, all Debian 12 packages.
packages="cmake ninja-build g++ pkg-config
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
libxlsxwriter-dev libquazip1-qt6-dev fonts-dejavu-core
poppler-utils python3-openpyxl dpkg-dev desktop-file-utils appstream xvfb xauth"

missing=""
for p in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *" installed") ;;
        *) missing="$missing $p" ;;
    esac
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

configure() { # build-dir extra-cmake-args...
    dir=$1; shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    fi
    ninja -C "$dir" --quiet
}

jobs=$(nproc 2>/dev/null || echo 2)

case "$mode" in
run)
    configure "$build"
    if [ -x "$build/netra" ]; then
        exec "$build/netra"
    fi
    # Without the desktop window, the command line is Netra's face.
    "$build/app/cli/netra-cli" init
    exec "$build/app/cli/netra-cli" --help
    ;;
test)
    configure "$build"
    ctest --test-dir "$build" --output-on-failure -j "$jobs"
    # The core, store, io and CLI must build and pass without any widget code.
    if [ "${CI:-}" = "true" ] || [ "${NETRA_TEST_NOGUI:-}" = "1" ]; then
        configure "$build-nogui" -DNETRA_GUI=OFF
        ctest --test-dir "$build-nogui" --output-on-failure -j "$jobs"
    fi
    ;;
esac

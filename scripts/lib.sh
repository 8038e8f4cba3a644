# Shared by scripts/demo, scripts/test and scripts/bench. Sourced, not run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD="$ROOT/build"

# What the build needs, and what running the extension in a real office needs.
BUILD_PACKAGES=(cmake g++ make libreoffice-dev libreoffice-dev-common libboost-dev
                nlohmann-json3-dev)
TEST_PACKAGES=(libgtest-dev libbenchmark-dev procps python3-jsonschema poppler-utils)
# The GUI core (it still runs --headless): with the -nogui core soffice 7.4 itself crashes on
# some Calc operations. Japanese UI and a CJK font for the users' language.
OFFICE_PACKAGES=(libreoffice-calc libreoffice-l10n-ja fonts-ipaexfont-gothic
                 # the sidebar test: a private X server, and xwd + convert for its screenshots
                 xvfb x11-apps imagemagick)

# Installs the Debian packages that are missing (as root, or through sudo).
ensure_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures and builds everything (the .oxt, tools, tests) into build/; a warning is an error.
build_all() {
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DISMS_BUILD_TESTS=ON \
        -DISMS_WERROR=ON >/dev/null
    cmake --build "$BUILD" -j"$(nproc)" "$@"
}

# Prints the failure lines of a gtest/ctest log (a failed check and the lines after it, failed
# cases, crashes), at most $3 lines with $2 lines of context each: logs get long, and what CI
# keeps of them is the head and the tail.
show_failures() {
    grep -a -E -A"$2" ': Failure$|^\[  FAILED  \]|SIGPIPE|Exception|Segmentation|Aborted|Timeout' \
        "$1" | head -"$3" || true
}

#!/bin/sh
# The language server with a client nobody here wrote: headless Neovim (Debian's package) starts
# `./interphase lsp`, opens a file with a mistake, waits for the diagnostic, asks for completion and
# hover, and checks them (ci-neovim.lua). Installs neovim with apt when it is missing.
#   releng/scripts/ci-neovim.sh          (from the repository root; the product must be built)
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v nvim >/dev/null 2>&1; then
  echo "== installing neovim (for the language server test)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim
fi
nvim --version | head -n 1

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PROJECT="$WORK/project"
mkdir -p "$PROJECT"
cat > "$PROJECT/broken.cell" <<'CELL'
package scratch.broken

cell Broken {
    area 1 cm2
    cathode LCX { loading 1.5 mAh/cm2 }
    electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }
    anode Li { thickness 50 um }
}
CELL

INTERPHASE="$ROOT/interphase" PROJECT="$PROJECT" FILE="$PROJECT/broken.cell" \
  XDG_CACHE_HOME="$WORK/cache" \
  timeout 600 nvim --headless --clean -n -c "luafile $ROOT/releng/scripts/ci-neovim.lua"

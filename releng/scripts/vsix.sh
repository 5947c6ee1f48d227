#!/bin/sh
# Builds the VS Code extension of the cell language (editors/vscode) into a .vsix with @vscode/vsce
# from npm, after checking its TextMate grammar (npm test). Needs node >= 18 and npm
# (Debian: apt-get install nodejs npm) and the npm registry.
#   releng/scripts/vsix.sh            -> editors/vscode/interphase-cell-<version>.vsix
# Install it with: code --install-extension editors/vscode/interphase-cell-0.1.0.vsix
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT/editors/vscode"
if ! command -v npm >/dev/null 2>&1; then
  echo "vsix.sh: npm is missing (Debian: apt-get install nodejs npm)" >&2
  exit 1
fi
# the versions of package-lock.json, exactly
npm ci --no-audit --no-fund --loglevel=error
npm test
npx --no-install vsce package --skip-license --out "interphase-cell-$(node -p 'require("./package.json").version').vsix"
npx --no-install vsce ls --tree

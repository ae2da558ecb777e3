#!/usr/bin/env bash
# Build the one-folder app with PyInstaller: dist/resetbutton/resetbutton (resetbutton.exe on Windows, and
# dist/ResetButton.app on macOS). Run from anywhere, after `./dev run` or `./dev test` has made .venv.
#   packaging/build.sh           build, or reuse dist/resetbutton if its inputs have not changed
#   packaging/build.sh --force   build even so
# PyInstaller is installed into .venv here (the `packaging` extra), not by ./dev: only a build needs it.
set -euo pipefail
cd "$(dirname "$0")/.."
force=0
case "${1:-}" in
  --force) force=1 ;;
  "") ;;
  *) echo "usage: packaging/build.sh [--force]" >&2; exit 2 ;;
esac

python=.venv/bin/python
[ -x "$python" ] || python=.venv/Scripts/python.exe
if [ ! -x "$python" ]; then
  echo "packaging/build.sh: no .venv yet; run ./dev test (or ./dev run) once, then build." >&2
  exit 1
fi

if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
  echo "Installing PyInstaller into .venv (the packaging extra)" >&2
  mapfile -t requirements < <("$python" -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["packaging"]))')
  "$python" -m pip install --quiet -c packaging/constraints.txt "${requirements[@]}" >&2
fi

# Everything that goes into the bundle: the sources, data, these build files and the installed packages.
inputs_hash() {
  {
    find app assets models packaging pyproject.toml -type f ! -path '*/__pycache__/*' ! -name '*.pyc' -print0 \
      | LC_ALL=C sort -z | xargs -0 sha256sum
    "$python" -m pip freeze --exclude-editable 2>/dev/null
    "$python" --version
  } | sha256sum | cut -d' ' -f1
}
stamp=dist/resetbutton/.build-inputs
want="$(inputs_hash)"
exe=dist/resetbutton/resetbutton
[ -e "$exe" ] || exe="$exe.exe"
if [ "$force" = 0 ] && [ -e "$exe" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "dist/resetbutton is up to date with its inputs; packaging/build.sh --force rebuilds it." >&2
  exit 0
fi

"$python" packaging/make_icons.py assets/icon.svg build/icons
RESETBUTTON_ICON_DIR=build/icons "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/resetbutton.spec

if [ "$(uname -s)" = "Linux" ]; then
  if ! command -v strip >/dev/null || ! command -v readelf >/dev/null; then
    echo "packaging/build.sh needs strip and readelf to trim the bundle; install them (sudo apt-get install binutils) and build again." >&2
    exit 1
  fi
  # CTranslate2's extension ships with 66 MB of debug information. Only debug sections go, and only from the
  # libraries that have them: a full strip (PyInstaller's strip=True) leaves libraries that auditwheel
  # patched unloadable ("ELF load command address/offset not page-aligned").
  has_debug_info() { grep -q '\.debug_info' < <(readelf -S "$1" 2>/dev/null); }  # no pipe: pipefail + grep -q races
  while IFS= read -r -d '' lib; do
    if has_debug_info "$lib"; then strip --strip-debug "$lib"; fi
  done < <(find dist/resetbutton -type f -name '*.so*' -print0)
  # CTranslate2's core library also carries 6 MB of symbol tables that nothing resolves by name; it loads and
  # runs without them (tests/packaging/test_bundle.py transcribes a call with the stripped bundle).
  find dist/resetbutton -type f -name 'libctranslate2*.so*' -exec strip --strip-unneeded {} +
  while IFS= read -r -d '' lib; do
    if has_debug_info "$lib"; then echo "packaging/build.sh: $lib still has debug information after strip" >&2; exit 1; fi
  done < <(find dist/resetbutton -type f -name '*.so*' -print0)
  # For a desktop install: copy share/ into /usr/local/share (or ~/.local/share) and put resetbutton on PATH.
  install -Dm644 packaging/linux/resetbutton.desktop dist/resetbutton/share/applications/resetbutton.desktop
  install -Dm644 build/icons/resetbutton.png dist/resetbutton/share/icons/hicolor/256x256/apps/resetbutton.png
  install -Dm644 assets/icon.svg dist/resetbutton/share/icons/hicolor/scalable/apps/resetbutton.svg
fi

echo "$want" > "$stamp"
echo "Built $(du -sh dist/resetbutton | cut -f1) in dist/resetbutton/" >&2

#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
# The MT report's PDF embeds DejaVu Sans; its first page is rendered for the docs with poppler's pdftoppm.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
# Independent readers of the exports (ODS and XLSX), for Debian's own Python rather than any other on PATH.
/usr/bin/python3 -c 'import odf, openpyxl' >/dev/null 2>&1 || missing+=(python3-odf python3-openpyxl)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo)
  else
    echo "The tests need: ${missing[*]}. Install them first, for example: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing ${missing[*]} (apt-get) ..."
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test CollabDashboard.slnx --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line that any CI reads: 'N passed, N failed'.
count() { { grep -oE "$1: +[0-9]+" "$log" || true; } | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(count Passed)
failed=$(count Failed)
# The failed tests' names again at the end, where a CI that keeps only the tail of the log still shows them.
if [ "$failed" -gt 0 ]; then
  echo "Failed tests:"
  { grep -E '^\s+Failed [A-Za-z_]' "$log" || true; } | sed -E 's/^\s+//' | sort -u | head -50
  # And why: each failure's message up to its stack trace (at most 12 lines each, 10 failures).
  echo "Why they failed:"
  awk '/^[ \t]+Failed [A-Za-z_]/ { if (++n > 10) exit; on = 1; k = 0 } /^[ \t]+Stack Trace:/ { on = 0 } on && k++ < 12 { sub(/^[ \t]+/, ""); print }' "$log"
fi
echo "Tests: $passed passed, $failed failed"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"

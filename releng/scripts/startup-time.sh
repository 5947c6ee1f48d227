#!/bin/bash
# The start-up of the command line, measured from outside (docs/engine.md, "Start-up"; the project's
# rule: speed is measured with JMH or outside the tests, never by timing inside a unit test).
#
#   releng/scripts/startup-time.sh [RUNS] [LAUNCHER...]
#
# Runs `interphase --help` and `interphase check examples/coatings.cell` RUNS times (default 10) with
# each launcher (default ./interphase; give two, e.g. an older clone's and this one's, for a before/after
# comparison in the same run), interleaved so that a change of the machine's load falls on all of them
# alike, after one warm-up run of each (the first command after a build makes the class path and the
# class-data cache). Prints, per command and launcher, the median wall time, the median CPU time
# (user + system: on a machine shared with other work it says more than the wall time does) and the
# load average before and after: say it with any figure.
#
# STARTUP_RT=1 runs the measured commands (not the warm-up runs) at a real-time priority
# (`chrt -f 50`; root or CAP_SYS_NICE): the machine's other work, at ordinary priority, then waits
# while a command runs, so that its wall time is close to that of a quiet machine of the same cores
# (docs/engine.md, "Start-up": on the shared 2-core machine at load 10 to 20, within the spread of the
# quiet-machine figures). The measured runs never build (INTERPHASE_NO_BUILD): a build at real-time
# priority would hold the machine for minutes. Say "real-time priority" with any such figure.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-10}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- "$ROOT/interphase"
CELL="$ROOT/examples/coatings.cell"
COMMANDS=("--help" "check $CELL")
NAMES=("interphase --help" "interphase check examples/coatings.cell")

PRIORITY=()
if [ -n "${STARTUP_RT:-}" ]; then
  if ! chrt -f 50 true 2>/dev/null; then
    echo "startup-time.sh: STARTUP_RT needs chrt and the right to use a real-time priority (root)" >&2
    exit 2
  fi
  PRIORITY=(chrt -f 50)
fi

declare -A WALL CPU
run_once() { # launcher, command: appends "wall cpu" of one run
  local TIMEFORMAT='%R %U %S' t r u s
  # shellcheck disable=SC2086 # the command's words
  t=$( { time INTERPHASE_NO_BUILD=1 "${PRIORITY[@]}" "$1" $2 >/dev/null 2>&1; } 2>&1 | tail -n 1)
  read -r r u s <<<"$t"
  WALL[$3]+="$r "
  CPU[$3]+="$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.3f", u + s }') "
}
median() {
  tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)${PRIORITY:+ (measured runs at real-time priority)}"
for l in "$@"; do
  for c in "${COMMANDS[@]}"; do
    # shellcheck disable=SC2086
    "$l" $c >/dev/null 2>&1 || true # warm-up: the class path and the cache after a build
  done
done
# the class-data cache is made in the background by the first command: wait for its training to end
# (at most two minutes: on a shared machine the pattern may be someone else's)
for _ in $(seq 120); do
  sleep 1
  pgrep -f 'AOTCacheOutput|AOTMode=create' >/dev/null 2>&1 || break
done
for ((i = 0; i < RUNS; i++)); do
  for l in "$@"; do
    for k in "${!COMMANDS[@]}"; do
      run_once "$l" "${COMMANDS[$k]}" "$l|$k"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
printf '%-42s %-40s %10s %10s\n' "command" "launcher" "wall (s)" "CPU (s)"
for k in "${!COMMANDS[@]}"; do
  for l in "$@"; do
    printf '%-42s %-40s %10s %10s\n' "${NAMES[$k]}" "$l" "$(echo "${WALL[$l|$k]}" | median)" \
      "$(echo "${CPU[$l|$k]}" | median)"
  done
done
echo "(medians of $RUNS runs each)"

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
# class-data cache). Prints, per command and launcher, the median wall time, the median CPU time (each with
# the least and the greatest of the runs)
# (user + system: on a machine shared with other work it says more than the wall time does) and the
# load average before and after: say it with any figure.
#
# STARTUP_RT=1 runs the measured commands (not the warm-up runs) at a real-time priority
# (`chrt -f 50`; root or CAP_SYS_NICE): the machine's other work, at ordinary priority, then waits
# while a command runs, so that its wall time is close to that of a quiet machine of the same cores
# (docs/engine.md, "Start-up": on the shared 2-core machine at load 10 to 20, within the spread of the
# quiet-machine figures). The measured runs never build (INTERPHASE_NO_BUILD): a build at real-time
# priority would hold the machine for minutes. Say "real-time priority" with any such figure.
#
# STARTUP_STALE=1 runs the measured commands without INTERPHASE_NO_BUILD, as a user's command runs: the
# launcher then also tests whether its product is older than the sources (in a clone, a `find` over
# bundles/, features/ and releng/), which the default leaves out. With STARTUP_RT too, the warm-up runs (at
# ordinary priority) build a stale product first; do not change the sources while it measures (a build
# would run at real-time priority).
#
# After the timed runs, the counts of one more run of each command and launcher, which the machine's load
# does not move: the programs started (execve, by strace, when it is installed: the launcher script, what
# it starts, and java) and the classes the JVM loaded (-Xlog:class+load through JAVA_TOOL_OPTIONS), of
# which how many came from the AOT cache.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-10}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- "$ROOT/interphase"
CELL="$ROOT/examples/coatings.cell"
COMMANDS=("--help" "check $CELL")
NAMES=("interphase --help" "interphase check examples/coatings.cell")

NO_BUILD=1 # the value of INTERPHASE_NO_BUILD in the measured runs (empty: the launcher's test runs)
if [ -n "${STARTUP_STALE:-}" ]; then
  NO_BUILD=
fi

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
  t=$( { time INTERPHASE_NO_BUILD=$NO_BUILD "${PRIORITY[@]}" "$1" $2 >/dev/null 2>&1; } 2>&1 | tail -n 1)
  read -r r u s <<<"$t"
  WALL[$3]+="$r "
  CPU[$3]+="$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.3f", u + s }') "
}
median() { # the median and, in brackets, the least and the greatest
  tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
    printf "%.3f (%.3f-%.3f)\n", m, a[1], a[NR] }'
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
printf '%-42s %-40s %21s %21s\n' "command" "launcher" "wall (s)" "CPU (s)"
for k in "${!COMMANDS[@]}"; do
  for l in "$@"; do
    printf '%-42s %-40s %21s %21s\n' "${NAMES[$k]}" "$l" "$(echo "${WALL[$l|$k]}" | median)" \
      "$(echo "${CPU[$l|$k]}" | median)"
  done
done
echo "(medians of $RUNS runs each, least-greatest in brackets${NO_BUILD:+; INTERPHASE_NO_BUILD: no test of the product against the sources})"

# the counts, one run each
LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT
printf '%-42s %-40s %10s %10s %10s\n' "command" "launcher" "programs" "classes" "from cache"
for k in "${!COMMANDS[@]}"; do
  for l in "$@"; do
    rm -f "$LOG"/*
    if command -v strace >/dev/null 2>&1; then
      # shellcheck disable=SC2086
      JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$LOG/classes" INTERPHASE_NO_BUILD=$NO_BUILD \
        strace -f -qq -e trace=execve -e signal=none -o "$LOG/execve" "$l" ${COMMANDS[$k]} >/dev/null 2>&1 || true
      programs=$(grep -c 'execve(' "$LOG/execve" || true)
    else
      # shellcheck disable=SC2086
      JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$LOG/classes" INTERPHASE_NO_BUILD=$NO_BUILD "$l" ${COMMANDS[$k]} >/dev/null 2>&1 || true
      programs="?"
    fi
    printf '%-42s %-40s %10s %10s %10s\n' "${NAMES[$k]}" "$l" "$programs" "$(grep -c . "$LOG/classes" || true)" \
      "$(grep -c 'source: shared objects file' "$LOG/classes" || true)"
  done
done

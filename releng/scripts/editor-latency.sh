#!/bin/sh
# Marker latency of the workbench's cell editor after a keystroke, in a project of 500 files
# (MarkerLatencyMeasurement in tests/org.interphase.ui.editor.tests): a real workbench on a virtual
# display, 20 keystrokes (after 5 warm-up ones) that make and mend an unknown material, timed from
# the change of the editor's document to the error annotation's appearance or removal.
# Needs xvfb and libgtk-3-0. Prints the median, minimum and maximum and writes them to
# target/editor-latency.txt. Extra arguments go to Maven (e.g. -o, or -pl with -am to build less).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. releng/scripts/select-jdk.sh
mkdir -p target
OUT="$ROOT/target/editor-latency.txt"
rm -f "$OUT"
xvfb-run -a ./mvnw -B verify -Dtest=MarkerLatencyMeasurement -DfailIfNoTests=false \
  -Dsurefire.failIfNoSpecifiedTests=false -Dinterphase.latency="$OUT" "$@"
cat "$OUT"

#!/bin/sh
# Writes the screenshots of README and docs/workbench.md into docs/images/: a real workbench on a
# virtual display (xvfb-run, 1600x1000), a project with the coatings example, the editor with markers,
# the result editor after a real run, the stack view (ScreenshotTest in tests/org.interphase.ui.tests);
# the stack view at 300, 600 and 1200 px (StackViewTest), the welcome page, the New Interphase Project
# wizard, the first run and the documentation reader (WelcomeTest).
# the comparison editor, a zoomed chart and a heat map (ComparisonEditorTest, ChartInteractionTest in
# tests/org.interphase.ui.results.tests).
# Needs xvfb and libgtk-3-0 (apt-get install xvfb libgtk-3-0). Takes a full build (several minutes).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. releng/scripts/select-jdk.sh
mkdir -p docs/images
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify -Dtest='ScreenshotTest,StackViewTest,WelcomeTest,ComparisonEditorTest,ChartInteractionTest' -DfailIfNoTests=false \
  -Dsurefire.failIfNoSpecifiedTests=false -Dinterphase.screenshots="$ROOT/docs/images"
ls -l docs/images/workbench-*.png

#!/bin/sh
# Issue 17 item 8: the p2 repository the build produces (releng/org.interphase.product/target/repository,
# docs/install.md "Into an existing Eclipse") used as an update site. The p2 director installs the workbench
# feature into a plain Eclipse platform (releng/org.interphase.plainplatform: the Eclipse Platform IDE and no
# Interphase bundle, materialised by p2 from the Eclipse bundles on Maven Central, since the Eclipse SDK
# downloads are not reachable here); then the platform is started under Xvfb with the Interphase perspective
# and must open it. Needs the repository of `./mvnw verify` (run first by .ci/run).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/scripts/select-jdk.sh"
cd "$ROOT"
REPO="${P2_REPO:-$ROOT/releng/org.interphase.product/target/repository}"
if [ ! -f "$REPO/content.jar" ] && [ ! -f "$REPO/content.xml" ] && [ ! -f "$REPO/content.xml.xz" ]; then
  echo "p2-install: no p2 repository at $REPO: run ./mvnw -B verify first" >&2
  exit 1
fi
TYCHO=$(sed -n 's:.*<tycho.version>\(.*\)</tycho.version>.*:\1:p' pom.xml)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "== p2-install: a plain Eclipse platform (mvnw -Pp2-install, releng/org.interphase.plainplatform)"
./mvnw -B -q -Pp2-install -pl releng/org.interphase.plainplatform verify > "$WORK/platform-build.txt" 2>&1 || {
  cat "$WORK/platform-build.txt" >&2; exit 1; }
cp -a releng/org.interphase.plainplatform/target/products/org.interphase.plainplatform/linux/gtk/x86_64/eclipse \
  "$WORK/eclipse"
ECLIPSE="$WORK/eclipse"
INFO="$ECLIPSE/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
if grep -q '^org\.interphase' "$INFO"; then
  echo "p2-install: the plain platform already holds Interphase bundles" >&2
  exit 1
fi
echo "plain platform: $(grep -c , "$INFO") bundles, none of Interphase"

echo "== p2-install: p2 director -repository file:$REPO -installIU org.interphase.workbench.feature.feature.group"
./mvnw -B -q -N "org.eclipse.tycho:tycho-p2-director-plugin:$TYCHO:director" -Drepositories="file:$REPO" \
  -DinstallIUs=org.interphase.workbench.feature.feature.group -Ddestination="$ECLIPSE" -Dprofile=DefaultProfile \
  > "$WORK/director.txt" 2>&1 || { cat "$WORK/director.txt" >&2; exit 1; }
for b in org.interphase.ui org.interphase.ui.editor org.interphase.ui.results org.interphase.dsl org.interphase.solver; do
  if ! grep -q "^$b," "$INFO"; then
    echo "p2-install: the director did not install $b; bundles.info:" >&2
    cat "$INFO" >&2
    exit 1
  fi
done
echo "installed: $(grep -c '^org\.interphase' "$INFO") Interphase bundles into $(grep -c , "$INFO") in all"

echo "== p2-install: the platform starts with the Interphase perspective"
LAUNCHER=$(ls "$ECLIPSE"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
timeout 300 xvfb-run -a "$JAVA_HOME/bin/java" -Dinterphase.startupProbe="$WORK/probe.txt" -jar "$LAUNCHER" \
  -data "$WORK/workspace" -perspective org.interphase.ui.perspective > "$WORK/out.txt" 2>&1 || true
if ! grep -q "perspective: org.interphase.ui.perspective" "$WORK/probe.txt" 2>/dev/null; then
  echo "p2-install: the platform did not open the Interphase perspective; its output and log:" >&2
  cat "$WORK/out.txt" >&2
  cat "$WORK/workspace/.metadata/.log" >&2 2>/dev/null || true
  exit 1
fi
cat "$WORK/probe.txt"
echo "p2-install: passed"

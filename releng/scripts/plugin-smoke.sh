#!/bin/sh
# The example plug-in (examples/sulfide-filler-plugin) against the built product, the way
# docs/extending.md tells a user: javac + jar against the product's bundles, `interphase install`,
# `interphase check` and `interphase run`; fails unless summary.json names lsps_peo_reaction and the
# cell with the reacting filler ends with a higher resistance than the fresh one. Leaves the product as it found it.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/scripts/select-jdk.sh"
PRODUCT="$ROOT/releng/org.interphase.product/target/products/org.interphase.product/linux/gtk/x86_64"
"$ROOT/interphase" --version >/dev/null      # builds the product if it is missing or stale
WORK=$(mktemp -d)
trap 'rm -rf "$WORK" "$PRODUCT"/dropins/org.example.sulfide_*' EXIT
EXAMPLE="$ROOT/examples/sulfide-filler-plugin/org.example.sulfide"

# docs/extending.md, step 4
P="$PRODUCT/plugins"
CP=$(ls "$P"/org.interphase.solver_*.jar "$P"/org.interphase.model_*.jar \
        "$P"/org.eclipse.emf.ecore_*.jar "$P"/org.eclipse.emf.common_*.jar | tr '\n' ':')
"$JAVA_HOME/bin/javac" --release 21 -d "$WORK/classes" -cp "$CP" $(find "$EXAMPLE/src" -name '*.java')
"$JAVA_HOME/bin/jar" --create --file "$WORK/org.example.sulfide.jar" --manifest "$EXAMPLE/META-INF/MANIFEST.MF" \
  -C "$EXAMPLE" plugin.xml -C "$WORK/classes" .

# step 5
"$ROOT/interphase" install "$WORK/org.example.sulfide.jar" | tee "$WORK/install.txt"
grep -q "contributes the mechanisms lsps_peo_reaction" "$WORK/install.txt"

# step 6
# the study of step 6, the one PluginInstallTest runs
cp "$ROOT/tests/org.interphase.cli.tests/data/plugin/sulfide.cell" "$WORK/sulfide.cell"
"$ROOT/interphase" check "$WORK/sulfide.cell"
"$ROOT/interphase" run "$WORK/sulfide.cell" --out "$WORK/results" >/dev/null
R="$WORK/results/lab.sulfide.Reacting/Lsps/summary.json"
F="$WORK/results/lab.sulfide.Fresh/Lsps/summary.json"
grep -q '"lsps_peo_reaction"' "$R"
resistance() { sed -n 's/.*"final_resistance_ohm_cm2" : \([-0-9.Ee]*\).*/\1/p' "$1"; }
echo "final resistance: with lsps_peo_reaction $(resistance "$R") ohm cm2, without $(resistance "$F") ohm cm2"
awk -v r="$(resistance "$R")" -v f="$(resistance "$F")" 'BEGIN { exit !(r > 1.05 * f) }'
echo "plugin-smoke: ok"

#!/bin/sh
# CI: the JMH benchmarks (benchmarks/, profile `bench`) compile; they are never run in CI (speed is
# measured by hand with releng/scripts/bench.sh, never asserted). Same module selection as bench.sh
# (-pl benchmarks -am), so a bundle the benchmarks need but that the selection misses fails here, not
# on the next person's clean clone. Run after the main build: the bundles' target/ folders are there,
# so the compilers have little to do; JMH's jars come from Maven Central on the first run.
set -eu
cd "$(dirname "$0")/../.."
. releng/scripts/select-jdk.sh
./mvnw -B -q -Pbench -DskipTests -pl benchmarks -am package
# JMH's annotation processor lists every benchmark method it generated a harness for
list=benchmarks/target/classes/META-INF/BenchmarkList
if [ ! -s "$list" ]; then
  echo "ci-bench-compile: no $list: JMH generated no benchmark" >&2
  exit 1
fi
echo "benchmarks compiled: $(wc -l < "$list") benchmark methods"

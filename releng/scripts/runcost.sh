#!/bin/sh
# Thread-CPU cost of whole runs (org.interphase.benchmarks.RunCost, benchmarks/), what a shared machine
# distorts least (JMH's figures are wall time):
#   releng/scripts/runcost.sh STUDY multirate|every|study RUNS [MECHANISMS]   e.g. Coated1000 multirate 7
# Builds the bundles the benchmarks need (as bench.sh, tests skipped) and keeps the module's run-time class
# path in benchmarks/target/classpath.txt, then runs RunCost on it in one JVM. With RUNCOST_NOBUILD=1 the
# last build's class path is reused (a series of runs; or main's jars beside this clone's for a before/after).
# RUNCOST_PREPEND (a folder or jar) goes before that class path: a scratch bench.cell (bench/bench.cell in it) or
# scratch copies of engine classes compiled against it (docs/engine.md, the figures of record of issue 15).
# RUNCOST_MAIN runs another main class of the module on the same class path (ProfileShares: a JFR recording's shares).
set -eu
cd "$(dirname "$0")/../.."
. releng/scripts/select-jdk.sh
cp=$PWD/benchmarks/target/classpath.txt
if [ "${RUNCOST_NOBUILD:-}" != 1 ] || [ ! -s "$cp" ]; then
  ./mvnw -B -q -o -Pbench -DskipTests -pl benchmarks -am verify -Dbench.main=org.interphase.benchmarks.RunCost \
    "-Dbench.args=--classpath $cp" >/dev/null
fi
exec "$JAVA_HOME/bin/java" ${RUNCOST_JAVA_OPTS:-} -cp "${RUNCOST_PREPEND:+$RUNCOST_PREPEND:}$(cat "$cp")" \
  "${RUNCOST_MAIN:-org.interphase.benchmarks.RunCost}" "$@"

#!/bin/sh
# JMH benchmarks of the engine (benchmarks/, Maven profile `bench`); CI compiles them
# (ci-bench-compile.sh, the same module selection) but never runs them.
#   releng/scripts/bench.sh                    every benchmark (about 6 minutes after the build)
#   releng/scripts/bench.sh multiRate          a regex of benchmark names
#   releng/scripts/bench.sh multiRate -prof stack   any JMH option, here a sampling profile
# Builds only the bundles the benchmarks need (tests skipped), then runs JMH, which forks its own
# measurement JVMs. Console report as usual; JSON in benchmarks/target/jmh-result.json.
set -eu
cd "$(dirname "$0")/../.."
args=${*:-org.interphase.benchmarks}
exec ./mvnw -B -Pbench -DskipTests -pl benchmarks -am verify "-Dbench.args=$args"

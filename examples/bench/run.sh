#!/usr/bin/env bash
# Runs the performance suite and prints every figure with its baseline ratio.
#
#   examples/bench/run.sh [quick|full] [--verbose]      (from the project root or anywhere)
#
# quick (default): 1 fork, 3 measured iterations, about 5 minutes; full: 2 forks, 5 measured
# iterations and more fresh-JVM runs, about 20 minutes. Builds the plain CLI jar (for the cold-start figure) and
# target/benchmarks.jar (the -Pbench profile), then runs io.github.doingoai.bench.Report.
# Articles: the ones bundled in src/bench/resources plus ../shared/corpus/{dev,dev-wide} when present
# (another place: --corpus DIR). Set MVN_OPTS_EXTRA=-o to build offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q ${MVN_OPTS_EXTRA:-} -DskipTests package
mvn -q ${MVN_OPTS_EXTRA:-} -Pbench package
exec java -jar target/benchmarks.jar "$@"

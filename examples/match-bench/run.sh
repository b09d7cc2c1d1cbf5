#!/usr/bin/env bash
# Event-matcher benchmark (not a timed test): adds generated articles to an EventIndex and prints the
# cost per added article at 10,000 and at 100,000 articles, and their ratio (should stay under 1.5).
#
#   examples/match-bench/run.sh [ADDITIONS_PER_BATCH]     (default 500, 7 batches per size; from anywhere)
#
# Set MVN_OPTS_EXTRA=-o to build offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q ${MVN_OPTS_EXTRA:-} test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/match-bench.classpath
exec java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/match-bench.classpath)" \
  io.github.doingoai.match.bench.MatcherBenchmark "$@"

#!/usr/bin/env bash
# Installs the library (tests skipped: the library's own build runs them) and runs the examples'
# tests: the JShell recipe, the HTTP service and the Spark job. For CI after `mvn verify`.
#   examples/run-example-tests.sh            # all
#   MVN_ARGS=-o examples/run-example-tests.sh   # offline, once the dependencies are cached
set -euo pipefail
cd "$(dirname "$0")/.."
MVN="mvn -B -ntp ${MVN_ARGS:-}"

echo "== library: install (tests skipped)"
$MVN -q -DskipTests install
VERSION=$(sed -n 's/^version=//p' target/classes/io/github/doingoai/version.properties)
CLI_JAR="target/doingoai-${VERSION}-cli.jar"
test -f "$CLI_JAR" || { echo "no $CLI_JAR" >&2; exit 1; }

echo "== jshell recipe"
if command -v jshell >/dev/null 2>&1; then
  out=$(printf '%s\n' \
      'var r = show("""' \
      'Hà Nội, ngày 12/5/2025' \
      '' \
      'Sáng 12/5, tại trụ sở Bộ Ngoại giao, Thứ trưởng Lê Minh Châu đã tiếp Đại sứ Hàn Quốc tại Việt Nam.' \
      '""")' \
      'System.out.println("published=" + r.published())' \
      'showFile("examples/articles/02-ky-ket-ghi-nho.txt").source()' \
      'System.out.println("indexed=" + events("examples/articles").size())' \
      '/exit' \
    | jshell --class-path "$CLI_JAR" examples/jshell/start.jsh 2>&1)
  n_articles=$(ls examples/articles/*.txt | wc -l)
  for want in "doingoai ${VERSION} ready" "published=2025-05-12" "Article 02-ky-ket-ghi-nho.txt" "indexed=${n_articles}"; do
    if ! grep -qF "$want" <<<"$out"; then
      echo "jshell: expected '$want' in:" >&2
      echo "$out" >&2
      exit 1
    fi
  done
  if grep -qE '^\|  (Error|Exception)|cannot find symbol' <<<"$out"; then
    echo "jshell reported an error:" >&2
    echo "$out" >&2
    exit 1
  fi
  echo "jshell recipe: ok"
else
  echo "jshell not found (a JRE?): recipe not checked"
fi

echo "== examples/http-service"
(cd examples/http-service && $MVN -Ddoingoai.version="$VERSION" verify)

echo "== examples/spark"
(cd examples/spark && $MVN -Ddoingoai.version="$VERSION" verify)

echo "examples: all passed"

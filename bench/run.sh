#!/usr/bin/env bash
# Dossier's benchmark: generated engagements of 100, 1,000 and 10,000 findings, rendered per
# format in one JVM with a 512 MB heap after warm-up; the whole `mvn generate-resources` for
# 1,000 findings; pandoc converting the same Markdown, as the reference; and the spelling check of
# 100 findings.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pandoc >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq pandoc >/dev/null
  else
    echo "pandoc is not installed; the pandoc row will be missing (install it with apt-get install pandoc)" >&2
  fi
fi
mvn -B -q -ntp install -DskipTests -DskipITs
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
version=$(mvn -B -q -ntp help:evaluate -Dexpression=project.version -DforceStdout -Dstyle.color=never | sed "s/\x1b\[[0-9;]*m//g")
rm -rf target/bench
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.github.dossier.bench.Benchmark target/bench "$version"
# spelling and grammar (LanguageTool, English) of 100 findings of ordinary English, in a JVM of its own:
# the first check pays for loading LanguageTool, as every Maven build does; then again with the JIT
# limited to its quick compiler, as -XX:TieredStopAtLevel=1 in .mvn/jvm.config does (docs/goals.md)
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.github.dossier.bench.SpellingBenchmark target/bench
java -XX:TieredStopAtLevel=1 -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.github.dossier.bench.SpellingBenchmark target/bench

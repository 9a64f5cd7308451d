#!/usr/bin/env bash
# Dossier's benchmark (see the README's "Benchmark" section): generated engagements of 100, 1,000
# and 10,000 findings, each format set in a JVM of its own with a fixed heap; headless Chromium and
# WeasyPrint printing the same report.html; pandoc on the same Markdown; the whole
# `mvn generate-resources` in a fresh Maven JVM. Prints one table, with the ratios. Then the
# spelling check of 100 findings.
# The plugin is run from target/local-repo (as the invoker ITs run it), never installed into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)
command -v weasyprint >/dev/null 2>&1 || missing+=(weasyprint)
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium-browser ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null || true
  else
    echo "not installed: ${missing[*]}; their rows will say so (apt-get install ${missing[*]})" >&2
  fi
fi
# package the plugin and put it, with its dependencies, into target/local-repo
mvn -B -q -ntp -DskipTests package invoker:install@integration-test
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
version=$(mvn -B -q -ntp help:evaluate -Dexpression=project.version -DforceStdout -Dstyle.color=never | sed "s/\x1b\[[0-9;]*m//g")
rm -rf target/bench
# as for the ITs: the plugin from target/local-repo, anything else it lacks from ~/.m2 (read only)
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" src/it/settings.xml > target/bench-settings.xml
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.repo.local=$PWD/target/local-repo" \
  java -Xmx256m -cp "$PWD/target/test-classes:$PWD/target/classes:$(cat target/bench-classpath.txt)" \
  io.github.dossier.bench.Benchmark target/bench "$version" "$PWD/target/bench-settings.xml"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# spelling and grammar (LanguageTool, English) of 100 findings of ordinary English, in a JVM of its own:
# the first check pays for loading LanguageTool, as every Maven build does; then again with the JIT
# limited to its quick compiler, as -XX:TieredStopAtLevel=1 in .mvn/jvm.config does (docs/goals.md)
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.github.dossier.bench.SpellingBenchmark target/bench
java -XX:TieredStopAtLevel=1 -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.github.dossier.bench.SpellingBenchmark target/bench

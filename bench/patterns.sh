#!/usr/bin/env bash
# Pattern queries against a literal query over the official documents of the shared corpus (JMH PatternBenchmark).
# Writes the "patterns" section of bench/results.md. Usage: bench/patterns.sh [CORPUS_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-}"
cd "$root"
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"
out="${BENCH_OUT:-$root/bench/results.md}"
mvn -q -B -DskipTests -pl tifa-bench -am package
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -Xmx2g -Dfile.encoding=UTF-8 -cp "tifa-bench/target/tifa-bench.jar:tifa-bench/target/lib/*" org.openjdk.jmh.Main PatternBenchmark \
  -p corpus="$corpus" -rf csv -rff "$work/jmh.csv" ${BENCH_JMH_ARGS:-} > "$work/jmh.log"
score() { awk -F, -v b="\"dev.tifa.bench.PatternBenchmark.$1\"" '$1 == b {gsub(/"/, "", $5); gsub(/"/, "", $6); print $5, $6}' "$work/jmh.csv"; }
read -r lit lit_err <<<"$(score literal)"
docs=$(sed -n 's/^# official documents: \([0-9]*\), \([0-9]*\) chars/\1 documents, \2 chars/p' "$work/jmh.log" | head -1)
{
echo "## Pattern queries vs a literal query"
echo
echo "Written by \`bench/patterns.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC at commit \`$(git rev-parse --short HEAD)\`; load average $(cut -d' ' -f1-3 /proc/loadavg)."
echo "Official documents of the shared corpus: $docs. JMH, average time per pass over all of them, 1 thread."
echo
echo "| query | ms per pass | vs literal | target ≤ 2× |"
echo "|---|---|---|---|"
printf '| literal: `tifa count 不动摇` (glossary automaton + tally) | %.1f ± %.1f | 1.00× | |\n' "$lit" "$lit_err"
for b in gap slots alternatives; do
  read -r s e <<<"$(score $b)"
  case $b in gap) q='`--pattern 坚持…不动摇`';; slots) q='`--pattern 统筹{X}和{Y}`';; alternatives) q='`--pattern 加快(建设\|构建\|发展)`';; esac
  r=$(awk -v a="$s" -v l="$lit" 'BEGIN { printf "%.2f", a / l }')
  v=$(awk -v r="$r" 'BEGIN { print (r <= 2 ? "PASS" : "FAIL") }')
  printf '| %s | %.1f ± %.1f | %s× | %s |\n' "$q" "$s" "$e" "$r" "$v"
done
} > "$work/section.md"
write_section patterns "$(cat "$work/section.md")" "$out"
log "wrote the patterns section of $out"

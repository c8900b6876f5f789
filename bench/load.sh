#!/usr/bin/env bash
# Load on `tifa serve`: many clients asking for corpus, term, query, count, kwic and document pages at once; throughput,
# latency percentiles, errors, and how much memory the server process grew. Bounded (LOAD_REQUESTS requests at most,
# LOAD_SECONDS at most per run) and loopback only. Writes the "Web server under load" section of bench/results.md
# (between its markers; the rest of the file is left alone). Not part of the test run. See docs/store-safety.md.
#
# Environment:
#   TIFA_CORPUS    corpus to import into a fresh store (default: ../shared/corpora beside the repo, else /work/shared/corpora)
#   LOAD_DATA      use this existing data directory instead (e.g. a big store); it is opened by `serve` only, read-only use
#   LOAD_CLIENTS   concurrent clients, space-separated runs (default "20 50")
#   LOAD_SECONDS   longest time per run (default 60)
#   LOAD_REQUESTS  most requests per run (default 10000)
#   LOAD_HEAP      server heap (default -Xmx2g)
#   LOAD_SERVE     extra options for `tifa serve` (e.g. "--cache-mb 0" to measure every answer computed afresh)
#   BENCH_OUT      results file (default bench/results.md)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="${BENCH_OUT:-$root/bench/results.md}"
clients_list="${LOAD_CLIENTS:-20 50}"
seconds="${LOAD_SECONDS:-60}"
budget="${LOAD_REQUESTS:-10000}"
serve_opts="${LOAD_SERVE:-}"
# a run without the answer cache has a section of its own, so both figures stay in the results
if [[ " $serve_opts " == *" --cache-mb 0 "* ]]; then
  section_name="load-fresh"; title="Web server under load, every answer computed afresh (no answer cache)"
  cache_note="With \`--cache-mb 0\` the server keeps no computed answer: every request is computed afresh (the cost the cache saves)."
else
  section_name="load"; title="Web server under load"
  cache_note="The server keeps computed answers until the store or the glossary changes (\`serve --cache-mb\`, 64 MB unless given): the
addresses repeat, so after the first round most answers come from it. The section \"every answer computed afresh\" (a run with
\`LOAD_SERVE=\"--cache-mb 0\"\`) shows the cost without it."
fi
heap="${LOAD_HEAP:--Xmx2g}"
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

log "building (mvn package -pl tifa-bench -am, tests skipped)"
mvn -q -B -DskipTests -pl tifa-bench -am package
cp_app="$root/tifa-app/target/tifa-app.jar:$root/tifa-app/target/lib/*"
cp_bench="$root/tifa-bench/target/tifa-bench.jar:$root/tifa-bench/target/lib/*"

work="$(mktemp -d)"
server_pid=""
cleanup() { if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

data="${LOAD_DATA:-}"
if [ -z "$data" ]; then
  corpus="${TIFA_CORPUS:-}"
  if [ -z "$corpus" ]; then
    for c in "$root/../shared/corpora" /work/shared/corpora; do [ -d "$c" ] && corpus="$(cd "$c" && pwd)" && break; done
  fi
  [ -n "$corpus" ] && [ -d "$corpus" ] || { echo "load: corpus not found; set TIFA_CORPUS or LOAD_DATA" >&2; exit 1; }
  data="$work/data"
  log "importing $corpus into a fresh store"
  java -Xmx2g -Dfile.encoding=UTF-8 -cp "$cp_app" dev.tifa.cli.Tifa import "$corpus" --data "$data" >/dev/null
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
log "starting tifa serve on $base ($heap $serve_opts)"
java $heap -Dfile.encoding=UTF-8 -cp "$cp_app" dev.tifa.cli.Tifa serve --data "$data" --port "$port" $serve_opts >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 120); do curl -fsS -o /dev/null "$base/api/docs" 2>/dev/null && break; sleep 0.5; done
curl -fsS -o /dev/null "$base/api/docs" || { cat "$work/serve.log" >&2; exit 1; }

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$server_pid/status"; }
hwm_kb() { awk '/^VmHWM/ {print $2}' "/proc/$server_pid/status"; }
docs=$(curl -fsS "$base/api/docs" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"]); [print(x["key"]) for x in d["documents"][:6]]')
ndocs=$(echo "$docs" | head -1)
keys=$(echo "$docs" | tail -n +2)
enc() { python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
paths=("/" "/api/docs" "/term?q=$(enc 高质量发展)" "/api/count?q=$(enc 安全)" "/api/kwic?q=$(enc 新质生产力)"
       "/query?q=$(enc 对外开放)" "/api/term?q=$(enc 'opening up')" "/api/docs?kind=official")
for k in $keys; do paths+=("/doc/$k" "/api/docs/$k/counts"); done

rss_start=$(rss_kb)
log "warming up (100 requests)"
java -cp "$cp_bench" dev.tifa.bench.LoadDriver "$base" 4 60 100 "${paths[@]}" >/dev/null
rss_warm=$(rss_kb)
rows=""
for clients in $clients_list; do
  log "$clients clients, at most $budget requests / $seconds s"
  line=$(java -cp "$cp_bench" dev.tifa.bench.LoadDriver "$base" "$clients" "$seconds" "$budget" "${paths[@]}")
  log "$line"
  get() { echo "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
  rows+="| $clients | $(get requests) | $(get seconds) | **$(get req_per_s)** | $(get p50_ms) | $(get p90_ms) | $(get p99_ms) | $(get max_ms) | $(get errors) | $(rss_kb | awk '{printf "%.0f", $1/1024}') MB |"$'\n'
done
hwm=$(hwm_kb)

section="$work/section.md"
cat > "$section" <<MD
## $title

\`bench/load.sh\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown): \`tifa serve${serve_opts:+ $serve_opts}\` ($heap) over a store of
**$ndocs documents**; each client sends its next request as soon as the last is answered, cycling through
${#paths[@]} addresses (corpus page, document list, term page, query page, count, kwic and term API, reader pages and
per-document counts). At most $budget requests or $seconds s per run, after 100 warm-up requests. Machine: $(nproc) cores
(shared with other work: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end), $(java -version 2>&1 | head -1).

| clients | requests | seconds | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | server RSS after |
|---|---|---|---|---|---|---|---|---|---|
$rows
Server memory (RSS): $((rss_start / 1024)) MB after start, $((rss_warm / 1024)) MB after warm-up, peak $((hwm / 1024)) MB.
$cache_note
Latencies are whole request times seen by the client (JDK HttpClient on the same machine). Issue 11 item 10 asks for
at least 20× the throughput measured before on the 109-document store (41.8 req/s with 50 clients); these figures are
for the code at the commit above.
MD
write_section "$section_name" "$(cat "$section")" "$out"
log "wrote the load section of $out"

#!/usr/bin/env bash
# Release-build benchmark of llmcost beside the Python tools people use for the same job
# (genai-prices, LiteLLM). Prints, for each case, the median of repeated runs, the peer measured
# in the same run, the ratio and the target. Not run by `swift test`: see docs/benchmarks.md.
#
#   scripts/bench.sh [RUNS]      RUNS timed runs per llmcost case (default 11; peers: 5)
#
# Peers: LLMCOST_PEERS=DIR reuses a Python virtual environment that has genai-prices[cli] and
# litellm; otherwise the script makes a throwaway one in a temporary directory and installs them
# from PyPI, and skips every peer, with a message, when that fails (offline, no python3).
# LLMCOST_PEER_RUNS sets the peers' runs (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-11}"
peer_runs="${LLMCOST_PEER_RUNS:-5}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ && "$peer_runs" =~ ^[1-9][0-9]*$ ]]; then
    echo "bench.sh: RUNS and LLMCOST_PEER_RUNS must be positive whole numbers" >&2
    exit 2
fi
# The distribution build links the Swift runtime and Foundation statically (no shared-library
# symbol lookups at start-up); the plain release build is measured beside it for bare llmcost.
echo "building (the first static build takes a few minutes)..." >&2
swift build -c release --product llmcost >/dev/null
swift build -c release --product llmcost-bench >/dev/null
swift build -c release --product llmcost --static-swift-stdlib --build-path .build/static >/dev/null
bin="$(swift build -c release --show-bin-path)"
llmcost="$(swift build -c release --static-swift-stdlib --build-path .build/static --show-bin-path)/llmcost"
dynamic="$bin/llmcost"
bench="$bin/llmcost-bench"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# median: the median of the numbers on standard input, one a line.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# wall_ms N CMD...: the median wall time of N runs in ms, after one untimed warm-up run.
# $EPOCHREALTIME is read by bash itself, so no timer process is counted.
wall_ms() {
    local n="$1" start end
    shift
    "$@" >/dev/null 2>&1 || return 1
    for ((i = 0; i < n; i++)); do
        start="$EPOCHREALTIME"
        "$@" >/dev/null 2>&1
        end="$EPOCHREALTIME"
        echo "$start $end"
    done | awk '{ printf "%.1f\n", ($2 - $1) * 1000 }' | median
}

# peak_mb CMD...: the median peak resident memory of three runs in MiB (/usr/bin/time -f %M, KiB).
peak_mb() {
    if [[ ! -x /usr/bin/time ]]; then
        echo "nan"
        return
    fi
    for _ in 1 2 3; do
        /usr/bin/time -f %M -o "$scratch/rss" "$@" >/dev/null 2>&1 || true
        tail -n 1 "$scratch/rss"
    done | median | awk '{ printf "%.1f\n", $1 / 1024 }'
}

# field NAME: the value of NAME=… in llmcost-bench's output on standard input.
field() { tr ' ' '\n' | sed -n "s/^$1=//p"; }

# rate N CASE COUNT: the median of N runs of llmcost-bench CASE COUNT's per_second.
rate() {
    local n="$1"
    shift
    for ((i = 0; i < n; i++)); do "$bench" "$@" | field per_second; done | median
}

# engine_ms N CASE COUNT: the median in-process time of N runs of llmcost-bench CASE COUNT, in ms.
engine_ms() {
    local n="$1"
    shift
    for ((i = 0; i < n; i++)); do "$bench" "$@" | field seconds; done | median | awk '{ printf "%.1f\n", $1 * 1000 }'
}

# ratio A B: "A/B×" to one decimal, or "n/a".
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.1f×", a / b; else print "n/a" }'; }

# meets VALUE OP LIMIT: "yes" or "NO".
meets() { awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN { ok = (op == "<=") ? (v + 0 <= l + 0) : (v + 0 >= l + 0); print (v == "nan" ? "n/a" : (ok ? "yes" : "NO")) }'; }

row() { printf '  %-58s %12s %10s  %-42s %9s  %s\n' "$@"; }

# ---- peers -------------------------------------------------------------------------------------
peers=""
if [[ -n "${LLMCOST_PEERS:-}" && -x "${LLMCOST_PEERS}/bin/python" ]]; then
    peers="$LLMCOST_PEERS"
elif command -v python3 >/dev/null 2>&1 && python3 -m venv "$scratch/peers" >/dev/null 2>&1 &&
    timeout 900 "$scratch/peers/bin/pip" install -q "genai-prices[cli]" litellm >/dev/null 2>&1; then
    peers="$scratch/peers"
else
    echo "peers: could not install genai-prices and litellm from PyPI (offline or no python3); peers skipped"
fi
genai=""
litellm=""
if [[ -n "$peers" ]]; then
    if "$peers/bin/genai-prices" calc --input-tokens 1500 --output-tokens 400 openai:gpt-4o >/dev/null 2>&1; then
        genai="$peers/bin/genai-prices"
    else
        echo "peers: genai-prices calc does not run in $peers; skipped"
    fi
    if LITELLM_LOCAL_MODEL_COST_MAP=True "$peers/bin/python" -c 'import litellm' >/dev/null 2>&1; then
        litellm="$peers/bin/python"
    else
        echo "peers: litellm does not import in $peers; skipped"
    fi
fi

# ---- inputs ------------------------------------------------------------------------------------
cat >"$scratch/one-request.json" <<'JSON'
{"schema": "llmcost/scenario@1", "name": "One GPT-4o request",
 "workload": {"requests_per_month": 1, "input_tokens": 1500, "output_tokens": 400},
 "api_models": ["openai/gpt-4o"]}
JSON
"$bench" models 4000 "$scratch/models-4000.json" >/dev/null
cat >"$scratch/calc_loop.py" <<'PY'
import sys, time
from genai_prices import Usage, calc_price
n = int(sys.argv[1])
start = time.perf_counter()
for i in range(n):
    calc_price(Usage(input_tokens=50 + (i * 7919) % 250000, output_tokens=10 + i % 2000),
               model_ref="gpt-4o", provider_id="openai")
print(n / (time.perf_counter() - start))
PY
litellm_line='import litellm; litellm.cost_per_token(model="gpt-4o", prompt_tokens=1500, completion_tokens=400)'

echo "llmcost benchmark, $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(swift --version 2>&1 | head -n 1)"
echo "medians: llmcost $runs runs, peers $peer_runs runs; memory: median peak RSS of 3 runs in MiB; ratio: peer ÷ llmcost"
echo "llmcost: the static distribution build (swift build -c release --static-swift-stdlib) unless a row says otherwise"
echo
row "case" "llmcost" "memory" "peer (same run)" "ratio" "target met"
row "----" "-------" "------" "---------------" "-----" "----------"

# 1. Whole processes.
bare_ms="$(wall_ms "$runs" "$llmcost")"
bare_mb="$(peak_mb "$llmcost")"
row "1 bare llmcost (compare, default scenario, table)" "$bare_ms ms" "$bare_mb MB" "(target ≤ 15 ms, ≤ 25 MB)" "" \
    "$(meets "$bare_ms" "<=" 15) / $(meets "$bare_mb" "<=" 25)"
dynamic_ms="$(wall_ms "$runs" "$dynamic")"
dynamic_mb="$(peak_mb "$dynamic")"
row "  the same, shared-library build (swift build -c release)" "$dynamic_ms ms" "$dynamic_mb MB" "" "" \
    "$(meets "$dynamic_ms" "<=" 15) / $(meets "$dynamic_mb" "<=" 25)"
hello="$scratch/hello"
if printf 'import Foundation\nprint("hello")\n' >"$scratch/hello.swift" &&
    swiftc -O "$scratch/hello.swift" -o "$hello" >/dev/null 2>&1; then
    row "  floor: a Foundation \"hello\" (swiftc -O, shared libraries)" "$(wall_ms "$runs" "$hello") ms" \
        "$(peak_mb "$hello") MB" "" "" ""
fi
one_ms="$(wall_ms "$runs" "$llmcost" compare --scenario "$scratch/one-request.json")"
one_mb="$(peak_mb "$llmcost" compare --scenario "$scratch/one-request.json")"
if [[ -n "$genai" ]]; then
    genai_ms="$(wall_ms "$peer_runs" "$genai" calc --input-tokens 1500 --output-tokens 400 openai:gpt-4o)"
    genai_mb="$(peak_mb "$genai" calc --input-tokens 1500 --output-tokens 400 openai:gpt-4o)"
    row "1 one API cost: 1 GPT-4o request, 1,500 in / 400 out" "$one_ms ms" "$one_mb MB" \
        "genai-prices calc $genai_ms ms $genai_mb MB" "$(ratio "$genai_ms" "$one_ms")" \
        "$(meets "$(awk -v a="$genai_ms" -v b="$one_ms" 'BEGIN { print a / b }')" ">=" 10) (≥ 10×)"
else
    row "1 one API cost: 1 GPT-4o request, 1,500 in / 400 out" "$one_ms ms" "$one_mb MB" "genai-prices: skipped" "" ""
fi
if [[ -n "$litellm" ]]; then
    litellm_ms="$(wall_ms "$peer_runs" env LITELLM_LOCAL_MODEL_COST_MAP=True "$litellm" -c "$litellm_line")"
    litellm_mb="$(peak_mb env LITELLM_LOCAL_MODEL_COST_MAP=True "$litellm" -c "$litellm_line")"
    row "" "" "" "LiteLLM cost_per_token $litellm_ms ms $litellm_mb MB" "$(ratio "$litellm_ms" "$one_ms")" ""
fi

# 2. Validation of a 4,000-model file (and of LiteLLM's own map, imported, when it is at hand).
validate_ms="$(wall_ms "$runs" "$llmcost" prices validate "$scratch/models-4000.json")"
validate_mb="$(peak_mb "$llmcost" prices validate "$scratch/models-4000.json")"
row "2 prices validate, generated 4,000-model file" "$validate_ms ms" "$validate_mb MB" "(target ≤ 150 ms)" "" \
    "$(meets "$validate_ms" "<=" 150)"
if [[ -n "$litellm" ]]; then
    map="$("$litellm" -c 'import importlib.util, os; print(os.path.join(os.path.dirname(importlib.util.find_spec("litellm").origin), "model_prices_and_context_window_backup.json"))' 2>/dev/null || true)"
    if [[ -f "$map" ]] && "$llmcost" prices import --from litellm "$map" -o "$scratch/litellm.json" --force >/dev/null 2>&1; then
        models="$(grep -c '"id":' "$scratch/litellm.json" || true)"
        lite_ms="$(wall_ms "$runs" "$llmcost" prices validate "$scratch/litellm.json")"
        lite_mb="$(peak_mb "$llmcost" prices validate "$scratch/litellm.json")"
        json_ms="$(wall_ms "$peer_runs" "$litellm" -c "import json; json.load(open('$map'))")"
        row "2 prices validate, LiteLLM's map imported ($models models)" "$lite_ms ms" "$lite_mb MB" \
            "Python json.load of the map $json_ms ms" "$(ratio "$json_ms" "$lite_ms")" ""
    fi
fi

# 3. Exact API cost evaluations per second, in-process.
api_rate="$(rate "$runs" api 1000000)"
engine_rate="$(rate 3 engine-api 20000)"
if [[ -n "$genai" ]]; then
    peer_rate="$(for ((i = 0; i < peer_runs; i++)); do "$peers/bin/python" "$scratch/calc_loop.py" 20000; done | median)"
    row "3 exact API cost evaluations per second (RequestPricer)" "$api_rate/s" "" \
        "genai-prices calc_price loop $(printf '%.0f' "$peer_rate")/s" "$(ratio "$api_rate" "$peer_rate")" \
        "$(meets "$api_rate" ">=" 1000000) (≥ 1,000,000/s)"
else
    row "3 exact API cost evaluations per second (RequestPricer)" "$api_rate/s" "" "genai-prices: skipped" "" \
        "$(meets "$api_rate" ">=" 1000000) (≥ 1,000,000/s)"
fi
row "  the same through APICost.monthly (Decimal, breakdown)" "$engine_rate/s" "" "" "" ""

# 4. A dense break-even sweep and simulation draws.
sweep_ms="$(engine_ms "$runs" sweep 100000)"
row "4 break-even sweep, 100,000 points (in-process)" "$sweep_ms ms" "" "(target ≤ 300 ms)" "" "$(meets "$sweep_ms" "<=" 300)"
simulate_ms="$(engine_ms "$runs" simulate 100000)"
row "4 simulation, 100,000 draws (in-process)" "$simulate_ms ms" "" "(target ≤ 300 ms)" "" "$(meets "$simulate_ms" "<=" 300)"
simulate_process_ms="$(wall_ms "$runs" "$llmcost" simulate --samples 100000)"
simulate_process_mb="$(peak_mb "$llmcost" simulate --samples 100000)"
row "4 llmcost simulate --samples 100000 (whole process)" "$simulate_process_ms ms" "$simulate_process_mb MB" "" "" ""

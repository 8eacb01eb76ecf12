#!/usr/bin/env bash
# Release-build benchmark: prints wall time and peak memory of llmcost's heavy paths and, when a
# peers environment is present, of the same work done by LiteLLM. Not run by `swift test`
# (timings on shared machines vary, so no test depends on them); see docs/benchmarks.md.
#
#   scripts/bench.sh [SAMPLES]        default 100000
#
# Peers: LLMCOST_PEERS (default /tmp/peers) is a Python virtual environment with litellm; make
# it with `python3 -m venv /tmp/peers && /tmp/peers/bin/pip install litellm genai-prices tokencost`.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product llmcost >/dev/null
binary="$(swift build -c release --show-bin-path)/llmcost"
samples="${1:-100000}"
peers="${LLMCOST_PEERS:-/tmp/peers}"

# best_of CMD...: the best wall time of five runs in ms, and the peak RSS of the last in MB.
best_of() {
    local best="" ms rss
    "$@" >/dev/null 2>&1 || true
    for _ in 1 2 3 4 5; do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        ms=$(((end - start) / 1000000))
        if [[ -z "$best" || "$ms" -lt "$best" ]]; then best=$ms; fi
    done
    rss=$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1)
    printf '%6d ms  %6d MB' "$best" "$((rss / 1024))"
}

echo "llmcost (release build, whole process, best of 5; peak resident memory)"
printf '  %-58s %s\n' "simulate --samples $samples (default scenario)" "$(best_of "$binary" simulate --samples "$samples")"
printf '  %-58s %s\n' "compare (default scenario, exact decimal)" "$(best_of "$binary" compare)"
printf '  %-58s %s\n' "prices validate (embedded data)" "$(best_of "$binary" prices validate)"

map=""
if [[ -x "$peers/bin/python" ]]; then
    map="$("$peers/bin/python" - <<'PY' 2>/dev/null || true
import importlib.util, os
spec = importlib.util.find_spec("litellm")
if spec:
    print(os.path.join(os.path.dirname(spec.origin), "model_prices_and_context_window_backup.json"))
PY
)"
fi
if [[ -z "$map" || ! -f "$map" ]]; then
    echo "peers: no LiteLLM in $peers; skipped (see the header of this script to install it)"
    exit 0
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$binary" prices import --from litellm "$map" -o "$scratch/models.json" --force >/dev/null 2>&1
echo "LiteLLM's price map ($(wc -c <"$map") bytes), the same work on both sides"
printf '  %-58s %s\n' "llmcost prices import --from litellm (and validate)" \
    "$(best_of "$binary" prices import --from litellm "$map" -o "$scratch/out.json" --force)"
printf '  %-58s %s\n' "llmcost prices validate (the imported 3 MB file)" \
    "$(best_of "$binary" prices validate "$scratch/models.json")"
printf '  %-58s %s\n' "llmcost prices show openai/gpt-4o (load map + one lookup)" \
    "$(best_of "$binary" prices show openai/gpt-4o --prices "$scratch/models.json")"
printf '  %-58s %s\n' "LiteLLM: import + cost_per_token for one gpt-4o request" \
    "$(best_of env LITELLM_LOCAL_MODEL_COST_MAP=True "$peers/bin/python" -c \
        'import litellm; litellm.cost_per_token(model="gpt-4o", prompt_tokens=1500, completion_tokens=400)')"
printf '  %-58s %s\n' "Python: json.load of the map alone" \
    "$(best_of "$peers/bin/python" -c "import json; json.load(open('$map'))")"

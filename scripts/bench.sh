#!/bin/sh
# Builds llmcost in release mode and times 100,000 Monte Carlo draws of the embedded default
# scenario (`llmcost simulate --samples 100000`). Not run by `swift test`; see docs/benchmarks.md.
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product llmcost >/dev/null
binary="$(swift build -c release --show-bin-path)/llmcost"
samples="${1:-100000}"
"$binary" simulate --samples "$samples" >/dev/null  # warm the file cache
best=""
for run in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$binary" simulate --samples "$samples" --seed "$run" >/dev/null
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
echo "simulate --samples $samples (default scenario, whole process): best of 5 runs ${best} ms"

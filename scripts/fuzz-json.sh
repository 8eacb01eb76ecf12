#!/usr/bin/env bash
# Fuzzes the JSON reader with libFuzzer for SECONDS (default 60); see docs/fuzzing.md.
# SwiftPM is not used: an executable target's `main` clashes with libFuzzer's own.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
out=fuzz-out
mkdir -p "$out/corpus" "$out/crashes"
cp Fuzz/seeds/*.json "$out/corpus/"
cp Data/*.json "$out/corpus/" 2>/dev/null || true
swiftc -sanitize=fuzzer,address -parse-as-library -O \
    Sources/Pricing/JSON/*.swift Sources/Pricing/ExactDecimal.swift Fuzz/JSONReaderFuzz.swift \
    -module-name Pricing -o "$out/json-reader-fuzzer"
"$out/json-reader-fuzzer" "$out/corpus" \
    -dict=Fuzz/json.dict -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -artifact_prefix="$out/crashes/" -print_final_stats=1

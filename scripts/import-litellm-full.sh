#!/usr/bin/env bash
# Imports LiteLLM's whole price map (~4,000 entries, ~3 MB) and validates the result.
#
#   scripts/import-litellm-full.sh [MAP.json]
#
# Without an argument it installs LiteLLM from PyPI into a virtual environment
# ($LLMCOST_PEERS, default /tmp/peers) and uses the copy of the map its package ships
# (litellm/model_prices_and_context_window_backup.json). Prints the import summary
# (counts imported and skipped by reason), the validation summary and the time taken.
# Not part of `swift test`, which stays self-contained (Tests/CLITests/Fixtures holds
# 65 real entries instead).
set -euo pipefail
cd "$(dirname "$0")/.."

map="${1:-}"
if [[ -z "$map" ]]; then
  peers="${LLMCOST_PEERS:-/tmp/peers}"
  if [[ ! -x "$peers/bin/python" ]]; then
    python3 -m venv "$peers"
  fi
  if ! "$peers/bin/python" -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("litellm") is None)'; then
    "$peers/bin/pip" install --quiet litellm
  fi
  map="$("$peers/bin/python" - <<'PY'
import importlib.util, os
spec = importlib.util.find_spec("litellm")
print(os.path.join(os.path.dirname(spec.origin), "model_prices_and_context_window_backup.json"))
PY
)"
fi

swift build -c release --product llmcost >/dev/null
bin="$(swift build -c release --show-bin-path)/llmcost"
out="$(mktemp -d)/litellm-models.json"

echo "map: $map ($(wc -c <"$map") bytes)"
start=$(date +%s.%N)
"$bin" prices import --from litellm "$map" -o "$out"
end=$(date +%s.%N)
printf "import took %.2f s\n" "$(echo "$end - $start" | bc)"
# Validation exits 1 on errors; warnings (float artifacts, output below input) do not fail.
"$bin" prices validate "$out" | tail -n 1
echo "float-artifact warnings: $("$bin" prices validate "$out" | grep -c 'floating-point artifact' || true)"
echo "result: $out"

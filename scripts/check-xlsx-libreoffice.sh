#!/usr/bin/env bash
# The real-spreadsheet check of `--format xlsx` (docs/testing.md, docs/xlsx.md).
#
#   scripts/check-xlsx-libreoffice.sh
#
# For each shipped scenario (Data/scenarios/*.json, and three under Tests/CLITests/Fixtures) and command (compare, roi, breakeven,
# sensitivity, plan): write the workbook, strip every formula's cached value, let LibreOffice
# headless recalculate it (soffice --convert-to csv, every sheet), and compare every formula
# cell with llmcost's own figure; the compare workbooks' monthly costs are also checked
# against `--format json`. Then, for each scenario, change an input cell in the stripped
# workbook (the volume; the GPU rate of every rented option; the exchange rate) and compare
# LibreOffice's results with llmcost run with the matching flag (--requests, --rate, --fx).
# Skipped, with a message and exit 0, when soffice is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null 2>&1; then
  echo "check-xlsx-libreoffice: soffice not found; skipped (apt-get install libreoffice-calc to run it)"
  exit 0
fi
swift build --product llmcost >/dev/null
llmcost="$(swift build --show-bin-path)/llmcost"
check="scripts/xlsx-recalc.py"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A profile of its own, so a desktop LibreOffice running alongside does not take the conversion.
profile="file://$work/profile"
csv='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
failures=0

recalc() { # stripped.xlsx → CSV files <name>-<sheet>.csv in $work/csv
  rm -rf "$work/csv"
  soffice -env:UserInstallation="$profile" --headless --convert-to "$csv" --outdir "$work/csv" "$1" \
    >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log"; return 1; }
}

run() { # label expected.xlsx stripped.xlsx
  echo "$1"
  recalc "$3"
  python3 "$check" compare "$2" "$work/csv" "$(basename "$3" .xlsx)" || failures=$((failures + 1))
}

for scenario in Data/scenarios/*.json; do
  name="$(basename "$scenario" .json)"
  for command in compare roi breakeven sensitivity plan; do
    book="$work/$name-$command.xlsx"
    "$llmcost" "$command" --scenario "$scenario" -o "$book" 2>/dev/null
    python3 "$check" strip "$book" "$work/$name-$command-stripped.xlsx"
    run "$name: $command" "$book" "$work/$name-$command-stripped.xlsx"
  done
  "$llmcost" compare --scenario "$scenario" --format json >"$work/$name.json"
  echo "$name: compare against --format json"
  python3 "$check" json-check "$work/$name-compare.xlsx" "$work/$name.json" || failures=$((failures + 1))

  # The volume doubled in the Inputs sheet against llmcost --requests.
  requests="$(python3 - "$work/$name-compare.xlsx" <<'PY'
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
names = dict(re.findall(r'<definedName name="([^"]+)">([^<]+)<', z.read("xl/workbook.xml").decode()))
cell = names["requests"].split("!")[1].replace("$", "")
value = re.search(r'<c r="%s"[^>]*><v>([^<]+)</v>' % cell, z.read("xl/worksheets/sheet1.xml").decode()).group(1)
print(int(float(value) * 2))
PY
)"
  "$llmcost" compare --scenario "$scenario" --requests "$requests" -o "$work/$name-volume.xlsx" 2>/dev/null
  python3 "$check" strip "$work/$name-compare.xlsx" "$work/$name-volume-edited.xlsx" --set "requests=$requests"
  run "$name: requests set to $requests in Inputs vs --requests $requests" \
    "$work/$name-volume.xlsx" "$work/$name-volume-edited.xlsx"

  # A new GPU rate for every rented option against llmcost --rate.
  if python3 - "$work/$name-compare.xlsx" <<'PY'
import sys, zipfile
sys.exit(0 if b"GPU-hour" in zipfile.ZipFile(sys.argv[1]).read("xl/sharedStrings.xml") else 1)
PY
  then
    rate="3.17"
    case "$name" in *-ja) rate="470" ;; esac
    "$llmcost" compare --scenario "$scenario" --rate "$rate" -o "$work/$name-rate.xlsx" 2>/dev/null
    python3 "$check" strip "$work/$name-compare.xlsx" "$work/$name-rate-edited.xlsx" --set "per GPU-hour=$rate"
    run "$name: GPU rate set to $rate in Inputs vs --rate $rate" "$work/$name-rate.xlsx" "$work/$name-rate-edited.xlsx"
  fi
done

# The exchange rate edited in Inputs against llmcost --fx: yen prices from dollar data, and euros.
"$llmcost" compare --scenario Data/scenarios/call-centre-ja.json -o "$work/fx.xlsx" 2>/dev/null
"$llmcost" compare --scenario Data/scenarios/call-centre-ja.json --fx JPY=160 -o "$work/fx-160.xlsx" 2>/dev/null
python3 "$check" strip "$work/fx.xlsx" "$work/fx-edited.xlsx" --set fx_JPY=160
run "call-centre-ja: fx_JPY set to 160 in Inputs vs --fx JPY=160" "$work/fx-160.xlsx" "$work/fx-edited.xlsx"
"$llmcost" roi --currency EUR -o "$work/eur.xlsx" 2>/dev/null
"$llmcost" roi --currency EUR --fx EUR=0.8 -o "$work/eur-08.xlsx" 2>/dev/null
python3 "$check" strip "$work/eur.xlsx" "$work/eur-edited.xlsx" --set fx_EUR=0.8
run "default: roi --currency EUR, fx_EUR set to 0.8 in Inputs vs --fx EUR=0.8" "$work/eur-08.xlsx" "$work/eur-edited.xlsx"

# Test scenarios for what the shipped ones do not reach: a mix of request shapes priced in EUR,
# used GPUs bought again inside the horizon, a long-context price tier, and (with a models
# overlay) cache writes, time-of-day prices blended at f = 2/3 and a service tier.
for scenario in Tests/CLITests/Fixtures/xlsx-*.json; do
  name="$(basename "$scenario" .json)"
  # A scenario may bring its own models (an overlay of the same name under xlsx-overlays/).
  overlay=()
  if [[ -f "Tests/CLITests/Fixtures/xlsx-overlays/$name.json" ]]; then
    overlay=(--prices "Tests/CLITests/Fixtures/xlsx-overlays/$name.json")
  fi
  for command in compare roi; do
    book="$work/$name-$command.xlsx"
    "$llmcost" "$command" "${overlay[@]}" --scenario "$scenario" -o "$book" 2>/dev/null
    python3 "$check" strip "$book" "$work/$name-$command-stripped.xlsx"
    run "$name: $command" "$book" "$work/$name-$command-stripped.xlsx"
  done
done

# With cache writes and blended peak prices: the cached share edited in Inputs against llmcost --cached.
peak=(--prices Tests/CLITests/Fixtures/xlsx-overlays/xlsx-peak-cache-writes.json
  --scenario Tests/CLITests/Fixtures/xlsx-peak-cache-writes.json)
# In yen, where the 5/3 output blend is formed over the prices as stated, then converted.
"$llmcost" compare "${peak[@]}" --currency JPY -o "$work/peak-jpy.xlsx" 2>/dev/null
python3 "$check" strip "$work/peak-jpy.xlsx" "$work/peak-jpy-stripped.xlsx"
run "xlsx-peak-cache-writes: compare --currency JPY" "$work/peak-jpy.xlsx" "$work/peak-jpy-stripped.xlsx"
"$llmcost" compare "${peak[@]}" --cached 50% -o "$work/peak-cached.xlsx" 2>/dev/null
python3 "$check" strip "$work/xlsx-peak-cache-writes-compare.xlsx" "$work/peak-cached-edited.xlsx" --set cached_share=0.5
run "xlsx-peak-cache-writes: cached_share set to 0.5 in Inputs vs --cached 50%" \
  "$work/peak-cached.xlsx" "$work/peak-cached-edited.xlsx"

# A profile fitted at the default scenario's service level (operating points read off its curves).
"$llmcost" compare --deployments deepseek-r1-fp8-8xh200-sglang --input 1000 --output 1000 -o "$work/curves.xlsx" 2>/dev/null
python3 "$check" strip "$work/curves.xlsx" "$work/curves-stripped.xlsx"
run "default: compare with a DeepSeek R1 profile at the service level" "$work/curves.xlsx" "$work/curves-stripped.xlsx"

# Japanese labels and sheet names recalculate the same.
"$llmcost" compare --scenario Data/scenarios/call-centre-ja.json --lang ja -o "$work/ja.xlsx" 2>/dev/null
python3 "$check" strip "$work/ja.xlsx" "$work/ja-stripped.xlsx"
run "call-centre-ja: compare --lang ja" "$work/ja.xlsx" "$work/ja-stripped.xlsx"

if [[ "$failures" -gt 0 ]]; then
  echo "check-xlsx-libreoffice: $failures check(s) failed"
  exit 1
fi
echo "check-xlsx-libreoffice: every recalculated cell matches llmcost"

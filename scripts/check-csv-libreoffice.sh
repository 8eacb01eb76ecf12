#!/usr/bin/env bash
# Opens llmcost's CSV in LibreOffice with its default import (no filter options, as a user who
# double-clicks the file gets) and checks that every number arrives as the same number, every date
# as a date and every text, Japanese included, as the same text. See docs/testing.md.
#
#   scripts/check-csv-libreoffice.sh            # builds llmcost (debug) if needed
#   LLMCOST=path/to/llmcost scripts/check-csv-libreoffice.sh
#
# Without soffice it says so and exits 0: the check is skipped, not failed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null 2>&1; then
    echo "check-csv-libreoffice: skipped: soffice (LibreOffice) is not installed"
    exit 0
fi
llmcost="${LLMCOST:-}"
if [ -z "$llmcost" ]; then
    swift build --product llmcost >/dev/null
    llmcost="$(swift build --show-bin-path)/llmcost"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp Data/scenarios/call-centre-ja.json "$work/"
(
    cd "$work"
    "$llmcost" roi --scenario call-centre-ja.json --lang ja --format csv -o roi-ja.csv
    "$llmcost" compare --format csv -o compare.csv
    "$llmcost" compare --scenario call-centre-ja.json --currency JPY --lang ja --format csv -o compare-ja.csv
    "$llmcost" plan --format csv -o plan.csv
) 2>/dev/null

# One private profile, so a LibreOffice the user has open is not disturbed; no filter options, as a
# user who double-clicks the file gets.
echo "check-csv-libreoffice: $(soffice --version | head -n 1)"
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --convert-to xlsx --outdir "$work/default" "$work"/*.csv >/dev/null 2>&1

python3 - "$work" <<'PY'
import csv, io, re, sys, zipfile, xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal, InvalidOperation

work = sys.argv[1]
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

def column_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1

def sheet(path):
    """The first sheet as {(row, column): (kind, value)}, kind 'n' for a number, 's' for text."""
    with zipfile.ZipFile(path) as book:
        shared = []
        if "xl/sharedStrings.xml" in book.namelist():
            for item in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", NS):
                shared.append("".join(t.text or "" for t in item.iter("{%s}t" % NS["m"])))
        root = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    cells = {}
    for row in root.iter("{%s}row" % NS["m"]):
        r = int(row.get("r")) - 1
        for cell in row.findall("m:c", NS):
            value = cell.find("m:v", NS)
            kind = cell.get("t", "n")
            if kind == "s":
                cells[(r, column_index(cell.get("r")))] = ("s", shared[int(value.text)])
            elif kind == "inlineStr":
                text = "".join(t.text or "" for t in cell.iter("{%s}t" % NS["m"]))
                cells[(r, column_index(cell.get("r")))] = ("s", text)
            elif value is not None:
                cells[(r, column_index(cell.get("r")))] = (kind, value.text)
    return cells

def compare(name):
    """Problems of one file as LibreOffice's default import read it, and how many fields it checked."""
    raw = open(f"{work}/{name}.csv", "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{name}.csv has no byte-order mark"
    records = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    cells = sheet(f"{work}/default/{name}.xlsx")
    problems, checked = [], 0
    for r, record in enumerate(records):
        for c, field in enumerate(record):
            if field == "":
                continue
            kind, value = cells.get((r, c), (None, None))
            if NUMBER.match(field):
                # A number column: the spreadsheet must hold the same number, not text.
                checked += 1
                try:
                    same = kind == "n" and Decimal(value) == Decimal(field)
                except (InvalidOperation, TypeError):
                    same = False
            elif DATE.match(field):
                # An as-of date becomes a date: a serial day number from 1899-12-30.
                checked += 1
                serial = (date.fromisoformat(field) - date(1899, 12, 30)).days
                same = kind == "n" and value == str(serial)
            else:
                # Text, Japanese included: the same characters.
                checked += 1
                same = kind in ("s", "str") and value in (field, field.removeprefix("'"))
            if not same:
                problems.append(f"row {r + 1} col {c + 1}: {field!r} became {kind}:{value!r}")
    return problems, checked

JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
failures = 0
total = 0
for name in ["roi-ja", "compare", "compare-ja", "plan"]:
    problems, counted = compare(name)
    raw = open(f"{work}/{name}.csv", "rb").read().decode("utf-8-sig")
    japanese = sum(1 for record in csv.reader(io.StringIO(raw, newline="")) for f in record if JAPANESE.search(f))
    total += counted
    if problems:
        failures += 1
        print(f"{name}.csv: {len(problems)} of {counted} fields differ, first: " + "; ".join(problems[:5]))
    else:
        print(f"{name}.csv: all {counted} fields the same, {japanese} of them Japanese")
if failures:
    print(
        "check-csv-libreoffice: FAILED. A LibreOffice whose import without options reads Windows-1252 "
        "(7.4, for one) garbles UTF-8 text; scripts/install-libreoffice.sh installs a current one"
    )
    sys.exit(1)
print(f"check-csv-libreoffice: passed ({total} fields compared with the default import)")
PY

#!/usr/bin/env python3
"""Recalculates llmcost workbooks in LibreOffice and compares every formula cell.

  xlsx-recalc.py strip IN.xlsx OUT.xlsx [--set NAME_OR_LABEL=VALUE ...]
      copies the workbook with every formula's cached value removed (so nothing but the
      spreadsheet can fill it) and, optionally, input cells replaced by numbers: a defined
      name (e.g. requests) or every Inputs row whose label ends with the given text.
  xlsx-recalc.py compare EXPECTED.xlsx CSV_DIR PREFIX
      compares every formula cell of EXPECTED.xlsx (llmcost's cached values) with the value
      LibreOffice computed, read from CSV_DIR/PREFIX-<sheet>.csv; exits 1 on any difference.
  xlsx-recalc.py json-check EXPECTED.xlsx COMPARE.json
      checks the API and self-hosting monthly costs against llmcost's JSON report to the cent.

Standard library only. Money is compared to the cent (0.005), or to 1e-13 relative where that
is larger (amounts past 5·10^10, where a double cannot hold every cent); every other number to
1e-9 relative, since LibreOffice's CSV keeps 15 significant digits.
"""
import csv, json, re, sys, zipfile
from decimal import Decimal
from xml.etree import ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def split_address(address):
    m = re.fullmatch(r"\$?([A-Z]+)\$?(\d+)", address)
    return int(m.group(2)), col_index(m.group(1))


def read_book(path):
    """Sheet names in order, {sheet: {address: (formula, cached, type, style)}}, shared strings, names."""
    z = zipfile.ZipFile(path)
    strings = [si.findtext("m:t", "", NS) for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    names = {d.get("name"): d.text for d in wb.iter("{%s}definedName" % NS["m"])}
    sheets, order = {}, []
    for s in wb.iter("{%s}sheet" % NS["m"]):
        name = s.get("name")
        part = "xl/" + rels[s.get("{%s}id" % NS["r"])]
        cells = {}
        for c in ET.fromstring(z.read(part)).iter("{%s}c" % NS["m"]):
            f = c.findtext("m:f", None, NS)
            v = c.findtext("m:v", None, NS)
            t = c.get("t")
            if t == "s" and v is not None:
                v = strings[int(v)]
            cells[c.get("r")] = (f, v, t, c.get("s"))
        sheets[name] = cells
        order.append(name)
    return z, order, sheets, names, strings


def strip(src, dst, settings):
    z, order, sheets, names, strings = read_book(src)
    # Where each setting lands: Inputs!$B$n for a defined name, or rows whose label ends with the text.
    inputs = order[0]
    targets = {}
    for key, value in settings:
        if key in names:
            ref = names[key].split("!")[1]
            targets[ref.replace("$", "")] = value
        else:
            hits = [addr for addr, (f, v, t, s) in sheets[inputs].items()
                    if addr.startswith("A") and t == "s" and v and v.endswith(key)]
            if not hits:
                sys.exit("no input named or labelled %r" % key)
            for addr in hits:
                targets["B" + addr[1:]] = value
    out = zipfile.ZipFile(dst, "w", zipfile.ZIP_STORED)
    inputs_part = None
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    for s in wb.iter("{%s}sheet" % NS["m"]):
        if s.get("name") == inputs:
            inputs_part = "xl/" + rels[s.get("{%s}id" % NS["r"])]
    for info in z.infolist():
        data = z.read(info.filename).decode("utf-8")
        if info.filename.startswith("xl/worksheets/"):
            # Drop every formula's cached value; a string result's type goes with it.
            data = re.sub(r'<c ([^>]*?)(?: t="(?:str|b)")?([^>]*)><f>(.*?)</f><v>.*?</v></c>',
                          r'<c \1\2><f>\3</f></c>', data)
            if info.filename == inputs_part:
                for addr, value in targets.items():
                    data, count = re.subn(r'<c r="%s"([^>]*?)(?: t="[a-z]+")?>.*?</c>' % addr,
                                          r'<c r="%s"\1><v>%s</v></c>' % (addr, value), data)
                    if count != 1:
                        sys.exit("cannot set %s" % addr)
        if info.filename == "xl/workbook.xml":
            data = data.replace('<calcPr calcId="191029"/>', '<calcPr calcId="191029" fullCalcOnLoad="1"/>')
        out.writestr(info.filename, data.encode("utf-8"))
    out.close()
    leftover = sum(1 for sheet in read_book(dst)[2].values() for (f, v, t, s) in sheet.values() if f and v is not None)
    if leftover:
        sys.exit("%d cached values left in %s" % (leftover, dst))


def money_styles(path):
    """Style indexes whose number format is a currency (the code in quotes)."""
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read("xl/styles.xml"))
    codes = {n.get("numFmtId"): n.get("formatCode") for n in root.iter("{%s}numFmt" % NS["m"])}
    xfs = root.find("m:cellXfs", NS)
    return {str(i) for i, xf in enumerate(xfs) if '"' in (codes.get(xf.get("numFmtId")) or "")}


def number(text):
    text = text.strip()
    if text.endswith("%"):
        return Decimal(text[:-1]) / 100
    return Decimal(text)


def compare(expected, csv_dir, prefix):
    z, order, sheets, names, strings = read_book(expected)
    money = money_styles(expected)
    checked, failures = 0, []
    for sheet in order:
        formulas = {a: c for a, c in sheets[sheet].items() if c[0] is not None}
        if not formulas:
            continue
        path = "%s/%s-%s.csv" % (csv_dir, prefix, sheet)
        with open(path, newline="", encoding="utf-8") as handle:
            grid = list(csv.reader(handle))
        for address, (f, v, t, s) in formulas.items():
            row, col = split_address(address)
            got = grid[row - 1][col - 1] if row <= len(grid) and col <= len(grid[row - 1]) else ""
            want = "" if v is None else v
            checked += 1
            if t == "str" or want == "" or not re.fullmatch(r"-?[0-9.eE+-]+", want):
                if got != want:
                    failures.append("%s!%s: LibreOffice %r, llmcost %r (=%s)" % (sheet, address, got, want, f))
                continue
            try:
                a, b = number(got), Decimal(want)
            except Exception:
                failures.append("%s!%s: LibreOffice %r, llmcost %s (=%s)" % (sheet, address, got, want, f))
                continue
            # A double holds about 16 significant digits: past some 10^10 a spreadsheet's sums
            # cannot keep every cent, so large amounts are held to 1e-13 relative instead.
            if s in money:
                tolerance = max(Decimal("0.005"), abs(b) * Decimal("1e-13"))
            else:
                tolerance = max(abs(b) * Decimal("1e-9"), Decimal("1e-12"))
            if abs(a - b) > tolerance:
                failures.append("%s!%s: LibreOffice %s, llmcost %s (=%s)" % (sheet, address, got, want, f))
    for line in failures[:40]:
        print("  " + line)
    print("  %d formula cells compared, %d differ" % (checked, len(failures)))
    return 1 if failures else 0


def json_check(expected, report):
    """Each API and self-hosting option's monthly cost in the workbook equals the JSON's, to the cent."""
    z, order, sheets, names, strings = read_book(expected)
    data = json.load(open(report, encoding="utf-8"))
    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    # A row with a monthly_cost amount, matched to a workbook option by any string it holds
    # (the option's label), so the check does not depend on where the report puts the label.
    rows = []
    for table in data.get("tables", []):
        for row in table.get("rows", []):
            values = row.get("values", row)
            cost = values.get("monthly_cost")
            if isinstance(cost, dict) and "amount" in cost:
                # llmcost/report@2 keeps the option's name under the row's "labels".
                names = set(strings(values)) | set(strings(row.get("labels", {})))
                rows.append((names, Decimal(cost["amount"])))
    monthly = {}
    for sheet in order[1:3]:
        for address, (f, v, t, s) in sheets[sheet].items():
            if address.startswith("A") and address != "A1" and isinstance(v, str):
                for labels, amount in rows:
                    if v in labels:
                        monthly[v] = amount
    if not monthly:
        sys.exit("no monthly costs found in %s" % report)
    checked, failures = 0, 0
    for sheet, column in ((order[1], "C"), (order[2], "G")):
        for address, (f, v, t, s) in sheets[sheet].items():
            if not address.startswith("A") or address == "A1":
                continue
            cost = sheets[sheet].get(column + address[1:])
            if v in monthly and cost and cost[1] is not None:
                checked += 1
                if abs(Decimal(cost[1]) - monthly[v]) > Decimal("0.005"):
                    failures += 1
                    print("  %s: workbook %s, JSON %s" % (v, cost[1], monthly[v]))
    print("  %d monthly costs checked against the JSON report, %d differ" % (checked, failures))
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "strip":
        settings = [tuple(a.split("=", 1)) for a in sys.argv[4:] if a != "--set"]
        strip(sys.argv[2], sys.argv[3], settings)
    elif command == "compare":
        sys.exit(compare(sys.argv[2], sys.argv[3], sys.argv[4]))
    elif command == "json-check":
        sys.exit(json_check(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)

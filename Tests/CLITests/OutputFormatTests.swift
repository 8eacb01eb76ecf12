import Foundation
import LLMCostCLI
import Pricing
import TestSupport
import Testing

/// Every format end to end: CSV parses back into the JSON's numbers, HTML and SVG are XML,
/// data cannot inject formulas or markup, `-o` is atomic, currencies, Japanese and colour.
@Suite struct OutputFormatTests {
    /// Sensitivity's moved values are counts, amounts and percentages in one column: its header
    /// cannot say `(%)`, so the percentage rows say it after their label (`utilisation (%)`, 64.0).
    @Test func aColumnOfMixedUnitsPutsThePercentSignOnItsRows() {
        let csv = llmcost("sensitivity", "--format", "csv", "--no-bom").stdout
        #expect(
            csv.contains("\r\nInput,Input −20%,Input at base,Input +20%,Monthly saving"), "\(csv.prefix(700))"
        )
        #expect(csv.contains("\r\nvolume (requests/month),2400000,3000000,3600000,"))
        #expect(csv.contains("\r\nutilisation (%),64.0,80.0,96.0,"))
        #expect(csv.contains("\r\ndiscount rate (per year) (%),6.4,8.0,9.6,"))
        // A column of percentages only keeps `(%)` in its header: ROI.
        #expect(llmcost("roi", "--format", "csv", "--no-bom").stdout.contains(",ROI (%),"))
    }

    static let breakeven = [
        "breakeven", "--api", "openai/gpt-4o", "--self", "llama-3.3-70b-fp8-2xh100-trtllm", "--mode", "own",
    ]

    /// Runs `arguments` in a scratch directory holding the call-centre scenario.
    func run(_ arguments: [String], variables: [String: String] = [:]) throws -> CLIResult {
        let scratch = try ScratchDirectory()
        try scratch.write("call-centre-ja.json", defaultFile("scenarios/call-centre-ja.json"))
        return llmcost(arguments, in: scratch.path, variables: variables)
    }

    // MARK: CSV against JSON

    static let csvCommands: [[String]] = [
        ["compare"], ["roi", "--scenario", "call-centre-ja.json", "--lang", "ja"],
        ["compare", "--currency", "JPY"],
        breakeven, ["plan", "--scenario", "call-centre-ja.json", "--growth", "4%"],
    ]

    /// Each CSV field equals the JSON value shown the way CSV shows it: text verbatim (or
    /// neutralised), counts exactly, amounts within half a unit of the last digit CSV keeps,
    /// percentages as the number in the header's unit; a null with a reason is an empty field
    /// followed by the reason's words; a fleet is three numbers.
    @Test(arguments: csvCommands) func csvParsesBackToTheJSONNumbers(_ command: [String]) throws {
        let csv = try run(command + ["--format", "csv"])
        let json = try run(command + ["--format", "json"])
        #expect(csv.exitCode == .success)
        #expect(csv.stdout.hasPrefix("\u{FEFF}"), "a byte-order mark for spreadsheets")
        let records = try #require(parseCSV(csv.stdout), "the CSV is not RFC 4180")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [[String: Any]])
        let blocks = csvBlocks(records)
        // The first block, one CSV block per table, then the footnotes.
        try #require(blocks.count == tables.count + 2)
        #expect(blocks[0].first?.last == object["title"] as? String)
        #expect(
            blocks[0].last == [
                command.contains("ja") ? "通貨" : "currency", object["currency"] as? String ?? "",
            ])
        var compared = 0
        for (table, block) in zip(tables, blocks.dropFirst()) {
            let columns = try #require(table["columns"] as? [[String: Any]])
            let rows = try #require(table["rows"] as? [[String: Any]])
            // The title (the section's heading, else the report's), the header, one record per row.
            #expect(block[0] == [(table["heading"] as? String) ?? (object["title"] as? String ?? "")])
            try #require(block.count == rows.count + 2, "title, header, one record per row")
            let withReason = Set(
                rows.flatMap { (($0["reasons"] as? [String: Any]) ?? [:]).keys })
            for (row, record) in zip(rows, block.dropFirst(2)) {
                let values = try #require(row["values"] as? [String: Any])
                let labels = try #require(row["labels"] as? [String: Any])
                let reasons = row["reasons"] as? [String: String] ?? [:]
                var field = 0
                for column in columns {
                    let key = try #require(column["key"] as? String)
                    let type = column["type"] as? String
                    if type == "fleet" {
                        let fleet = values[key] as? [String: Any]
                        let numbers = ["replicas", "gpus_per_replica", "gpus"].map {
                            (fleet?[$0] as? NSNumber)?.stringValue ?? ""
                        }
                        #expect(Array(record[field..<(field + 3)]) == numbers, "\(key) in \(command)")
                        field += 3
                    } else if let label = labels[key] as? String {
                        #expect(
                            record[field] == label || record[field] == "'" + label, "\(key) in \(command)")
                        field += 1
                    } else {
                        try check(
                            record[field], against: values[key], percent: type == "percent",
                            isKey: type == "key",
                            key: key,
                            where: "\(key) in \(command)")
                        field += 1
                    }
                    compared += 1
                    if withReason.contains(key) {
                        // The reason's words stand beside the empty number, and only there.
                        #expect(record[field].isEmpty == (reasons[key] == nil), "\(key) reason in \(command)")
                        field += 1
                    }
                }
            }
        }
        #expect(compared > 20)
        let footnotes = try #require(object["footnotes"] as? [[String: Any]])
        #expect(blocks.last?.count == footnotes.count + 1)
    }

    private func check(
        _ field: String, against value: Any?, percent: Bool = false, isKey: Bool = false, key: String,
        where place: String
    ) throws {
        switch value {
        case let text as String where isKey:
            // A key (`own`) shows as its words in the report's language (`自社保有`).
            #expect(!field.isEmpty && !text.isEmpty, "\(place): \(field) for \(text)")
        case let text as String:
            #expect(field == text || field == "'" + text, "\(place): \(field) vs \(text)")
        case let number as NSNumber:
            // A share is shown in the header's unit: 0.3 under "(%)" is 30.0.
            let exact = try #require(strictDecimal(number.stringValue) ?? Decimal(string: number.stringValue))
            let expected = percent ? exact * 100 : exact
            let shown = try #require(strictDecimal(field), "\(place): '\(field)' is not a plain number")
            #expect(
                abs(expected - shown) <= halfUnit(decimalPlaces(field)) + 1e-9,
                "\(place): \(field) vs \(number)")
        case let object as [String: Any]:
            let amount = try #require(object["amount"] as? String)
            let exact = try #require(strictDecimal(amount))
            let shown = try #require(strictDecimal(field), "\(place): '\(field)' is not a plain number")
            #expect(abs(exact - shown) <= halfUnit(decimalPlaces(field)), "\(place): \(field) vs \(amount)")
            // Amounts show the minor unit (yen none); per-token and per-request prices show more.
            if object["currency"] as? String == "JPY", !key.hasPrefix("cost_per") {
                #expect(!field.contains("."), "\(place): yen")
            }
        case nil, is NSNull:
            #expect(field.isEmpty, "\(place)")
        default:
            Issue.record("\(place): unexpected JSON value \(String(describing: value))")
        }
    }

    private func halfUnit(_ places: Int) -> Decimal {
        Decimal(sign: .plus, exponent: -places, significand: 5) / 10
    }

    @Test func csvNumbersArePlainWithACurrencyColumn() throws {
        let result = try run(["compare", "--currency", "JPY", "--format", "csv"])
        let records = Array(try #require(parseCSV(result.stdout)).dropFirst(6))
        let header = try #require(records.first)
        #expect(header.last == "currency")
        #expect(header.contains("Monthly cost (JPY/month)"))
        let cheapest = try #require(records.dropFirst().first)
        // 1,293.75 USD × 158.69732 = 205,314.66 JPY → 205315: no grouping, no sign, no decimals for yen.
        let monthly = try #require(header.firstIndex(of: "Monthly cost (JPY/month)"))
        let shown = cheapest[monthly]
        #expect(shown.allSatisfy { $0.isASCIIDigit }, "\(shown)")
        #expect(cheapest.last == "JPY")
    }

    // MARK: HTML and SVG

    static let markupCommands: [[String]] = [
        breakeven + ["--format", "svg"], breakeven + ["--format", "html"],
        breakeven + ["--format", "svg", "--lang", "ja"],
        ["roi", "--scenario", "call-centre-ja.json", "--lang", "ja", "--format", "svg"],
        ["roi", "--scenario", "call-centre-ja.json", "--lang", "ja", "--format", "html"],
        ["compare", "--format", "html"], ["compare", "--format", "svg"],
        ["prices", "list", "--format", "html"], ["deployments", "--format", "html"],
    ]

    @Test(arguments: markupCommands) func htmlAndSVGAreWellFormedXML(_ command: [String]) throws {
        let result = try run(command)
        #expect(result.exitCode == .success)
        let names = try #require(xmlElementNames(result.stdout), "not well-formed: \(command)")
        if command.contains("html") {
            #expect(names.first == "html")
            #expect(names.contains("table"))
            // Self-contained: no external scripts, styles or images.
            #expect(!result.stdout.contains("<script"))
            #expect(!result.stdout.contains("<link"))
            #expect(!result.stdout.contains("src="))
        } else {
            #expect(names.first == "svg")
        }
        if command.first != "compare", command.contains("svg") || command.first == "breakeven" {
            #expect(names.contains("polyline"), "a chart with its series")
        }
    }

    @Test func breakevenChartMarksTheBreakEvenWithUnitsAndLegend() throws {
        let svg = try run(Self.breakeven + ["--format", "svg"]).stdout
        #expect(svg.contains(">break-even 871k</text>"))
        #expect(svg.contains(">Requests (per month)</text>"))
        #expect(svg.contains(">Monthly cost (USD/month)</text>"))
        #expect(svg.contains("class=\"series step\""))
        #expect(svg.contains(">5M</text>"))
        let ja = try run(Self.breakeven + ["--format", "svg", "--lang", "ja"]).stdout
        // Japanese counts in 万 (10⁴): 871k is 87.1万, and the ticks read 500万, not 5M.
        #expect(ja.contains(">損益分岐 87.1万</text>"))
        #expect(ja.contains(">500万</text>"))
        #expect(!ja.contains(">5M</text>"))
        #expect(ja.contains(">リクエスト数 (月あたり)</text>"))
        #expect(ja.contains(">月額コスト (USD／月)</text>"))
        #expect(!ja.contains("month"))
    }

    // MARK: injection

    static let overlay = """
        {
          "schema": "llmcost/models@1",
          "currency": "USD",
          "models": [
            { "id": "evil/formula", "name": "=HYPERLINK(\\"x\\")", "provider": "evil", "family": "evil",
              "open_weights": false,
              "prices": [ { "effective": "2024-01-01", "input_per_mtok": 1, "output_per_mtok": 2,
                            "source": "https://example.com/a", "checked": "2026-11-01" } ] },
            { "id": "evil/script", "name": "<script>alert(1)</script>", "provider": "evil", "family": "evil",
              "open_weights": false,
              "prices": [ { "effective": "2024-01-01", "input_per_mtok": 1, "output_per_mtok": 2,
                            "source": "https://example.com/a", "checked": "2026-11-01" } ] }
          ]
        }
        """

    func runWithOverlay(_ arguments: [String]) throws -> CLIResult {
        let scratch = try ScratchDirectory()
        try scratch.write("overlay.json", Self.overlay)
        return llmcost(["--prices", "overlay.json"] + arguments, in: scratch.path)
    }

    @Test func hostileModelNamesComeOutInertInCSV() throws {
        let result = try runWithOverlay([
            "compare", "--models", "evil/formula,evil/script", "--format", "csv",
        ])
        #expect(result.exitCode == .success, "\(result.stderr)")
        let records = try #require(parseCSV(result.stdout))
        let cells = records.flatMap { $0 }
        #expect(cells.contains("'=HYPERLINK(\"x\") (evil)"))
        // No cell a spreadsheet would run as a formula.
        let formulas = cells.filter { cell in
            guard let first = cell.first, "=+-@".contains(first) else { return false }
            return strictDecimal(cell) == nil
        }
        #expect(formulas == [])
    }

    @Test(arguments: ["html", "svg"]) func hostileModelNamesComeOutEscaped(_ format: String) throws {
        let compare = try runWithOverlay([
            "compare", "--models", "evil/formula,evil/script", "--format", format,
        ])
        let breakeven = try runWithOverlay([
            "breakeven", "--api", "evil/script", "--self", "llama-3.3-70b-fp8-2xh100-trtllm", "--format",
            format,
        ])
        for result in [compare, breakeven] {
            #expect(result.exitCode == .success, "\(result.stderr)")
            #expect(!result.stdout.contains("<script"))
            #expect(xmlElementNames(result.stdout) != nil)
        }
        #expect(breakeven.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt; (API)"))
        if format == "html" {
            #expect(compare.stdout.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; (evil)"))
            #expect(compare.stdout.contains("<td>=HYPERLINK(&quot;x&quot;) (evil)"))
        }
    }

    @Test func hostileModelNamesCannotChangeTheMarkdownTable() throws {
        let result = try runWithOverlay(["compare", "--models", "evil/script", "--format", "markdown"])
        #expect(result.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt; (evil)"))
        #expect(!result.stdout.contains("<script"))
    }

    // MARK: -o

    @Test func outputFileIsWrittenWholeAndLeavesNoTemporaryFiles() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("report.md", "old contents that are longer than nothing\n")
        let result = llmcost("compare", "--format", "markdown", "-o", "report.md", in: scratch.path)
        #expect(result.exitCode == .success)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "wrote report.md\n")
        let written = try #require(scratch.read("report.md"))
        #expect(written == llmcost("compare", "--format", "markdown").stdout)
        #expect(!written.contains("old contents"))
        let files = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        #expect(files == ["report.md"], "no temporary file left behind")
    }

    @Test func outputFileRefusesAMissingDirectory() throws {
        let scratch = try ScratchDirectory()
        let result = llmcost("compare", "-o", "missing/report.md", in: scratch.path)
        #expect(result.exitCode == .io)
        #expect(result.exitCode.rawValue == 3)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "llmcost: cannot write missing/report.md: directory \(scratch.path)/missing does not exist\n"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == [])
    }

    @Test func outputFileRefusesADirectoryAndKeepsAFailedWriteFromTouchingTheTarget() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(
            atPath: scratch.path + "/out", withIntermediateDirectories: false)
        let result = llmcost("compare", "-o", "out", in: scratch.path)
        #expect(result.exitCode == .io)
        #expect(result.stderr.contains("cannot write out: it is a directory"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["out"])
    }

    // MARK: currencies

    @Test func yenHaveNoDecimalsAndAFootnoteNamingTheRateAndItsDate() throws {
        let result = llmcost("compare", "--currency", "JPY")
        #expect(result.exitCode == .success)
        #expect(result.stdout.contains("Monthly cost (JPY/month)"))
        // 1,293.75 USD × 158.69732 (the ECB rate of 2026-08-21 in force) = 205,314.66 → ¥205,315.
        #expect(result.stdout.contains("¥205,315"))
        #expect(!result.stdout.contains("¥205,315."))
        #expect(
            result.stdout.contains(
                "Exchange rate: 1 USD = 158.69732 JPY, the rate of 2026-08-21 from Data/currencies.json — https://"
            ))
    }

    @Test func fxOverridesTheRateAndSaysSo() throws {
        let result = llmcost("compare", "--currency", "JPY", "--fx", "JPY=151.2")
        #expect(result.exitCode == .success)
        #expect(result.stdout.contains("Exchange rate: 1 USD = 151.2 JPY, given with --fx"))
        #expect(!result.stdout.contains("158.69732"))
        // 1,293.75 USD × 151.2 = 195,615 exactly.
        #expect(result.stdout.contains("¥195,615 "))
    }

    @Test func euroWorks() throws {
        let result = llmcost("compare", "--currency", "EUR")
        #expect(result.exitCode == .success)
        // 1,293.75 × 0.85477391 = 1,105.8637… → €1,105.86.
        #expect(result.stdout.contains("€1,105.86"))
        #expect(result.stdout.contains("1 USD = 0.85477391 EUR"))
    }

    @Test func anUnknownCurrencyIsAUsageError() {
        let result = llmcost("compare", "--currency", "XYZ")
        #expect(result.exitCode == .usage)
        #expect(result.stderr.hasPrefix("llmcost: unknown currency 'XYZ'"))
        #expect(result.stderr.contains("--fx XYZ=RATE"))
        #expect(result.stdout.isEmpty)
    }

    // MARK: Japanese

    @Test(arguments: ["table", "markdown", "html", "svg"])
    func japaneseOutputHasNoEnglishUnitsOrWords(_ format: String) throws {
        for command in [
            ["roi", "--scenario", "call-centre-ja.json"], ["compare", "--scenario", "call-centre-ja.json"],
            Self.breakeven,
        ] {
            let result = try run(command + ["--lang", "ja", "--format", format])
            #expect(result.exitCode == .success)
            // Model, deployment and GPU names and data sources stay as the data gives them;
            // the tool's own words must not be English.
            for english in [
                "requests/month", "/month", " months", "never", "owned", "rented", "Exchange rate", "per USD",
                "not within", "on-demand", "Assumptions", "cheapest",
            ] {
                #expect(!result.stdout.contains(english), "'\(english)' in \(command) \(format)")
            }
        }
    }

    @Test func callCentreReadsNaturallyInJapaneseAndYen() throws {
        let result = try run(["roi", "--scenario", "call-centre-ja.json", "--lang", "ja"])
        #expect(result.stdout.contains("総コスト (JPY、36か月)"))
        #expect(result.stdout.contains("為替レート：1 USD = 158.69732 JPY（2026-08-21 のレート、Data/currencies.json）"))
        #expect(result.stdout.contains("便益：¥1,250,000／月（オペレーター人件費の削減（年1,500万円））"))
        #expect(result.stdout.contains("（runpod、H100 SXM, Community Cloud、オンデマンド、2026-12-03 確認）"))
    }

    // MARK: Markdown footnotes and the rounding note

    @Test func markdownNotesKeepTheirNumbersAndURLsStayClickable() throws {
        for command in [
            ["compare"], ["roi", "--scenario", "call-centre-ja.json", "--lang", "ja"], Self.breakeven,
            ["plan"],
        ] {
            let text = try run(command + ["--format", "markdown"]).stdout
            let table = try run(command).stdout
            let lines = text.split(separator: "\n").map(String.init)
            // "- [3] text" in Markdown, "[3] text" in the terminal: the same numbers, in order.
            let notes = lines.filter { $0.hasPrefix("- [") }.map {
                $0.dropFirst(2).prefix { $0 != "]" } + "]"
            }
            let terminal = table.split(separator: "\n").filter { $0.hasPrefix("[") }.map {
                $0.prefix { $0 != "]" } + "]"
            }
            #expect(!notes.isEmpty)
            #expect(notes == terminal)
            #expect(!text.contains("[^"), "GitHub renumbers [^n] footnotes by first use")
            // `\$` shows literally in chat tools; only a `$` that could close a maths formula, in
            // a note that holds several amounts, is escaped (never one in a table cell).
            #expect(!lines.filter { $0.hasPrefix("|") }.contains { $0.contains("\\$") })
            #expect(!text.contains(" \\$"))
            #expect(!text.contains("\\_"), "an escaped underscore breaks URLs")
            #expect(text.contains("<https://"))
        }
        let compare = try run(["compare", "--format", "markdown"]).stdout
        #expect(
            compare.contains(
                "<https://github.com/NVIDIA/TensorRT-LLM/blob/00f37686aa854010d68bcbd0f4ab000221541ca6/docs/source/performance/perf-overview.md>"
            ))
    }

    @Test func theRoundingNoteAppearsWhereShownPartsDoNotAddUp() throws {
        // Month 4 of the owned switch: ¥698,993 − ¥630,499 = ¥68,494, but the saving shows ¥68,495.
        // At the rate these figures were worked out with (the 2025-02-28 one), fixed with --fx.
        let ja = try run([
            "roi", "--scenario", "call-centre-ja.json", "--lang", "ja", "--format", "markdown", "--fx",
            "JPY=150.7636",
        ])
        .stdout
        let note = "端数処理のため、内訳の合計は総額と一致しない場合があります。"
        let definition = try #require(ja.split(separator: "\n").first { $0.hasSuffix(note) })
        let label = String(definition.dropFirst(2).prefix { $0 != " " })
        #expect(ja.contains("| 4 \(label) | 618,181 | ¥698,993 | ¥630,499 | ¥68,495 |"))
        // A report that shows no parts and totals has no such note.
        let compare = llmcost("compare", "--format", "markdown").stdout
        #expect(!compare.contains("Parts do not add up"))
        let usd = llmcost("roi", "--format", "markdown").stdout
        #expect(usd.contains("Parts do not add up to the total because of rounding."))
    }

    // MARK: colour

    @Test func colourOnlyOnATerminalWithoutNoColor() {
        func table(terminal: Bool, variables: [String: String] = [:], _ extra: [String] = []) -> String {
            let environment = CLIEnvironment(
                today: CalendarDate(year: 2026, month: 12, day: 3), variables: variables,
                stdoutIsTerminal: terminal,
                currentDirectory: NSTemporaryDirectory())
            return CLI.run(arguments: ["compare"] + extra, environment: environment).stdout
        }
        let escape = "\u{1B}["
        // The cheapest row is marked; on a terminal the mark is green and bold.
        #expect(table(terminal: true).contains(escape + "1;32m* "))
        #expect(!table(terminal: false).contains(escape))
        #expect(!table(terminal: true, variables: ["NO_COLOR": "1"]).contains(escape))
        #expect(!table(terminal: true, ["--no-color"]).contains(escape))
        #expect(!table(terminal: true, ["--format", "markdown"]).contains(escape))
    }
}

import Foundation
import LLMCostCLI
import Pricing
import TestSupport
import Testing

/// `--format xlsx`: a valid package whose formulas carry llmcost's figures as cached values.
@Suite("xlsx workbooks")
struct WorkbookCommandTests {
    static let breakevenPair = [
        "--api", "openai/gpt-4o", "--self", "llama-3.3-70b-fp8-2xh100-trtllm", "--mode", "own",
    ]
    static let commands: [[String]] = [
        ["compare"], ["roi", "--scenario", "call-centre-ja.json"], ["breakeven"] + breakevenPair,
        ["sensitivity"], ["plan"], ["compare", "--scenario", "document-summarisation.json", "--lang", "ja"],
    ]

    /// The workbook a command writes to stdout, read back.
    func workbook(_ arguments: [String]) throws -> WorkbookContents {
        let result = llmcost(arguments + ["--format", "xlsx"], in: scenariosDirectory)
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        return try #require(readWorkbook(result.binary), "not a readable stored-ZIP workbook")
    }

    /// The JSON report of the same command, parsed.
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = llmcost(arguments + ["--format", "json"], in: scenariosDirectory)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any])
    }

    var scenariosDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/scenarios").path
    }

    @Test(arguments: commands)
    func aValidPackageWithCachedValuesAndKnownNames(_ arguments: [String]) throws {
        let book = try workbook(arguments)
        for (name, data) in book.files {
            #expect(xmlElements(data) != nil, "\(name) is not well-formed")
        }
        let types = try #require(book.files["[Content_Types].xml"].flatMap(xmlElements))
        let declared = Set(types.compactMap { $0.attributes["PartName"] })
        for name in book.files.keys where name.hasPrefix("xl/") && !name.hasSuffix(".rels") {
            #expect(declared.contains("/" + name), "\(name) has no content type")
        }
        #expect(book.files["xl/sharedStrings.xml"] != nil && book.files["xl/styles.xml"] != nil)
        #expect(book.sheetNames.count >= 6)
        var formulas = 0
        for (sheet, cells) in book.sheets {
            for (address, cell) in cells {
                guard let formula = cell.formula else { continue }
                formulas += 1
                #expect(cell.value != nil, "\(sheet)!\(address) has no cached value")
                // Every bare word that is not a function call or a sheet reference must be a defined name.
                for word in Self.names(in: formula) {
                    #expect(
                        book.definedNames[word] != nil,
                        "\(sheet)!\(address): unknown name \(word) in \(formula)")
                }
            }
        }
        #expect(formulas > 100)
    }

    /// Lower-case identifiers in a formula outside quotes: the defined names it uses.
    static func names(in formula: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted: Character?
        for character in formula + " " {
            if let open = quoted {
                if character == open { quoted = nil }
                continue
            }
            if character == "\"" || character == "'" {
                quoted = character
                continue
            }
            if character.isLetter || character == "_" || (character.isNumber && !current.isEmpty) {
                current.append(character)
                continue
            }
            if !current.isEmpty, character != "(", current.first?.isLowercase == true {
                words.append(current)
            }
            current = ""
        }
        return words
    }

    @Test func theNameScanFindsDefinedNamesOnly() {
        #expect(Self.names(in: "requests*B2+SUM(C2:C9)*'Self-hosting'!$B$2&\"never\"") == ["requests"])
        #expect(Self.names(in: "MAX(fx_JPY,input_tokens/2)") == ["fx_JPY", "input_tokens"])
    }

    @Test func compareCachedValuesEqualTheJSONToTheCent() throws {
        let book = try workbook(["compare"])
        let report = try json(["compare"])
        let options = try #require(Self.rows(report, table: "options"))
        // Each row's monthly cost under any label it holds, wherever the report puts the option's name.
        var monthly: [String: Decimal] = [:]
        for row in options {
            guard let cost = Self.amount(row["monthly_cost"]) else { continue }
            for label in Self.strings(row) { monthly[label] = cost }
        }
        var checked = 0
        for (sheet, column) in [("API", "C"), ("Self-hosting", "G")] {
            let cells = try #require(book.sheets[sheet])
            for row in 2...20 {
                guard let label = cells["A\(row)"]?.value, let cached = Self.number(cells["\(column)\(row)"])
                else {
                    continue
                }
                let expected = try #require(monthly[label], "\(label) is not in the JSON report")
                #expect(abs(cached - expected) <= Decimal(string: "0.005") ?? 0, "\(sheet) \(label)")
                checked += 1
            }
        }
        // Every API and self-hosting option of the default scenario: the options table less hybrids and seats.
        let pure = options.filter { ["api", "rent", "own"].contains($0["kind"] as? String ?? "") }
        #expect(checked == pure.count && checked >= 3)

        // Each pair's break-even volumes, to the request as the JSON rounds them.
        let pairs = try #require(Self.rows(report, table: "break_even"))
        let breakEven = try #require(book.sheets["Break-even"])
        for (index, pair) in pairs.enumerated() {
            let row = index + 2
            #expect(breakEven["A\(row)"]?.value == pair["api_option"] as? String)
            #expect(breakEven["B\(row)"]?.value == pair["self_hosting_option"] as? String)
            for (column, key) in [("I", "first_break_even"), ("M", "always_cheaper_from")] {
                if let volume = Self.decimal(pair[key]) {
                    let cached = try #require(Self.number(breakEven["\(column)\(row)"]))
                    #expect(abs(cached - volume) < 1, "row \(row) \(key)")
                } else {
                    #expect(breakEven["\(column)\(row)"]?.value == "never", "row \(row) \(key)")
                }
            }
        }
        // The cash-flow sheets set the first API option (GPT-4o) against each self-hosting option.
        for (number, pair) in pairs.prefix(2).enumerated() {
            let flow = try #require(book.sheets["Cash flow \(number + 1)"])
            let npv = try #require(Self.amount(pair["npv_of_switching"]))
            let cached = try #require(Self.number(flow["T4"]))
            #expect(abs(cached - npv) <= Decimal(string: "0.005") ?? 0)
            #expect(flow["T3"]?.value == (pair["payback_month"] as? NSNumber).map { "\($0)" })
        }
    }

    @Test func breakevenCachedValuesEqualTheJSONToTheCent() throws {
        let book = try workbook(["breakeven"] + Self.breakevenPair)
        let rows = try #require(Self.rows(try json(["breakeven"] + Self.breakevenPair), table: "break_even"))
        let values = rows.compactMap { $0["value"] }
        // a, C, F, R₁, V, current volume, R*, tokens, replicas, multiple, X, replicas, multiple, payback, NPV.
        try #require(values.count == 15)
        let sheet = try #require(book.sheets["Break-even"])
        let flow = try #require(book.sheets["Cash flow 1"])
        let cent = Decimal(string: "0.005") ?? 0
        for (column, index) in [("C", 0), ("D", 1), ("E", 2), ("G", 4)] {
            let expected = try #require(Self.amount(values[index]))
            let cached = try #require(Self.number(sheet["\(column)2"]))
            #expect(abs(cached - expected) <= cent, "column \(column)")
        }
        for (column, index) in [("F", 3), ("I", 6), ("J", 7), ("H", 8), ("M", 10), ("L", 11)] {
            let expected = try #require(Self.decimal(values[index]))
            let cached = try #require(Self.number(sheet["\(column)2"]))
            #expect(abs(cached - expected) < 1, "column \(column)")
        }
        #expect(flow["T3"]?.value == (values[13] as? NSNumber).map { "\($0)" })
        let npv = try #require(Self.amount(values[14]))
        #expect(abs((Self.number(flow["T4"]) ?? 0) - npv) <= cent)
    }

    @Test func roiCachedValuesEqualTheJSONToTheYen() throws {
        let arguments = ["roi", "--scenario", "call-centre-ja.json"]
        let book = try workbook(arguments)
        let report = try json(arguments)
        let options = try #require(Self.rows(report, table: "options"))
        let cent = Decimal(string: "0.005") ?? 0
        var checked = 0
        for name in book.sheetNames where name.hasPrefix("Cash flow") {
            let flow = try #require(book.sheets[name])
            let title = try #require(flow["S1"]?.value)
            let option = try #require(options.first { title.hasSuffix("→ \($0["option"] as? String ?? "")") })
            for (cell, key) in [
                ("T2", "one_time"), ("T6", "total_cost"), ("T7", "total_benefits"), ("T9", "npv"),
            ] {
                let expected = try #require(Self.amount(option[key]))
                let cached = try #require(Self.number(flow[cell]))
                #expect(abs(cached - expected) <= cent, "\(name) \(key)")
            }
            let roi = try #require(Self.decimal(option["roi"]))
            #expect(abs((Self.number(flow["T8"]) ?? 0) - roi) < Decimal(string: "1e-12") ?? 0)
            checked += 1
        }
        #expect(checked == 2)
        // Month 1 of the first cash flow against the JSON's first cash-flow table.
        let months = try #require(Self.rows(report, table: "cash_flow"))
        let first = try #require(months.first { ($0["month"] as? NSNumber)?.intValue == 1 })
        let flow = try #require(book.sheets["Cash flow 1"])
        for (column, key) in [("D", "api_cost"), ("K", "self_hosting_cost"), ("L", "saving")] {
            let expected = try #require(Self.amount(first[key]))
            #expect(abs((Self.number(flow["\(column)2"]) ?? 0) - expected) <= cent, "\(key)")
        }
    }

    @Test func planAndSensitivityValuesEqualTheJSONToTheCent() throws {
        let cent = Decimal(string: "0.005") ?? 0
        let plan = try #require(try workbook(["plan"]).sheets["Plan"])
        let plans = try #require(Self.rows(try json(["plan"]), table: "plans"))
        var checked = 0
        for row in plans {
            let option = try #require(row["self_hosting_option"] as? String)
            let kind = try #require(row["plan"] as? String)
            let line = try #require(
                (2...9).first { plan["A\($0)"]?.value == option }, "\(option) not in the Plan sheet")
            // Total cost and NPV: D:E API only, F:G day one, H:I migrate.
            let (total, npv) =
                kind.hasPrefix("API only")
                ? ("D", "E") : kind.hasPrefix("Self-host") ? ("F", "G") : ("H", "I")
            for (column, key) in [(total, "total_cost"), (npv, "npv")] {
                let expected = try #require(Self.amount(row[key]))
                let cached = try #require(Self.number(plan["\(column)\(line)"]), "\(option) \(kind) \(key)")
                #expect(abs(cached - expected) <= cent, "\(option) \(kind) \(key)")
                checked += 1
            }
        }
        #expect(checked == 12)

        let tornado = try #require(try workbook(["sensitivity"]).sheets["Sensitivity"])
        let rows = try #require(Self.rows(try json(["sensitivity"]), table: "sensitivity"))
        checked = 0
        for row in rows {
            let input = try #require(row["input"] as? String)
            // The report's row names carry the input's unit ("volume (requests/month)"); the sheet's
            // column A names the input alone.
            guard
                let line = (2...30).first(where: { number in
                    guard let name = tornado["A\(number)"]?.value else { return false }
                    return input == name || input.hasPrefix(name + " (")
                })
            else { continue }
            for (column, key) in [("E", "metric_low"), ("F", "metric_high"), ("G", "swing")] {
                guard let expected = Self.amount(row[key]) else { continue }
                let cached = try #require(Self.number(tornado["\(column)\(line)"]), "\(input) \(key)")
                #expect(abs(cached - expected) <= cent, "\(input) \(key)")
                checked += 1
            }
        }
        #expect(checked >= 15)
    }

    /// Cache writes (SPEC §6.2), time-of-day prices (§6.3) and a service tier, from a models overlay
    /// so that shipped prices do not matter. The fixture's office day (UTC 00:00–09:00 on weekdays)
    /// meets the peak windows 01:00–04:00 and 06:00–10:00 for 6 of its 9 hours: f = 1800/2700 = 2/3.
    @Test func cacheWritesPeakPricesAndATierEqualTheJSONToTheCent() throws {
        let arguments = [
            "compare", "--prices", Fixtures.path("xlsx-overlays/xlsx-peak-cache-writes.json"),
            "--scenario", Fixtures.path("xlsx-peak-cache-writes.json"),
        ]
        let book = try workbook(arguments)
        let options = try #require(Self.rows(try json(arguments), table: "options"))
        var monthly: [String: Decimal] = [:]
        for row in options {
            guard let label = row["option"] as? String, let cost = Self.amount(row["monthly_cost"]) else {
                continue
            }
            monthly[label] = cost
        }
        let cent = Decimal(string: "0.005") ?? 0
        // R = 2,000,000, I = 3000, O = 400, c = 0.3, w = 0.1, b = 0.2.
        // Peak Writer: p_in = (1800·0.40 + 900·0.10)/2700 = 0.3, p_cached = (1800·0.05 + 900·0.02)/2700 = 0.04,
        //   p_write = 0.125 (off-peak at every hour), p_out = (1800·2 + 900·1)/2700 = 5/3, d = 0.5:
        //   a = (3000·(0.6·0.3 + 0.3·0.04 + 0.1·0.125) + 400·5/3)/1e6·(1 − 0.2·0.5) = 0.00115215; ×R = 2304.30.
        // Tiered [flex]: p_in = p_cached = p_write = 0.5, p_out = 2: a = (3000·0.5 + 400·2)/1e6 = 0.0023; ×R = 4600.
        // Tiered: (3000·(0.6·1 + 0.3·0.1 + 0.1·1.25) + 400·4)/1e6 = 0.003865; ×R = 7730.
        let expected: [(String, Decimal)] = [
            ("Acme Peak Writer", Decimal(string: "2304.30") ?? 0), ("Acme Tiered [flex]", 4600),
            ("Acme Tiered", 7730),
        ]
        let api = try #require(book.sheets["API"])
        for (index, (label, byHand)) in expected.enumerated() {
            let row = index + 2
            #expect(api["A\(row)"]?.value == label)
            let cached = try #require(Self.number(api["C\(row)"]), "API!C\(row)")
            let reported = try #require(monthly[label], "\(label) is not in the JSON report")
            #expect(abs(cached - reported) <= cent && abs(cached - byHand) <= cent, "\(label): \(cached)")
            #expect(
                api["B\(row)"]?.formula?.contains("cache_write_share*") == true, "\(label): no p_write term")
        }

        // Inputs: w is a defined name; each blended price is a formula over n, N and its peak and
        // off-peak inputs; an absent cache-write price is the input price, as a formula.
        #expect(book.definedNames["cache_write_share"] != nil)
        let inputs = try #require(book.sheets["Inputs"])
        func value(_ label: String) -> WorksheetCell? {
            guard let address = inputs.first(where: { $0.key.hasPrefix("A") && $0.value.value == label })?.key
            else { return nil }
            return inputs["B" + address.dropFirst()]
        }
        let share = try #require(value("Acme Peak Writer: peak share (f = n/N)"))
        #expect(
            share.formula != nil
                && Self.number(value("Acme Peak Writer: peak minutes of the week (n)")) == 1800)
        #expect(Self.number(value("Acme Peak Writer: active minutes of the week (N)")) == 2700)
        for (label, blended) in [("input", "0.3"), ("cached input", "0.04")] {
            let cell = try #require(value("Acme Peak Writer: \(label)"))
            #expect(
                cell.formula?.hasPrefix("(") == true && Self.number(cell) == Decimal(string: blended),
                "\(label)")
        }
        let output = try #require(value("Acme Peak Writer: output"))
        #expect(
            output.formula != nil && abs((Self.number(output) ?? 0) * 3 - 5) < Decimal(string: "1e-12") ?? 0)
        let write = try #require(value("Acme Peak Writer: cache write"))
        #expect(write.formula == nil && Self.number(write) == Decimal(string: "0.125"))
        let flexWrite = try #require(value("Acme Tiered [flex]: cache write"))
        #expect(
            flexWrite.formula?.hasPrefix("'Inputs'!$B$") == true
                && Self.number(flexWrite) == Decimal(string: "0.5"))
        #expect(Self.number(value("Acme Tiered [flex]: output")) == 2)
    }

    /// In yen the output blend of the same fixture, (1800·2 + 900·1)/2700 = 5/3 USD, does not end:
    /// blending the converted prices would not give llmcost's figure exactly, so the sheet blends
    /// the prices as stated and converts after, as llmcost does; the costs still equal the JSON.
    @Test func aBlendThatDoesNotEndIsBlendedAsStatedThenConverted() throws {
        let arguments = [
            "compare", "--prices", Fixtures.path("xlsx-overlays/xlsx-peak-cache-writes.json"),
            "--scenario", Fixtures.path("xlsx-peak-cache-writes.json"), "--currency", "JPY",
        ]
        let book = try workbook(arguments)
        let options = try #require(Self.rows(try json(arguments), table: "options"))
        let inputs = try #require(book.sheets["Inputs"])
        let label = try #require(inputs.first { $0.value.value == "Acme Peak Writer: output" }?.key)
        let output = try #require(inputs["B" + label.dropFirst()])
        #expect(output.formula?.contains("!$D$") == true && output.formula?.hasSuffix("*fx_JPY") == true)
        let api = try #require(book.sheets["API"])
        for row in 2...4 {
            let name = try #require(api["A\(row)"]?.value)
            let reported = try #require(
                options.first { $0["option"] as? String == name }.flatMap { Self.amount($0["monthly_cost"]) })
            let cached = try #require(Self.number(api["C\(row)"]))
            #expect(
                abs(cached - reported) <= Decimal(string: "0.5") ?? 0, "\(name): \(cached) vs \(reported)")
        }
    }

    @Test func japaneseSheetNames() throws {
        let book = try workbook(["compare", "--lang", "ja"])
        #expect(book.sheetNames.prefix(4) == ["入力", "APIコスト", "自社運用", "損益分岐点"])
        #expect(book.sheetNames.last == "注記")
    }

    @Test func aTerminalIsRefusedAndDashOWritesTheWorkbook() throws {
        let environment = CLIEnvironment(
            today: CalendarDate(year: 2026, month: 12, day: 3), variables: [:], stdoutIsTerminal: true,
            currentDirectory: NSTemporaryDirectory())
        let refused = CLI.run(arguments: ["compare", "--format", "xlsx"], environment: environment)
        #expect(refused.exitCode == .usage)
        #expect(refused.binary.isEmpty)
        #expect(refused.stderr.contains("-o report.xlsx"))

        let scratch = try ScratchDirectory()
        // `-o NAME.xlsx` alone chooses the workbook.
        let written = llmcost("compare", "-o", "costs.xlsx", in: scratch.path)
        #expect(written.exitCode == .success)
        #expect(written.stderr == "wrote costs.xlsx\n")
        let bytes = try #require(FileManager.default.contents(atPath: scratch.path + "/costs.xlsx"))
        #expect(readWorkbook(Array(bytes))?.sheetNames.first == "Inputs")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        #expect(leftovers == ["costs.xlsx"])
    }

    @Test func commandsWithoutAWorkbookRefuseTheFormat() {
        let result = llmcost("deployments", "--format", "xlsx")
        #expect(result.exitCode == .usage)
        #expect(result.stderr.contains("invalid value 'xlsx' for --format"))
    }

    /// Every cell of two workbooks as text, kept beside the other goldens so a change to a formula
    /// or a cached value shows in review (`LLMCOST_UPDATE_GOLDEN=1` rewrites them).
    @Test(arguments: [
        ("xlsx-compare.cells.txt", ["compare"]),
        ("xlsx-roi-ja.cells.txt", ["roi", "--scenario", "call-centre-ja.json", "--lang", "ja"]),
    ])
    func cellsMatchTheirGolden(_ file: String, _ arguments: [String]) throws {
        let book = try workbook(arguments)
        var text = "$ llmcost \(arguments.joined(separator: " ")) --format xlsx\n"
        for name in book.sheetNames {
            text += "\n## \(name)\n"
            let cells = book.sheets[name] ?? [:]
            let ordered = cells.keys.sorted {
                let (a, b) = (Self.position($0), Self.position($1))
                return a.row != b.row ? a.row < b.row : a.column < b.column
            }
            for address in ordered {
                guard let cell = cells[address], cell.value != nil || cell.formula != nil else { continue }
                let value = (cell.value ?? "").replacingOccurrences(of: "\n", with: "\\n")
                text += cell.formula.map { "\(address)\t=\($0)\t→ \(value)\n" } ?? "\(address)\t\(value)\n"
            }
        }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/\(file)")
        if ProcessInfo.processInfo.environment["LLMCOST_UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            expected == text, "\(file) differs; regenerate with LLMCOST_UPDATE_GOLDEN=1 and review the diff")
    }

    /// Row and column of an A1 address.
    static func position(_ address: String) -> (row: Int, column: Int) {
        let letters = address.prefix { $0.isLetter }
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        return (Int(address.dropFirst(letters.count)) ?? 0, column)
    }

    // MARK: Reading the JSON report

    static func rows(_ report: [String: Any], table id: String) -> [[String: Any]]? {
        let tables = report["tables"] as? [[String: Any]] ?? []
        // llmcost/report@2: display names under `labels`, figures under `values`, one dictionary here.
        return (tables.first { $0["key"] as? String == id }?["rows"] as? [[String: Any]])?.map {
            ($0["values"] as? [String: Any] ?? [:]).merging($0["labels"] as? [String: Any] ?? [:]) {
                value, _ in value
            }
        }
    }

    /// Every string inside a JSON value.
    static func strings(_ value: Any) -> [String] {
        if let text = value as? String { return [text] }
        if let object = value as? [String: Any] { return object.values.flatMap(strings) }
        if let array = value as? [Any] { return array.flatMap(strings) }
        return []
    }

    static func amount(_ value: Any?) -> Decimal? {
        ((value as? [String: Any])?["amount"] as? String).flatMap { Decimal(string: $0) }
    }

    static func decimal(_ value: Any?) -> Decimal? {
        if let text = value as? String { return Decimal(string: text) }
        if let number = value as? NSNumber { return Decimal(string: "\(number)") }
        return nil
    }

    static func number(_ cell: WorksheetCell?) -> Decimal? {
        guard let cell, cell.type == nil, let value = cell.value else { return nil }
        return Decimal(string: value)
    }
}

import Foundation
import LLMCostCLI
import Pricing
import Testing

/// A cell of a table in `--format json` output (`llmcost/report@2`): the amount of a money
/// cell, a number's literal digits, a key or text, a row's display label, or `never` for a value
/// that is null with a reason code. `table` is the table's key, the first such table.
func jsonCell(_ output: String, table: String, row: Int, key: String) -> String? {
    guard let root = try? JSONReader().parse(output),
        let tables = root.members?.first(where: { $0.key == "tables" })?.value.elements,
        let found = tables.first(where: { $0.members?.first { $0.key == "key" }?.value.string == table }),
        let rows = found.members?.first(where: { $0.key == "rows" })?.value.elements,
        rows.indices.contains(row)
    else { return nil }
    func member(_ name: String) -> [JSONMember] {
        rows[row].members?.first { $0.key == name }?.value.members ?? []
    }
    if let label = member("labels").first(where: { $0.key == key })?.value.string { return label }
    guard let value = member("values").first(where: { $0.key == key })?.value else { return nil }
    switch value.value {
    case .object(let fields): return fields.first { $0.key == "amount" }?.value.string
    case .string(let text): return text
    case .number(let number): return number.literal
    case .null: return member("reasons").contains { $0.key == key } ? "never" : nil
    default: return nil
    }
}

/// The index of the first row of `table` whose cell `key` (a value or a label) starts with `prefix`.
func jsonRow(_ output: String, table: String, key: String, prefix: String) -> Int? {
    guard let root = try? JSONReader().parse(output),
        let tables = root.members?.first(where: { $0.key == "tables" })?.value.elements,
        let found = tables.first(where: { $0.members?.first { $0.key == "key" }?.value.string == table }),
        let rows = found.members?.first(where: { $0.key == "rows" })?.value.elements
    else { return nil }
    return rows.indices.first { index in
        ["labels", "values"].contains { part in
            let cell = rows[index].members?.first { $0.key == part }?.value.members?.first { $0.key == key }
            return cell?.value.string?.hasPrefix(prefix) == true
        }
    }
}

private let rangedScenario = """
    {"schema": "llmcost/scenario@1", "name": "ranged",
     "workload": {"requests_per_month": {"low": "1M", "mode": "3M", "high": "8M"}, "input_tokens": 1500,
                  "output_tokens": {"low": 300, "mode": 400, "high": 600}, "cached_input_share": "30%",
                  "growth_per_month": {"low": 0, "mode": "3%", "high": "6%"}},
     "api_models": ["openai/gpt-4o"],
     "self_hosting": [{"deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "rent",
                       "rate_per_gpu_hour": {"low": 2, "mode": 2.69, "high": 4}}],
     "operations": {"setup": {"low": 10000, "mode": 20000, "high": 60000}}}
    """

@Suite struct UncertaintyCommandTests {
    // MARK: sensitivity

    /// The base row is computed by the engine calls `breakeven` makes, so the printed figures agree exactly.
    @Test(arguments: [("npv", "npv_of_switching"), ("breakeven", "first_break_even")])
    func sensitivityBaseEqualsBreakeven(metric: String, key: String) throws {
        for mode in ["rent", "own"] {
            let tornado = llmcost("sensitivity", "--metric", metric, "--mode", mode, "--format", "json")
            #expect(tornado.exitCode == .success, "\(tornado.stderr)")
            let breakeven = llmcost("breakeven", "--mode", mode, "--format", "json")
            let base = try #require(jsonCell(tornado.stdout, table: "sensitivity", row: 0, key: "metric_low"))
            let row = try #require(
                jsonRow(
                    breakeven.stdout, table: "break_even", key: "quantity",
                    prefix: metric == "npv" ? "NPV" : "First break-even"))
            #expect(base == jsonCell(breakeven.stdout, table: "break_even", row: row, key: "value"))
        }
    }

    @Test func sensitivityBaseEqualsRoi() throws {
        let tornado = llmcost("sensitivity", "--metric", "npv", "--format", "json")
        // roi prints the NPV of switching, exact, in its formula trail.
        let roi = llmcost("roi", "--explain", "--format", "json")
        let base = try #require(jsonCell(tornado.stdout, table: "sensitivity", row: 0, key: "metric_high"))
        #expect(base.count > 20)
        #expect(roi.stdout.contains("\"\(base)\""))
    }

    @Test func sensitivityIsSortedBySwingAndRendersEveryFormat() throws {
        let csv = llmcost("sensitivity", "--format", "csv", "--delta", "10%")
        #expect(csv.exitCode == .success)
        let json = llmcost("sensitivity", "--format", "json")
        var swings: [Decimal] = []
        for row in 1..<12 {
            guard let text = jsonCell(json.stdout, table: "sensitivity", row: row, key: "swing") else {
                break
            }
            swings.append(try #require(Decimal(string: text)))
        }
        #expect(swings.count == 10)  // rented: no power price
        #expect(swings == swings.sorted(by: >))
        for format in ["table", "markdown", "html", "svg"] {
            #expect(llmcost("sensitivity", "--format", format).exitCode == .success)
        }
        #expect(llmcost("sensitivity", "--format", "svg").stdout.contains("class=\"bar\""))
    }

    @Test(arguments: [
        (["sensitivity", "--metric", "profit"], "--metric"), (["sensitivity", "--delta", "0"], "--delta"),
        (["sensitivity", "--delta", "150%"], "--delta"), (["simulate", "--samples", "0"], "--samples"),
        (["simulate", "--seed", "-1"], "--seed"),
        (["breakeven", "--sweep", "--range", "10M..1M"], "--range"),
        (["breakeven", "--range", "abc"], "--range"),
    ])
    func badValuesAreUsageErrors(arguments: [String], flag: String) {
        let result = llmcost(arguments)
        #expect(result.exitCode == .usage)
        #expect(result.stderr.contains(flag))
        #expect(result.stderr.contains("e.g."))
    }

    // MARK: simulate

    /// With no ranges every draw is the deterministic case: P10 = P50 = P90 = what breakeven prints.
    /// call-centre-ja gives no ranges, so all 500 draws are one saving: the histogram is one bin
    /// of no width, drawn as a vertical spike from 0 to 500 draws, not as a line of no length.
    @Test func aScenarioWithoutRangesDrawsOneSpike() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("yen.json", CommandLineShapeTests.yen)
        let result = llmcost(
            ["simulate", "--scenario", "yen.json", "--samples", "500", "--format", "svg"], in: scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        let points = try #require(
            result.stdout.components(separatedBy: "class=\"series step\"").dropFirst().first?
                .components(separatedBy: "points=\"").dropFirst().first?.prefix { $0 != "\"" })
        let pairs = points.split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
        // Every point at one x: from the axis (the larger y, lower on the page) up to the count.
        #expect(pairs.count >= 2)
        #expect(Set(pairs.compactMap(\.first)).count == 1)
        #expect((pairs.first?.last ?? 0) > (pairs.last?.last ?? 0))
        // The axis reaches 500 draws.
        #expect(result.stdout.contains(">500<"))
    }

    @Test func collapsedRangesGiveTheDeterministicResult() throws {
        let scratch = try ScratchDirectory()
        // The default scenario with each range collapsed onto its mode, and one more number
        // written as a one-point range.
        var collapsed = defaultFile("scenarios/default.json").replacingOccurrences(
            of: "\"input_tokens\": 1500",
            with: "\"input_tokens\": {\"low\": 1500, \"mode\": 1500, \"high\": 1500}")
        let range = try Regex(#"\{ "low": ("?[^",]+"?), "mode": ("?[^",]+"?), "high": ("?[^",]+"?) \}"#)
        collapsed = collapsed.replacing(range) { match in
            let mode = match.output[2].substring ?? ""
            return "{ \"low\": \(mode), \"mode\": \(mode), \"high\": \(mode) }"
        }
        #expect(collapsed.contains("\"mode\": 1500"))
        #expect(collapsed.contains(#"{ "low": "3M", "mode": "3M", "high": "3M" }"#))
        try scratch.write("collapsed.json", collapsed)
        for arguments in [["simulate", "--scenario", "collapsed.json"]] {
            let result = llmcost(arguments + ["--format", "json", "--samples", "500"], in: scratch.path)
            #expect(result.exitCode == .success, "\(result.stderr)")
            let breakeven = llmcost("breakeven", "--format", "json")
            let compare = llmcost("compare", "--format", "json")
            for row in 0..<12 {
                let p10 = jsonCell(result.stdout, table: "simulation", row: row, key: "p10")
                #expect(p10 != nil)
                #expect(p10 == jsonCell(result.stdout, table: "simulation", row: row, key: "p50"))
                #expect(p10 == jsonCell(result.stdout, table: "simulation", row: row, key: "p90"))
            }
            let npvRow = try #require(
                jsonRow(result.stdout, table: "simulation", key: "figure", prefix: "NPV"))
            let beRow = try #require(
                jsonRow(result.stdout, table: "simulation", key: "figure", prefix: "First"))
            let npv = try #require(
                jsonRow(breakeven.stdout, table: "break_even", key: "quantity", prefix: "NPV"))
            let first = try #require(
                jsonRow(breakeven.stdout, table: "break_even", key: "quantity", prefix: "First break-even"))
            let shownNPV = try #require(jsonCell(result.stdout, table: "simulation", row: npvRow, key: "p50"))
            let engineNPV = try #require(
                jsonCell(breakeven.stdout, table: "break_even", row: npv, key: "value"))
            // Same to the cent: the double mirror agrees with the exact engine.
            #expect(rounded(shownNPV, 2) == rounded(engineNPV, 2))
            #expect(
                jsonCell(result.stdout, table: "simulation", row: beRow, key: "p50")
                    == jsonCell(breakeven.stdout, table: "break_even", row: first, key: "value"))
            // Each option's monthly cost equals compare's.
            for label in ["GPT-6.1 Sol (openai)", "Llama 3.3 70B FP8 on 2×H100 SXM (TensorRT-LLM), owned"] {
                let simRow = try #require(
                    jsonRow(result.stdout, table: "simulation", key: "figure", prefix: label))
                let cmpRow = try #require(
                    jsonRow(compare.stdout, table: "options", key: "option", prefix: label))
                let simulated = try #require(
                    jsonCell(result.stdout, table: "simulation", row: simRow, key: "p50"))
                let exact = try #require(
                    jsonCell(compare.stdout, table: "options", row: cmpRow, key: "monthly_cost"))
                #expect(rounded(simulated, 2) == rounded(exact, 2))
            }
            #expect(result.stdout.contains("double precision"))
        }
    }

    @Test func theSameSeedGivesByteIdenticalOutput() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("ranged.json", rangedScenario)
        for format in ["table", "json", "csv", "svg"] {
            let arguments = [
                "simulate", "--scenario", "ranged.json", "--samples", "3000", "--seed", "42", "--format",
                format,
            ]
            let first = llmcost(arguments, in: scratch.path)
            let second = llmcost(arguments, in: scratch.path)
            #expect(first.exitCode == .success, "\(first.stderr)")
            #expect(first.stdout == second.stdout)
        }
        let other = llmcost(
            ["simulate", "--scenario", "ranged.json", "--samples", "3000", "--seed", "43"], in: scratch.path)
        let base = llmcost(
            ["simulate", "--scenario", "ranged.json", "--samples", "3000", "--seed", "42"], in: scratch.path)
        #expect(other.stdout != base.stdout)
        // Ranges spread the figures: P10 < P90 for the API cost.
        let json = llmcost(["simulate", "--scenario", "ranged.json", "--format", "json"], in: scratch.path)
        let p10 = try #require(
            jsonCell(json.stdout, table: "simulation", row: 0, key: "p10").flatMap { Decimal(string: $0) })
        let p90 = try #require(
            jsonCell(json.stdout, table: "simulation", row: 0, key: "p90").flatMap { Decimal(string: $0) })
        #expect(p10 < p90)
    }

    @Test func rangesAreCheckedWithPositions() throws {
        let scratch = try ScratchDirectory()
        let bad = rangedScenario.replacingOccurrences(
            of: #"{"low": "1M", "mode": "3M", "high": "8M"}"#,
            with: #"{"low": "5M", "mode": "3M", "high": "8M"}"#)
        try scratch.write("bad.json", bad)
        let result = llmcost(["simulate", "--scenario", "bad.json"], in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        #expect(result.stderr.contains("bad.json:2:37:"))
        #expect(result.stderr.contains("workload.requests_per_month"))
        #expect(result.stderr.contains("low ≤ mode ≤ high"))
        let typo = rangedScenario.replacingOccurrences(of: #""high": "8M""#, with: #""hihg": "8M""#)
        try scratch.write("typo.json", typo)
        let typoResult = llmcost(["compare", "--scenario", "typo.json"], in: scratch.path)
        #expect(typoResult.exitCode == .invalidInput)
        #expect(typoResult.stderr.contains("did you mean 'high'"))
        // Deterministic commands read the mode.
        try scratch.write("ranged.json", rangedScenario)
        let ranged = llmcost(["compare", "--scenario", "ranged.json", "--format", "csv"], in: scratch.path)
        #expect(ranged.exitCode == .success)
        #expect(ranged.stdout.contains("21562.50"))  // GPT-4o at the mode, 3M requests
    }

    // MARK: breakeven --sweep

    @Test func sweepMarksCrossoversAndReplicaSteps() throws {
        let result = llmcost(
            "breakeven", "--sweep", "--range", "100k..100M", "--mode", "own", "--format", "json")
        #expect(result.exitCode == .success, "\(result.stderr)")
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tables = try #require(root["tables"] as? [[String: Any]])
        let sweep = try #require(tables.first { $0["key"] as? String == "sweep" })
        let rows = try #require(sweep["rows"] as? [[String: Any]])
        let notes = rows.compactMap { ($0["labels"] as? [String: Any])?["note"] as? String }
        #expect(notes.contains { $0.hasPrefix("break-even") })
        #expect(notes.contains { $0.hasPrefix("replica step: above this, 2 replicas") })
        #expect(notes.contains { $0.hasPrefix("replica step: above this, 10 replicas") })
        let marked = rows.filter { $0["marked"] as? Bool == true }
        #expect(!marked.isEmpty)
        for row in marked {
            let note = (row["labels"] as? [String: Any])?["note"] as? String ?? ""
            #expect(note.contains("break-even") || note.contains("cheaper side changes"))
        }
        // The break-even row agrees with breakeven's first break-even.
        let breakeven = llmcost("breakeven", "--mode", "own", "--format", "json")
        let first = try #require(
            jsonRow(breakeven.stdout, table: "break_even", key: "quantity", prefix: "First break-even"))
        let volume = try #require(jsonCell(breakeven.stdout, table: "break_even", row: first, key: "value"))
        let sweepRow = try #require(jsonRow(result.stdout, table: "sweep", key: "note", prefix: "break-even"))
        #expect(jsonCell(result.stdout, table: "sweep", row: sweepRow, key: "requests") == volume)
        let svg = llmcost("breakeven", "--sweep", "--format", "svg")
        #expect(svg.exitCode == .success)
        #expect(svg.stdout.contains("log scales"))
    }
}

private func rounded(_ text: String, _ places: Int) -> String {
    var value = Decimal(string: text) ?? 0
    var result = Decimal()
    NSDecimalRound(&result, &value, places, .plain)
    return "\(result)"
}

import Foundation
import LLMCostCLI
import Pricing
import Testing

/// Two dated copies of the shipped models.json: OLD as shipped, NEW edited as a pull request would.
struct PricePullRequest {
    let scratch: ScratchDirectory
    let new: String

    /// NEW raises gpt-4o-mini's output price (0.60 → 0.66), adds a gpt-4.1 price set from
    /// 2026-11-01 with a lower input price (2.00 → 1.80), and re-checks a gpt-4o price
    /// (a `checked` date, which is no price change).
    init() throws {
        scratch = try ScratchDirectory()
        let old = defaultFile("models.json")
        try FileManager.default.createDirectory(
            atPath: scratch.path + "/Data/scenarios", withIntermediateDirectories: true)
        try scratch.write("base-models.json", old)
        try scratch.write("Data/scenarios/default.json", defaultFile("scenarios/default.json"))
        var new = old
        func replace(_ target: String, _ replacement: String) throws {
            try #require(new.components(separatedBy: target).count == 2, "not unique: \(target)")
            new = new.replacingOccurrences(of: target, with: replacement)
        }
        try replace(
            "\"output_per_mtok\": 0.60,\n          \"batch_discount\": 0.5,\n          \"source\": \"https://openai.com/api/pricing/\",",
            "\"output_per_mtok\": 0.66,\n          \"batch_discount\": 0.5,\n          \"source\": \"https://openai.com/api/pricing/\","
        )
        let launch =
            "Batch API 50% off. Unchanged in LiteLLM 1.110.2's price map, read 2026-12-03.\"\n        }"
        try replace(
            launch,
            launch + """
                ,
                        {
                          "effective": "2026-11-01",
                          "input_per_mtok": 1.80,
                          "cached_input_per_mtok": 0.50,
                          "output_per_mtok": 8.00,
                          "batch_discount": 0.5,
                          "source": "https://openai.com/index/gpt-4-1/",
                          "checked": "2026-11-24"
                        }
                """)
        try replace(
            "\"checked\": \"2026-12-03\",\n          \"note\": \"Batch API: 50% off input and output. No cached",
            "\"checked\": \"2026-12-02\",\n          \"note\": \"Batch API: 50% off input and output. No cached"
        )
        self.new = new
        try scratch.write("Data/models.json", new)
    }

    /// The 1-based line and column where `needle` starts in NEW, for checking annotations.
    func position(of needle: String) throws -> (Int, Int) {
        let range = try #require(new.range(of: needle))
        let before = new[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.reversed().prefix { $0 != "\n" }.count + 1
        return (line, column)
    }
}

@Suite struct DiffCommandTests {
    @Test func theDiffNamesExactlyTheChangedPrices() throws {
        let pr = try PricePullRequest()
        let old = PriceFileReader.read(
            Data(defaultFile("models.json").utf8), file: "old",
            options: ValidationOptions(today: CalendarDate(year: 2026, month: 12, day: 3)))
        let new = PriceFileReader.read(
            Data(pr.new.utf8), file: "new",
            options: ValidationOptions(today: CalendarDate(year: 2026, month: 12, day: 3)))
        #expect(!old.hasErrors && !new.hasErrors)
        let diff = PriceDiffer.diff(old: old.table.models, new: new.table.models)
        let named = diff.changes.map {
            "\($0.kind.rawValue) \($0.modelID) \($0.effective?.description ?? "") \($0.field ?? "")"
        }
        #expect(
            named == [
                "changed openai/gpt-4o-mini 2024-10-01 output_per_mtok",
                "price set added openai/gpt-4.1 2026-11-01 ",
                "changed openai/gpt-4.1 2026-11-01 input_per_mtok",
            ])
        let mini = try #require(diff.changes.first)
        #expect(mini.old == "0.6" && mini.new == "0.66")
        #expect(mini.change == Decimal(string: "0.1"))
        let cut = try #require(diff.changes.last)
        #expect(
            cut.old == "2" && cut.new == "1.8"
                && cut.comparedWith == CalendarDate(year: 2025, month: 4, day: 14))
        #expect(cut.change == Decimal(string: "-0.1"))
    }

    @Test func githubFormatAnnotatesEachChangeAtItsPlaceInNew() throws {
        let pr = try PricePullRequest()
        let result = llmcost(
            "prices", "diff", "base-models.json", "Data/models.json", "--format", "github",
            in: pr.scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        let (line, column) = try pr.position(of: "0.66,")
        let (setLine, setColumn) = try pr.position(of: "{\n          \"effective\": \"2026-11-01\"")
        let (cutLine, cutColumn) = try pr.position(of: "1.80,")
        #expect(
            result.stdout == """
                ::notice file=Data/models.json,line=\(line),col=\(column),title=openai/gpt-4o-mini::openai/gpt-4o-mini 2024-10-01: output_per_mtok 0.6 → 0.66 (+10.0%25)
                ::notice file=Data/models.json,line=\(setLine),col=\(setColumn),title=openai/gpt-4.1::openai/gpt-4.1 2026-11-01: price set added: input 1.8, cached 0.5, output 8 per 1M tokens; batch discount 0.5
                ::notice file=Data/models.json,line=\(cutLine),col=\(cutColumn),title=openai/gpt-4.1::openai/gpt-4.1 2026-11-01: input_per_mtok 2 → 1.8 (-10.0%25) vs the price set of 2025-04-14
                3 changes in 2 models; 2 prices changed

                """)
    }

    @Test func markdownWithAScenarioShowsHowEachOptionMoves() throws {
        let pr = try PricePullRequest()
        let result = llmcost(
            "prices", "diff", "base-models.json", "Data/models.json", "--scenario",
            "Data/scenarios/default.json",
            "--format", "markdown", in: pr.scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Price changes: base-models.json → Data/models.json\n"))
        #expect(
            result.stdout.contains(
                "| openai/gpt-4o-mini | 2024-10-01 | output\\_per\\_mtok | 0.6 | 0.66 | 10.0% |"))
        #expect(result.stdout.contains("## Scenario"))
        // gpt-4o's cost does not move; gpt-4o-mini's and gpt-4.1's do.
        let rows = result.stdout.split(separator: "\n").filter {
            $0.hasPrefix("| **openai/") || $0.hasPrefix("| openai/gpt-4o |")
        }
        #expect(rows.contains { $0.hasPrefix("| **openai/gpt-4o-mini**") })
        #expect(rows.contains { $0.hasPrefix("| **openai/gpt-4.1**") })
    }

    @Test func jsonFormatAndNoChanges() throws {
        let pr = try PricePullRequest()
        let same = llmcost(
            "prices", "diff", "base-models.json", "base-models.json", "--format", "json", in: pr.scratch.path)
        #expect(same.exitCode == .success)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(same.stdout.utf8)) as? [String: Any])
        #expect((object["subtitle"] as? String)?.hasSuffix("0 prices changed") == true)
    }

    @Test func anInvalidFileExitsOne() throws {
        let pr = try PricePullRequest()
        try pr.scratch.write(
            "bad.json", "{\"schema\": \"llmcost/models@1\", \"currency\": \"USD\", \"models\": [1]}")
        let result = llmcost("prices", "diff", "base-models.json", "bad.json", in: pr.scratch.path)
        #expect(result.exitCode == .invalidInput)
        #expect(result.stderr.contains("bad.json:1:62: models[0]: expected an object, found number"))
        #expect(llmcost("prices", "diff", "base-models.json", in: pr.scratch.path).exitCode == .usage)
    }
}

@Suite struct CIDocTests {
    /// Every `run: llmcost …` line of docs/ci.md's workflow, split into arguments as a shell would
    /// (the doc's commands use no quotes or variables).
    static func documentedCommands() throws -> [[String]] {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/ci.md")
        let text = String(
            decoding: try #require(FileManager.default.contents(atPath: doc.path)), as: UTF8.self)
        let block = try #require(
            text.components(separatedBy: "```yaml\n").dropFirst().first?
                .components(separatedBy: "```").first)
        return block.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("run: llmcost ") else { return nil }
            return trimmed.dropFirst("run: llmcost ".count).split(separator: " ").map(String.init)
        }
    }

    @Test func theWorkflowCommandsRunAsWritten() throws {
        let commands = try Self.documentedCommands()
        #expect(commands.count == 3)
        let pr = try PricePullRequest()
        for arguments in commands {
            let result = llmcost(arguments, in: pr.scratch.path)
            #expect(
                result.exitCode == .success, "llmcost \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        let comment = try #require(pr.scratch.read("price-diff.md"))
        #expect(
            comment.contains(
                "| openai/gpt-4.1 | 2026-11-01 | input\\_per\\_mtok (vs 2025-04-14) | 2 | 1.8 | -10.0% |"))
    }
}

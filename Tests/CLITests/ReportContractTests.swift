import DefaultData
import Foundation
import Pricing
import Reports
import Scenarios
import TestSupport
import Testing

/// The JSON contract `llmcost/report@2` (SPEC §6.6): every JSON golden conforms to
/// `Data/schema/report.schema.json`, and is the same in English and Japanese once display
/// words are set aside.
@Suite struct ReportContractTests {
    /// The golden cases that write a report as JSON.
    static let jsonCases = GoldenTests.cases.filter {
        $0.stdoutFile.hasSuffix(".json") && Array($0.arguments.prefix(2)) != ["prices", "validate"]
    }

    /// Keys that hold words for people, which may differ between languages.
    static let displayKeys: Set<String> = [
        "language", "title", "subtitle", "heading", "label", "labels", "paragraphs", "text",
    ]

    static func schema() throws -> JSONSchemaChecker {
        let text = String(
            decoding: try #require(DefaultData.files["schema/report.schema.json"]), as: UTF8.self)
        return try JSONSchemaChecker(schema: text)
    }

    @Test(arguments: jsonCases) func goldenConformsToTheSchema(_ golden: GoldenCase) throws {
        let file = GoldenTests.directory.appendingPathComponent(golden.stdoutFile)
        let text = String(
            decoding: try #require(FileManager.default.contents(atPath: file.path)), as: UTF8.self)
        let problems = try Self.schema().problems(in: text)
        #expect(problems.isEmpty, "\(golden.stdoutFile): \(problems.prefix(5).joined(separator: "; "))")
    }

    /// Commands beyond the goldens: explained, in yen, with a sweep.
    static let moreCommands: [GoldenCase] = [
        ["compare", "--explain"], ["compare", "--scenario", "document-summarisation.json", "--explain"],
        ["breakeven", "--explain"], ["roi", "--scenario", "call-centre-ja.json", "--explain"],
        ["plan", "--explain"],
        ["compare", "--scenario", "call-centre-ja.json", "--currency", "JPY"],
    ].map { GoldenCase(name: $0.joined(separator: "-"), arguments: $0 + ["--format", "json"]) }

    @Test(arguments: jsonCases + moreCommands) func sameInEveryLanguageButTheWords(_ golden: GoldenCase)
        throws
    {
        var arguments = golden.arguments
        if let index = arguments.firstIndex(of: "--lang") { arguments.removeSubrange(index...(index + 1)) }
        let scratch = try ScratchDirectory()
        try scratch.write("call-centre-ja.json", defaultFile("scenarios/call-centre-ja.json"))
        try scratch.write("document-summarisation.json", defaultFile("scenarios/document-summarisation.json"))
        let english = llmcost(arguments + ["--lang", "en"], in: scratch.path)
        let japanese = llmcost(arguments + ["--lang", "ja"], in: scratch.path)
        #expect(english.exitCode == .success && japanese.exitCode == .success)
        let en = try Self.machineFacts(english.stdout)
        let ja = try Self.machineFacts(japanese.stdout)
        let differences = zip(en, ja).filter { $0 != $1 }.map { "en \($0.0) | ja \($0.1)" }
        let sameLength = en.count == ja.count
        #expect(
            differences.isEmpty && sameLength,
            "\(differences.count) differ (lengths \(en.count), \(ja.count)): \(differences.prefix(4).joined(separator: "; "))"
        )
        #expect(en.count > 10, "the comparison saw the document")
    }

    @Test(arguments: moreCommands) func moreCommandsConformToTheSchema(_ golden: GoldenCase) throws {
        for language in ["en", "ja"] {
            let result = try GoldenTests.run(
                GoldenCase(name: golden.name, arguments: golden.arguments + ["--lang", language]))
            let problems = try Self.schema().problems(in: result.stdout)
            #expect(
                problems.isEmpty, "\(golden.name) \(language): \(problems.prefix(5).joined(separator: "; "))")
        }
    }

    @Test func aModelsLifecycleIsDataInTheRowAndConformsToTheSchema() throws {
        // deepseek/deepseek-chat: deprecated 2026-04-24, retires 2026-07-24 (inside 36 months from
        // 2026-06-01), successor deepseek/deepseek-flash. GPT-4o has no announced end: no key.
        let result = llmcost(
            "compare", "--models", "deepseek/deepseek-chat,openai/gpt-4o", "--as-of", "2026-06-01",
            "--format",
            "json")
        #expect(result.exitCode == .success, "\(result.stderr)")
        let problems = try Self.schema().problems(in: result.stdout)
        #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "; "))")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tables = try #require(json["tables"] as? [[String: Any]])
        let rows = try #require(tables.first?["rows"] as? [[String: Any]])
        func row(_ id: String) -> [String: Any]? {
            rows.first { ($0["option"] as? [String: Any])?["api"] as? String == id }
        }
        let lifecycle = try #require(row("deepseek/deepseek-chat")?["lifecycle"] as? [String: Any])
        #expect(lifecycle["deprecated"] as? String == "2026-04-24")
        #expect(lifecycle["retires"] as? String == "2026-07-24")
        #expect(lifecycle["successor"] as? String == "deepseek/deepseek-flash")
        #expect(try #require(row("openai/gpt-4o"))["lifecycle"] == nil)
    }

    /// Every leaf of the document as `path = value`, leaving out the display keys.
    static func machineFacts(_ text: String) throws -> [String] {
        var facts: [String] = []
        func walk(_ node: JSONNode) {
            switch node.value {
            case .object(let members):
                for member in members where !displayKeys.contains(member.key) { walk(member.value) }
            case .array(let elements):
                elements.forEach(walk)
                if elements.isEmpty { facts.append("\(node.path) = []") }
            case .string(let string): facts.append("\(node.path) = \"\(string)\"")
            case .number(let number): facts.append("\(node.path) = \(number.literal)")
            case .bool(let flag): facts.append("\(node.path) = \(flag)")
            case .null: facts.append("\(node.path) = null")
            }
        }
        walk(try JSONReader().parse(text))
        return facts
    }

    @Test func theCheckerRejectsWhatTheSchemaForbids() throws {
        let checker = try Self.schema()
        let good = llmcost("compare", "--format", "json").stdout
        #expect(checker.problems(in: good).isEmpty)
        // A GPU count written as a string, a key the schema does not list, an old version: each is caught.
        let stringCount = good.replacingOccurrences(of: "\"gpus\": 2}", with: "\"gpus\": \"2\"}")
        #expect(stringCount != good)
        #expect(
            checker.problems(in: stringCount).contains { $0.contains("replicas: matches none of the anyOf") })
        let unknownKey = good.replacingOccurrences(
            of: "\"marked\": true", with: "\"marked\": true, \"extra\": 1")
        #expect(checker.problems(in: unknownKey).contains { $0.contains("'extra' is not allowed") })
        let oldSchema = good.replacingOccurrences(of: "llmcost/report@2", with: "llmcost/report@1")
        #expect(checker.problems(in: oldSchema).contains { $0.hasPrefix("schema:") })
    }

    @Test func absentValuesAreNullWithAReasonCode() throws {
        // The call centre's rented option is not paid back within 36 months (see roi-ja-table.txt).
        let scratch = try ScratchDirectory()
        try scratch.write("call-centre-ja.json", defaultFile("scenarios/call-centre-ja.json"))
        let result = llmcost(
            ["compare", "--scenario", "call-centre-ja.json", "--format", "json"], in: scratch.path)
        let document = try JSONReader().parse(result.stdout)
        let tables = try #require(document.members?.first { $0.key == "tables" }?.value.elements)
        let breakEven = try #require(
            tables.first { $0.members?.first { $0.key == "key" }?.value.string == "break_even" })
        let rows = try #require(breakEven.members?.first { $0.key == "rows" }?.value.elements)
        var sawReason = false
        for row in rows {
            let values = try #require(row.members?.first { $0.key == "values" }?.value.members)
            let reasons = try #require(row.members?.first { $0.key == "reasons" }?.value.members)
            for reason in reasons {
                sawReason = true
                // A reason stands only beside a value that is null.
                let value = try #require(values.first { $0.key == reason.key })
                #expect(value.value.value == .null)
                #expect(NeverReasonCodes.all.contains(reason.value.string ?? ""))
            }
            let payback = try #require(values.first { $0.key == "payback_month" })
            if case .number(let number) = payback.value.value { #expect(number.integer != nil) }
        }
        #expect(sawReason || rows.count > 0)
    }
}

/// The reason codes of SPEC §6.6, as the schema lists them.
enum NeverReasonCodes {
    static let all: Set<String> = [
        "api_free", "replica_not_cheaper", "beyond_any_fleet", "not_within_horizon", "stays_on_api",
        "never_breaks_even",
    ]
}

/// `--lang ja` speaks Japanese: none of the catalog's English words is left in the output,
/// once what the data itself says (ids, names, sources, notes) and web addresses are set aside.
@Suite struct JapaneseOutputTests {
    /// Every string of the embedded data files, longest first: names, ids, sources and notes.
    static let dataStrings: [String] = {
        var found: Set<String> = []
        func walk(_ node: JSONNode) {
            switch node.value {
            case .object(let members):
                for member in members { walk(member.value) }
            case .array(let elements): elements.forEach(walk)
            case .string(let text): found.insert(text)
            default: break
            }
        }
        for (name, data) in DefaultData.files where name.hasSuffix(".json") && !name.hasPrefix("schema/") {
            if let root = try? JSONReader().parse(data) { walk(root) }
        }
        return found.sorted { $0.count > $1.count }
    }()

    /// The English words of the catalog (four letters or more) that no data string uses.
    static let englishWords: Set<String> = {
        var words: Set<String> = []
        let texts =
            Phrase.allCases.map { Phrases.entry($0).en }
            + ExplainQuantity.allCases.map { Phrases.quantity($0).en }
            + FormulaWord.allCases.map { Phrases.formulaWord($0).en }
            + ExplainUnit.allCases.flatMap { [Phrases.unit($0).en, Phrases.unit($0, one: true).en] }
        for text in texts {
            for word in text.split(whereSeparator: { !($0.isASCII && $0.isLetter) }) where word.count >= 4 {
                words.insert(word.lowercased())
            }
        }
        let dataWords = Set(
            dataStrings.flatMap { $0.split(whereSeparator: { !($0.isASCII && $0.isLetter) }) }.map {
                $0.lowercased()
            })
        return words.subtracting(dataWords)
    }()

    /// `text` without web addresses, file names, flags, identifiers (`workload.growth_per_month`,
    /// `SplitMix64`) and any string the data gives.
    static func withoutData(_ text: String) -> String {
        var rest = text
        for pattern in [
            #"https?://[^\s)<>"|]+"#, #"[\w./-]+\.json"#, #"--[a-z-]+"#, #"[A-Za-z]+[._][\w.]+"#,
            #"[A-Za-z]+[0-9]\w*"#,
            // JSON keys in quotes ('migration') and the commands' names are ids.
            #"'[a-z_]+'"#, #"\b(breakeven|roi|compare|plan|sensitivity|simulate)\b"#,
        ] {
            rest = rest.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        for string in dataStrings where string.count >= 3 {
            rest = rest.replacingOccurrences(of: string, with: " ")
        }
        return rest
    }

    static let commands: [[String]] = [
        ["compare"], ["compare", "--scenario", "call-centre-ja.json", "--currency", "JPY"],
        ["compare", "--scenario", "document-summarisation.json", "--explain"],
        [
            "breakeven", "--api", "openai/gpt-4o", "--self", "llama-3.3-70b-fp8-2xh100-trtllm", "--mode",
            "own", "--explain",
        ],
        ["breakeven", "--sweep", "--range", "100k..100M"],
        ["roi", "--scenario", "call-centre-ja.json", "--explain"],
        ["plan", "--explain"], ["sensitivity", "--metric", "npv"],
        ["simulate", "--samples", "200", "--seed", "7"],
        ["deployments"], ["prices", "list"], ["prices", "show", "deepseek/deepseek-chat"],
        ["prices", "list", "--seats"],
        ["speed", "--requests", "100M", "--deployments", "deepseek-r1-fp4-4xb200-sglang", "--mode", "rent"],
        ["compare", "--requests", "30M", "--speed", "40", "--ttft", "2", "--mode", "rent", "--explain"],
        ["deployments", "deepseek-r1-fp4-4xb200-sglang", "--speed", "40"],
    ]

    @Test(arguments: commands) func noEnglishWordsOfTheTool(_ command: [String]) throws {
        let scratch = try ScratchDirectory()
        try scratch.write("call-centre-ja.json", defaultFile("scenarios/call-centre-ja.json"))
        try scratch.write("document-summarisation.json", defaultFile("scenarios/document-summarisation.json"))
        #expect(Self.englishWords.count > 150, "the vocabulary is the catalog's")
        for format in ["table", "csv"] {
            // The explain tables speak the report's language in every format for people and in
            // CSV (only JSON keeps the formulas' English words, as docs/method.md writes them).
            let result = llmcost(command + ["--lang", "ja", "--format", format], in: scratch.path)
            #expect(result.exitCode == .success, "\(result.stderr)")
            let text = result.stdout
            let rest = Self.withoutData(text)
            let found = Set(
                rest.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map { $0.lowercased() }
                    .filter { Self.englishWords.contains($0) })
            #expect(found.isEmpty, "\(command) \(format): \(found.sorted().prefix(12))")
        }
    }
}

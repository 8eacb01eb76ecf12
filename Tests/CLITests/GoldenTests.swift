import DefaultData
import Foundation
import LLMCostCLI
import Reports
import Testing

/// One command line whose whole output is kept in `Golden/`.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    /// The file stem, such as `compare-markdown`.
    let name: String
    let arguments: [String]
    /// The terminal width the case runs at (`COLUMNS`), or nil for none (as into a file).
    var columns: Int? = nil

    var testDescription: String {
        (columns.map { "COLUMNS=\($0) " } ?? "") + "llmcost " + arguments.joined(separator: " ")
    }

    /// The file that holds standard output, with the extension a viewer opens it with.
    var stdoutFile: String {
        let format = arguments.firstIndex(of: "--format").map { arguments[$0 + 1] } ?? "table"
        let ext =
            switch format {
            case "markdown": "md"
            case "csv", "json", "html", "svg": format
            default: "txt"
            }
        return "\(name).\(ext)"
    }
}

/// Golden files: the stdout of every command in every format it accepts, with exit codes and
/// stderr in `Golden/index.txt`, compared byte for byte.
///
/// Regenerate after an intended change with `LLMCOST_UPDATE_GOLDEN=1 swift test --filter GoldenTests`
/// and review the diff (docs/testing.md).
@Suite struct GoldenTests {
    static let breakeven = [
        "breakeven", "--api", "openai/gpt-4o", "--self", "llama-3.3-70b-fp8-2xh100-trtllm", "--mode", "own",
    ]
    static let roi = ["roi", "--scenario", "call-centre-ja.json", "--lang", "ja"]
    static let reportFormats = ["table", "markdown", "csv", "json", "html", "svg"]

    static let cases: [GoldenCase] = {
        var cases: [GoldenCase] = []
        func add(_ name: String, _ arguments: [String], formats: [String]) {
            for format in formats {
                cases.append(
                    GoldenCase(name: "\(name)-\(format)", arguments: arguments + ["--format", format]))
            }
        }
        add("compare", ["compare"], formats: reportFormats)
        add("breakeven", breakeven, formats: reportFormats)
        add("roi-ja", roi, formats: reportFormats)
        add("deployments", ["deployments"], formats: reportFormats)
        add("prices-list", ["prices", "list"], formats: reportFormats)
        add("prices-show", ["prices", "show", "deepseek/deepseek-chat"], formats: reportFormats)
        add("prices-validate", ["prices", "validate"], formats: ["text", "json", "github"])
        // Currencies and Japanese beyond the call-centre scenario.
        add(
            "compare-jpy-ja", ["compare", "--currency", "JPY", "--lang", "ja"],
            formats: ["table", "markdown"])
        add("compare-fx", ["compare", "--fx", "JPY=151.2", "--currency", "JPY"], formats: ["markdown"])
        add("compare-eur", ["compare", "--currency", "EUR"], formats: ["csv"])
        add("breakeven-ja", breakeven + ["--lang", "ja"], formats: ["svg"])
        // Two APIs drawn: each break-even marker names the API it is against.
        add(
            "compare-two-apis",
            ["compare", "--models", "openai/gpt-6.1-sol,google/gemini-3.8-flash", "--mode", "rent"],
            formats: ["svg"])
        // The ranges for finance: a sweep, a tornado, a seeded simulation.
        add("breakeven-sweep", breakeven + ["--sweep", "--range", "100k..100M"], formats: reportFormats)
        add("sensitivity", ["sensitivity", "--metric", "npv"], formats: reportFormats)
        add("simulate", ["simulate", "--samples", "2000", "--seed", "7"], formats: reportFormats)
        // Issue 10's strategies: hybrid routing and seat subscriptions on the summarisation scenario.
        let strategies = ["compare", "--scenario", "document-summarisation.json"]
        add("compare-strategies", strategies, formats: reportFormats)
        add(
            "compare-strategies-ja-explain", strategies + ["--lang", "ja", "--explain"], formats: ["markdown"]
        )
        add(
            "breakeven-flexible",
            ["breakeven", "--scenario", "document-summarisation.json", "--api", "openai/gpt-4o"],
            formats: ["table"])
        add("prices-list-seats", ["prices", "list", "--seats"], formats: ["table", "csv", "json"])
        // API first, then migrate: every format on the default; the call centre in Japanese, and explained.
        add("plan", ["plan"], formats: reportFormats)
        add(
            "plan-ja", ["plan", "--scenario", "call-centre-ja.json", "--growth", "4%", "--lang", "ja"],
            formats: ["table", "markdown", "svg"])
        add("plan-explain", ["plan", "--mode", "own", "--horizon", "4", "--explain"], formats: ["markdown"])
        // Issue 15: self-hosting at a service level, the price of speed, the measured fronts.
        let curves = [
            "--deployments", "deepseek-r1-fp4-4xb200-sglang,deepseek-r1-fp8-8xmi300x-sglang", "--mode",
            "rent",
        ]
        add("speed", ["speed", "--requests", "100M"] + curves, formats: reportFormats)
        add(
            "compare-speed",
            ["compare", "--requests", "30M", "--speed", "40", "--ttft", "2", "--explain"] + curves,
            formats: ["markdown"])
        add(
            "deployments-speed", ["deployments", "deepseek-r1-fp4-4xb200-sglang", "--speed", "40"],
            formats: ["table"])
        // Terminal tables fitted to 80, 100 and 160 columns (the others above are the wide layout).
        let fitted: [(String, [String])] = [
            ("compare", ["compare"]),
            ("compare-jpy-ja", ["compare", "--currency", "JPY", "--lang", "ja"]),
            ("compare-strategies", strategies),
            ("plan", ["plan"]),
            ("prices-list", ["prices", "list"]),
            ("sensitivity", ["sensitivity", "--metric", "npv"]),
            ("simulate", ["simulate", "--samples", "2000", "--seed", "7"]),
            ("roi-ja-explain", roi + ["--explain"]),
            ("deployments", ["deployments"]),
        ]
        for (name, arguments) in fitted {
            for columns in [80, 100, 160] {
                cases.append(
                    GoldenCase(name: "\(name)-table-\(columns)", arguments: arguments, columns: columns))
            }
        }
        cases.append(
            GoldenCase(name: "compare-unknown-currency", arguments: ["compare", "--currency", "XYZ"]))
        cases.append(GoldenCase(name: "compare-default", arguments: []))
        return cases
    }()

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static var updating: Bool { ProcessInfo.processInfo.environment["LLMCOST_UPDATE_GOLDEN"] == "1" }

    /// Runs a case in a scratch directory that holds the embedded call-centre and summarisation scenarios.
    static func run(_ golden: GoldenCase) throws -> CLIResult {
        let scratch = try ScratchDirectory()
        try scratch.write("call-centre-ja.json", defaultFile("scenarios/call-centre-ja.json"))
        try scratch.write(
            "document-summarisation.json", defaultFile("scenarios/document-summarisation.json"))
        return llmcost(
            golden.arguments, in: scratch.path, variables: golden.columns.map { ["COLUMNS": "\($0)"] } ?? [:])
    }

    @Test(arguments: cases) func standardOutput(_ golden: GoldenCase) throws {
        let result = try Self.run(golden)
        let file = Self.directory.appendingPathComponent(golden.stdoutFile)
        if Self.updating {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            if result.stdout.isEmpty {
                try? FileManager.default.removeItem(at: file)
            } else {
                try Data(result.stdout.utf8).write(to: file)
            }
        }
        let expected = FileManager.default.contents(atPath: file.path).map {
            String(decoding: $0, as: UTF8.self)
        }
        let difference = firstDifference(expected ?? "", result.stdout)
        #expect(
            (expected ?? "") == result.stdout,
            "\(golden.stdoutFile) differs at \(difference); run LLMCOST_UPDATE_GOLDEN=1 swift test --filter GoldenTests"
        )
        #expect(
            (expected == nil) == result.stdout.isEmpty, "\(golden.stdoutFile) present iff stdout is not empty"
        )
    }

    /// Every case's command line, exit code and standard error, in one file that reads as a transcript.
    @Test func exitCodesAndStandardError() throws {
        var transcript = ""
        for golden in Self.cases {
            let result = try Self.run(golden)
            transcript += "$ \(golden.testDescription)\n"
            transcript += "exit \(result.exitCode.rawValue)\n"
            transcript += result.stdout.isEmpty ? "stdout: (empty)\n" : "stdout: \(golden.stdoutFile)\n"
            transcript += result.stderr.isEmpty ? "stderr: (empty)\n" : "stderr:\n" + indented(result.stderr)
            transcript += "\n"
        }
        let file = Self.directory.appendingPathComponent("index.txt")
        if Self.updating { try Data(transcript.utf8).write(to: file) }
        let expected = FileManager.default.contents(atPath: file.path).map {
            String(decoding: $0, as: UTF8.self)
        }
        #expect(expected == transcript, "index.txt differs at \(firstDifference(expected ?? "", transcript))")
        // The transcript itself must show what the cases are for.
        #expect(transcript.contains("$ llmcost compare --currency XYZ\nexit 2\n"))
        #expect(transcript.contains("$ llmcost deployments --format svg\nexit 2\n"))
    }

    /// A fitted table never runs past its width (counted in terminal columns, CJK as two).
    @Test(arguments: cases.filter { $0.columns != nil }) func fitsItsWidth(_ golden: GoldenCase) throws {
        let columns = try #require(golden.columns)
        let file = Self.directory.appendingPathComponent(golden.stdoutFile)
        let text = String(
            decoding: try #require(FileManager.default.contents(atPath: file.path)), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count > 10)
        for line in lines {
            #expect(DisplayWidth.of(line) <= columns, "\(golden.stdoutFile): \(line)")
        }
    }

    /// No stray files: every file in Golden/ belongs to a case.
    @Test func noOrphanedGoldenFiles() throws {
        let known = Set(Self.cases.map(\.stdoutFile) + ["index.txt"])
        let present = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
        if Self.updating {
            for name in present where !known.contains(name) {
                try FileManager.default.removeItem(at: Self.directory.appendingPathComponent(name))
            }
        }
        let remaining = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
        #expect(remaining.filter { !known.contains($0) }.sorted() == [])
        #expect(remaining.contains("index.txt"))
    }
}

private func indented(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "  " + $0 + "\n" }
        .joined()
}

/// Where two texts first differ, as `line N: expected «…», got «…»`.
func firstDifference(_ expected: String, _ actual: String) -> String {
    let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(left.count, right.count) {
        let a = index < left.count ? String(left[index]) : "(end)"
        let b = index < right.count ? String(right[index]) : "(end)"
        if a != b { return "line \(index + 1): expected «\(a)», got «\(b)»" }
    }
    return "no line"
}

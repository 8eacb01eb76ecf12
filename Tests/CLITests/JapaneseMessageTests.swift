import Foundation
import LLMCostCLI
import Testing

/// Issue 17: what `--lang ja` users see once the language is known is Japanese, with the same exit codes.
@Suite struct JapaneseMessageTests {
    /// True when `text` holds kana or kanji.
    static func isJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
        }
    }

    @Test(arguments: [
        ["compare", "--rate", "2.5XYZ"],
        ["compare", "--fx", "JPY=151.2", "--fx", "EUR=0.9"],
        ["compare", "--scenario", "-", "--prices", "-"],
        ["prices", "diff", "a.json", "b.json", "--currency", "JPY"],
    ])
    func aRefusalIsJapaneseWithTheSameExitCode(_ arguments: [String]) {
        let english = llmcost(arguments)
        let japanese = llmcost(arguments + ["--lang", "ja"])
        #expect(english.exitCode == .usage)
        #expect(japanese.exitCode == english.exitCode)
        #expect(!Self.isJapanese(english.stderr), "\(english.stderr)")
        #expect(Self.isJapanese(japanese.stderr), "\(japanese.stderr)")
        #expect(japanese.stderr.hasPrefix("llmcost: "))
        #expect(japanese.stderr.contains("（使い方は 'llmcost --help' で表示されます）"))
    }

    @Test func theMessagesKeepFlagsAndExamples() {
        let japanese = llmcost("compare", "--rate", "2.5XYZ", "--lang", "ja")
        #expect(
            japanese.stderr
                == "llmcost: --rate の値 '2.5XYZ' が不正です。XYZ の為替レートがありません（既知：CHF, CNY, EUR, GBP, JPY, USD）。例：--rate 2.5USD または --fx XYZ=RATE（使い方は 'llmcost --help' で表示されます）\n"
        )
    }

    @Test func theOldRateWarningIsJapanese() {
        // The shipped JPY rate is of 2026-08-21; on 2026-12-03 it is 104 days old.
        let old = llmcost("compare", "--currency", "JPY", "--as-of", "2026-12-03", "--lang", "ja")
        #expect(old.exitCode == .success, "\(old.stderr)")
        #expect(
            old.stderr.contains(
                "llmcost: 警告：JPY のレート（1 USD あたり 158.69732）は 2026-08-21 のもので、2026-12-03 より 104 日古いです。"))
    }
}

/// Issue 17: every refusal docs/errors.md lists, run again under `--lang ja`, keeps its exit code
/// and its positions, and says nothing in the catalog's English (flags, ids, keys, paths, quoted
/// values and examples stay as given); only the findings of data files are English by design.
@Suite struct JapaneseRefusalTests {
    /// Rows whose message is a finding about a data file (`prices validate`, `--prices`, the
    /// imports), kept English for CI logs as docs/errors.md says.
    static func isDataFileFinding(_ row: ErrorsDocTests.Row) -> Bool {
        guard let command = row.command else { return true }
        return command.starts(with: ["prices", "validate"]) || command.contains("--prices")
            || command.contains("import")
    }

    /// `text` without what stays as given: quoted values, commands and examples, then `withoutData`.
    static func withoutGivenText(_ text: String) -> String {
        var rest = text
        for pattern in [#"'[^'\n]*'"#, #"例：[^（。\n]*"#] {
            rest = rest.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return JapaneseOutputTests.withoutData(rest)
    }

    static let rows: [ErrorsDocTests.Row] = (try? ErrorsDocTests.rows())?.filter {
        $0.command != nil && !($0.command ?? []).contains("--lang") && !isDataFileFinding($0)
    } ?? []

    @Test func theRowsAreManyAndEveryExitCodeIsThere() {
        #expect(Self.rows.count >= 50, "\(Self.rows.count)")
        #expect(Set(Self.rows.map(\.exit)) == ["1", "2", "3"])
    }

    @Test(arguments: rows)
    func aRefusalUnderLangJaIsJapanese(_ row: ErrorsDocTests.Row) throws {
        let scratch = try ScratchDirectory()
        for (name, data) in try ErrorsDocTests.exampleFiles() {
            try data.write(to: URL(fileURLWithPath: scratch.path + "/" + name))
        }
        let command = try #require(row.command)
        let english = llmcost(command, in: scratch.path)
        let japanese = llmcost(["--lang", "ja"] + command, in: scratch.path)
        #expect(japanese.exitCode == english.exitCode, "\(command): \(japanese.stderr)")
        #expect(JapaneseMessageTests.isJapanese(japanese.stderr), "\(command): \(japanese.stderr)")
        // The same lines, each at the same place: `file:line:column: json.path: ` is kept as given.
        let places = { (text: String) in
            text.split(separator: "\n").map { $0.prefix { $0 != " " } }.filter { $0.hasSuffix(":") }
        }
        #expect(places(japanese.stderr) == places(english.stderr), "\(command): \(japanese.stderr)")
        let found = Set(
            Self.withoutGivenText(japanese.stderr).split(whereSeparator: { !($0.isASCII && $0.isLetter) })
                .map { $0.lowercased() }.filter { JapaneseOutputTests.englishWords.contains($0) })
        #expect(found.isEmpty, "\(command): \(found.sorted()) in \(japanese.stderr)")
    }
}

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

    /// A choice of Latin words ends in a space before the kana that follow it: `cost か npv を`.
    @Test func aChoiceOfWordsIsSpacedFromTheKanaAfterIt() {
        let plan = llmcost("plan", "--objective", "fast", "--lang", "ja")
        #expect(plan.exitCode == .usage)
        #expect(plan.stderr.contains("cost か npv を指定してください。例：--objective npv"), "\(plan.stderr)")
        let mode = llmcost("compare", "--mode", "fly", "--lang", "ja")
        #expect(mode.stderr.contains("rent か own を指定してください"), "\(mode.stderr)")
        // A number before the kana keeps no space: `1 以上の整数を`.
        let horizon = llmcost("roi", "--horizon", "0", "--lang", "ja")
        #expect(horizon.stderr.contains("1 以上の整数を指定してください"), "\(horizon.stderr)")
        // The placeholder's meaning is set apart from the code, not read as `CODE=1 USD`.
        let fx = llmcost("compare", "--fx", "JPY=-1", "--lang", "ja")
        #expect(fx.stderr.contains("CODE=（1 USD あたりの単位数）を指定してください"), "\(fx.stderr)")
    }

    /// Sensitivity's moved values are 変数, never 入力, which a Japanese reader takes for the input
    /// tokens: the table, the tornado's legend and the note say 変数 −20% / 変数（基準）/ 変数 +20%.
    @Test func sensitivityCallsItsMovedValuesHensu() {
        let table = llmcost("sensitivity", "--lang", "ja", "--format", "csv", "--no-bom")
        #expect(table.exitCode == .success, "\(table.stderr)")
        #expect(table.stdout.contains("変数,変数 −20%,変数（基準）,変数 +20%,"), "\(table.stdout.prefix(600))")
        #expect(table.stdout.contains("（変数減）") && table.stdout.contains("各変数を1つずつ ±20% 動かし"))
        #expect(!table.stdout.contains("入力 −20%") && !table.stdout.contains("（入力減）"))
        let chart = llmcost("sensitivity", "--lang", "ja", "--format", "svg")
        #expect(chart.stdout.contains(">変数 −20%<") && chart.stdout.contains(">変数 +20%<"))
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
    /// Rows whose output stays English by design (docs/errors.md): what CI reads, the JSON and
    /// GitHub annotations.
    static func staysEnglish(_ row: ErrorsDocTests.Row) -> Bool {
        guard let command = row.command else { return true }
        return command.contains("json") || command.contains("github")
    }

    /// `text` without what stays as given: places (`file:line:column: json.path: `), quoted values,
    /// examples, data and ids (lists of them, format names).
    static func withoutGivenText(_ text: String) -> String {
        func removing(_ patterns: [String], from text: String) -> String {
            patterns.reduce(text) {
                $0.replacingOccurrences(of: $1, with: " ", options: .regularExpression)
            }
        }
        let given = removing(
            [
                #"(?m)^(llmcost: )?[^\s:]+(:\d+:\d+)?: ([^\s:]+: )?"#, #"'[^'\n]*'"#, #"例：[^（。\n]*"#,
                #"[\w.]+(, [\w.]+)+"#,
            ], from: text)
        // Format names, and XML elements such as `<Cube time=…>` of the ECB's eurofxref XML, are ids too.
        return removing(
            [#"\b(table|markdown|csv|json|html|svg|xlsx|eurofxref)\b"#, #"<[^>\n]+>"#],
            from: JapaneseOutputTests.withoutData(given))
    }

    static let rows: [ErrorsDocTests.Row] =
        (try? ErrorsDocTests.rows())?.filter {
            $0.command != nil && !($0.command ?? []).contains("--lang") && !staysEnglish($0)
        } ?? []

    @Test func theRowsAreManyAndEveryExitCodeIsThere() {
        #expect(Self.rows.count >= 75, "\(Self.rows.count)")
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
        // `prices validate` prints its findings on standard output; every other refusal is on stderr.
        let (said, saidInEnglish) =
            command.starts(with: ["prices", "validate"])
            ? (japanese.stdout, english.stdout) : (japanese.stderr, english.stderr)
        #expect(JapaneseMessageTests.isJapanese(said), "\(command): \(said)")
        // The same lines, each at the same place: `file:line:column: json.path: ` is kept as given.
        let places = { (text: String) in
            text.split(separator: "\n").map { $0.prefix { $0 != " " } }.filter { $0.hasSuffix(":") }
        }
        #expect(places(said) == places(saidInEnglish), "\(command): \(said)")
        let found = Set(
            Self.withoutGivenText(said).split(whereSeparator: { !($0.isASCII && $0.isLetter) })
                .map { $0.lowercased() }.filter { JapaneseOutputTests.englishWords.contains($0) })
        #expect(found.isEmpty, "\(command): \(found.sorted()) in \(said)")
    }
}

/// The language is found before the arguments are parsed, by the parser's own reading of options.
@Suite struct LanguagePrescanTests {
    @Test(arguments: [
        // A refusal of the shape of the command line, with `--lang` anywhere, in either spelling.
        ["compare", "--reqests", "3M", "--lang=ja"], ["--lang", "ja", "comapre"],
        ["compare", "--lang", "ja", "--lang", "ja"],
        ["prices", "show", "a", "b", "--lang", "ja"],
    ])
    func aShapeRefusalIsInTheLanguageAskedFor(_ arguments: [String]) {
        let result = llmcost(arguments)
        #expect(result.exitCode == .usage)
        #expect(JapaneseMessageTests.isJapanese(result.stderr), "\(arguments): \(result.stderr)")
    }

    @Test func theUnknownOptionKeepsItsSuggestion() {
        let result = llmcost("compare", "--reqests", "3M", "--lang=ja")
        #expect(
            result.stderr
                == "llmcost: 不明なオプション '--reqests' です（もしかして '--requests'）（使い方は 'llmcost --help' で表示されます）\n")
    }

    @Test(arguments: [
        // Not a language, the value of another option, or a word after `--`: English.
        ["--lang", "xx", "compare", "--foo"], ["compare", "--scenario", "--lang", "ja", "--foo"],
        ["compare", "--foo", "--", "--lang", "ja"], ["compare", "--input", "--lang", "ja"],
    ])
    func otherwiseTheRefusalIsEnglish(_ arguments: [String]) {
        let result = llmcost(arguments)
        #expect(result.exitCode == .usage)
        #expect(!JapaneseMessageTests.isJapanese(result.stderr), "\(arguments): \(result.stderr)")
    }

    @Test func aSyntaxErrorIsJapaneseAndValidateJSONStaysEnglish() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("s.json", #"{"schema": "llmcost/scenario@1", "name": "t",}"#)
        let scenario = llmcost(["compare", "--scenario", "s.json", "--lang", "ja"], in: scratch.path)
        #expect(scenario.exitCode == .invalidInput)
        #expect(scenario.stderr == "llmcost: s.json:1:45: '}' の前に余分なカンマがあります\ns.json にエラーが 1 件あります\n")
        try scratch.write("m.json", #"{"schema": "llmcost/models@1", "models": [}"#)
        let data = llmcost(["compare", "--prices", "m.json", "--lang", "ja"], in: scratch.path)
        #expect(data.exitCode == .invalidInput)
        #expect(
            data.stderr
                == "llmcost: m.json:1:43: 予期しない '}' です。値が必要です\nデータにエラーが 1 件あります。'llmcost prices validate' で確認してください\n"
        )
        // What CI reads is the same in every language.
        for format in ["json", "github"] {
            let english = llmcost(["prices", "validate", "m.json", "--format", format], in: scratch.path)
            let japanese = llmcost(
                ["prices", "validate", "m.json", "--format", format, "--lang", "ja"], in: scratch.path)
            #expect(japanese.exitCode == .invalidInput)
            #expect(japanese.stdout == english.stdout, "\(format)")
        }
    }

    @Test(arguments: [
        ["prices", "import", "--from", "litellm", Fixtures.path("litellm-sample.json")],
        ["deployments", "import", "--from", "inferencex", Fixtures.path("inferencex-sample.json")],
        ["fx", "import", Fixtures.path("ecb/eurofxref-hist-2days.xml")],
    ])
    func anImportAccountsForTheFileInJapanese(_ command: [String]) throws {
        let scratch = try ScratchDirectory()
        let english = llmcost(command + ["-o", "out.json"], in: scratch.path)
        let japanese = llmcost(command + ["-o", "out.json", "--force", "--lang", "ja"], in: scratch.path)
        #expect(english.exitCode == .success && japanese.exitCode == .success, "\(japanese.stderr)")
        #expect(english.stderr.split(separator: "\n").count == japanese.stderr.split(separator: "\n").count)
        let found = Set(
            JapaneseRefusalTests.withoutGivenText(japanese.stderr).split(whereSeparator: {
                !($0.isASCII && $0.isLetter)
            })
            .map { $0.lowercased() }.filter { JapaneseOutputTests.englishWords.contains($0) })
        #expect(found.isEmpty, "\(found.sorted()) in \(japanese.stderr)")
    }

    @Test func aScenarioFileErrorKeepsItsPositionAndExitCode() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "s.json",
            #"{"schema": "llmcost/scenario@1", "name": "t", "workload": {"requests_per_month": 1000, "input_tokens": 10, "output_tokens": 1, "peak_to_averag": 2}, "api_models": ["google/gemini-1.5-flash"]}"#
        )
        let result = llmcost(["compare", "--scenario", "s.json", "--lang", "ja"], in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        #expect(
            result.stderr
                == """
                llmcost: s.json:1:128: workload.peak_to_averag: 不明なキー 'peak_to_averag' です（もしかして 'peak_to_average'）
                s.json にエラーが 1 件あります

                """)
    }
}

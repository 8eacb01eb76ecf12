import Foundation
import LLMCostCLI
import Scenarios
import Testing

/// Issue 16 in process: declared arguments only, money flags with their unit, `-` for stdin,
/// and `-o` through links, onto inputs and by extension. (Real descriptors: `StreamTests`.)
@Suite struct CommandLineShapeTests {
    // MARK: Declared arguments

    @Test(arguments: [
        (["compare", "--requests", "3", "million"], "unexpected argument 'million' after --requests 3"),
        (["compare", "foo", "bar"], "unexpected argument 'foo'"),
        (
            ["compare", "--scenario", "a.json", "b.json"],
            "unexpected argument 'b.json' after --scenario a.json"
        ),
        (["roi", "--requests", "3", "million"], "unexpected argument 'million'"),
        (["breakeven", "extra"], "unexpected argument 'extra'"),
        (
            ["prices", "show", "openai/gpt-4o", "openai/gpt-4o-mini"],
            "unexpected argument 'openai/gpt-4o-mini'"
        ),
        (["deployments", "a", "b"], "unexpected argument 'b'"),
        (["prices", "diff", "a.json", "b.json", "c.json"], "unexpected argument 'c.json'"),
        (["compare", "-"], "unexpected argument '-'"),
    ])
    func aWordNoArgumentWasDeclaredForIsAUsageErrorNamingIt(_ arguments: [String], _ message: String) {
        let result = llmcost(arguments)
        #expect(result.exitCode == .usage, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("e.g. "), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func theSameLineWithoutTheExtraWordRuns() {
        // `3 million` was read as 3 requests; quoted or suffixed it is a volume.
        #expect(llmcost("compare", "--requests", "3M").exitCode == .success)
        #expect(llmcost("prices", "show", "openai/gpt-4o").exitCode == .success)
        #expect(llmcost("deployments", "llama-3.3-70b-fp8-2xh100-trtllm").exitCode == .success)
    }

    @Test func helpIsMadeFromTheDeclaration() {
        let help = llmcost("compare", "--help").stdout
        #expect(help.hasPrefix("usage: llmcost compare [--models IDS]"))
        for title in ["workload options:", "self-hosting options:", "currency options:", "data options:"] {
            #expect(help.contains(title), "\(title)")
        }
        #expect(help.contains("--rate AMOUNT") && help.contains("in the scenario's currency"))
        // Bounds and defaults come from InputBounds, the table the scenario reader and engine use.
        #expect(help.contains("peak load over average load [1…1000; default 2]"))
        #expect(help.contains("volume growth per month [>-100%…1000%; default 0%]"))
        #expect(llmcost("prices", "show", "--help").stdout.hasPrefix("usage: llmcost prices show MODEL"))
        #expect(llmcost("prices", "diff", "--help").stdout.hasPrefix("usage: llmcost prices diff OLD NEW"))
    }

    @Test(arguments: [
        (["prices", "show"], "'llmcost prices show' needs MODEL, e.g. llmcost prices show openai/gpt-4o"),
        (
            ["prices", "diff", "old.json"],
            "'llmcost prices diff' needs NEW, e.g. llmcost prices diff old/models.json"
        ),
        (
            ["prices", "import", "--from", "litellm"],
            "'llmcost prices import' needs FILE, e.g. llmcost prices import --from litellm"
        ),
        (
            ["deployments", "a", "b"],
            "'llmcost deployments' takes at most one argument, ID, e.g. llmcost deployments llama"
        ),
    ])
    func aMissingOrExtraArgumentIsNamedWithAWholeExample(_ arguments: [String], _ message: String) {
        let result = llmcost(arguments)
        #expect(result.exitCode == .usage)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aRequiredOptionIsDeclaredAndChecked() {
        let result = llmcost("prices", "import", "x.json")
        #expect(result.exitCode == .usage)
        #expect(result.stderr.contains("'llmcost prices import' needs --from, e.g. --from litellm"))
        #expect(
            llmcost("prices", "--help").stdout.contains("llmcost prices import FILE --from FORMAT [--force]"))
    }

    @Test func currencyOptionsApplyOnlyWhereMoneyIsConverted() {
        let result = llmcost("prices", "list", "--currency", "JPY")
        #expect(result.exitCode == .usage)
        #expect(result.stderr.contains("option --currency does not apply to 'llmcost prices list'"))
    }

    // MARK: Money flags

    static let yen = defaultFile("scenarios/call-centre-ja.json")

    @Test func aCurrencySuffixConvertsAtTheRateInForce() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("yen.json", Self.yen)
        // 2 USD × 150 JPY/USD = 300 JPY per GPU-hour, the scenario's currency.
        let suffixed = llmcost(
            "compare", "--scenario", "yen.json", "--rate", "2USD", "--fx", "JPY=150", in: scratch.path)
        let plain = llmcost(
            "compare", "--scenario", "yen.json", "--rate", "300", "--fx", "JPY=150", in: scratch.path)
        #expect(suffixed.exitCode == .success, "\(suffixed.stderr)")
        #expect(suffixed.stdout == plain.stdout)
        #expect(suffixed.stdout.contains("¥300.00/GPU-hour"))
        // A suffix in the scenario's own currency is the number as it stands.
        let same = llmcost("compare", "--scenario", "yen.json", "--setup", "8000000JPY", in: scratch.path)
        #expect(
            same.stdout
                == llmcost("compare", "--scenario", "yen.json", "--setup", "8000000", in: scratch.path).stdout
        )
        // On the US-dollar default: 1,500,000 JPY / 150 JPY/USD = 10,000 USD.
        #expect(
            llmcost("compare", "--setup", "1500000JPY", "--fx", "JPY=150", "--format", "json").stdout
                == llmcost("compare", "--setup", "10000", "--fx", "JPY=150", "--format", "json").stdout)
    }

    @Test func theAssumptionsNameTheScenariosCurrency() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("yen.json", Self.yen)
        let result = llmcost("compare", "--scenario", "yen.json", "--rate", "2.5", in: scratch.path)
        #expect(result.stdout.contains("Assumptions: scenario amounts and money flags in JPY;"))
        let shownInDollars = llmcost(
            "compare", "--scenario", "yen.json", "--currency", "USD", in: scratch.path)
        #expect(shownInDollars.stdout.contains("money flags in JPY, shown in USD;"))
    }

    @Test(arguments: [
        (["--rate", "2.5XYZ"], "no exchange rate for XYZ"),
        (["--setup", "-5USD"], "expected a number at least 0"),
        (["--kwh", "abcUSD"], "expected a number, e.g. --kwh 0.12"),
    ])
    func aBadSuffixedAmountIsRefusedByName(_ flags: [String], _ message: String) {
        let result = llmcost(["compare"] + flags)
        #expect(result.exitCode == .usage)
        #expect(result.stderr.contains("for --\(flags[0].dropFirst(2))"), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func fxWithoutCurrencyShowsThatCurrencyOrIsRefused() {
        let alone = llmcost("compare", "--fx", "JPY=151.2", "--format", "json")
        #expect(alone.exitCode == .success)
        #expect(
            alone.stdout
                == llmcost("compare", "--fx", "JPY=151.2", "--currency", "JPY", "--format", "json").stdout)
        #expect(alone.stdout != llmcost("compare", "--format", "json").stdout)
        let two = llmcost("compare", "--fx", "JPY=151.2", "--fx", "EUR=0.9")
        #expect(two.exitCode == .usage)
        #expect(two.stderr.contains("without --currency") && two.stderr.contains("e.g. --currency JPY"))
    }

    // MARK: One table of bounds

    /// Each bounded flag refuses the value just past its bound, and the scenario key refuses it at its line:column.
    @Test(arguments: [
        ("peak", "peak_to_average", "2000"), ("hours", "serving_hours_per_month", "731"),
        ("growth", "growth_per_month", "11"), ("requests", "requests_per_month", "2e15"),
    ])
    func aValueRefusedByTheFlagIsRefusedInTheScenarioAtItsPosition(
        _ flag: String, _ key: String, _ value: String
    ) throws {
        let bound = try #require(InputBounds.forFlag(flag))
        #expect(bound.key == key)
        let flagResult = llmcost("compare", "--\(flag)", value)
        #expect(flagResult.exitCode == .usage, "\(flagResult.stderr)")
        #expect(flagResult.stderr.contains("'\(value)' for --\(flag)"))

        let scratch = try ScratchDirectory()
        let text = """
            {"schema": "llmcost/scenario@1", "name": "bounds",
             "workload": {\(key == "requests_per_month" ? "" : "\"requests_per_month\": 1000, ")"input_tokens": 100, "output_tokens": 10, "\(key)": \(value)},
             "api_models": ["openai/gpt-4o"]}
            """
        try scratch.write("s.json", text)
        let place = try #require(position(of: "\"\(key)\": \(value)", in: text, offset: key.count + 4))
        let fileResult = llmcost("compare", "--scenario", "s.json", in: scratch.path)
        #expect(fileResult.exitCode == .invalidInput)
        #expect(
            fileResult.stderr.hasPrefix("llmcost: s.json:\(place): workload.\(key): "), "\(fileResult.stderr)"
        )
    }

    @Test func aTTFTAboveTheBoundIsRefusedAtItsPosition() throws {
        let scratch = try ScratchDirectory()
        let text = """
            {"schema": "llmcost/scenario@1", "name": "ttft",
             "workload": {"requests_per_month": 1000, "input_tokens": 100, "output_tokens": 10},
             "service_level": {"max_ttft_s": 7200},
             "api_models": ["openai/gpt-4o"]}
            """
        try scratch.write("s.json", text)
        let place = try #require(position(of: "7200", in: text))
        let result = llmcost("compare", "--scenario", "s.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        #expect(
            result.stderr.hasPrefix("llmcost: s.json:\(place): service_level.max_ttft_s: 7200 seconds"),
            "\(result.stderr)")
        let flag = llmcost("compare", "--ttft", "7200")
        #expect(flag.exitCode == .usage)
        #expect(flag.stderr.contains("expected a number above 0 and at most 3600"))
    }

    @Test func aPUEAboveTheBoundIsRefusedAtItsPosition() throws {
        let scratch = try ScratchDirectory()
        let text = """
            {"schema": "llmcost/scenario@1", "name": "pue",
             "workload": {"requests_per_month": 1000, "input_tokens": 100, "output_tokens": 10},
             "self_hosting": [{"deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "own", "pue": 20}]}
            """
        try scratch.write("s.json", text)
        let place = try #require(position(of: "\"pue\": 20", in: text, offset: 7))
        let result = llmcost("compare", "--scenario", "s.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        #expect(
            result.stderr.hasPrefix("llmcost: s.json:\(place): self_hosting[0].pue: a PUE of 20 is above 10"))
        #expect(llmcost("compare", "--pue", "20").exitCode == .usage)
    }

    // MARK: Standard input

    @Test func aScenarioAnOverlayAndAFileToValidateComeFromStandardInput() throws {
        let scratch = try ScratchDirectory()
        let fromFile = llmcost(
            "compare", "--scenario", "yen.json",
            in: try {
                try scratch.write("yen.json", Self.yen)
                return scratch.path
            }())
        let fromStdin = llmcost("compare", "--scenario", "-", in: scratch.path, stdin: Self.yen)
        #expect(fromStdin.exitCode == .success)
        #expect(fromStdin.stdout == fromFile.stdout)

        let overlay = """
            {"schema": "llmcost/models@1", "currency": "USD", "models": [{"id": "x/cheap", "provider": "x",
             "name": "Cheap", "family": "cheap", "prices": [{"effective": "2026-01-01", "input_per_mtok": 0.01,
             "output_per_mtok": 0.02, "source": "https://example.com/", "checked": "2026-11-01"}]}]}
            """
        let overlaid = llmcost("compare", "--prices", "-", "--models", "x/cheap", stdin: overlay)
        #expect(overlaid.exitCode == .success, "\(overlaid.stderr)")
        #expect(overlaid.stdout.contains("Cheap"))

        let broken = "{\"schema\": \"llmcost/models@1\",\n \"models\": [}"
        let validated = llmcost("prices", "validate", "-", stdin: broken)
        #expect(validated.exitCode == .invalidInput)
        let place = try #require(position(of: "}", in: broken))
        #expect(validated.stdout.hasPrefix("<stdin>:\(place): "), "\(validated.stdout)")
    }

    @Test func twoInputsCannotBothBeStandardInput() {
        let result = llmcost("compare", "--scenario", "-", "--prices", "-", stdin: Self.yen)
        #expect(result.exitCode == .usage)
        #expect(result.stderr.contains("--scenario - and --prices - both read standard input"))
        #expect(llmcost("prices", "diff", "-", "-").exitCode == .usage)
    }

    // MARK: -o

    @Test func dashIsStandardOutput() throws {
        let scratch = try ScratchDirectory()
        let result = llmcost("compare", "--format", "csv", "-o", "-", in: scratch.path)
        #expect(result.exitCode == .success)
        #expect(result.stdout == llmcost("compare", "--format", "csv").stdout)
        #expect(result.stderr.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == [])
    }

    @Test func aSymbolicLinkIsWrittenThroughToItsTargetAtomically() throws {
        let scratch = try ScratchDirectory()
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: scratch.path + "/real", withIntermediateDirectories: false)
        try scratch.write("real/report.md", "old\n")
        try fileManager.createSymbolicLink(
            atPath: scratch.path + "/link.md", withDestinationPath: "real/report.md")

        let result = llmcost("compare", "-o", "link.md", in: scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stderr == "wrote link.md\n")
        #expect(
            try fileManager.destinationOfSymbolicLink(atPath: scratch.path + "/link.md") == "real/report.md")
        #expect(scratch.read("real/report.md") == llmcost("compare", "--format", "markdown").stdout)
        // The temporary file was made beside the target, and renamed away.
        #expect(try fileManager.contentsOfDirectory(atPath: scratch.path + "/real") == ["report.md"])
        #expect(try fileManager.contentsOfDirectory(atPath: scratch.path).sorted() == ["link.md", "real"])

        // A link to a file not there yet creates the target.
        try fileManager.createSymbolicLink(
            atPath: scratch.path + "/new.csv", withDestinationPath: "real/new.csv")
        #expect(llmcost("compare", "-o", "new.csv", in: scratch.path).exitCode == .success)
        #expect(scratch.read("real/new.csv") == llmcost("compare", "--format", "csv").stdout)
    }

    @Test func aLinkToThisProcesssStandardOutputIsStandardOutput() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path + "/out", withDestinationPath: "/proc/self/fd/1")
        let result = llmcost("compare", "--format", "csv", "-o", "out", in: scratch.path)
        #expect(result.exitCode == .success)
        #expect(result.stdout == llmcost("compare", "--format", "csv").stdout)
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path + "/out")
                == "/proc/self/fd/1")
    }

    @Test func aLinkLoopIsOneLineWithExitThree() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/a", withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/b", withDestinationPath: "a")
        let result = llmcost("compare", "-o", "a", in: scratch.path)
        #expect(result.exitCode == .io)
        #expect(result.stderr == "llmcost: cannot write a: too many levels of symbolic links\n")
    }

    @Test func anOutputThatIsAnInputIsRefusedAndTheInputKept() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("yen.json", Self.yen)
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path + "/alias.json", withDestinationPath: "yen.json")
        for output in ["yen.json", "./yen.json", "alias.json", scratch.path + "/yen.json"] {
            let result = llmcost("compare", "--scenario", "yen.json", "-o", output, in: scratch.path)
            #expect(result.exitCode == .usage, "\(output): \(result.stderr)")
            #expect(result.stderr.contains("-o \(output) is --scenario yen.json, which this command reads"))
        }
        #expect(scratch.read("yen.json") == Self.yen)

        let models = defaultFile("models.json")
        try scratch.write("models.json", models)
        let validate = llmcost("prices", "validate", "models.json", "-o", "models.json", in: scratch.path)
        #expect(validate.exitCode == .usage)
        #expect(validate.stderr.contains("is the input models.json"))
        let overlay = llmcost("compare", "--prices", "models.json", "-o", "models.json", in: scratch.path)
        #expect(overlay.exitCode == .usage)
        let imported = llmcost(
            "prices", "import", "--from", "litellm", "models.json", "-o", "models.json", "--force",
            in: scratch.path)
        #expect(imported.exitCode == .usage)
        #expect(scratch.read("models.json") == models)
    }

    @Test(arguments: [
        ("report.html", "<!DOCTYPE html>"), ("report.md", "# LLM cost comparison"),
        ("report.csv", "\u{FEFF}report,LLM cost comparison"),
        ("report.json", "{"), ("report.svg", "<?xml"), ("report.txt", "LLM cost comparison"),
    ])
    func theFormatComesFromTheExtensionWhenNotGiven(_ name: String, _ start: String) throws {
        let scratch = try ScratchDirectory()
        let result = llmcost("compare", "-o", name, in: scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(scratch.read(name)?.hasPrefix(start) == true, "\(scratch.read(name)?.prefix(40) ?? "")")
    }

    @Test func anExplicitFormatWinsAndAFormatTheCommandCannotWriteIsRefused() throws {
        let scratch = try ScratchDirectory()
        #expect(llmcost("compare", "--format", "csv", "-o", "r.html", in: scratch.path).exitCode == .success)
        #expect(scratch.read("r.html")?.hasPrefix("\u{FEFF}report,LLM cost comparison") == true)
        let validate = llmcost("prices", "validate", "-o", "findings.json", in: scratch.path)
        #expect(validate.exitCode == .success)
        #expect(scratch.read("findings.json")?.hasPrefix("{") == true)
        let diff = llmcost("prices", "diff", "a.json", "b.json", "-o", "d.csv", in: scratch.path)
        #expect(diff.exitCode == .usage)
        #expect(
            diff.stderr.contains(
                "-o d.csv asks for csv by its extension, which 'llmcost prices diff' cannot write"))
    }

    @Test func importWritesToDashAndReadsFromStandardInput() throws {
        let sample = try String(contentsOfFile: ImportCommandTests.sample, encoding: .utf8)
        let toFile = llmcost("prices", "import", "--from", "litellm", ImportCommandTests.sample)
        let piped = llmcost("prices", "import", "--from", "litellm", "-", "-o", "-", stdin: sample)
        #expect(piped.exitCode == .success, "\(piped.stderr)")
        #expect(piped.stdout == toFile.stdout)
        #expect(piped.stderr.contains("from <stdin>;"))
    }

    @Test func everyImportNamesStandardInputAsStdin() {
        // Each import reading `-` names it `<stdin>` in its errors and its summary, never `-`.
        let broken: [[String]] = [
            ["prices", "import", "--from", "litellm", "-"],
            ["deployments", "import", "--from", "inferencex", "-"],
            ["fx", "import", "-"],
        ]
        for arguments in broken {
            let result = llmcost(arguments, stdin: "{")
            #expect(result.exitCode == .invalidInput, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("llmcost: <stdin>:"), "\(arguments): \(result.stderr)")
        }
        let empty = llmcost("deployments", "import", "--from", "inferencex", "-", stdin: "[]")
        #expect(empty.exitCode == .success, "\(empty.stderr)")
        #expect(empty.stderr.contains("imported 0 profiles from <stdin> ("), "\(empty.stderr)")
    }

    @Test func bothImportsEndTheirSummaryWithTheValidationOfTheResult() throws {
        // One summary ending for prices and deployments import: the check of what was written,
        // and the command that shows its findings when the result went to a file.
        let scratch = try ScratchDirectory()
        let imports = [
            (["prices", "import", "--from", "litellm", ImportCommandTests.sample], "models.json"),
            (
                ["deployments", "import", "--from", "inferencex", ServiceLevelCommandTests.sample],
                "deployments.json"
            ),
        ]
        for (arguments, file) in imports {
            let written = llmcost(arguments + ["-o", file], in: scratch.path)
            #expect(written.exitCode == .success, "\(written.stderr)")
            #expect(
                written.stderr.hasSuffix(" warnings; see 'llmcost prices validate \(file)'\n"),
                "\(written.stderr)")
            #expect(scratch.read(file)?.hasPrefix("{") == true)
            // Written again without --force: refused, exit 3.
            let again = llmcost(arguments + ["-o", file], in: scratch.path)
            #expect(again.exitCode == .io)
            #expect(again.stderr.contains("refusing to overwrite \(file), which exists; pass --force"))
            // To standard output, by default or as `-o -`: no file to validate is named.
            for extra in [[], ["-o", "-"]] {
                let piped = llmcost(arguments + extra, in: scratch.path)
                #expect(piped.exitCode == .success, "\(piped.stderr)")
                #expect(piped.stdout.hasPrefix("{"))
                #expect(!piped.stderr.contains("see 'llmcost prices validate"), "\(extra): \(piped.stderr)")
                #expect(piped.stderr.contains("validation of the result: 0 errors"), "\(piped.stderr)")
            }
        }
    }

    @Test func diffRefusesACurrencyItWouldNotUse() {
        for flags in [["--currency", "JPY"], ["--fx", "JPY=150"]] {
            let result = llmcost(["prices", "diff", "a.json", "b.json"] + flags)
            #expect(result.exitCode == .usage)
            #expect(result.stderr.contains("'llmcost prices diff' has no --scenario"), "\(result.stderr)")
        }
    }

    @Test func aWorkbookGoesThroughTheSameOutputPaths() throws {
        let scratch = try ScratchDirectory()
        // `-o -`: the workbook's bytes are standard output (a ZIP: "PK").
        let dash = llmcost("compare", "--format", "xlsx", "-o", "-", in: scratch.path)
        #expect(dash.exitCode == .success, "\(dash.stderr)")
        #expect(dash.binary.starts(with: Array("PK".utf8)))
        // By extension, through a link to its target.
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path + "/link.xlsx", withDestinationPath: "real.xlsx")
        let linked = llmcost("compare", "-o", "link.xlsx", in: scratch.path)
        #expect(linked.exitCode == .success, "\(linked.stderr)")
        let written = try #require(FileManager.default.contents(atPath: scratch.path + "/real.xlsx"))
        #expect(Array(written) == dash.binary)
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path + "/link.xlsx")
                == "real.xlsx")
    }
}

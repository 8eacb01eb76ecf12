import DefaultData
import Foundation
import Pricing
import Reports
import Synchronization

/// One run of a command: its parsed options, its own words, and the environment.
struct Invocation: Sendable {
    var parsed: ParsedArguments
    /// The positionals after the command's own words (e.g. the files of `prices validate`).
    var words: [String]
    var environment: CLIEnvironment
    /// The command being run, for its declared inputs and its name in messages.
    var command: Command = Commands.root
    /// Warnings for stderr that do not stop the command (an old exchange rate), added as it runs.
    var notices = NoticeLog()

    /// The date prices are taken in force on: `--as-of`, else today.
    func asOfDate() throws(CLIError) -> CalendarDate {
        guard let text = parsed.value("as-of") else { return environment.today }
        guard let date = CalendarDate(iso: text) else {
            throw .usage(
                invalidValue(text, "as-of", expected: t(.cliExpectDate), example: "--as-of 2025-03-01"))
        }
        return date
    }

    /// The `--format` value, checked against the formats this command can print.
    ///
    /// Without `--format`, the extension of `-o FILE` chooses it (see `OutputExtensions`).
    func format(allowed: [String], default defaultFormat: String) throws(CLIError) -> String {
        guard let format = parsed.value("format") else {
            guard let path = parsed.value("output-file"), let format = OutputExtensions.format(of: path)
            else {
                return defaultFormat
            }
            guard allowed.contains(format) else {
                throw .usage(
                    CLIMessage.extensionNotAllowed(
                        path: path, format: format, command: command.path.joined(separator: " "),
                        allowed: allowed
                    ).text(messageLanguage))
            }
            return format
        }
        guard allowed.contains(format) else {
            let hint = didYouMean(format, among: allowed, messageLanguage)
            let example =
                hint.isEmpty ? forExample("--format \(allowed.last ?? defaultFormat)", messageLanguage) : hint
            throw .usage(
                t(
                    .cliInvalidValue, format, "format", t(.cliExpectOneOf, allowed.joined(separator: ", ")),
                    example))
        }
        return format
    }

    /// A whole number option such as `--max-age 90`, at most 2³¹ − 1 so that counts multiplied
    /// later (replicas × GPUs) stay inside `Int`.
    func integer(_ name: String, minimum: Int = 0) throws(CLIError) -> Int? {
        guard let text = parsed.value(name) else { return nil }
        let example = Options.spec(name)?.example ?? "--\(name) 1"
        let maximum = Int(Int32.max)
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")), value >= minimum,
            text.allSatisfy({ $0.isASCIIDigit || $0 == "_" })
        else {
            throw .usage(
                invalidValue(
                    text, name, expected: t(.cliExpectWholeNumberAtLeast, "\(minimum)"), example: example))
        }
        guard value <= maximum else {
            throw .usage(
                invalidValue(
                    text, name, expected: t(.cliExpectWholeNumberFromTo, "\(minimum)", "\(maximum)"),
                    example: example))
        }
        return value
    }

    /// An exact number option such as `--max-price 1000` or `--cached 30%`.
    func decimal(_ name: String) throws(CLIError) -> Decimal? {
        guard let text = parsed.value(name) else { return nil }
        let example = Options.spec(name)?.example ?? "--\(name) 1"
        guard let value = Quantity.parse(text) else {
            throw .usage(invalidValue(text, name, expected: t(.cliExpectNumber), example: example))
        }
        if let problem = magnitudeProblem(value) {
            throw .usage(t(.cliValueOutOfReach, text, name, problem, example))
        }
        return value
    }

    /// `invalid value 'TEXT' for --NAME; expected EXPECTED, e.g. EXAMPLE` in the run's language.
    func invalidValue(_ text: String, _ name: String, expected: String, example: String) -> String {
        // Japanese spaces a Latin word from the kana after it: `rent か own を指定`, not `ownを`.
        let spaced =
            messageLanguage == .ja && expected.last.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true
            ? expected + " " : expected
        return t(.cliInvalidValue, text, name, spaced, forExample(example, messageLanguage))
    }

    /// Why `value` is too small or too large to compute with (``SanityBounds``), in the run's language.
    func magnitudeProblem(_ value: Decimal) -> String? {
        guard SanityBounds.magnitudeProblem(value) != nil else { return nil }
        return value.magnitude < 1 ? t(.cliTooSmallToCompute) : t(.cliTooLargeToCompute)
    }

    /// A summary such as `3 errors in FILE`: `phrase` with the count, its noun and `arguments`.
    func errorCount(_ phrase: Phrase, _ count: Int, _ arguments: String...) -> String {
        Phrases.text(
            phrase, messageLanguage,
            arguments: ["\(count)", t(count == 1 ? .cliErrorSingular : .cliErrorPlural)] + arguments)
    }

    /// `noun` for `count` things: the plural phrase is the case after the singular's.
    func noun(_ count: Int, _ singular: Phrase) -> String {
        let plural: [Phrase: Phrase] = [
            .nounModel: .nounModels, .nounEntry: .nounEntries, .nounProfile: .nounProfiles,
            .nounPoint: .nounPoints, .nounRate: .nounRates, .nounDay: .nounDays,
        ]
        return t(count == 1 ? singular : plural[singular] ?? singular)
    }

    /// `validation of the result: 1 error, 2 warnings` in the run's language (the imports' last line).
    func validationSummary(errors: Int, warnings: Int) -> String {
        t(
            .impValidation, "\(errors)", t(errors == 1 ? .cliErrorSingular : .cliErrorPlural), "\(warnings)",
            t(warnings == 1 ? .cliWarningSingular : .cliWarningPlural))
    }

    /// A diagnostic in the run's language (its reason in words when it has one; its place as given).
    func describe(_ diagnostic: Diagnostic) -> String {
        Phrases.diagnostic(diagnostic, messageLanguage)
    }

    /// A user-named path made absolute against the current directory.
    func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return URL(fileURLWithPath: environment.currentDirectory).appendingPathComponent(path).path
    }

    /// Reads a file the user named, or standard input for `-`; a missing or unreadable file is an
    /// I/O error (exit 3).
    ///
    /// The whole descriptor is read, so a FIFO, `/dev/stdin` and process substitution (`<(…)`) work.
    func read(_ path: String) throws(CLIError) -> Data {
        if path == "-" {
            guard let data = environment.readStandardInput() else {
                throw .io(CLIMessage.cannotReadStandardInput.text(messageLanguage))
            }
            return data
        }
        guard !path.contains("\0") else {
            throw .io(t(.cliCannotRead, path.replacingOccurrences(of: "\0", with: "\\0"), t(.cliPathHasNUL)))
        }
        switch FileDescriptors.readFile(resolve(path)) {
        case .success(let data): return data
        case .failure(let failure):
            switch failure.errno {
            case ENOENT, ENOTDIR: throw .io(t(.cliCannotRead, path, t(.cliNoSuchFile)))
            case EISDIR: throw .io(t(.cliCannotRead, path, t(.cliIsADirectory)))
            default: throw .io(t(.cliCannotRead, path, t(.cliUnreadable)))
            }
        }
    }

    /// The files this command reads, each with how it was named (`--scenario a.json`).
    func inputPaths() -> [(label: String, path: String)] {
        var inputs: [(label: String, path: String)] = []
        if let scenario = parsed.value("scenario") { inputs.append(("--scenario \(scenario)", scenario)) }
        for overlay in parsed.values("prices") { inputs.append(("--prices \(overlay)", overlay)) }
        if let directory = parsed.value("data") {
            for kind in DataFileKind.allCases {
                let path = (directory as NSString).appendingPathComponent(kind.fileName)
                inputs.append((t(.cliDataDirectoryFile, directory, kind.fileName), path))
            }
        }
        if command.arguments.contains(where: \.isInput) {
            for word in words { inputs.append((t(.cliTheInput, word), word)) }
        }
        return inputs
    }

    /// Refuses two inputs named `-`: standard input can be read once.
    func checkStandardInput() throws(CLIError) {
        let fromStandardInput = inputPaths().filter { $0.path == "-" }
        guard fromStandardInput.count > 1 else { return }
        throw .usage(
            CLIMessage.standardInputTwice(
                first: fromStandardInput[0].label, second: fromStandardInput[1].label
            )
            .text(messageLanguage))
    }

    /// The name an input is reported under: `<stdin>` for `-`, else the path as given.
    func inputLabel(_ path: String) -> String {
        path == "-" ? "<stdin>" : path
    }
}

/// The one table from an `-o` file's extension to the `--format` it implies when none is given.
enum OutputExtensions {
    /// Lowercased extension → format name; an extension not listed leaves the command's default.
    static let formats: [String: String] = [
        "md": "markdown", "markdown": "markdown", "csv": "csv", "json": "json", "html": "html", "htm": "html",
        "svg": "svg", "xlsx": "xlsx",
    ]

    /// The format `path`'s extension implies, if any.
    static func format(of path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return formats[name[name.index(after: dot)...].lowercased()]
    }
}

/// `1 error`, `3 errors`: a count with its noun, for summaries.
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// Lines a command adds for stderr while it runs; `CLI.run` prints them after its own output.
final class NoticeLog: Sendable {
    private let lines = Mutex<[String]>([])

    /// Adds a line once: the same warning from two passes over a scenario is printed once.
    func add(_ line: String) {
        lines.withLock { if !$0.contains(line) { $0.append(line) } }
    }

    var all: [String] { lines.withLock { $0 } }
}

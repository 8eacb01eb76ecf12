import DefaultData
import Foundation
import Pricing
import Reports

/// The documented exit codes.
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// The data or scenario is invalid (validate found errors).
    case invalidInput = 1
    /// An unknown flag or a bad value.
    case usage = 2
    /// A file could not be read or written.
    case io = 3
}

/// Why a command stopped, with the exit code it maps to.
public enum CLIError: Error, Equatable, Sendable, CustomStringConvertible {
    case usage(String)
    case invalid(String)
    case io(String)
    /// Problems already listed line by line; `summary` closes the list.
    case diagnostics([Diagnostic], summary: String)

    public var exitCode: ExitCode {
        switch self {
        case .usage: .usage
        case .invalid, .diagnostics: .invalidInput
        case .io: .io
        }
    }

    public var description: String { text(.en) }

    /// The message in `language`: a diagnostic with a typed reason in its words, positions as given.
    func text(_ language: Language) -> String {
        switch self {
        case .usage(let message), .invalid(let message), .io(let message): message
        case .diagnostics(let diagnostics, let summary):
            (diagnostics.map { Phrases.diagnostic($0, language) } + [summary]).joined(separator: "\n")
        }
    }
}

/// What the command line reads from the world: arguments aside, the date, environment and terminal.
public struct CLIEnvironment: Sendable {
    public var today: CalendarDate
    public var variables: [String: String]
    public var stdoutIsTerminal: Bool
    /// Files a user names are resolved against this directory.
    public var currentDirectory: String
    /// Reads all of standard input, for an input named `-`; nil when it cannot be read.
    public var readStandardInput: @Sendable () -> Data?
    /// The terminal's width in columns when standard output is a terminal that reports one.
    public var terminalColumns: Int?

    public init(
        today: CalendarDate, variables: [String: String], stdoutIsTerminal: Bool, currentDirectory: String,
        terminalColumns: Int? = nil, readStandardInput: @escaping @Sendable () -> Data? = { Data() }
    ) {
        self.today = today
        self.variables = variables
        self.stdoutIsTerminal = stdoutIsTerminal
        self.currentDirectory = currentDirectory
        self.terminalColumns = terminalColumns
        self.readStandardInput = readStandardInput
    }

    /// The real process's environment.
    public static var current: CLIEnvironment {
        CLIEnvironment(
            today: CalendarDate(Date()), variables: ProcessInfo.processInfo.environment,
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            currentDirectory: FileManager.default.currentDirectoryPath, terminalColumns: terminalWidth(),
            readStandardInput: { try? FileDescriptors.readAll(STDIN_FILENO).get() })
    }

    /// The width standard output's terminal reports, or nil (not a terminal, or no size known).
    private static func terminalWidth() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// A command's outcome: the exit code and what goes to standard output and standard error.
public struct CLIResult: Sendable, Equatable {
    public var exitCode: ExitCode
    public var stdout: String
    public var stderr: String
    /// Binary output (an .xlsx workbook), written to stdout after `stdout`.
    public var binary: [UInt8] = []

    public init(exitCode: ExitCode, stdout: String = "", stderr: String = "") {
        self.exitCode = exitCode
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// The `llmcost` command line, as a function from arguments to a result.
public enum CLI {
    public static let version = "0.1.0"

    /// Runs one command line and returns what it printed and its exit code; never exits or traps.
    public static func run(arguments: [String], environment: CLIEnvironment = .current) -> CLIResult {
        // Found first, so that every message of the run, a refusal of the arguments' shape too, is in it.
        let language = ArgumentParser.language(in: arguments, specs: Commands.knownOptions)
        do {
            var parsed = try ArgumentParser.parse(arguments, specs: Commands.knownOptions)
            // `llmcost help prices validate` is `llmcost prices validate --help`.
            if parsed.positionals.first == "help" {
                parsed.positionals.removeFirst()
                parsed.positionalContext.removeFirst()
                parsed.options["help"] = [""]
            }
            if parsed.has("version") {
                return CLIResult(exitCode: .success, stdout: "llmcost \(version)\n")
            }
            if parsed.positionals.isEmpty && parsed.has("help") {
                return CLIResult(exitCode: .success, stdout: Help.text(for: Commands.root))
            }
            let (command, words) = try Commands.resolve(parsed.positionals, language: language)
            if parsed.has("help") || command.isGroup {
                return CLIResult(exitCode: .success, stdout: Help.text(for: command))
            }
            try command.checkOptions(parsed)
            try command.checkArguments(words, parsed: parsed)
            try command.checkRequired(parsed)
            let invocation = Invocation(
                parsed: parsed, words: words, environment: environment, command: command)
            try invocation.checkStandardInput()
            try invocation.checkOutputIsNotAnInput()
            var result = try command.run(invocation)
            // Warnings that did not stop the command come first, as a compiler's do.
            result.stderr = invocation.notices.all.map { "llmcost: \($0)\n" }.joined() + result.stderr
            return result
        } catch {
            var stderr = error.text(language)
            if case .usage = error { stderr += Phrases.text(.cliUsageHint, language) }
            return CLIResult(exitCode: error.exitCode, stderr: "llmcost: \(stderr)\n")
        }
    }

    /// Runs the real process: prints the result and exits with its code.
    ///
    /// A failed write to standard output is one line on standard error and exit 3; a reader that
    /// went away (`| head`) ends the process quietly, as SIGPIPE would, but without the signal.
    public static func main() -> Never {
        signal(SIGPIPE, SIG_IGN)
        let arguments = Array(CommandLine.arguments.dropFirst())
        let result = run(arguments: arguments)
        var code = result.exitCode
        var stderr = result.stderr
        switch FileDescriptors.write(Data(result.stdout.utf8) + Data(result.binary), to: STDOUT_FILENO) {
        case .written: break
        case .closed: exit(code.rawValue)
        case .failed(let reason):
            code = .io
            let language = ArgumentParser.language(in: arguments, specs: Commands.knownOptions)
            stderr = "llmcost: \(CLIMessage.cannotWriteStandardOutput(reason).text(language))\n"
        }
        _ = FileDescriptors.write(Data(stderr.utf8), to: STDERR_FILENO)
        exit(code.rawValue)
    }
}

import Foundation

/// The words of the command line's own refusals (argument shape, input and output), made in one place.
///
/// Each case is one message without the `llmcost: ` prefix; a phrase catalog can take these over
/// case by case.
enum CLIMessage: CustomStringConvertible, Sendable {
    /// A word no positional argument of the command was declared for.
    case unexpectedArgument(String, after: String?, command: String, takes: String, example: String)
    /// Two inputs named `-`, which is one standard input.
    case standardInputTwice(first: String, second: String)
    /// `-o` names one of the files the command reads.
    case outputIsInput(output: String, input: String)
    /// `-o`'s extension names a format the command cannot write.
    case extensionNotAllowed(path: String, format: String, command: String, allowed: [String])
    /// Standard output could not be written.
    case cannotWriteStandardOutput(String)
    /// A chain of symbolic links that does not end.
    case linkLoop(String)
    /// Standard input could not be read.
    case cannotReadStandardInput
    /// A money amount with a currency suffix for which no rate is known.
    case unknownSuffixCurrency(flag: String, value: String, code: String, known: [String])
    /// `prices diff --currency` or `--fx` without a scenario, whose costs are the only money converted.
    case currencyWithoutScenario(String)
    /// Several `--fx` without `--currency`: which one to show money in is not said.
    case fxWithoutCurrency([String])

    var description: String {
        switch self {
        case .unexpectedArgument(let word, let after, let command, let takes, let example):
            guard let after else {
                return "unexpected argument '\(word)': 'llmcost \(command)' takes \(takes), e.g. \(example)"
            }
            return
                "unexpected argument '\(word)' after \(after): 'llmcost \(command)' takes \(takes); a value with spaces must be quoted, e.g. \(example)"
        case .standardInputTwice(let first, let second):
            return
                "\(first) and \(second) both read standard input ('-'), which can be read once; save one to a file, e.g. --scenario scenario.json"
        case .outputIsInput(let output, let input):
            return
                "-o \(output) is \(input), which this command reads; write the result elsewhere, e.g. -o report.md"
        case .extensionNotAllowed(let path, let format, let command, let allowed):
            return
                "-o \(path) asks for \(format) by its extension, which 'llmcost \(command)' cannot write; give --format \(allowed.joined(separator: "|")), e.g. --format \(allowed.first ?? "table")"
        case .cannotWriteStandardOutput(let reason):
            return "cannot write to standard output: \(reason)"
        case .linkLoop(let path):
            return "cannot write \(path): too many levels of symbolic links"
        case .cannotReadStandardInput:
            return "cannot read <stdin>: standard input is closed or unreadable"
        case .unknownSuffixCurrency(let flag, let value, let code, let known):
            return
                "invalid value '\(value)' for --\(flag); no exchange rate for \(code) (known: \(known.joined(separator: ", "))), e.g. --\(flag) \(value.dropLast(3))USD or --fx \(code)=RATE"
        case .currencyWithoutScenario(let name):
            return
                "option --\(name) converts the scenario's costs, and 'llmcost prices diff' has no --scenario; e.g. --scenario Data/scenarios/default.json --\(name) \(name == "fx" ? "JPY=151.2" : "JPY")"
        case .fxWithoutCurrency(let codes):
            return
                "--fx \(codes.joined(separator: ", --fx ")) without --currency: say which currency to show money in, e.g. --currency \(codes.first.map { String($0.prefix { $0 != "=" }) } ?? "JPY")"
        }
    }
}

import Foundation
import Reports

/// The words of the command line's own refusals (argument shape, input and output), made in one place.
///
/// Each case is one message without the `llmcost: ` prefix, its words in the phrase catalog
/// (``Phrases``), shown in the `--lang` language once that is known.
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

    /// The message in English, as tests and the errors table state it.
    var description: String { text(.en) }

    /// The message in `language`, its words from the phrase catalog; flags, paths and examples stay as given.
    func text(_ language: Language) -> String {
        func t(_ phrase: Phrase, _ arguments: String...) -> String {
            Phrases.text(phrase, language, arguments: arguments)
        }
        switch self {
        case .unexpectedArgument(let word, let after, let command, let takes, let example):
            guard let after else { return t(.cliUnexpectedArgument, word, command, takes, example) }
            return t(.cliUnexpectedArgumentAfter, word, after, command, takes, example)
        case .standardInputTwice(let first, let second):
            return t(.cliStandardInputTwice, first, second)
        case .outputIsInput(let output, let input):
            return t(.cliOutputIsInput, output, input)
        case .extensionNotAllowed(let path, let format, let command, let allowed):
            return t(
                .cliExtensionNotAllowed, path, format, command, allowed.joined(separator: "|"),
                allowed.first ?? "table")
        case .cannotWriteStandardOutput(let reason):
            return t(.cliCannotWriteStandardOutput, reason)
        case .linkLoop(let path):
            return t(.cliLinkLoop, path)
        case .cannotReadStandardInput:
            return t(.cliCannotReadStandardInput)
        case .unknownSuffixCurrency(let flag, let value, let code, let known):
            return t(
                .cliUnknownSuffixCurrency, value, flag, code, known.joined(separator: ", "),
                String(value.dropLast(3)))
        case .currencyWithoutScenario(let name):
            return t(.cliCurrencyWithoutScenario, name, name == "fx" ? "JPY=151.2" : "JPY")
        case .fxWithoutCurrency(let codes):
            return t(
                .cliFXWithoutCurrency, codes.joined(separator: ", --fx "),
                codes.first.map { String($0.prefix { $0 != "=" }) } ?? "JPY")
        }
    }
}

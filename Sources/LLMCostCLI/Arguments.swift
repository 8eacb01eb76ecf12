import Foundation
import Pricing
import Reports

/// A command-line option: its name without dashes, whether it takes a value, and an example for errors.
struct OptionSpec: Sendable {
    var name: String
    var short: Character?
    /// The value's placeholder in help (`DAYS`); nil for a flag that takes no value.
    var valueName: String?
    /// A complete example for error messages, e.g. `--max-age 90`.
    var example: String
    var help: String
    var repeatable = false
    /// An amount of money: in the scenario's currency, or in the currency of a suffix (`2.5USD`).
    var isMoney = false
    /// The command cannot run without it (usage shows it unbracketed; parsing refuses its absence).
    var isRequired = false

    /// The same option, required.
    var required: OptionSpec {
        var copy = self
        copy.isRequired = true
        return copy
    }

    var takesValue: Bool { valueName != nil }

    static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: nil, example: "--\(name)", help: help)
    }

    /// A money option; help adds its unit, and the value may end in a currency code.
    static func money(_ name: String, example: String, help: String) -> OptionSpec {
        var spec = OptionSpec(
            name: name, short: nil, valueName: "AMOUNT", example: "--\(name) \(example)",
            help: "\(help), in the scenario's currency (or suffixed: \(example)USD)")
        spec.isMoney = true
        return spec
    }

    static func value(
        _ name: String, _ valueName: String, example: String, help: String, short: Character? = nil,
        repeatable: Bool = false
    ) -> OptionSpec {
        OptionSpec(
            name: name, short: short, valueName: valueName, example: "--\(name) \(example)", help: help,
            repeatable: repeatable)
    }
}

/// The words and options of one command line, after parsing against the known options.
struct ParsedArguments: Sendable {
    var positionals: [String] = []
    /// For each positional, the option and value just before it (`--requests 3`), if any.
    var positionalContext: [String?] = []
    /// Each given option's values in order (empty for a flag), by option name.
    var options: [String: [String]] = [:]
    /// Option names in the order first given, for "does not apply" messages.
    var order: [String] = []
    /// The language of every message of the run, found before anything else is checked.
    var language = Language.en

    /// A phrase of the catalog in the run's language, `{1}`, `{2}` … filled by `arguments`.
    func t(_ phrase: Phrase, _ arguments: String...) -> String {
        Phrases.text(phrase, language, arguments: arguments)
    }

    func has(_ name: String) -> Bool { options[name] != nil }

    func value(_ name: String) -> String? { options[name]?.last }

    func values(_ name: String) -> [String] { options[name] ?? [] }
}

enum ArgumentParser {
    /// Splits `arguments` into words and options, accepting `--name value`, `--name=value`,
    /// `-o value` and `--` (everything after it is a word).
    static func parse(_ arguments: [String], specs: [OptionSpec]) throws(CLIError) -> ParsedArguments {
        var parsed = ParsedArguments()
        parsed.language = language(in: arguments, specs: specs)
        var index = 0
        var onlyWords = false
        var previous: String?
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyWords || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                parsed.positionalContext.append(previous)
                previous = nil
                continue
            }
            previous = nil
            if argument == "--" {
                onlyWords = true
                continue
            }
            var name: String
            var inlineValue: String?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
            } else {
                let letters = argument.dropFirst()
                guard letters.count == 1, let letter = letters.first,
                    let spec = specs.first(where: { $0.short == letter })
                else {
                    throw .usage(
                        parsed.t(
                            .cliUnknownOption, argument,
                            suggestion(for: argument, specs: specs, language: parsed.language)))
                }
                name = spec.name
            }
            guard let spec = specs.first(where: { $0.name == name }) else {
                throw .usage(
                    parsed.t(
                        .cliUnknownOption, "--\(name)",
                        suggestion(for: name, specs: specs, language: parsed.language))
                )
            }
            var value = ""
            if spec.takesValue {
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw .usage(parsed.t(.cliOptionNeedsValue, name, spec.example))
                }
            } else if inlineValue != nil {
                throw .usage(parsed.t(.cliOptionTakesNoValue, name, spec.example))
            }
            if parsed.options[name] != nil && !spec.repeatable {
                throw .usage(parsed.t(.cliOptionGivenTwice, name, spec.example))
            }
            if parsed.options[name] == nil { parsed.order.append(name) }
            previous = spec.takesValue ? "--\(name) \(value)" : nil
            parsed.options[name, default: []].append(value)
        }
        return parsed
    }

    private static func suggestion(for word: String, specs: [OptionSpec], language: Language) -> String {
        let bare = String(word.drop { $0 == "-" })
        return didYouMean(bare, among: specs.map(\.name), language, prefix: "--")
    }

    /// The `--lang` of `arguments`, read the way `parse` reads options but refusing nothing, so
    /// that even a refusal of the arguments' shape is in the language asked for.
    ///
    /// The last `--lang` wins; an unknown option is taken to have no value; a `--lang` value that
    /// is not a language gives English (and `parse` or the command refuses it, in English).
    static func language(in arguments: [String], specs: [OptionSpec]) -> Language {
        var found = Language.en
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" { break }
            guard argument.hasPrefix("-"), argument != "-" else { continue }
            var name = String(argument.drop { $0 == "-" })
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            } else if !argument.hasPrefix("--") {
                name = specs.first { name.count == 1 && $0.short == name.first }?.name ?? name
            }
            guard let spec = specs.first(where: { $0.name == name }), spec.takesValue else { continue }
            var value = inlineValue
            if value == nil, index < arguments.count {
                value = arguments[index]
                index += 1
            }
            if name == "lang" { found = value.flatMap(Language.init(rawValue:)) ?? .en }
        }
        return found
    }
}

/// `; did you mean '…'?` in `language` when a candidate is near `word`, else nothing.
func didYouMean(
    _ word: String, among candidates: some Sequence<String>, _ language: Language, prefix: String = ""
)
    -> String
{
    closestMatch(to: word, among: candidates).map {
        Phrases.text(.cliDidYouMean, language, prefix + $0)
    } ?? ""
}

/// `, e.g. EXAMPLE` in `language`.
func forExample(_ example: String, _ language: Language) -> String {
    Phrases.text(.cliForExample, language, example)
}

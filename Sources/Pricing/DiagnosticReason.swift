import Foundation

/// Why a scenario or a name in it was refused, as a value: the words are made in Reports (`Phrases`).
///
/// A ``Diagnostic`` that carries one keeps its English rendering in `message` (tests, CI logs,
/// `prices validate`); a command run with `--lang ja` shows it in Japanese instead. Ids, keys,
/// dates and values are arguments, shown as given.
public enum DiagnosticReason: Sendable, Hashable {
    /// A model retired on the as-of date (SPEC §6.1); `successor` nil when none is named.
    case retired(id: String, on: CalendarDate, successor: String?)
    /// Neither the scenario's currency nor the one asked for has a rate.
    case noExchangeRate(scenarioCurrency: String, currency: String)
    /// No rate converts `code` into `currency`.
    case noExchangeRateFrom(code: String, currency: String)
    /// A model id the data does not have, with the nearest id.
    case unknownModel(id: String, suggestion: String?)
    /// A model whose first price takes effect after the as-of date.
    case noPriceInForce(id: String, asOf: CalendarDate, firstPrice: CalendarDate?)
    /// A service tier no model has; `known` are the tiers the data has.
    case unknownTier(tier: String, known: [String], suggestion: String?)
    /// A deployment id the data does not have, with the nearest id.
    case unknownDeployment(id: String, suggestion: String?)
    /// A scenario with neither `api_models` nor `self_hosting`.
    case scenarioNeedsOptions
    /// A key the reader does not accept, with the nearest accepted key.
    case unknownKey(key: String, suggestion: String?)
    /// A required key that is absent.
    case missingField(key: String)
    /// A value of the wrong JSON kind (`expected a number, found a string`).
    case expectedKind(expected: ExpectedKind, found: String)
    /// A number below zero where zero is the least.
    case negative(literal: String)
    /// A number that must be above zero.
    case notPositive(literal: String)
    /// A share outside 0–1.
    case outsideShare(literal: String)
    /// A text that is not a number (`'abc'`).
    case notANumber(text: String)
    /// A text not among the allowed words.
    case notOneOf(text: String, allowed: [String], suggestion: String?)

    /// The reason in English, as `Diagnostic.message` keeps it.
    public var description: String {
        func hint(_ suggestion: String?) -> String { suggestion.map { "; did you mean '\($0)'?" } ?? "" }
        switch self {
        case .retired(let id, let date, let successor):
            return "'\(id)' retired on \(date)" + (successor.map { "; successor \($0)" } ?? "; no successor named")
        case .noExchangeRate(let scenarioCurrency, let currency):
            return
                "no exchange rate for \(scenarioCurrency) or \(currency); add it to currencies.json or pass --fx"
        case .noExchangeRateFrom(let code, let currency):
            return "no exchange rate from \(code) to \(currency); pass --fx \(code)=RATE"
        case .unknownModel(let id, let suggestion):
            return "unknown model '\(id)'\(hint(suggestion))"
        case .noPriceInForce(let id, let asOf, let first):
            return "'\(id)' has no price in force on \(asOf) (first price: \(first?.description ?? "never"))"
        case .unknownTier(let tier, let known, let suggestion):
            let list = known.isEmpty ? "no model has service tiers" : "tiers: \(known.joined(separator: ", "))"
            return "unknown service tier '\(tier)' (\(list))\(hint(suggestion))"
        case .unknownDeployment(let id, let suggestion):
            return "unknown deployment '\(id)'\(hint(suggestion))"
        case .scenarioNeedsOptions:
            return "a scenario needs at least one of 'api_models' and 'self_hosting'"
        case .unknownKey(let key, let suggestion):
            return "unknown key '\(key)'\(hint(suggestion))"
        case .missingField(let key):
            return "missing required field '\(key)'"
        case .expectedKind(let expected, let found):
            return "expected \(expected.rawValue), found \(found)"
        case .negative(let literal):
            return "\(literal) is negative"
        case .notPositive(let literal):
            return "\(literal) must be greater than 0"
        case .outsideShare(let literal):
            return "\(literal) is outside 0–1 (a share: 0.5 means 50%)"
        case .notANumber(let text):
            return "'\(text)' is not a number (write e.g. 1500, 2.5, 3M, 250k or 30%)"
        case .notOneOf(let text, let allowed, let suggestion):
            return "'\(text)' is not one of \(allowed.map { "'\($0)'" }.joined(separator: ", "))\(hint(suggestion))"
        }
    }
}

/// What kind of JSON value a reader wanted, in its English words.
public enum ExpectedKind: String, Sendable, Hashable, CaseIterable {
    case object = "an object"
    case string = "a string"
    case boolean = "true or false"
    case number = "a number"
    case wholeNumber = "a whole number"
    case date = "a date string (YYYY-MM-DD)"
    case array = "an array"
}

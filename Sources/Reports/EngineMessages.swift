import Foundation
import Pricing
import Scenarios

/// The words of the engine's refusals: its typed reasons (``DiagnosticReason``, ``ScenarioError``)
/// made into text through the catalog, so a `--lang ja` run shows them in Japanese.
extension Phrases {
    /// `reason` in `language`; ids, keys, dates and values as given.
    public static func diagnosticReason(_ reason: DiagnosticReason, _ language: Language) -> String {
        func t(_ phrase: Phrase, _ arguments: String...) -> String { text(phrase, language, arguments: arguments) }
        func hint(_ suggestion: String?) -> String { suggestion.map { t(.cliDidYouMean, $0) } ?? "" }
        switch reason {
        case .retired(let id, let date, let successor):
            return t(.engRetired, id, retirement(on: date, successor: successor, language))
        case .noExchangeRate(let scenarioCurrency, let currency):
            return t(.engNoExchangeRate, scenarioCurrency, currency)
        case .noExchangeRateFrom(let code, let currency):
            return t(.engNoExchangeRateFrom, code, currency)
        case .unknownModel(let id, let suggestion):
            return t(.engUnknownModel, id, hint(suggestion))
        case .noPriceInForce(let id, let asOf, let first):
            return t(.engNoPriceInForce, id, "\(asOf)", first.map { "\($0)" } ?? t(.never))
        case .unknownTier(let tier, let known, let suggestion):
            return unknownTier(tier, known: known, suggestion: suggestion, language)
        case .unknownDeployment(let id, let suggestion):
            return t(.engUnknownDeployment, id, hint(suggestion))
        case .scenarioNeedsOptions:
            return t(.engScenarioNeedsOptions)
        case .unknownKey(let key, let suggestion):
            return t(.engUnknownKey, key, hint(suggestion))
        case .missingField(let key):
            return t(.engMissingField, key)
        case .expectedKind(let expected, let found):
            return t(.engExpectedKind, expectedKind(expected, language), jsonKind(found, language))
        case .negative(let literal):
            return t(.engNegative, literal)
        case .notPositive(let literal):
            return t(.engNotPositive, literal)
        case .outsideShare(let literal):
            return t(.engOutsideShare, literal)
        case .notANumber(let text):
            return t(.engNotANumber, text)
        case .notOneOf(let text, let allowed, let suggestion):
            return t(.engNotOneOf, text, allowed.map { "'\($0)'" }.joined(separator: ", "), hint(suggestion))
        }
    }

    /// `retired on DATE; successor ID` in `language` (SPEC §6.1).
    public static func retirement(on date: CalendarDate, successor: String?, _ language: Language) -> String {
        text(.engRetiredOn, language, "\(date)")
            + (successor.map { text(.engSuccessor, language, $0) } ?? text(.engNoSuccessor, language))
    }

    /// `unknown service tier 'turbo' (tiers: flex, priority); did you mean 'flex'?` in `language`.
    public static func unknownTier(_ tier: String, among known: [String], _ language: Language) -> String {
        unknownTier(tier, known: known, suggestion: closestMatch(to: tier, among: known), language)
    }

    private static func unknownTier(_ tier: String, known: [String], suggestion: String?, _ language: Language)
        -> String
    {
        let list =
            known.isEmpty
            ? text(.engNoModelHasTiers, language) : text(.engTiers, language, known.joined(separator: ", "))
        return text(.engUnknownTier, language, tier, list)
            + (suggestion.map { text(.cliDidYouMean, language, $0) } ?? "")
    }

    /// The engine's refusal `error` in `language`; field names and values as given.
    public static func scenarioError(_ error: ScenarioError, _ language: Language) -> String {
        func t(_ phrase: Phrase, _ arguments: String...) -> String { text(phrase, language, arguments: arguments) }
        switch error {
        case .negative(let field, let value):
            return t(.engFieldNegative, field, "\(value)")
        case .notPositive(let field, let value):
            return t(.engFieldNotPositive, field, "\(value)")
        case .outOfRange(let field, let value, let lower, let upper):
            return t(.engFieldOutOfRange, field, "\(lower)", "\(upper)", "\(value)")
        case .emptyRequest:
            return t(.engEmptyRequest)
        case .noMeasurements:
            return t(.engNoMeasurements)
        case .invalidMeasurement, .unfittable:
            // The reason inside is the fit's own account of a data file's points, kept as written.
            return error.description
        case .volumeTooLarge(let field, let value):
            return t(.engVolumeTooLarge, field, "\(Rounding.rounded(value, places: 0))")
        case .mixedShapes(let computation):
            return t(.engMixedShapes, computation)
        }
    }

    /// `diagnostic` as one line in `language`: its place as given, its reason in words when it has one.
    public static func diagnostic(_ diagnostic: Diagnostic, _ language: Language) -> String {
        guard language != .en else { return diagnostic.description }
        var place = diagnostic.file
        if let location = diagnostic.location { place += ":\(location.line):\(location.column)" }
        if let path = diagnostic.path { place += ": \(path)" }
        place += ": "
        if diagnostic.severity == .warning { place += text(.engWarning, language) }
        return place + (diagnostic.reason.map { diagnosticReason($0, language) } ?? diagnostic.message)
    }

    private static func expectedKind(_ kind: ExpectedKind, _ language: Language) -> String {
        let phrase: Phrase =
            switch kind {
            case .object: .engKindObject
            case .string: .engKindString
            case .boolean: .engKindBoolean
            case .number: .engKindNumber
            case .wholeNumber: .engKindWholeNumber
            case .date: .engKindDate
            case .array: .engKindArray
            }
        return text(phrase, language)
    }

    /// A JSON value's kind (`JSONNode.kindName`) in `language`.
    private static func jsonKind(_ name: String, _ language: Language) -> String {
        let phrase: Phrase? =
            switch name {
            case "null": .engFoundNull
            case "boolean": .engFoundBoolean
            case "number": .engFoundNumber
            case "string": .engFoundString
            case "array": .engFoundArray
            case "object": .engFoundObject
            default: nil
            }
        return phrase.map { text($0, language) } ?? name
    }
}

import Foundation
import Pricing
import Scenarios

/// The words of the engine's refusals: its typed reasons (``DiagnosticReason``, ``ScenarioError``)
/// made into text through the catalog, so a `--lang ja` run shows them in Japanese.
extension Phrases {
    /// `reason` in `language`; ids, keys, dates and values as given.
    public static func diagnosticReason(_ reason: DiagnosticReason, _ language: Language) -> String {
        func t(_ phrase: Phrase, _ arguments: String...) -> String {
            text(phrase, language, arguments: arguments)
        }
        func hint(_ suggestion: String?) -> String { suggestion.map { t(.cliDidYouMean, $0) } ?? "" }
        switch reason {
        case .jsonSyntax(let syntax):
            return jsonSyntax(syntax, language)
        case .noPurchasePriceForFlag(let gpu):
            return t(.engNoPurchasePriceForFlag, gpu)
        case .wrongKindOfFile(let expected, let found):
            return t(.engWrongKindOfFile, expected, found)
        case .notAModelsFile(let expected):
            return t(.engNotAModelsFile, expected)
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
        case .duplicateKey(let key, let line): return t(.rsnDuplicateKey, key, line)
        case .isEmpty: return t(.rsnIsEmpty)
        case .notADecimal(let text): return t(.rsnNotADecimal, text)
        case .notFinite(let literal): return t(.rsnNotFinite, literal)
        case .floatArtifact(let literal, let cleaned): return t(.rsnFloatArtifact, literal, cleaned)
        case .tooSmall(let literal): return t(.rsnTooSmall, literal)
        case .tooLarge(let literal): return t(.rsnTooLarge, literal)
        case .priceAboveBound(let literal, let bound): return t(.rsnPriceAboveBound, literal, bound)
        case .priceImplausiblySmall(let literal, let scaled):
            return t(.rsnPriceImplausiblySmall, literal, scaled)
        case .notWholeNumber(let literal): return t(.rsnNotWholeNumber, literal)
        case .belowMinimum(let value, let minimum): return t(.rsnBelowMinimum, value, minimum)
        case .aboveBound(let value, let bound): return t(.rsnAboveBound, value, bound)
        case .notADate(let text): return t(.rsnNotADate, text)
        case .inTheFuture(let date, let today): return t(.rsnInTheFuture, date, today)
        case .checkedTooLongAgo(let date, let days, let maxAge):
            return t(.rsnCheckedTooLongAgo, date, days, maxAge)
        case .missingSource(let key): return t(.rsnMissingSource, key)
        case .notAURL(let text): return t(.rsnNotAURL, text)
        case .notATimeOfDay(let text): return t(.rsnNotATimeOfDay, text)
        case .rangeOutOfOrder(let low, let mode, let high): return t(.rsnRangeOutOfOrder, low, mode, high)
        case .notAScenarioFile(let expected, let found): return t(.rsnNotAScenarioFile, expected, found)
        case .badTierName(let tier): return t(.rsnBadTierName, tier)
        case .expectedModelReference(let found):
            return t(.rsnExpectedModelReference, jsonKind(found, language))
        case .horizonTooLong(let months, let bound): return t(.rsnHorizonTooLong, months, bound)
        case .expectedString: return t(.rsnExpectedString)
        case .eitherNotBoth(let first, let second): return t(.rsnEitherNotBoth, first, second)
        case .missingRequests: return t(.rsnMissingRequests)
        case .tooManyRequestsAMonth(let value, let bound): return t(.rsnTooManyRequestsAMonth, value, bound)
        case .tooManyRequestsADay(let value, let bound): return t(.rsnTooManyRequestsADay, value, bound)
        case .noTokens: return t(.rsnNoTokens)
        case .cacheSharesAboveOne(let cached, let writes): return t(.rsnCacheSharesAboveOne, cached, writes)
        case .badUTCOffset(let text): return t(.rsnBadUTCOffset, text)
        case .growthOutside(let percent): return t(.rsnGrowthOutside, percent)
        case .peakBelowAverage(let peak): return t(.rsnPeakBelowAverage, peak)
        case .peakAboveBound(let peak, let upper, let lower): return t(.rsnPeakAboveBound, peak, upper, lower)
        case .hoursAboveMonth(let hours): return t(.rsnHoursAboveMonth, hours)
        case .speedAboveBound(let speed, let bound): return t(.rsnSpeedAboveBound, speed, bound)
        case .ttftAboveBound(let seconds, let bound): return t(.rsnTtftAboveBound, seconds, bound)
        case .emptyServiceLevel: return t(.rsnEmptyServiceLevel)
        case .pueBelowOne(let pue): return t(.rsnPueBelowOne, pue)
        case .pueAboveBound(let pue, let upper, let lower): return t(.rsnPueAboveBound, pue, upper, lower)
        case .zeroUtilization: return t(.rsnZeroUtilization)
        case .rentKeysOnOwn: return t(.rsnRentKeysOnOwn)
        case .ownKeysOnRent: return t(.rsnOwnKeysOnRent)
        case .segmentNeedsName: return t(.rsnSegmentNeedsName)
        case .duplicateSegment(let name, let line): return t(.rsnDuplicateSegment, name, line)
        case .segmentNoTokens(let name): return t(.rsnSegmentNoTokens, name)
        case .unnamedSegmentNoTokens: return t(.rsnUnnamedSegmentNoTokens)
        case .segmentSharesSum(let total): return t(.rsnSegmentSharesSum, total)
        case .mustSelfHostWithoutOption: return t(.rsnMustSelfHostWithoutOption)
        case .expectedSeatPlanID(let found): return t(.rsnExpectedSeatPlanID, jsonKind(found, language))
        case .seatPlansNeedUsers: return t(.rsnSeatPlansNeedUsers)
        case .unknownSeatPlan(let id, let suggestion): return t(.rsnUnknownSeatPlan, id, hint(suggestion))
        case .noSuchOffer(let provider, let gpu, let suggestion):
            return t(.rsnNoSuchOffer, provider, gpu, hint(suggestion))
        case .noRentalNoPurchase(let gpu): return t(.rsnNoRentalNoPurchase, gpu)
        case .noRentalForFlag(let gpu): return t(.rsnNoRentalForFlag, gpu)
        case .noRentalForFile(let gpu): return t(.rsnNoRentalForFile, gpu)
        case .noPurchasePrice(let gpu): return t(.rsnNoPurchasePrice, gpu)
        case .noConditionOffer(let gpu, let condition): return t(.rsnNoConditionOffer, gpu, condition)
        case .unknownGPU(let deployment, let gpu): return t(.rsnUnknownGPU, deployment, gpu)
        case .unknownSchema(let schema, let suggestion, let expected):
            return t(.rsnUnknownSchema, schema, hint(suggestion), expected)
        case .baseNotUSD: return t(.rsnBaseNotUSD)
        case .duplicateID(let key, let id, let line): return t(.rsnDuplicateID, key, id, line)
        case .notProviderModel(let id): return t(.rsnNotProviderModel, id)
        case .notProviderPlan(let id): return t(.rsnNotProviderPlan, id)
        case .twoPriceSets(let date, let line): return t(.rsnTwoPriceSets, date, line)
        case .retiredBeforeDeprecated(let retired, let deprecated):
            return t(.rsnRetiredBeforeDeprecated, retired, deprecated)
        case .ownSuccessor: return t(.rsnOwnSuccessor)
        case .freeWithoutEnd(let date): return t(.rsnFreeWithoutEnd, date)
        case .unknownSuccessor(let successor, let suggestion):
            return t(.rsnUnknownSuccessor, successor, hint(suggestion))
        case .peakWithTiers: return t(.rsnPeakWithTiers)
        case .outputBelowInput(let output, let input): return t(.rsnOutputBelowInput, output, input)
        case .secondPurchaseOffer(let condition): return t(.rsnSecondPurchaseOffer, condition)
        case .estimatedNeedsParameters: return t(.rsnEstimatedNeedsParameters)
        case .noMeasuredPoints: return t(.rsnNoMeasuredPoints)
        case .p99BelowMedian(let p99, let median): return t(.rsnP99BelowMedian, p99, median)
        case .notISOCode(let code): return t(.rsnNotISOCode, code)
        case .tooManyMinorUnits(let minor): return t(.rsnTooManyMinorUnits, minor)
        case .usdNotOne: return t(.rsnUsdNotOne)
        case .unknownGPUReference(let value, let suggestion):
            return t(.rsnUnknownGPUReference, value, hint(suggestion))
        case .unknownFamilyReference(let value, let suggestion):
            return t(.rsnUnknownFamilyReference, value, hint(suggestion))
        case .unknownCurrencyReference(let value, let suggestion):
            return t(.rsnUnknownCurrencyReference, value, hint(suggestion))
        }
    }

    /// A JSON syntax error's reason in `language`; characters, bytes and texts as found.
    public static func jsonSyntax(_ reason: JSONSyntaxReason, _ language: Language) -> String {
        func t(_ phrase: Phrase, _ arguments: String...) -> String {
            text(phrase, language, arguments: arguments)
        }
        switch reason {
        case .fileTooLarge(let limit): return t(.jsnFileTooLarge, limit)
        case .unexpectedEnd(let expected): return t(.jsnUnexpectedEnd, jsonExpectation(expected, language))
        case .notAsExpected(let expected): return jsonExpectation(expected, language)
        case .unexpectedCharacter(let character): return t(.jsnUnexpectedCharacter, character)
        case .afterTopLevelValue(let character): return t(.jsnAfterTopLevelValue, character)
        case .nestingTooDeep(let depth): return t(.jsnNestingTooDeep, "\(depth)")
        case .trailingComma(let closer): return t(.jsnTrailingComma, closer)
        case .singleQuotes: return t(.jsnSingleQuotes)
        case .comments: return t(.jsnComments)
        case .invalidLiteral(let word): return t(.jsnInvalidLiteral, word)
        case .endInNumber(let number): return t(.jsnEndInNumber, number)
        case .invalidNumber(let number): return t(.jsnInvalidNumber, number)
        case .unescapedLineBreak: return t(.jsnUnescapedLineBreak)
        case .unescapedControlCharacter(let code): return t(.jsnUnescapedControlCharacter, code)
        case .invalidUTF8Byte(let byte): return t(.jsnInvalidUTF8Byte, byte)
        case .invalidEscape(let shown): return t(.jsnInvalidEscape, shown)
        case .loneSurrogate(let escape): return t(.jsnLoneSurrogate, escape)
        case .invalidEscapeSequence: return t(.jsnInvalidEscapeSequence)
        case .invalidUnicodeEscape: return t(.jsnInvalidUnicodeEscape)
        case .unterminatedString(let opening): return t(.jsnUnterminatedString, "\(opening)")
        case .notALiteLLMPriceMap(let found): return t(.jsnNotALiteLLMPriceMap, jsonKind(found, language))
        case .notInferenceXPoints(let found): return t(.jsnNotInferenceXPoints, jsonKind(found, language))
        }
    }

    private static func jsonExpectation(_ expected: JSONExpectation, _ language: Language) -> String {
        switch expected {
        case .value: text(.jsnExpectValue, language)
        case .literal(let whole): text(.jsnExpectLiteral, language, whole)
        case .commaOrBrace: text(.jsnExpectCommaOrBrace, language)
        case .commaOrBracket: text(.jsnExpectCommaOrBracket, language)
        case .keyAfterComma: text(.jsnExpectKeyAfterComma, language)
        case .keyOrBrace: text(.jsnExpectKeyOrBrace, language)
        case .colon: text(.jsnExpectColon, language)
        }
    }

    /// `retired on DATE; successor ID` in `language` (SPEC §6.1).
    public static func retirement(on date: CalendarDate, successor: String?, _ language: Language) -> String {
        text(.engRetiredOn, language, "\(date)")
            + (successor.map { text(.engSuccessor, language, $0) } ?? text(.engNoSuccessor, language))
    }

    /// A weekly window in `language`: `mon-fri 09:00–18:00`, `平日 09:00–18:00`.
    public static func weekWindow(_ window: WeekWindow, _ language: Language) -> String {
        let days =
            switch window.days {
            case .monFri: text(.pMonFri, language)
            case .satSun: text(.pSatSun, language)
            case .all: text(.pAll, language)
            }
        return "\(days) \(WeekWindow.clock(window.fromMinute))–\(WeekWindow.clock(window.toMinute))"
    }

    /// Weekly windows as a list in `language`: `mon-fri 01:00–04:00, mon-fri 06:00–10:00`,
    /// `平日 01:00–04:00、平日 06:00–10:00`.
    public static func weekWindows(_ windows: [WeekWindow], _ language: Language) -> String {
        windows.map { weekWindow($0, language) }.joined(separator: text(.pPunctU2c, language))
    }

    /// `unknown service tier 'turbo' (tiers: flex, priority); did you mean 'flex'?` in `language`.
    public static func unknownTier(_ tier: String, among known: [String], _ language: Language) -> String {
        unknownTier(tier, known: known, suggestion: closestMatch(to: tier, among: known), language)
    }

    private static func unknownTier(
        _ tier: String, known: [String], suggestion: String?, _ language: Language
    )
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
        func t(_ phrase: Phrase, _ arguments: String...) -> String {
            text(phrase, language, arguments: arguments)
        }
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
        case .rangeBeyondReach(let path, let high, let deployment):
            return t(.engRangeBeyondReach, path, "\(high)", deployment)
        case .drawnSpeedBeyondReach(let deployment, let speed):
            return t(.engDrawnSpeedBeyondReach, deployment, "\(speed)")
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

/// The words of the imports' accounts of the files they convert: what was left out and why.
extension Phrases {
    /// The category of a LiteLLM entry left out, in `language`.
    public static func skipCategory(_ reason: LiteLLMSkipReason, _ language: Language) -> String {
        let phrase: Phrase =
            switch reason {
            case .placeholder: .impLiteLLMPlaceholder
            case .noMode: .impLiteLLMNoMode
            case .notChat: .impLiteLLMNotChat
            case .noTokenPrice: .impLiteLLMNoTokenPrice
            case .zeroPrice: .impLiteLLMZeroPrice
            case .implausiblePrice: .impLiteLLMImplausiblePrice
            case .malformed: .impLiteLLMMalformed
            case .duplicateID: .impLiteLLMDuplicateID
            }
        return text(phrase, language)
    }

    /// The category of an InferenceX point left out, in `language`.
    public static func skipCategory(_ reason: InferenceXSkipReason, _ language: Language) -> String {
        let phrase: Phrase =
            switch reason {
            case .missing: .impInferenceXMissingCategory
            case .noShape: .impInferenceXNoShapeCategory
            case .totalThroughputOnly: .impInferenceXTotalOnlyCategory
            case .unknownHardware: .impInferenceXUnknownHardwareCategory
            case .unknownModel: .impInferenceXUnknownModelCategory
            case .disaggregated: .impInferenceXDisaggregatedCategory
            case .notPositive: .impInferenceXNotPositiveCategory
            }
        return text(phrase, language)
    }

    /// Why an InferenceX point was left out, in `language`; field names and values as found.
    public static func skipReason(_ reason: InferenceXSkipReason, _ language: Language) -> String {
        switch reason {
        case .missing(let field): text(.impInferenceXMissing, language, field)
        case .noShape: text(.impInferenceXNoShape, language)
        case .totalThroughputOnly: text(.impInferenceXTotalOnly, language)
        case .unknownHardware(let name): text(.impInferenceXUnknownHardware, language, name)
        case .unknownModel(let name): text(.impInferenceXUnknownModel, language, name)
        case .disaggregated: text(.impInferenceXDisaggregated, language)
        case .notPositive(let field): text(.impInferenceXNotPositive, language, field)
        }
    }

    /// What is wrong with an ECB file, in `language`; codes, times and rates as found.
    public static func ecbProblem(_ problem: ECBProblem, _ language: Language) -> String {
        switch problem {
        case .notADate(let time): text(.impECBNotADate, language, time)
        case .notACurrencyCode(let code): text(.impECBNotACurrencyCode, language, code)
        case .notAPositiveRate(let code, let rate): text(.impECBNotAPositiveRate, language, code, rate)
        case .rateOutsideADay(let code): text(.impECBRateOutsideADay, language, code)
        case .noDays: text(.impECBNoDays, language)
        }
    }

    /// A syntax error, or a document of the wrong shape, in `language`.
    public static func syntaxError(_ error: JSONSyntaxError, _ language: Language) -> String {
        error.reason.map { jsonSyntax($0, language) } ?? error.message
    }
}

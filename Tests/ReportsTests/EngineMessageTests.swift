import Foundation
import Pricing
import Scenarios
import Testing

@testable import Reports

/// The engine's typed refusals (issue 17): Reports makes their words, the same English the engine
/// keeps in `Diagnostic.message` (CI logs, `prices validate`), and Japanese with the values as given.
@Suite struct EngineMessageTests {
    static let date = CalendarDate(year: 2026, month: 7, day: 24)

    static let reasons: [DiagnosticReason] =
        [
            .retired(id: "acme/old", on: date, successor: "acme/new"),
            .retired(id: "acme/old", on: date, successor: nil),
            .noExchangeRate(scenarioCurrency: "XYZ", currency: "USD"),
            .noExchangeRateFrom(code: "USD", currency: "XYZ"),
            .unknownModel(id: "openai/gpt4o", suggestion: "openai/gpt-4o"),
            .unknownModel(id: "nothing", suggestion: nil),
            .noPriceInForce(id: "acme/new", asOf: date, firstPrice: nil),
            .noPriceInForce(id: "acme/new", asOf: date, firstPrice: date),
            .unknownTier(tier: "turbo", known: ["flex", "priority"], suggestion: nil),
            .unknownTier(tier: "flx", known: [], suggestion: "flex"),
            .unknownDeployment(id: "x", suggestion: "y"),
            .scenarioNeedsOptions,
            .wrongKindOfFile(expected: "llmcost/gpus@1", found: "llmcost/models@1"),
            .notAModelsFile(expected: "llmcost/models@1"),
            .noPurchasePriceForFlag(gpu: "mi325x"),
            .unknownKey(key: "peak_to_averag", suggestion: "peak_to_average"),
            .missingField(key: "name"),
            .negative(literal: "-2.50"),
            .notPositive(literal: "0"),
            .outsideShare(literal: "1.5"),
            .notANumber(text: "NaN"),
            .notOneOf(text: "refurbished", allowed: ["new", "used"], suggestion: nil),
            .duplicateKey(key: "v0", line: "v1"),
            .isEmpty,
            .notADecimal(text: "v0"),
            .notFinite(literal: "v0"),
            .floatArtifact(literal: "v0", cleaned: "v1"),
            .tooSmall(literal: "v0"),
            .tooLarge(literal: "v0"),
            .priceAboveBound(literal: "v0", bound: "v1"),
            .priceImplausiblySmall(literal: "v0", scaled: "v1"),
            .notWholeNumber(literal: "v0"),
            .belowMinimum(value: "v0", minimum: "v1"),
            .aboveBound(value: "v0", bound: "v1"),
            .notADate(text: "v0"),
            .inTheFuture(date: "v0", today: "v1"),
            .checkedTooLongAgo(date: "v0", days: "v1", maxAge: "v2"),
            .missingSource(key: "v0"),
            .notAURL(text: "v0"),
            .notATimeOfDay(text: "v0"),
            .rangeOutOfOrder(low: "v0", mode: "v1", high: "v2"),
            .notAScenarioFile(expected: "v0", found: "v1"),
            .badTierName(tier: "v0"),
            .expectedModelReference(found: "string"),
            .horizonTooLong(months: "v0", bound: "v1"),
            .expectedString,
            .eitherNotBoth(first: "v0", second: "v1"),
            .missingRequests,
            .tooManyRequestsAMonth(value: "v0", bound: "v1"),
            .tooManyRequestsADay(value: "v0", bound: "v1"),
            .noTokens,
            .cacheSharesAboveOne(cached: "v0", writes: "v1"),
            .badUTCOffset(text: "v0"),
            .growthOutside(percent: "v0"),
            .peakBelowAverage(peak: "v0"),
            .peakAboveBound(peak: "v0", upper: "v1", lower: "v2"),
            .hoursAboveMonth(hours: "v0"),
            .speedAboveBound(speed: "v0", bound: "v1"),
            .ttftAboveBound(seconds: "v0", bound: "v1"),
            .emptyServiceLevel,
            .pueBelowOne(pue: "v0"),
            .pueAboveBound(pue: "v0", upper: "v1", lower: "v2"),
            .zeroUtilization,
            .rentKeysOnOwn,
            .ownKeysOnRent,
            .segmentNeedsName,
            .duplicateSegment(name: "v0", line: "v1"),
            .segmentNoTokens(name: "v0"),
            .unnamedSegmentNoTokens,
            .segmentSharesSum(total: "v0"),
            .mustSelfHostWithoutOption,
            .expectedSeatPlanID(found: "string"),
            .seatPlansNeedUsers,
            .unknownSeatPlan(id: "v0", suggestion: "near"),
            .noSuchOffer(provider: "v0", gpu: "v1", suggestion: "near"),
            .noRentalNoPurchase(gpu: "v0"),
            .noRentalForFlag(gpu: "v0"),
            .noRentalForFile(gpu: "v0"),
            .noPurchasePrice(gpu: "v0"),
            .noConditionOffer(gpu: "v0", condition: "v1"),
            .unknownGPU(deployment: "v0", gpu: "v1"),
            .unknownSchema(schema: "v0", suggestion: "near", expected: "v2"),
            .baseNotUSD,
            .duplicateID(key: "v0", id: "v1", line: "v2"),
            .notProviderModel(id: "v0"),
            .notProviderPlan(id: "v0"),
            .twoPriceSets(date: "v0", line: "v1"),
            .retiredBeforeDeprecated(retired: "v0", deprecated: "v1"),
            .ownSuccessor,
            .freeWithoutEnd(date: "v0"),
            .unknownSuccessor(successor: "v0", suggestion: "near"),
            .peakWithTiers,
            .outputBelowInput(output: "v0", input: "v1"),
            .secondPurchaseOffer(condition: "v0"),
            .estimatedNeedsParameters,
            .noMeasuredPoints,
            .p99BelowMedian(p99: "v0", median: "v1"),
            .notISOCode(code: "v0"),
            .tooManyMinorUnits(minor: "v0"),
            .usdNotOne,
            .unknownGPUReference(value: "v0", suggestion: "near"),
            .unknownFamilyReference(value: "v0", suggestion: "near"),
            .unknownCurrencyReference(value: "v0", suggestion: "near"),
        ] + ExpectedKind.allCases.map { .expectedKind(expected: $0, found: "string") }

    @Test(arguments: reasons) func theEnglishIsTheEnginesAndTheJapaneseHasNoEnglishWords(
        _ reason: DiagnosticReason
    ) {
        #expect(Phrases.diagnosticReason(reason, .en) == reason.description)
        let japanese = Phrases.diagnosticReason(reason, .ja)
        #expect(PhraseCatalogTests.isJapanese(japanese), "\(japanese)")
        #expect(japanese.range(of: #"\{\d\}"#, options: .regularExpression) == nil, "\(japanese)")
    }

    @Test(arguments: [
        JSONSyntaxReason.fileTooLarge(limit: "64 MiB"), .unexpectedEnd(.value),
        .unexpectedEnd(.literal("true")),
        .notAsExpected(.commaOrBrace), .notAsExpected(.commaOrBracket), .notAsExpected(.keyAfterComma),
        .notAsExpected(.keyOrBrace), .notAsExpected(.colon), .unexpectedCharacter("'x'"),
        .afterTopLevelValue("'}'"), .nestingTooDeep(128), .trailingComma(before: "'}'"), .singleQuotes,
        .comments,
        .invalidLiteral("tru"), .endInNumber("1."), .invalidNumber("01"), .unescapedLineBreak,
        .unescapedControlCharacter("U+0001"), .invalidUTF8Byte("0xff"), .invalidEscape("'\\q'"),
        .loneSurrogate("\\ud800"), .invalidEscapeSequence, .invalidUnicodeEscape,
        .unterminatedString(startingAt: SourceLocation(line: 2, column: 5)),
        .notALiteLLMPriceMap(found: "array"), .notInferenceXPoints(found: "object"),
    ])
    func aSyntaxErrorHasBothLanguages(_ reason: JSONSyntaxReason) {
        #expect(Phrases.diagnosticReason(.jsonSyntax(reason), .en) == reason.description)
        let japanese = Phrases.diagnosticReason(.jsonSyntax(reason), .ja)
        #expect(PhraseCatalogTests.isJapanese(japanese), "\(japanese)")
    }

    @Test func theImportsReasonsHaveTheirEnglishAndJapanese() {
        let liteLLM: [LiteLLMSkipReason] = [
            .placeholder, .noMode, .notChat(mode: "embedding"), .noTokenPrice, .zeroPrice,
            .implausiblePrice("negative"), .malformed("no provider"), .duplicateID,
        ]
        for reason in liteLLM {
            #expect(Phrases.skipCategory(reason, .en) == reason.category)
            #expect(PhraseCatalogTests.isJapanese(Phrases.skipCategory(reason, .ja)), "\(reason)")
        }
        let inferenceX: [InferenceXSkipReason] = [
            .missing("isl"), .noShape, .totalThroughputOnly, .unknownHardware("tpu"), .unknownModel("x"),
            .disaggregated, .notPositive("output_tput_per_gpu"),
        ]
        for reason in inferenceX {
            #expect(Phrases.skipCategory(reason, .en) == reason.category)
            #expect(Phrases.skipReason(reason, .en) == reason.description)
            #expect(PhraseCatalogTests.isJapanese(Phrases.skipReason(reason, .ja)), "\(reason)")
        }
        let ecb: [ECBProblem] = [
            .notADate(time: "x"), .notACurrencyCode("eur"), .notAPositiveRate(code: "JPY", rate: "-1"),
            .rateOutsideADay(code: "JPY"), .noDays,
        ]
        for problem in ecb {
            #expect(Phrases.ecbProblem(problem, .en) == problem.description)
            #expect(PhraseCatalogTests.isJapanese(Phrases.ecbProblem(problem, .ja)), "\(problem)")
        }
    }

    @Test func theValuesStayAsGiven() {
        // A retired model keeps its id, date and successor; a hint keeps the suggested id.
        #expect(
            Phrases.diagnosticReason(.retired(id: "acme/old", on: Self.date, successor: "acme/new"), .ja)
                == "'acme/old' は 2026-07-24 に提供終了、後継 acme/new")
        #expect(
            Phrases.diagnosticReason(.unknownKey(key: "peak_to_averag", suggestion: "peak_to_average"), .ja)
                == "不明なキー 'peak_to_averag' です（もしかして 'peak_to_average'）")
    }

    @Test func aDiagnosticKeepsItsPlaceAndALineWithoutAReasonStaysAsWritten() {
        let typed = Diagnostic(
            .error, file: "s.json", location: SourceLocation(line: 3, column: 17), path: nil,
            reason: .missingField(key: "name"))
        #expect(Phrases.diagnostic(typed, .en) == "s.json:3:17: missing required field 'name'")
        #expect(Phrases.diagnostic(typed, .ja) == "s.json:3:17: 必須の項目 'name' がありません")
        let untyped = Diagnostic(.warning, file: "m.json", location: nil, path: nil, message: "as written")
        #expect(Phrases.diagnostic(untyped, .ja) == "m.json: 警告：as written")
    }

    @Test(arguments: [
        ScenarioError.negative(field: "utilization", value: -1), .notPositive(field: "horizon", value: 0),
        .outOfRange(field: "utilization", value: 2, lower: 0, upper: 1), .emptyRequest, .noMeasurements,
        .volumeTooLarge(field: "requests", value: 1_000_000_000_000_000), .mixedShapes(computation: "speed"),
        .rangeBeyondReach(path: "ranges[0]", high: 90, deployment: "d"),
        .drawnSpeedBeyondReach(deployment: "d", speed: 80),
    ])
    func anEngineRefusalHasBothLanguages(_ error: ScenarioError) {
        #expect(Phrases.scenarioError(error, .en) == error.description)
        #expect(PhraseCatalogTests.isJapanese(Phrases.scenarioError(error, .ja)))
    }
}

import Foundation

/// Why a data or scenario file, or a name in it, was refused, as a value: the words are made in
/// Reports (`Phrases`).
///
/// A ``Diagnostic`` that carries one keeps its English rendering in `message` (tests, the JSON
/// and GitHub annotations of `prices validate`); a command run with `--lang ja` shows it in
/// Japanese instead. Ids, keys, dates and values are arguments, shown as given.
public enum DiagnosticReason: Sendable, Hashable {
    /// A GPU without a purchase price, named by `--deployments` or `--self` in mode own.
    case noPurchasePriceForFlag(gpu: String)
    /// A data file of another kind than the one its place needs.
    case wrongKindOfFile(expected: String, found: String)
    /// `prices diff` given a file that is not a models file.
    case notAModelsFile(expected: String)
    /// A document that is not valid JSON.
    case jsonSyntax(JSONSyntaxReason)
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
    // Findings of the readers of data and scenario files, with their values as written.
    case duplicateKey(key: String, line: String)
    case isEmpty
    case notADecimal(text: String)
    case notFinite(literal: String)
    case floatArtifact(literal: String, cleaned: String)
    case tooSmall(literal: String)
    case tooLarge(literal: String)
    case priceAboveBound(literal: String, bound: String)
    case priceImplausiblySmall(literal: String, scaled: String)
    case notWholeNumber(literal: String)
    case belowMinimum(value: String, minimum: String)
    case aboveBound(value: String, bound: String)
    case notADate(text: String)
    case inTheFuture(date: String, today: String)
    case checkedTooLongAgo(date: String, days: String, maxAge: String)
    case missingSource(key: String)
    case notAURL(text: String)
    case notATimeOfDay(text: String)
    case rangeOutOfOrder(low: String, mode: String, high: String)
    case notAScenarioFile(expected: String, found: String)
    case badTierName(tier: String)
    case expectedModelReference(found: String)
    case horizonTooLong(months: String, bound: String)
    case expectedString
    case eitherNotBoth(first: String, second: String)
    case missingRequests
    case tooManyRequestsAMonth(value: String, bound: String)
    case tooManyRequestsADay(value: String, bound: String)
    case noTokens
    case cacheSharesAboveOne(cached: String, writes: String)
    case badUTCOffset(text: String)
    case growthOutside(percent: String)
    case peakBelowAverage(peak: String)
    case peakAboveBound(peak: String, upper: String, lower: String)
    case hoursAboveMonth(hours: String)
    case speedAboveBound(speed: String, bound: String)
    case ttftAboveBound(seconds: String, bound: String)
    case emptyServiceLevel
    case pueBelowOne(pue: String)
    case pueAboveBound(pue: String, upper: String, lower: String)
    case zeroUtilization
    case rentKeysOnOwn
    case ownKeysOnRent
    case segmentNeedsName
    case duplicateSegment(name: String, line: String)
    case segmentNoTokens(name: String)
    case unnamedSegmentNoTokens
    case segmentSharesSum(total: String)
    case mustSelfHostWithoutOption
    case expectedSeatPlanID(found: String)
    case seatPlansNeedUsers
    case unknownSeatPlan(id: String, suggestion: String?)
    case noSuchOffer(provider: String, gpu: String, suggestion: String?)
    case noRentalNoPurchase(gpu: String)
    case noRentalForFlag(gpu: String)
    case noRentalForFile(gpu: String)
    case noPurchasePrice(gpu: String)
    case noConditionOffer(gpu: String, condition: String)
    case unknownGPU(deployment: String, gpu: String)
    case unknownSchema(schema: String, suggestion: String?, expected: String)
    case baseNotUSD
    case duplicateID(key: String, id: String, line: String)
    case notProviderModel(id: String)
    case notProviderPlan(id: String)
    case twoPriceSets(date: String, line: String)
    case retiredBeforeDeprecated(retired: String, deprecated: String)
    case ownSuccessor
    case freeWithoutEnd(date: String)
    case unknownSuccessor(successor: String, suggestion: String?)
    case peakWithTiers
    case outputBelowInput(output: String, input: String)
    case secondPurchaseOffer(condition: String)
    case estimatedNeedsParameters
    case noMeasuredPoints
    case p99BelowMedian(p99: String, median: String)
    case notISOCode(code: String)
    case tooManyMinorUnits(minor: String)
    case usdNotOne
    case unknownGPUReference(value: String, suggestion: String?)
    case unknownFamilyReference(value: String, suggestion: String?)
    case unknownCurrencyReference(value: String, suggestion: String?)

    /// The reason in English, as `Diagnostic.message` keeps it.
    public var description: String {
        func hint(_ suggestion: String?) -> String { suggestion.map { "; did you mean '\($0)'?" } ?? "" }
        switch self {
        case .jsonSyntax(let reason):
            return reason.description
        case .noPurchasePriceForFlag(let gpu):
            return
                "\(gpu) has no purchase price in gpus.json; pass --mode rent, or a --scenario whose self_hosting entry gives 'per_gpu_installed'"
        case .wrongKindOfFile(let expected, let found):
            return "expected a \(expected) file here, found \(found)"
        case .notAModelsFile(let expected):
            return "expected a \(expected) file"
        case .retired(let id, let date, let successor):
            return "'\(id)' retired on \(date)"
                + (successor.map { "; successor \($0)" } ?? "; no successor named")
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
            let list =
                known.isEmpty ? "no model has service tiers" : "tiers: \(known.joined(separator: ", "))"
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
            return
                "'\(text)' is not one of \(allowed.map { "'\($0)'" }.joined(separator: ", "))\(hint(suggestion))"
        case .duplicateKey(let key, let line): return "duplicate key '\(key)' (first at line \(line))"
        case .isEmpty: return "is empty"
        case .notADecimal(let text): return "'\(text)' is not a decimal number"
        case .notFinite(let literal):
            return "\(literal) is not a finite number that can be held exactly (at most 38 digits)"
        case .floatArtifact(let literal, let cleaned):
            return "\(literal) looks like a floating-point artifact; write \(cleaned) if that is meant"
        case .tooSmall(let literal):
            return "\(literal) is too small to compute with (zero, or at least 1e-9 in size)"
        case .tooLarge(let literal): return "\(literal) is too large to compute with (at most 1e18 in size)"
        case .priceAboveBound(let literal, let bound):
            return
                "\(literal) per 1M tokens is above the sane bound of \(bound) (a per-1k or per-token price?)"
        case .priceImplausiblySmall(let literal, let scaled):
            return
                "\(literal) per 1M tokens is implausibly small; is it a per-token price (× 1,000,000 = \(scaled))?"
        case .notWholeNumber(let literal): return "\(literal) is not a whole number"
        case .belowMinimum(let value, let minimum): return "\(value) must be at least \(minimum)"
        case .aboveBound(let value, let bound): return "\(value) is above the bound of \(bound)"
        case .notADate(let text): return "'\(text)' is not a date (YYYY-MM-DD)"
        case .inTheFuture(let date, let today): return "\(date) is in the future (today is \(today))"
        case .checkedTooLongAgo(let date, let days, let maxAge):
            return "checked \(date) is \(days) days old (older than \(maxAge); --max-age)"
        case .missingSource(let key): return "missing '\(key)': say where this figure comes from"
        case .notAURL(let text): return "'\(text)' is not an http(s) URL"
        case .notATimeOfDay(let text):
            return "'\(text)' is not a time of day HH:MM (00:00–23:59, or 24:00 for 'to')"
        case .rangeOutOfOrder(let low, let mode, let high):
            return "a range needs low ≤ mode ≤ high (got low \(low), mode \(mode), high \(high))"
        case .notAScenarioFile(let expected, let found):
            return "expected '\(expected)', found '\(found)'; is this a scenario file?"
        case .badTierName(let tier):
            return "tier name '\(tier)' must be lowercase letters, digits or '-' (e.g. flex)"
        case .expectedModelReference(let found):
            return "expected a model id string or {\"id\", \"tier\"}, found \(found)"
        case .horizonTooLong(let months, let bound):
            return "\(months) months is more than 50 years (at most \(bound))"
        case .expectedString: return "expected a string"
        case .eitherNotBoth(let first, let second): return "give '\(first)' or '\(second)', not both"
        case .missingRequests: return "missing required field 'requests_per_month' (or 'requests_per_day')"
        case .tooManyRequestsAMonth(let value, let bound):
            return
                "\(value) requests a month is more than a quadrillion a month, past any fleet (at most \(bound) a month)"
        case .tooManyRequestsADay(let value, let bound):
            return
                "\(value) requests a day is more than a quadrillion a month, past any fleet (at most \(bound) a month)"
        case .noTokens: return "a request needs input or output tokens; both are 0"
        case .cacheSharesAboveOne(let cached, let writes):
            return
                "cached_input_share \(cached) + cache_write_share \(writes) is more than 1 (every input token is read from, written to or outside the cache once)"
        case .badUTCOffset(let text):
            return "'\(text)' is not a UTC offset ±HH:MM (e.g. +09:00), at most ±18:00"
        case .growthOutside(let percent): return "growth of \(percent)% a month is outside −100%…+1,000%"
        case .peakBelowAverage(let peak): return "\(peak) is below 1: the peak cannot be under the average"
        case .peakAboveBound(let peak, let upper, let lower):
            return
                "\(peak) is above \(upper), the largest peak factor the fleet is sized for (from \(lower) to \(upper))"
        case .hoursAboveMonth(let hours): return "\(hours) hours is more than a month has (730)"
        case .speedAboveBound(let speed, let bound):
            return "\(speed) tokens/s per user is above the bound of \(bound)"
        case .ttftAboveBound(let seconds, let bound):
            return "\(seconds) seconds to the first token is above the bound of \(bound) (an hour)"
        case .emptyServiceLevel:
            return "a service level needs 'min_tokens_per_s_per_user', 'max_ttft_s' or both"
        case .pueBelowOne(let pue): return "a PUE of \(pue) is below 1, which no data centre has"
        case .pueAboveBound(let pue, let upper, let lower):
            return "a PUE of \(pue) is above \(upper), which no data centre has (from \(lower) to \(upper))"
        case .zeroUtilization: return "a utilisation of 0 serves nothing; use a share above 0, e.g. 0.8"
        case .rentKeysOnOwn: return "'offer' and 'rate_per_gpu_hour' apply to mode 'rent', not 'own'"
        case .ownKeysOnRent:
            return
                "'per_gpu_installed', 'amortization_months', 'price_per_kwh', 'pue', 'hosting_per_gpu_month' and 'condition' apply to mode 'own', not 'rent'"
        case .segmentNeedsName: return "a segment needs a name, e.g. \"confidential\""
        case .duplicateSegment(let name, let line):
            return "duplicate segment name '\(name)' (first at line \(line))"
        case .segmentNoTokens(let name):
            return "segment '\(name)' has no tokens: its input_tokens + output_tokens is 0"
        case .unnamedSegmentNoTokens: return "segment has no tokens: its input_tokens + output_tokens is 0"
        case .segmentSharesSum(let total):
            return "segment shares add up to \(total), not 100%; every request belongs to one segment"
        case .mustSelfHostWithoutOption:
            return "a segment must be self-hosted, but the scenario has no 'self_hosting' option to carry it"
        case .expectedSeatPlanID(let found): return "expected a seat plan id string, found \(found)"
        case .seatPlansNeedUsers:
            return "'seat_plans' needs 'users': how many staff would hold a seat, e.g. \"users\": 120"
        case .unknownSeatPlan(let id, let suggestion):
            return "unknown seat plan '\(id)'\(hint(suggestion)) (see 'llmcost prices list --seats')"
        case .noSuchOffer(let provider, let gpu, let suggestion):
            return "no '\(provider)' offer for \(gpu)\(hint(suggestion))"
        case .noRentalNoPurchase(let gpu):
            return "\(gpu) has no on-demand rental offer and no purchase price; pass a rate, e.g. --rate 2.99"
        case .noRentalForFlag(let gpu):
            return "\(gpu) has no on-demand rental offer; pass a rate, e.g. --rate 2.99, or --mode own"
        case .noRentalForFile(let gpu):
            return "\(gpu) has no on-demand rental offer; give 'rate_per_gpu_hour'"
        case .noPurchasePrice(let gpu): return "\(gpu) has no purchase price; give 'per_gpu_installed'"
        case .noConditionOffer(let gpu, let condition):
            return
                "\(gpu) has no '\(condition)' purchase offer in gpus.json; give 'per_gpu_installed' or drop 'condition'"
        case .unknownGPU(let deployment, let gpu):
            return "deployment '\(deployment)' names unknown gpu '\(gpu)'"
        case .unknownSchema(let schema, let suggestion, let expected):
            return "unknown schema '\(schema)'\(hint(suggestion)) (expected one of \(expected))"
        case .baseNotUSD: return "base must be 'USD' (rates are units per US dollar)"
        case .duplicateID(let key, let id, let line):
            return "duplicate \(key) '\(id)' (first at line \(line))"
        case .notProviderModel(let id): return "'\(id)' is not of the form provider/model"
        case .notProviderPlan(let id): return "'\(id)' is not of the form provider/plan"
        case .twoPriceSets(let date, let line):
            return "two price sets take effect on \(date) (first at line \(line))"
        case .retiredBeforeDeprecated(let retired, let deprecated):
            return "retired \(retired) is before deprecated \(deprecated)"
        case .ownSuccessor: return "a model cannot be its own successor"
        case .freeWithoutEnd(let date):
            return
                "every price is 0 from \(date) with no end date (no later price set, no 'retired'); reports mark it free"
        case .unknownSuccessor(let successor, let suggestion):
            return "unknown successor '\(successor)'\(hint(suggestion))"
        case .peakWithTiers:
            return "a price set cannot have both 'peak' and long-context 'tiers' (not supported)"
        case .outputBelowInput(let output, let input):
            return "output price \(output) is lower than input price \(input); are they swapped?"
        case .secondPurchaseOffer(let condition):
            return "a second '\(condition)' purchase offer; give one offer per condition"
        case .estimatedNeedsParameters:
            return "an estimated profile needs 'parameters_b' for its roofline estimate"
        case .noMeasuredPoints:
            return
                "no measured points: add 'measured' or 'curves', or mark the profile \"estimated\": true with 'parameters_b'"
        case .p99BelowMedian(let p99, let median):
            return "the 99th-percentile TTFT \(p99) s is below the median \(median) s"
        case .notISOCode(let code):
            return "'\(code)' is not an ISO 4217 code (three capital letters, e.g. JPY)"
        case .tooManyMinorUnits(let minor): return "\(minor) minor units is more than any currency has (0–4)"
        case .usdNotOne: return "USD per USD must be 1"
        case .unknownGPUReference(let value, let suggestion):
            return "unknown gpu '\(value)'\(hint(suggestion))"
        case .unknownFamilyReference(let value, let suggestion):
            return "unknown model family '\(value)'\(hint(suggestion))"
        case .unknownCurrencyReference(let value, let suggestion):
            return "unknown currency '\(value)'\(hint(suggestion))"
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

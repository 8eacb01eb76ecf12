import Foundation
import Pricing
import Scenarios

/// An exact decimal from its text; float literals go through `Double` and can drift.
func dec(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}

/// Rounds half away from zero to `places`, as money is shown.
func rounded(_ value: Decimal, _ places: Int = 2) -> Decimal {
    var input = value
    var result = Decimal()
    NSDecimalRound(&result, &input, places, .plain)
    return result
}

let day = CalendarDate(year: 2025, month: 1, day: 1)

/// GPT-4o: $2.50 input, $1.25 cached input, $10.00 output per 1M tokens; batch −50% (FACTS.md).
let gpt4o = PriceSet(
    effective: day, inputPerMTok: dec("2.50"), outputPerMTok: dec("10.00"), cachedInputPerMTok: dec("1.25"),
    batchDiscount: dec("0.5"))

/// $1 per 1M tokens in and out: with 500 + 500 tokens a request costs exactly a = 0.001.
let flatDollar = PriceSet(effective: day, inputPerMTok: 1, outputPerMTok: 1)

/// 500 in / 500 out, default peak 2 and 730 serving hours.
func shapeWorkload(_ requests: Decimal) -> Workload {
    Workload(requestsPerMonth: requests, inputTokens: 500, outputTokens: 500)
}

/// s = 0.1 s, u = 0.8, one GPU per replica, rented at `rate`:
/// R_1 = 730 × 3600 × 0.8 / (0.1 × 2) = 2,102,400 / 0.2 = 10,512,000 requests a month,
/// C = 1 × 730 × rate.
func rentedOption(rate: Decimal, fixedOther: [FixedCost] = [], opsFTE: Decimal = dec("0.25"))
    -> SelfHostingOption
{
    SelfHostingOption(
        secondsPerRequest: dec("0.1"), gpusPerReplica: 1, mode: .rent(ratePerGPUHour: rate), opsFTE: opsFTE,
        otherFixedCosts: fixedOther)
}

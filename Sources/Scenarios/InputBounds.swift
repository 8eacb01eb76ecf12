import Foundation
import Pricing

/// The bounds and default of one number a scenario or a flag gives, in the one table every reader uses.
///
/// The scenario reader refuses a value outside them at its line and column, the command-line
/// flags refuse it by the flag's name, the engine checks them again, and sensitivity keeps its
/// moved values inside them: so a value refused anywhere is refused, at its own position, everywhere.
public struct InputBound: Sendable, Hashable {
    /// The key in a scenario file (`peak_to_average`); also the field the engine names.
    public var key: String
    /// The command-line flag without dashes (`peak`), if there is one.
    public var flag: String?
    /// What the number counts, for help and messages (`ratio`, `months`, `share`).
    public var unit: String
    public var lower: Decimal
    /// Whether `lower` itself is allowed (`>=`) or only values above it (`>`).
    public var lowerIncluded: Bool
    public var upper: Decimal?
    public var defaultValue: Decimal?

    /// Whether `value` lies inside the bounds.
    public func contains(_ value: Decimal) -> Bool {
        guard !value.isNaN else { return false }
        let aboveLower = lowerIncluded ? value >= lower : value > lower
        return aboveLower && (upper.map { value <= $0 } ?? true)
    }

    /// `value` moved to the nearest allowed value (an excluded lower bound is kept as is), for sensitivity.
    public func clamped(_ value: Decimal) -> Decimal {
        var result = max(lower, value)
        if let upper { result = min(upper, result) }
        return result
    }

    /// The engine's refusal when `value` is outside the closed interval of the bounds.
    ///
    /// The engine accepts an excluded lower bound itself (growth of exactly −100%), where
    /// sensitivity may clamp to; the reader and the flags refuse it first, at its position.
    func check(_ value: Decimal, field: String? = nil) throws(ScenarioError) {
        let name = field ?? key
        guard let upper else {
            if value.isNaN || value < lower {
                if lower == 0 { throw .negative(field: name, value: value) }
                throw .outOfRange(field: name, value: value, lower: lower, upper: lower)
            }
            return
        }
        try Check.range(value, name, lower, upper)
    }

    /// The bounds in words: `from 1 to 1000`, `above 0 and at most 730`, `at least 0`.
    public var rangeText: String {
        let low = "\(lower)"
        guard let upper else { return lowerIncluded ? "at least \(low)" : "above \(low)" }
        return lowerIncluded ? "from \(low) to \(upper)" : "above \(low) and at most \(upper)"
    }
}

/// Every bounded input of a scenario, in one place.
public enum InputBounds {
    public static let requestsPerMonth = InputBound(
        key: "requests_per_month", flag: "requests", unit: "requests a month", lower: 0, lowerIncluded: true,
        upper: 1_000_000_000_000_000, defaultValue: nil)
    public static let inputTokens = InputBound(
        key: "input_tokens", flag: "input", unit: "tokens", lower: 0, lowerIncluded: true, upper: nil,
        defaultValue: nil)
    public static let outputTokens = InputBound(
        key: "output_tokens", flag: "output", unit: "tokens", lower: 0, lowerIncluded: true, upper: nil,
        defaultValue: nil)
    public static let cachedInputShare = InputBound(
        key: "cached_input_share", flag: "cached", unit: "share", lower: 0, lowerIncluded: true, upper: 1,
        defaultValue: 0)
    /// The share of input tokens written to the prompt cache (§6.2); cached + written ≤ 1 is checked beside it.
    public static let cacheWriteShare = InputBound(
        key: "cache_write_share", flag: nil, unit: "share", lower: 0, lowerIncluded: true, upper: 1,
        defaultValue: 0)
    public static let batchShare = InputBound(
        key: "batch_share", flag: "batch", unit: "share", lower: 0, lowerIncluded: true, upper: 1,
        defaultValue: 0)
    /// −100% would end all traffic in a month; 1,000% a month is past any plan.
    public static let growthPerMonth = InputBound(
        key: "growth_per_month", flag: "growth", unit: "rate a month", lower: -1, lowerIncluded: false,
        upper: 10,
        defaultValue: 0)
    /// A peak under the average is impossible; above 1,000 × the fleet sizing is meaningless.
    public static let peakToAverage = InputBound(
        key: "peak_to_average", flag: "peak", unit: "ratio", lower: 1, lowerIncluded: true, upper: 1000,
        defaultValue: 2)
    public static let servingHoursPerMonth = InputBound(
        key: "serving_hours_per_month", flag: "hours", unit: "hours a month", lower: 0, lowerIncluded: false,
        upper: Workload.hoursPerMonth, defaultValue: Workload.hoursPerMonth)
    /// 600 months is 50 years; the cash flow is computed month by month.
    public static let horizonMonths = InputBound(
        key: "horizon_months", flag: "horizon", unit: "months", lower: 1, lowerIncluded: true, upper: 600,
        defaultValue: 36)
    public static let discountRate = InputBound(
        key: "discount_rate", flag: "discount", unit: "annual rate", lower: 0, lowerIncluded: true, upper: 1,
        defaultValue: Decimal(8) / 100)
    public static let utilization = InputBound(
        key: "utilization", flag: "utilization", unit: "share", lower: 0, lowerIncluded: false, upper: 1,
        defaultValue: nil)
    /// No data centre has a PUE under 1; above 10 is a typo.
    public static let pue = InputBound(
        key: "pue", flag: "pue", unit: "ratio", lower: 1, lowerIncluded: true, upper: 10, defaultValue: nil)
    public static let minReplicas = InputBound(
        key: "min_replicas", flag: "min-replicas", unit: "replicas", lower: 1, lowerIncluded: true,
        upper: Decimal(Int32.max), defaultValue: 1)

    /// A service level's speed per user (`service_level.min_tokens_per_s_per_user`, `--speed`).
    public static let serviceSpeed = InputBound(
        key: "min_tokens_per_s_per_user", flag: "speed", unit: "tokens/s per user", lower: 0,
        lowerIncluded: false,
        upper: 100_000, defaultValue: nil)
    /// A service level's longest median time to first token (`service_level.max_ttft_s`, `--ttft`): an hour at most.
    public static let serviceTTFT = InputBound(
        key: "max_ttft_s", flag: "ttft", unit: "seconds", lower: 0, lowerIncluded: false, upper: 3600,
        defaultValue: nil)

    /// The table, for documentation and tests.
    public static let all: [InputBound] = [
        requestsPerMonth, inputTokens, outputTokens, cachedInputShare, cacheWriteShare, batchShare,
        growthPerMonth,
        peakToAverage,
        servingHoursPerMonth, horizonMonths, discountRate, utilization, pue, minReplicas, serviceSpeed,
        serviceTTFT,
    ]

    /// The bound of a flag, by its name without dashes.
    public static func forFlag(_ flag: String) -> InputBound? { all.first { $0.flag == flag } }
}

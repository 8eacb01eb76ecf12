import Foundation

/// Helpers on `Decimal` that Foundation lacks: ceiling, integer powers, a twelfth root.
enum DecimalMath {
    /// The smallest integer not below `value`, exact.
    static func ceiling(_ value: Decimal) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 0, .up)
        return result
    }

    /// `ceiling(value)` as an `Int`, or nil when it is beyond any sensible fleet.
    static func ceilingInt(_ value: Decimal) -> Int? {
        let rounded = ceiling(value)
        guard rounded.magnitude < Decimal(Int32.max) else { return nil }
        return NSDecimalNumber(decimal: rounded).intValue
    }

    /// `factor · (1 + g)`, a month's volume factor, flushed to zero once it falls below 10^-30.
    ///
    /// A shrinking volume (g = −99% a month for years) would otherwise reach Decimal's smallest
    /// exponent, where Foundation's multiply traps instead of rounding; by then the month's
    /// volume (at most 10^15 × 10^-30 requests) is nothing anyway.
    static func grown(_ factor: Decimal, by growth: Decimal) -> Decimal {
        let next = factor * (1 + growth)
        return next.magnitude < Decimal(sign: .plus, exponent: -30, significand: 1) ? 0 : next
    }

    /// `base` raised to a non-negative integer power by repeated multiplication.
    ///
    /// Each product is exact while it fits in `Decimal`'s 38 digits and rounded there after.
    static func power(_ base: Decimal, _ exponent: Int) -> Decimal {
        var result: Decimal = 1
        var count = 0
        while count < exponent {
            result *= base
            count += 1
        }
        return result
    }

    /// The positive twelfth root of a positive value, by Newton's method in `Decimal`.
    ///
    /// Starts from the `Double` root and takes Newton steps `y ← y − (y¹² − A) / (12·y¹¹)`
    /// until a step is below 1e-30; each step doubles the correct digits, so the result is
    /// good to well over 16 significant digits.
    static func twelfthRoot(_ value: Decimal) -> Decimal {
        let start = pow(NSDecimalNumber(decimal: value).doubleValue, 1.0 / 12.0)
        var y = significant(start, digits: 15)
        if y <= 0 { y = 1 }
        let tolerance = Decimal(sign: .plus, exponent: -30, significand: 1)
        for _ in 0..<8 {
            let y11 = power(y, 11)
            let step = (y11 * y - value) / (12 * y11)
            y -= step
            if step.magnitude < tolerance { break }
        }
        return y
    }

    /// Rounds a positive `Double` to `digits` significant digits and returns that decimal exactly.
    static func significant(_ value: Double, digits: Int) -> Decimal {
        guard value.isFinite, value > 0 else { return 0 }
        let exponent = Int(log10(value).rounded(.down)) - (digits - 1)
        let scaled = (value / pow(10, Double(exponent))).rounded(.toNearestOrAwayFromZero)
        return Decimal(sign: .plus, exponent: exponent, significand: Decimal(Int64(scaled)))
    }

    /// Rounds half away from zero to `places` decimal places.
    static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }

    static func double(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }
}

/// One line of an explanation trail: which quantity was computed, by which formula, with which values.
///
/// The quantity is a key; Reports names it in the report's language.
public struct ExplainStep: Sendable, Hashable {
    /// What was computed (`replicas`, `api cost per request`).
    public var quantity: ExplainQuantity
    /// The number the quantity's name takes, such as the month of a one-time cost.
    public var argument: String?
    /// The segment of a mixed workload the step is about; nil for the whole workload.
    public var segment: String?
    /// The formula in symbols, as in docs/method.md, its words as keys.
    public var formula: FormulaText
    /// The formula with every symbol replaced by its exact value.
    public var substituted: FormulaText
    /// The exact result (unrounded; divisions carry `Decimal`'s 38 significant digits), in the
    /// quantity's ``ExplainQuantity/unit``; with `never`, what follows the word (`(a = 0)`), often nothing.
    public var result: FormulaText
    /// Why the quantity does not exist, when it does not: Reports shows `never` in its place.
    public var never: NeverReason?

    public init(
        quantity: ExplainQuantity, argument: String? = nil, segment: String? = nil, formula: FormulaText,
        substituted: FormulaText, result: FormulaText, never: NeverReason? = nil
    ) {
        self.never = never
        self.quantity = quantity
        self.argument = argument
        self.segment = segment
        self.formula = formula
        self.substituted = substituted
        self.result = result
    }
}

/// The quantities an explanation trail computes, keyed for every language.
public enum ExplainQuantity: String, Sendable, Hashable, CaseIterable {
    case pricesPerMTok = "prices_per_mtok"
    case tierPricesPerMTok = "tier_prices_per_mtok"
    case segmentRequests = "segment_requests"
    case alwaysCheaperReplicas = "always_cheaper_replicas"
    case alwaysCheaperVolume = "always_cheaper_volume"
    case apiCostOfReplicaCapacity = "api_cost_of_replica_capacity"
    case apiCostPerMTokBlended = "api_cost_per_mtok_blended"
    case apiCostPerMonth = "api_cost_per_month"
    case apiCostPerRequest = "api_cost_per_request"
    case apiRequests = "api_requests"
    case batchFactor = "batch_factor"
    case breakEvenRequestsPerUser = "break_even_requests_per_user"
    case breakEven = "break_even"
    case dipBound = "dip_bound"
    case firstBreakEvenReplicas = "first_break_even_replicas"
    case firstBreakEvenVolume = "first_break_even_volume"
    case fixedPerMonth = "fixed_per_month"
    case hybridPerMonth = "hybrid_per_month"
    case monthlyDiscountRoot = "monthly_discount_root"
    case npvOfSwitching = "npv_of_switching"
    case replicaPerMonth = "replica_per_month"
    case replicaCapacity = "replica_capacity"
    case oneTimeCostsAtStart = "one_time_costs_at_start"
    case oneTimeCostsAtMonth = "one_time_costs_at_month"
    case oneTimeCostsPresentValue = "one_time_costs_present_value"
    case ownedGPUsPerMonth = "owned_gpus_per_month"
    case paybackMonth = "payback_month"
    case rentPerMonth = "rent_per_month"
    case replicas = "replicas"
    case requestsPerUser = "requests_per_user"
    case roiOfSelfHosting = "roi_of_self_hosting"
    case seatsBilled = "seats_billed"
    case seatsPerMonth = "seats_per_month"
    case secondsPerRequestMean = "seconds_per_request_mean"
    case secondsPerRequest = "seconds_per_request"
    case selfHostedRequests = "self_hosted_requests"
    case selfHostingPerMonth = "self_hosting_per_month"
    case volumeInMonth = "volume_in_month"
    case serviceTier = "service_tier"
    case peakShare = "peak_share"
    case blendedPerMTok = "blended_per_mtok"
    case throughputPerGPUAtSpeed = "throughput_per_gpu_at_speed"
    case throughputPerGPUMeasured = "throughput_per_gpu_measured"
    case replicaSecondsAtServiceLevel = "replica_seconds_at_service_level"
    case selfHostedShare = "self_hosted_share"
    case flexibleRequests = "flexible_requests"
    case spareRoomInFlexibleRequests = "spare_room_in_flexible_requests"
    case spareRoom = "spare_room"
    case fixedAndSetup = "fixed_and_setup"
    case switchInMonth = "switch_in_month"
    case switchOnDayOne = "switch_on_day_one"
    case switchNever = "switch_never"
}

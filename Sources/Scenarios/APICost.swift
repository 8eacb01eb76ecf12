import Foundation
import Pricing

/// What a workload costs on a pay-per-token API for one month, with its parts.
public struct APICostBreakdown: Sendable, Hashable {
    /// The long-context tier that priced the request, or nil for the base prices.
    public var tier: PriceTier?
    /// p_in, per 1M tokens.
    public var inputPerMTok: Decimal
    /// p_cached, per 1M tokens (p_in where the price set has none).
    public var cachedInputPerMTok: Decimal
    /// p_write, per 1M tokens written into the prompt cache (p_in where the price set has none).
    public var cacheWritePerMTok: Decimal
    /// p_out, per 1M tokens.
    public var outputPerMTok: Decimal
    /// 1 − b·d, the factor the batch discount leaves on every part.
    public var batchFactor: Decimal
    /// a, the cost of one request.
    public var perRequest: Decimal
    /// Tin·(1−c)·p_in / 1M · (1 − b·d): uncached input tokens.
    public var input: Decimal
    /// Tin·c·p_cached / 1M · (1 − b·d): cached input tokens.
    public var cachedInput: Decimal
    /// Tin·w·p_write / 1M · (1 − b·d): input tokens written into the prompt cache.
    public var cacheWrite: Decimal = 0
    /// Tout·p_out / 1M · (1 − b·d): output tokens.
    public var output: Decimal
    /// The monthly total, input + cached input + cache writes + output.
    public var monthly: Decimal
    /// a / (I + O) · 1M: the cost per 1M tokens blended over input and output tokens.
    public var perMTokBlended: Decimal
    /// The workload and batch discount the figures were computed from, kept for `explain`.
    var workload: Workload
    var batchDiscount: Decimal

    /// How each figure was reached.
    ///
    /// Built on demand: writing every exact value out as text costs far more than the
    /// arithmetic, and only `--explain` shows it. A mix lists each segment's steps, then the sums.
    public var explain: [ExplainStep] {
        segments.isEmpty ? singleExplain : mixedExplain
    }
    /// With a mix of request shapes, each segment priced on its own (empty for one shape).
    public var segments: [APISegmentCost] = []

    private var singleExplain: [ExplainStep] {
        let (pIn, pCached, pWrite, pOut) = (
            inputPerMTok, cachedInputPerMTok, cacheWritePerMTok, outputPerMTok
        )
        let (i, o, c, w, b, d) = (
            workload.inputTokens, workload.outputTokens,
            workload.cachedInputShare, workload.cacheWriteShare, workload.batchShare, batchDiscount
        )
        let (factor, tin, tout, blended) = (
            batchFactor, workload.inputTokensPerMonth, workload.outputTokensPerMonth, perMTokBlended
        )
        // Without cache writes the trail keeps SPEC §3's shorter formula.
        let writes = w != 0
        let prices =
            writes
            ? ExplainStep(
                quantity: tier == nil ? .pricesPerMTok : .tierPricesPerMTok,
                argument: tier.map { "\($0.aboveInputTokens)" }, formula: "p_in, p_cached, p_write, p_out, d",
                substituted: "\(pIn), \(pCached), \(pWrite), \(pOut), \(d)",
                result: "\(pIn) / \(pCached) / \(pWrite) / \(pOut)")
            : ExplainStep(
                quantity: tier == nil ? .pricesPerMTok : .tierPricesPerMTok,
                argument: tier.map { "\($0.aboveInputTokens)" }, formula: "p_in, p_cached, p_out, d",
                substituted: "\(pIn), \(pCached), \(pOut), \(d)", result: "\(pIn) / \(pCached) / \(pOut)")
        let inputMix = writes ? "((1−c−w)·p_in + c·p_cached + w·p_write)" : "((1−c)·p_in + c·p_cached)"
        let inputValues =
            writes
            ? "((1 − \(c) − \(w)) × \(pIn) + \(c) × \(pCached) + \(w) × \(pWrite))"
            : "((1 − \(c)) × \(pIn) + \(c) × \(pCached))"
        return [
            prices,
            ExplainStep(
                quantity: .batchFactor, formula: "1 − b·d", substituted: "1 − \(b) × \(d)",
                result: "\(factor)"
            ),
            ExplainStep(
                quantity: .apiCostPerRequest,
                formula: "a = (I·\(inputMix) + O·p_out) / 1,000,000 · (1 − b·d)",
                substituted: "(\(i) × \(inputValues) + \(o) × \(pOut)) / 1000000 × \(factor)",
                result: "\(perRequest)"),
            ExplainStep(
                quantity: .apiCostPerMonth,
                formula: "api = (Tin·\(inputMix) + Tout·p_out) / 1,000,000 · (1 − b·d)",
                substituted: "(\(tin) × \(inputValues) + \(tout) × \(pOut)) / 1000000 × \(factor)",
                result: "\(monthly)"),
            ExplainStep(
                quantity: .apiCostPerMTokBlended, formula: "a / (I + O) · 1,000,000",
                substituted: "\(perRequest) / (\(i) + \(o)) × 1000000", result: "\(blended)"),
        ]
    }

    private var mixedExplain: [ExplainStep] {
        var explain: [ExplainStep] = []
        for segment in segments {
            explain.append(
                ExplainStep(
                    quantity: .segmentRequests, segment: segment.name, formula: "R_i = R·w_i",
                    substituted: "\(workload.requestsPerMonth) × \(segment.share)",
                    result: "\(segment.cost.workload.requestsPerMonth)"))
            explain += segment.cost.explain.filter { $0.quantity != .apiCostPerMTokBlended }.map {
                var step = $0
                step.segment = segment.name
                return step
            }
        }
        return explain + [
            ExplainStep(
                quantity: .apiCostPerRequest, formula: "a = Σ w_i·a_i",
                substituted: FormulaText(
                    segments.map { "\($0.share) × \($0.cost.perRequest)" }.joined(separator: " + ")),
                result: "\(perRequest)"),
            ExplainStep(
                quantity: .apiCostPerMonth, formula: "api = Σ api_i",
                substituted: FormulaText(segments.map { "\($0.cost.monthly)" }.joined(separator: " + ")),
                result: "\(monthly)"),
            ExplainStep(
                quantity: .apiCostPerMTokBlended, formula: "a / Σ w_i·(I_i + O_i) · 1,000,000",
                substituted: "\(perRequest) / \(workload.tokensPerRequest) × 1000000",
                result: "\(perMTokBlended)"),
        ]
    }
}

/// One segment of a mixed workload on an API: R·w_i requests of its own shape.
public struct APISegmentCost: Sendable, Hashable {
    public var name: String
    /// w_i, the segment's share of the requests.
    public var share: Decimal
    public var cost: APICostBreakdown
}

/// The pay-per-token side of the comparison (SPEC §3, API cost).
public enum APICost {
    /// Prices `workload` with `prices`, applying the tier, the cache share and the batch discount.
    ///
    /// Where I exceeds a tier's `above_input_tokens` the highest such tier prices the
    /// whole request; the batch discount applies to the whole request, cached input included.
    ///
    /// A workload with a mix of shapes is priced segment by segment, R·w_i requests of shape i each
    /// with its own tier, and the parts added up: a = Σ w_i·a_i.
    public static func monthly(_ workload: Workload, _ prices: PriceSet) throws(ScenarioError)
        -> APICostBreakdown
    {
        try workload.validate()
        if workload.isMixed { return try mixed(workload, prices) }
        return try single(workload, prices)
    }

    /// Σ over the segments of the API cost of R·w_i requests of shape i.
    static func mixed(_ workload: Workload, _ prices: PriceSet) throws(ScenarioError) -> APICostBreakdown {
        var segments: [APISegmentCost] = []
        for (part, single) in workload.parts {
            let cost = try Self.single(single, prices)
            segments.append(APISegmentCost(name: part.name, share: part.share, cost: cost))
        }
        func sum(_ value: (APICostBreakdown) -> Decimal) -> Decimal {
            segments.reduce(Decimal(0)) { $0 + value($1.cost) }
        }
        let perRequest = segments.reduce(Decimal(0)) { $0 + $1.share * $1.cost.perRequest }
        let blended = perRequest / workload.tokensPerRequest * 1_000_000
        var breakdown = APICostBreakdown(
            tier: nil, inputPerMTok: prices.inputPerMTok,
            cachedInputPerMTok: prices.cachedInputPerMTok ?? prices.inputPerMTok,
            cacheWritePerMTok: prices.cacheWritePerMTok ?? prices.inputPerMTok,
            outputPerMTok: prices.outputPerMTok, batchFactor: 1 - workload.batchShare * prices.batchDiscount,
            perRequest: perRequest, input: sum(\.input), cachedInput: sum(\.cachedInput),
            output: sum(\.output), monthly: sum(\.monthly), perMTokBlended: blended, workload: workload,
            batchDiscount: prices.batchDiscount)
        breakdown.cacheWrite = sum(\.cacheWrite)
        breakdown.segments = segments
        return breakdown
    }

    /// One shape: the formulas of SPEC §3.
    static func single(_ workload: Workload, _ prices: PriceSet) throws(ScenarioError) -> APICostBreakdown {
        try Check.nonNegative(prices.inputPerMTok, "input_per_mtok")
        try Check.nonNegative(prices.outputPerMTok, "output_per_mtok")
        try Check.share(prices.batchDiscount, "batch_discount")
        let tier = prices.tiers.filter { workload.inputTokens > Decimal($0.aboveInputTokens) }
            .max { $0.aboveInputTokens < $1.aboveInputTokens }
        let pIn = tier?.inputPerMTok ?? prices.inputPerMTok
        let pOut = tier?.outputPerMTok ?? prices.outputPerMTok
        let pCached = (tier == nil ? prices.cachedInputPerMTok : tier?.cachedInputPerMTok) ?? pIn
        let pWrite = (tier == nil ? prices.cacheWritePerMTok : tier?.cacheWritePerMTok) ?? pIn
        try Check.nonNegative(pIn, "input_per_mtok")
        try Check.nonNegative(pOut, "output_per_mtok")
        try Check.nonNegative(pCached, "cached_input_per_mtok")
        try Check.nonNegative(pWrite, "cache_write_per_mtok")

        let million: Decimal = 1_000_000
        let (i, o, c, w, b, d) = (
            workload.inputTokens, workload.outputTokens,
            workload.cachedInputShare, workload.cacheWriteShare, workload.batchShare, prices.batchDiscount
        )
        let factor = 1 - b * d
        let tin = workload.inputTokensPerMonth
        let tout = workload.outputTokensPerMonth
        // SPEC §6.2: Tin·((1−c−w)·p_in + c·p_cached + w·p_write); with w = 0 it is §3's formula.
        let input = tin * (1 - c - w) * pIn / million * factor
        let cached = tin * c * pCached / million * factor
        let written = w == 0 ? 0 : tin * w * pWrite / million * factor
        let output = tout * pOut / million * factor
        let monthly = input + cached + written + output
        let inputMix = w == 0 ? (1 - c) * pIn + c * pCached : (1 - c - w) * pIn + c * pCached + w * pWrite
        let perRequest = (i * inputMix + o * pOut) / million * factor
        let blended = perRequest / (i + o) * million

        var breakdown = APICostBreakdown(
            tier: tier, inputPerMTok: pIn, cachedInputPerMTok: pCached, cacheWritePerMTok: pWrite,
            outputPerMTok: pOut,
            batchFactor: factor,
            perRequest: perRequest, input: input, cachedInput: cached, output: output, monthly: monthly,
            perMTokBlended: blended, workload: workload, batchDiscount: d)
        breakdown.cacheWrite = written
        return breakdown
    }
}

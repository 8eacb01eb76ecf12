import Foundation
import Pricing

/// A month of LLM traffic: how many requests, of which shape, and how the load is spread.
public struct Workload: Sendable, Hashable {
    /// R, requests per month.
    public var requestsPerMonth: Decimal
    /// I, input tokens per request (an average, so it may be fractional).
    public var inputTokens: Decimal
    /// O, output tokens per request.
    public var outputTokens: Decimal
    /// c, the share of input tokens served from the provider's prompt cache (0–1).
    public var cachedInputShare: Decimal
    /// b, the share of requests sent through the batch API (0–1).
    public var batchShare: Decimal
    /// w, the share of input tokens written into the provider's prompt cache (0–1, c + w ≤ 1).
    public var cacheWriteShare: Decimal = 0
    /// When the traffic comes, for time-of-day prices; nil: spread over the whole week.
    public var activeHours: ActiveHours?
    /// g, monthly growth of the request volume (0.03 = 3% a month; may be negative, not below −1).
    public var growthPerMonth: Decimal
    /// p, peak load over average load; replicas are sized for the peak.
    public var peakToAverage: Decimal
    /// h, hours a month the service runs (at most 730).
    public var servingHoursPerMonth: Decimal
    /// Segments of requests with shapes of their own (empty: every request has the shape above).
    ///
    /// Set through `Workload.mixed`, which also makes I, O, c and b above the mix's means.
    public var mix: [ShapedShare] = []

    public init(
        requestsPerMonth: Decimal, inputTokens: Decimal, outputTokens: Decimal, cachedInputShare: Decimal = 0,
        batchShare: Decimal = 0, growthPerMonth: Decimal = 0, peakToAverage: Decimal = 2,
        servingHoursPerMonth: Decimal = Workload.hoursPerMonth
    ) {
        self.requestsPerMonth = requestsPerMonth
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cachedInputShare = cachedInputShare
        self.batchShare = batchShare
        self.growthPerMonth = growthPerMonth
        self.peakToAverage = peakToAverage
        self.servingHoursPerMonth = servingHoursPerMonth
    }

    /// A month is 730 hours (8,760 / 12).
    public static let hoursPerMonth: Decimal = 730

    /// Tin = R·I.
    public var inputTokensPerMonth: Decimal { requestsPerMonth * inputTokens }

    /// Tout = R·O.
    public var outputTokensPerMonth: Decimal { requestsPerMonth * outputTokens }

    /// I + O, the tokens of one request, the unit of the blended cost per 1M tokens.
    public var tokensPerRequest: Decimal { inputTokens + outputTokens }

    /// The same shape at another volume, for sweeps, break-even and cash flow.
    public func with(requestsPerMonth volume: Decimal) -> Workload {
        var copy = self
        copy.requestsPerMonth = volume
        return copy
    }

    /// Throws the first field that is out of its range.
    ///
    /// Peak-to-average below 1 would put the peak under the average, so it is refused; growth is
    /// bounded to −100%…+1,000% a month and serving hours to 0 < h ≤ 730.
    public func validate() throws(ScenarioError) {
        try Check.nonNegative(requestsPerMonth, "requests")
        try Check.nonNegative(inputTokens, "input_tokens")
        try Check.nonNegative(outputTokens, "output_tokens")
        if tokensPerRequest == 0 { throw .emptyRequest }
        try Check.share(cachedInputShare, "cached_input_share")
        try Check.share(cacheWriteShare, "cache_write_share")
        try Check.range(cachedInputShare + cacheWriteShare, "cached_input_share + cache_write_share", 0, 1)
        try Check.share(batchShare, "batch_share")
        try Check.range(growthPerMonth, "growth_per_month", -1, 10)
        try Check.range(peakToAverage, "peak_to_average", 1, 1000)
        try Check.positive(servingHoursPerMonth, "serving_hours_per_month")
        try Check.range(servingHoursPerMonth, "serving_hours_per_month", 0, Workload.hoursPerMonth)
        for part in mix {
            let field = "segment '\(part.name)'"
            try Check.share(part.share, "\(field) share")
            try Check.nonNegative(part.shape.inputTokens, "\(field) input_tokens")
            try Check.nonNegative(part.shape.outputTokens, "\(field) output_tokens")
            let tokens = part.shape.inputTokens + part.shape.outputTokens
            if tokens == 0 {
                throw .notPositive(field: "\(field) input_tokens + output_tokens", value: tokens)
            }
            try Check.share(part.shape.cachedInputShare, "\(field) cached_input_share")
            try Check.range(
                part.shape.cachedInputShare + cacheWriteShare,
                "\(field) cached_input_share + cache_write_share", 0, 1)
            try Check.share(part.shape.batchShare, "\(field) batch_share")
        }
    }
}

/// The shape of one request: its tokens, the share of its input served from cache and whether it is batched.
public struct RequestShape: Sendable, Hashable {
    /// I, input tokens.
    public var inputTokens: Decimal
    /// O, output tokens.
    public var outputTokens: Decimal
    /// c, the share of input tokens served from the provider's prompt cache (0–1).
    public var cachedInputShare: Decimal
    /// b, the share of these requests sent through the batch API (0–1).
    public var batchShare: Decimal

    public init(
        inputTokens: Decimal, outputTokens: Decimal, cachedInputShare: Decimal = 0, batchShare: Decimal = 0
    ) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cachedInputShare = cachedInputShare
        self.batchShare = batchShare
    }
}

/// A named share of a workload's requests that all have one shape.
public struct ShapedShare: Sendable, Hashable {
    /// The segment's name, for reports and explain trails.
    public var name: String
    /// w_i, the share of the workload's requests (0–1).
    public var share: Decimal
    public var shape: RequestShape
    /// True when the segment may not be sent to an API (hybrid routing).
    public var mustSelfHost: Bool

    public init(name: String, share: Decimal, shape: RequestShape, mustSelfHost: Bool = false) {
        self.name = name
        self.share = share
        self.shape = shape
        self.mustSelfHost = mustSelfHost
    }
}

extension Workload {
    /// The shape every request has when the workload has no mix (the fields above).
    public var shape: RequestShape {
        RequestShape(
            inputTokens: inputTokens, outputTokens: outputTokens, cachedInputShare: cachedInputShare,
            batchShare: batchShare)
    }

    /// True when requests come in more than one shape.
    public var isMixed: Bool { !mix.isEmpty }

    /// A workload whose requests come in the given shapes, or `base` itself when they all have one shape.
    ///
    /// The mix is kept only when two parts differ in shape, so a split whose parts all share a shape
    /// prices exactly as the workload without it. With a mix, I and O become the request-weighted
    /// means Σ w_i·I_i and Σ w_i·O_i (so R·(I + O) still counts every token), b the request-weighted
    /// mean Σ w_i·b_i and c the input-token-weighted mean Σ w_i·I_i·c_i / I; the prices and the
    /// fleet use the parts.
    public static func mixed(_ base: Workload, parts: [ShapedShare]) -> Workload {
        // Only shapes decide whether a mix is kept; routing flags do not change a price.
        guard let first = parts.first?.shape, parts.contains(where: { $0.shape != first }) else {
            guard let first = parts.first?.shape, first != base.shape else { return base }
            var copy = base
            copy.inputTokens = first.inputTokens
            copy.outputTokens = first.outputTokens
            copy.cachedInputShare = first.cachedInputShare
            copy.batchShare = first.batchShare
            return copy
        }
        var copy = base
        copy.mix = parts
        copy.inputTokens = parts.reduce(Decimal(0)) { $0 + $1.share * $1.shape.inputTokens }
        copy.outputTokens = parts.reduce(Decimal(0)) { $0 + $1.share * $1.shape.outputTokens }
        let cachedTokens = parts.reduce(Decimal(0)) {
            $0 + $1.share * $1.shape.inputTokens * $1.shape.cachedInputShare
        }
        copy.cachedInputShare = copy.inputTokens > 0 ? cachedTokens / copy.inputTokens : 0
        copy.batchShare = parts.reduce(Decimal(0)) { $0 + $1.share * $1.shape.batchShare }
        return copy
    }

    /// The workload with every request's input and output tokens multiplied by `factor` (each segment's too).
    public func scalingTokens(by factor: Decimal) -> Workload {
        var copy = self
        copy.inputTokens *= factor
        copy.outputTokens *= factor
        guard isMixed else { return copy }
        copy.mix = []
        return Workload.mixed(
            copy,
            parts: mix.map {
                var part = $0
                part.shape.inputTokens *= factor
                part.shape.outputTokens *= factor
                return part
            })
    }

    /// Each part of the mix as a workload of its own: R·w_i requests of shape i (empty without a mix).
    public var parts: [(part: ShapedShare, workload: Workload)] {
        guard isMixed else { return [] }
        return mix.map { part in
            var single = self
            single.mix = []
            single.requestsPerMonth = requestsPerMonth * part.share
            single.inputTokens = part.shape.inputTokens
            single.outputTokens = part.shape.outputTokens
            single.cachedInputShare = part.shape.cachedInputShare
            single.batchShare = part.shape.batchShare
            return (part, single)
        }
    }
}

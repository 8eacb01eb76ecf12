import Foundation

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
    /// g, monthly growth of the request volume (0.03 = 3% a month; may be negative, not below −1).
    public var growthPerMonth: Decimal
    /// p, peak load over average load; replicas are sized for the peak.
    public var peakToAverage: Decimal
    /// h, hours a month the service runs (at most 730).
    public var servingHoursPerMonth: Decimal

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
        try Check.share(batchShare, "batch_share")
        try Check.range(growthPerMonth, "growth_per_month", -1, 10)
        try Check.range(peakToAverage, "peak_to_average", 1, 1000)
        try Check.positive(servingHoursPerMonth, "serving_hours_per_month")
        try Check.range(servingHoursPerMonth, "serving_hours_per_month", 0, Workload.hoursPerMonth)
    }
}

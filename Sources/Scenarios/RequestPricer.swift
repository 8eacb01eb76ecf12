import Foundation
import Pricing

/// Prices single requests of one price set exactly, at machine-integer speed.
///
/// The cost of a request of I input tokens, of which C were served from the prompt cache, and
/// O output tokens is `((I − C)·p_in + C·p_cached + O·p_out) / 1,000,000`, times `1 − d` when it
/// went through the batch API; the highest tier whose `above_input_tokens` I exceeds prices the
/// whole request. This is `APICost.monthly` for one request (R = 1, c = C/I, b = 0 or 1), and
/// `ScenariosTests.RequestPricerTests` checks the two agree. The prices are brought to one
/// power of ten when the pricer is made, so pricing a request is three integer products.
public struct RequestPricer: Sendable, Hashable {
    struct Rates: Sendable, Hashable {
        /// Input tokens above which these rates apply (−1 for the base rates).
        var aboveInputTokens: Int
        /// p_in, p_cached, p_out per 1M tokens, as significands at the pricer's exponent.
        var input: Int64
        var cachedInput: Int64
        var output: Int64
    }

    /// Base rates first, then tiers by ascending threshold.
    let rates: [Rates]
    /// The exponent of the rates' significands, before the division by 1,000,000.
    let exponent: Int
    /// 1 − d as a significand at `batchExponent`.
    let batchFactor: Int64
    let batchExponent: Int

    /// A pricer for `prices`, or nil when a price has more than 18 significant digits, the
    /// prices do not share a power of ten within 18 digits, or a cost's exponent would fall
    /// below `Decimal`'s (use `APICost.monthly` then).
    public init?(_ prices: PriceSet) {
        var sets = [(-1, prices.inputPerMTok, prices.cachedInputPerMTok, prices.outputPerMTok)]
        for tier in prices.tiers.sorted(by: { $0.aboveInputTokens < $1.aboveInputTokens }) {
            sets.append(
                (tier.aboveInputTokens, tier.inputPerMTok, tier.cachedInputPerMTok, tier.outputPerMTok))
        }
        var scaled: [(Int, ScaledDecimal, ScaledDecimal, ScaledDecimal)] = []
        for (above, input, cached, output) in sets {
            guard let pIn = ScaledDecimal(input), let pCached = ScaledDecimal(cached ?? input),
                let pOut = ScaledDecimal(output), pIn.significand >= 0, pCached.significand >= 0,
                pOut.significand >= 0
            else { return nil }
            scaled.append((above, pIn, pCached, pOut))
        }
        let exponent = scaled.map { min($0.1.exponent, $0.2.exponent, $0.3.exponent) }.min() ?? 0
        var rates: [Rates] = []
        for (above, pIn, pCached, pOut) in scaled {
            guard let input = pIn.significand(atExponent: exponent),
                let cached = pCached.significand(atExponent: exponent),
                let output = pOut.significand(atExponent: exponent)
            else { return nil }
            rates.append(Rates(aboveInputTokens: above, input: input, cachedInput: cached, output: output))
        }
        // 1 − d, both at d's exponent (or 0 for a whole d).
        guard let discount = ScaledDecimal(prices.batchDiscount), discount.significand >= 0 else {
            return nil
        }
        let batchExponent = min(0, discount.exponent)
        guard let one = ScaledDecimal(significand: 1, exponent: 0).significand(atExponent: batchExponent),
            let d = discount.significand(atExponent: batchExponent)
        else { return nil }
        // A cost's exponent must stay within `Decimal`'s (−128 at the least).
        guard exponent - 6 + batchExponent >= -128 else { return nil }
        self.rates = rates
        self.exponent = exponent
        self.batchFactor = one - d
        self.batchExponent = batchExponent
    }

    /// The exact cost of one request, or nil when a count is negative, the cached tokens exceed
    /// the input, or the product does not fit in 64 bits (use `APICost.monthly` then).
    @inline(__always)
    public func cost(inputTokens: Int, cachedInputTokens: Int = 0, outputTokens: Int, batch: Bool = false)
        -> ScaledDecimal?
    {
        guard inputTokens >= 0, outputTokens >= 0, cachedInputTokens >= 0, cachedInputTokens <= inputTokens
        else { return nil }
        var index = 0
        while index + 1 < rates.count, inputTokens > rates[index + 1].aboveInputTokens { index += 1 }
        let rate = rates[index]
        let (uncached, o1) = Int64(inputTokens - cachedInputTokens).multipliedReportingOverflow(
            by: rate.input)
        let (cached, o2) = Int64(cachedInputTokens).multipliedReportingOverflow(by: rate.cachedInput)
        let (output, o3) = Int64(outputTokens).multipliedReportingOverflow(by: rate.output)
        let (partial, o4) = uncached.addingReportingOverflow(cached)
        let (total, o5) = partial.addingReportingOverflow(output)
        if o1 || o2 || o3 || o4 || o5 { return nil }
        // ÷ 1,000,000 is six places of exponent.
        guard batch else { return ScaledDecimal(significand: total, exponent: exponent - 6) }
        let (discounted, o6) = total.multipliedReportingOverflow(by: batchFactor)
        return o6 ? nil : ScaledDecimal(significand: discounted, exponent: exponent - 6 + batchExponent)
    }
}

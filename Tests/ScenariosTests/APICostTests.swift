import Foundation
import Pricing
import Scenarios
import Testing

@Suite("API cost")
struct APICostTests {
    @Test("GPT-4o, 1M requests × 1,000 in / 200 out, 30% cached")
    func gpt4oCached() throws {
        let workload = Workload(
            requestsPerMonth: 1_000_000, inputTokens: 1_000, outputTokens: 200, cachedInputShare: dec("0.3"))
        let cost = try APICost.monthly(workload, gpt4o)
        // Tin = 1,000,000 × 1,000 = 1e9; Tout = 1,000,000 × 200 = 2e8.
        // uncached input: 1e9 × 0.7 × 2.50 / 1e6 = 1,750
        // cached input:   1e9 × 0.3 × 1.25 / 1e6 =   375
        // output:         2e8 × 10.00     / 1e6 = 2,000   → 4,125 a month
        #expect(cost.input == 1_750)
        #expect(cost.cachedInput == 375)
        #expect(cost.output == 2_000)
        #expect(cost.monthly == 4_125)
        // a = (1,000 × (0.7 × 2.5 + 0.3 × 1.25) + 200 × 10) / 1e6 = (2,125 + 2,000) / 1e6 = 0.004125
        #expect(cost.perRequest == dec("0.004125"))
        // blended: 0.004125 / 1,200 × 1e6 = 3.4375 per 1M tokens
        #expect(cost.perMTokBlended == dec("3.4375"))
        #expect(cost.tier == nil)
        #expect(!cost.explain.isEmpty)
    }

    @Test("batch discount applies to the whole request, cached input included")
    func batch() throws {
        let workload = Workload(
            requestsPerMonth: 1_000_000, inputTokens: 1_000, outputTokens: 200, cachedInputShare: dec("0.3"),
            batchShare: dec("0.5"))
        let cost = try APICost.monthly(workload, gpt4o)
        // factor = 1 − 0.5 × 0.5 = 0.75; each part × 0.75: 1,312.5 + 281.25 + 1,500 = 3,093.75
        #expect(cost.batchFactor == dec("0.75"))
        #expect(cost.cachedInput == dec("281.25"))
        #expect(cost.monthly == dec("3093.75"))
    }

    @Test("cached price defaults to the input price")
    func cachedDefault() throws {
        let prices = PriceSet(effective: day, inputPerMTok: 2, outputPerMTok: 8)
        let workload = Workload(
            requestsPerMonth: 1_000, inputTokens: 1_000, outputTokens: 0, cachedInputShare: dec("0.5"))
        let cost = try APICost.monthly(workload, prices)
        // 1,000 × 1,000 tokens × 2 / 1e6 = 2, cached or not.
        #expect(cost.cachedInputPerMTok == 2)
        #expect(cost.monthly == 2)
    }

    @Test(
        "the highest tier whose threshold the input exceeds prices the whole request",
        arguments: [
            // I = 100,000: no tier; (100,000 × 0.075 + 1,000 × 0.30) / 1e6 = 0.0078
            (100_000, "0.0078"),
            // I = 128,000 does not exceed 128,000: still base prices; (9,600 + 300) / 1e6 = 0.0099
            (128_000, "0.0099"),
            // I = 150,000 > 128,000: (150,000 × 0.15 + 1,000 × 0.60) / 1e6 = 0.0231
            (150_000, "0.0231"),
            // I = 250,000 > 200,000: (250,000 × 0.30 + 1,000 × 1.20) / 1e6 = 0.0762
            (250_000, "0.0762"),
        ])
    func tiers(input: Int, expected: String) throws {
        let prices = PriceSet(
            effective: day, inputPerMTok: dec("0.075"), outputPerMTok: dec("0.30"),
            tiers: [
                PriceTier(aboveInputTokens: 200_000, inputPerMTok: dec("0.30"), outputPerMTok: dec("1.20")),
                PriceTier(aboveInputTokens: 128_000, inputPerMTok: dec("0.15"), outputPerMTok: dec("0.60")),
            ])
        let workload = Workload(requestsPerMonth: 10, inputTokens: Decimal(input), outputTokens: 1_000)
        let cost = try APICost.monthly(workload, prices)
        #expect(cost.perRequest == dec(expected))
        #expect(cost.monthly == dec(expected) * 10)
    }

    @Test("a tier without a cached price caches at the tier's input price")
    func tierCached() throws {
        // Gemini 2.5 Pro: $2.50 / $15.00 above 200k; base cached $0.31 must not leak into the tier.
        let prices = PriceSet(
            effective: day, inputPerMTok: dec("1.25"), outputPerMTok: 10, cachedInputPerMTok: dec("0.31"),
            tiers: [PriceTier(aboveInputTokens: 200_000, inputPerMTok: dec("2.50"), outputPerMTok: 15)])
        let workload = Workload(
            requestsPerMonth: 1, inputTokens: 250_000, outputTokens: 1_000, cachedInputShare: dec("0.4"))
        // (250,000 × (0.6 × 2.5 + 0.4 × 2.5) + 1,000 × 15) / 1e6 = (625,000 + 15,000) / 1e6 = 0.64
        #expect(try APICost.monthly(workload, prices).perRequest == dec("0.64"))
    }

    @Test("API cost is linear in volume", arguments: ["0", "1", "7", "123456.5", "3000000", "9999999999"])
    func linear(volume: String) throws {
        let base = Workload(
            requestsPerMonth: 1, inputTokens: 1_234, outputTokens: 321, cachedInputShare: dec("0.25"),
            batchShare: dec("0.1"))
        let unit = try APICost.monthly(base, gpt4o).monthly
        let scaled = try APICost.monthly(base.with(requestsPerMonth: dec(volume)), gpt4o)
        #expect(scaled.monthly == unit * dec(volume))
        #expect(scaled.input + scaled.cachedInput + scaled.output == scaled.monthly)
    }
}

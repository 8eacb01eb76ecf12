import Foundation
import Pricing
import Testing

@testable import Scenarios

@Suite("ScaledDecimal")
struct ScaledDecimalTests {
    @Test(arguments: ["2.5", "0.000001", "-3.25", "1500", "123456789012345678", "0", "1e20", "0.30"])
    func convertsExactlyBothWays(_ text: String) throws {
        let value = dec(text)
        let scaled = try #require(ScaledDecimal(value))
        #expect(scaled.decimal == value)
        #expect(scaled.decimal.description == value.description)
    }

    @Test func refusesMoreThan18Digits() {
        #expect(ScaledDecimal(dec("1234567890123456789")) == nil)
        // A quotient rounded to 38 digits never enters.
        #expect(ScaledDecimal(Decimal(25_000) / 36) == nil)
    }

    @Test func arithmeticIsExactOrNil() throws {
        // 2.5 × 0.004 = 0.01 (25e-1 × 4e-3 = 100e-4)
        let (twoAndAHalf, small) = try (
            #require(ScaledDecimal(dec("2.5"))), #require(ScaledDecimal(dec("0.004")))
        )
        let product = try #require(twoAndAHalf.times(small))
        #expect(product.decimal == dec("0.01"))
        // 0.1 + 2 = 2.1 at the smaller exponent.
        let sum = try #require(
            ScaledDecimal(significand: 1, exponent: -1).plus(ScaledDecimal(significand: 2, exponent: 0)))
        #expect(sum == ScaledDecimal(significand: 21, exponent: -1))
        // ⌈7.5 / 2.5⌉ = 3 exactly; ⌈7.6 / 2.5⌉ = ⌈3.04⌉ = 4.
        let divisor = ScaledDecimal(significand: 25, exponent: -1)
        #expect(ScaledDecimal(significand: 75, exponent: -1).ceilingQuotient(divisor) == 3)
        #expect(ScaledDecimal(significand: 76, exponent: -1).ceilingQuotient(divisor) == 4)
        // Int64.max / 2 × 3 overflows: nil, never a wrapped or trapped value.
        #expect(ScaledDecimal(significand: Int64.max / 2, exponent: 0).times(3) == nil)
        #expect(
            ScaledDecimal(significand: Int64.max, exponent: 0).plus(
                ScaledDecimal(significand: 1, exponent: 0)) == nil)
        // 1 at exponent 0 brought to exponent −19 needs 10¹⁹: beyond Int64.
        #expect(
            ScaledDecimal(significand: 1, exponent: 0).plus(ScaledDecimal(significand: 1, exponent: -19))
                == nil)
    }
}

@Suite("Request pricer")
struct RequestPricerTests {
    /// GPT-4o with a long-context tier above 128,000 input tokens at twice the base prices.
    static let tiered = PriceSet(
        effective: day, inputPerMTok: dec("2.50"), outputPerMTok: dec("10.00"),
        cachedInputPerMTok: dec("1.25"),
        batchDiscount: dec("0.5"),
        tiers: [
            PriceTier(
                aboveInputTokens: 128_000, inputPerMTok: 5, outputPerMTok: 20, cachedInputPerMTok: dec("2.5"))
        ])

    @Test("1,500 in (300 cached) / 400 out on GPT-4o, by hand")
    func handComputed() throws {
        let pricer = try #require(RequestPricer(gpt4o))
        // (1,200 × 2.50 + 300 × 1.25 + 400 × 10.00) / 1e6 = (3,000 + 375 + 4,000) / 1e6 = 0.007375
        let cost = try #require(pricer.cost(inputTokens: 1_500, cachedInputTokens: 300, outputTokens: 400))
        #expect(cost.decimal == dec("0.007375"))
        // Batch: × (1 − 0.5) = 0.0036875
        let batch = try #require(
            pricer.cost(inputTokens: 1_500, cachedInputTokens: 300, outputTokens: 400, batch: true))
        #expect(batch.decimal == dec("0.0036875"))
        // Above 128,000 input tokens the tier prices the whole request:
        // (200,000 × 5 + 1,000 × 20) / 1e6 = 1,020,000 / 1e6 = 1.02
        let long = try #require(RequestPricer(Self.tiered)?.cost(inputTokens: 200_000, outputTokens: 1_000))
        #expect(long.decimal == dec("1.02"))
    }

    @Test func declinesPricesItCannotHold() {
        // 19 significant digits do not fit in 64 bits.
        #expect(
            RequestPricer(
                PriceSet(effective: day, inputPerMTok: dec("1.234567890123456789"), outputPerMTok: 1)) == nil)
        // 1e-125 and 2e-125 per 1M tokens share exponent −125; with a 0.5 batch discount a cost's
        // exponent would be −125 − 6 − 1 = −132, below `Decimal`'s −128.
        let tiny = PriceSet(
            effective: day, inputPerMTok: dec("1e-125"), outputPerMTok: dec("2e-125"),
            batchDiscount: dec("0.5"))
        #expect(RequestPricer(tiny) == nil)
        // Without the batch discount the exponent is −131: still declined.
        #expect(
            RequestPricer(PriceSet(effective: day, inputPerMTok: dec("1e-125"), outputPerMTok: dec("2e-125")))
                == nil)
        // At 1e-120 it is −126 (−127 with the discount): accepted, and exact.
        let small = PriceSet(
            effective: day, inputPerMTok: dec("1e-120"), outputPerMTok: dec("2e-120"),
            batchDiscount: dec("0.5"))
        #expect(
            RequestPricer(small)?.cost(inputTokens: 3, outputTokens: 1, batch: true)?.decimal
                == dec("2.5e-126"))
    }

    @Test func refusesImpossibleUsage() throws {
        let pricer = try #require(RequestPricer(gpt4o))
        #expect(pricer.cost(inputTokens: 10, cachedInputTokens: 11, outputTokens: 1) == nil)
        #expect(pricer.cost(inputTokens: -1, outputTokens: 1) == nil)
        // 2.5 per 1M at exponent −2 is 250; 4e16 × 250 overflows Int64: nil, not a wrapped cost.
        #expect(pricer.cost(inputTokens: 40_000_000_000_000_000, outputTokens: 0) == nil)
    }

    /// Every request shape of a grid priced both ways: the pricer must equal `APICost.monthly`
    /// for one request (R = 1, c = C/I, b = 0 or 1), tier, cache and batch included.
    @Test(arguments: [gpt4o, flatDollar, tiered])
    func agreesWithTheEngine(_ prices: PriceSet) throws {
        let pricer = try #require(RequestPricer(prices))
        for input in [0, 20, 1_500, 128_000, 128_020, 400_000] {
            for output in [0, 1, 400, 4_096] where input + output > 0 {
                // Cached shares that divide the input exactly, so c = C/I is exact in `Decimal`.
                for (cached, share) in [(0, "0"), (input / 4, "0.25"), (input / 2, "0.5"), (input, "1")] {
                    for batch in [false, true] {
                        let workload = Workload(
                            requestsPerMonth: 1, inputTokens: Decimal(input), outputTokens: Decimal(output),
                            cachedInputShare: dec(share), batchShare: batch ? 1 : 0)
                        let engine = try APICost.monthly(workload, prices).monthly
                        let fast = try #require(
                            pricer.cost(
                                inputTokens: input, cachedInputTokens: cached, outputTokens: output,
                                batch: batch))
                        #expect(fast.decimal == engine, "I=\(input) C=\(cached) O=\(output) batch=\(batch)")
                    }
                }
            }
        }
    }
}

@Suite("Dense sweep")
struct DenseSweepTests {
    /// Every point of a dense sweep against the engine's own monthly figures at that volume.
    func expectAgreement(_ option: SelfHostingOption, from: Int, to: Int, count: Int) throws {
        let workload = shapeWorkload(1_000_000)
        let points = try VolumeSweep.dense(
            workload, prices: flatDollar, selfHosting: option, from: from, to: to, count: count)
        #expect(points.count == count)
        #expect(points.first?.requestsPerMonth == from)
        #expect(points.last?.requestsPerMonth == to)
        for point in points {
            let at = workload.with(requestsPerMonth: Decimal(point.requestsPerMonth))
            let api = try APICost.monthly(at, flatDollar).monthly
            let cost = try option.monthly(at)
            #expect(point.api == api, "R=\(point.requestsPerMonth)")
            #expect(point.selfHosting == cost.monthly, "R=\(point.requestsPerMonth)")
            #expect(point.replicas == cost.replicas, "R=\(point.requestsPerMonth)")
            #expect(point.selfHostingCheaper == (cost.monthly <= api), "R=\(point.requestsPerMonth)")
        }
    }

    @Test("rented: the integer path, across replica steps")
    func rented() throws {
        // R_1 = 10,512,000 (Fixtures): 1,001 points 21,024 requests apart from 0 to 21,024,000 land
        // exactly on R_1 (point 500) and R_2 (point 1,000), so both sides of each step are checked.
        try expectAgreement(rentedOption(rate: dec("2.99")), from: 0, to: 21_024_000, count: 1_001)
    }

    @Test("a fitted s that does not terminate: N from the Double screen, or from the engine at a step")
    func fittedSecondsPerRequest() throws {
        // s = 1/7 s (38 digits in Decimal), p = 2: one replica serves 730 × 3600 × 0.8 / (2/7) =
        // 7,358,400 requests, where R·s·p / (h·3600·u) is exactly 1; every volume from 20 below
        // to 20 above that step, then a wide range.
        var option = rentedOption(rate: dec("2.99"))
        option.secondsPerRequest = Decimal(1) / 7
        try expectAgreement(option, from: 7_358_380, to: 7_358_420, count: 41)
        try expectAgreement(option, from: 0, to: 100_000_000, count: 2_001)
    }

    @Test("owned: C = price / 36 does not terminate, so the Decimal path answers")
    func owned() throws {
        let option = SelfHostingOption(
            secondsPerRequest: dec("0.1"), gpusPerReplica: 1,
            mode: .own(OwnedHardware(installedPricePerGPU: 25_000, serverKWPerGPU: dec("1.2"))))
        try expectAgreement(option, from: 1_000, to: 30_000_000, count: 101)
    }

    @Test("a hand-computed point: 5,256,000 requests on one rented replica")
    func handComputed() throws {
        let points = try VolumeSweep.dense(
            shapeWorkload(1), prices: flatDollar, selfHosting: rentedOption(rate: 2), from: 0, to: 5_256_000,
            count: 2)
        let point = try #require(points.last)
        // API: a = 0.001 × 5,256,000 = 5,256. N = ⌈5,256,000 × 0.1 × 2 / (730 × 3600 × 0.8)⌉ = ⌈0.5⌉ = 1;
        // self: 1 × 730 × 2 + 0.25 × 15,000 = 1,460 + 3,750 = 5,210 ≤ 5,256, so self-hosting is cheaper.
        #expect(point.api == 5_256)
        #expect(point.replicas == 1)
        #expect(point.selfHosting == 5_210)
        #expect(point.selfHostingCheaper)
    }

    @Test func refusesABadRange() {
        let option = rentedOption(rate: 2)
        #expect(throws: ScenarioError.self) {
            try VolumeSweep.dense(
                shapeWorkload(1), prices: flatDollar, selfHosting: option, from: 10, to: 10, count: 5)
        }
        #expect(throws: ScenarioError.self) {
            try VolumeSweep.dense(
                shapeWorkload(1), prices: flatDollar, selfHosting: option, from: 0, to: 10, count: 1)
        }
    }
}

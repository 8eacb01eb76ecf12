import Foundation
import Pricing
import Testing

@testable import Scenarios

/// $1 in / $2 out per 1M tokens, batch −50%; above 10,000 input tokens the whole request costs $2 / $4.
private let tiered = PriceSet(
    effective: day, inputPerMTok: 1, outputPerMTok: 2, batchDiscount: dec("0.5"),
    tiers: [PriceTier(aboveInputTokens: 10_000, inputPerMTok: 2, outputPerMTok: 4)])

/// P = 10,000 prefill and D = 1,000 decode tokens a second, no context term: s = I/10,000 + O/1,000.
private let fit = FittedThroughput(
    prefillTokensPerSecond: 10_000, decodeTokensPerSecond: 1_000, contextTokensSquaredPerSecond: nil)

/// 1M requests a month of 500 + 500 tokens; segment "long" (25%) has 20,000 + 1,000 tokens, half of
/// them batched, and must be self-hosted unless `longMayGoOut`.
private func twoShapes(requests: Decimal = 1_000_000, longMayGoOut: Bool = false) -> ScenarioFile {
    var scenario = ScenarioFile(
        file: "t.json", name: "t",
        workload: Workload(requestsPerMonth: requests, inputTokens: 500, outputTokens: 500))
    var long = WorkloadSegment(name: "long", share: dec("0.25"), mustSelfHost: !longMayGoOut)
    long.inputTokens = 20_000
    long.outputTokens = 1_000
    long.batchShare = dec("0.5")
    scenario.segments = [WorkloadSegment(name: "short", share: dec("0.75")), long]
    return scenario
}

/// The scenario planned as `ScenarioPlanner` does it: the priced workload, s from the fit at its shapes,
/// rented at $5 a GPU-hour (C = 730 × 5 = 3,650), F = 0.25 × 15,000 = 3,750, peak 2, u = 0.8.
private func plan(_ scenario: ScenarioFile, prices: PriceSet = tiered) -> ScenarioPlan {
    let workload = scenario.pricedWorkload
    let model = APIModel(
        id: "test/tiered", name: "Tiered", provider: "test", family: "t", openWeights: false, prices: [prices]
    )
    var option = rentedOption(rate: 5)
    option.secondsPerRequest = fit.secondsPerRequest(for: workload)
    let hosting = SelfHostingPlan(
        label: "Test deployment, rented",
        spec: SelfHostingSpec(deployment: .init(id: "d"), mode: .rent),
        deployment: Deployment(
            id: "d", name: "Test deployment", modelFamily: "t", gpu: "g", gpusPerReplica: 1, precision: "fp8"),
        gpu: GPU(
            id: "g", name: "Test GPU", memoryGB: 80, bandwidthTBs: 3, bf16TFLOPS: 1000, tdpW: 700,
            serverKWPerGPU: 1),
        throughput: fit, offer: nil, option: option)
    return ScenarioPlan(
        scenario: scenario, currency: "USD", asOf: day, workload: workload,
        api: [APIOptionPlan(model: model, prices: prices, originalPrices: prices)], selfHosting: [hosting],
        benefits: Benefits(), horizonMonths: 36, discountRate: dec("0.08"))
}

private func option(_ comparison: Comparison, _ kind: String) throws -> OptionCost {
    try #require(
        comparison.options.first {
            switch $0.kind {
            case .api: kind == "api"
            case .selfHosted: kind == "self"
            case .hybrid: kind == "hybrid"
            case .seats: kind == "seats"
            }
        })
}

@Suite("Segments with their own request shapes")
struct SegmentShapeTests {
    @Test(
        "two shapes by hand: the API per segment at its own tier, one fleet for all replica-seconds, the hybrid"
    )
    func byHand() throws {
        let comparison = try Comparison.run(plan(twoShapes()))
        // API, short: 750,000 requests × (500 × $1 + 500 × $2) / 1M = 750,000 × 0.0015 = $1,125.
        // API, long: 20,000 > 10,000 so the tier prices the whole request; half batched: 1 − 0.5 × 0.5 = 0.75;
        // 250,000 × (20,000 × $2 + 1,000 × $4) / 1M × 0.75 = 250,000 × 0.033 = $8,250. Total $9,375.
        let api = try option(comparison, "api")
        guard case .api(_, let breakdown) = api.kind else { throw Failure.notAPI }
        #expect(breakdown.segments.map(\.cost.monthly) == [1_125, 8_250])
        #expect(breakdown.segments.map { $0.cost.tier?.aboveInputTokens } == [nil, 10_000])
        #expect(api.monthly == 9_375)
        // a = 0.75 × 0.0015 + 0.25 × 0.033 = 0.001125 + 0.00825 = 0.009375 = 9,375 / 1,000,000.
        #expect(breakdown.perRequest == dec("0.009375"))
        // Priced at the mean shape (I = 0.75 × 500 + 0.25 × 20,000 = 5,375, under the tier) it would be
        // 1M × (5,375 + 625 × 2) / 1M = $6,625 before any batch: the per-segment tier matters.
        // Blended: tokens per request = 5,375 + 625 = 6,000; 9,375 / (1M × 6,000) × 1M = $1.5625 per 1M.
        #expect(comparison.plan.workload.tokensPerRequest == 6_000)
        #expect(api.perMTok == dec("1.5625"))
        #expect(api.perRequest == dec("0.009375"))

        // Fleet: s_short = 500/10,000 + 500/1,000 = 0.55; s_long = 20,000/10,000 + 1,000/1,000 = 3;
        // replica-seconds 750,000 × 0.55 + 250,000 × 3 = 412,500 + 750,000 = 1,162,500 = R·s̄ with
        // s̄ = 0.75 × 0.55 + 0.25 × 3 = 1.1625. N = ceil(1,162,500 × 2 / (730 × 3600 × 0.8))
        // = ceil(2,325,000 / 2,102,400) = ceil(1.106) = 2; 2 × 3,650 + 3,750 = $11,050.
        #expect(comparison.plan.selfHosting[0].option.secondsPerRequest == dec("1.1625"))
        let hosted = try option(comparison, "self")
        guard case .selfHosted(_, let fleet) = hosted.kind else { throw Failure.notAPI }
        #expect(fleet.replicas == 2)
        #expect(hosted.monthly == 11_050)

        // Hybrid: the fleet carries long alone, R_c = 250,000 at s = 3: N = ceil(250,000 × 3 × 2 / 2,102,400)
        // = ceil(0.713) = 1, 3,650 + 3,750 = $7,400; the API carries short, $1,125. Hybrid $8,525.
        let hybrid = try option(comparison, "hybrid")
        guard case .hybrid(let cost) = hybrid.kind else { throw Failure.notAPI }
        #expect(cost.fleetOption.secondsPerRequest == 3)
        #expect(cost.fleet?.replicas == 1)
        #expect(cost.fleet?.monthly == 7_400)
        #expect(cost.apiCost.monthly == 1_125)
        #expect(hybrid.monthly == 8_525)
        #expect(comparison.options.map(\.monthly) == [8_525, 9_375, 11_050])
    }

    @Test("break-even with a mix: a = Σ w_i·a_i and R₁ at s̄, by hand")
    func breakEvenOnTheMix() throws {
        let comparison = try Comparison.run(plan(twoShapes(longMayGoOut: true)))
        let be = try #require(comparison.pairs.first?.breakEven)
        // a = 0.009375; R₁ = 730 × 3600 × 0.8 / (1.1625 × 2) = 2,102,400 / 2.325 = 904,258.06…;
        // V = a·R₁ = 8,477.42 > C = 3,650. k* = max(1, ceil(3,750 / (V − C))) = 1;
        // R* = (3,750 + 3,650) / 0.009375 = 789,333.33 requests a month.
        #expect(be.apiPerRequest == dec("0.009375"))
        #expect(rounded(be.oneReplicaCapacity) == dec("904258.06"))
        guard case .breaksEven(let first, let k, _, _) = be.outcome else { throw Failure.notAPI }
        #expect(k == 1)
        #expect(rounded(first.requestsPerMonth) == dec("789333.33"))
        // Its tokens use the mean tokens per request: 789,333.33 × 6,000.
        #expect(first.tokensPerMonth == first.requestsPerMonth * 6_000)
    }

    @Test("breakeven on a hybrid answers for the flexible segments with their shapes")
    func flexiblePartKeepsShapes() throws {
        var scenario = twoShapes()
        // A third, flexible segment with its own shape: short 0.5, medium 0.25 (4,000 + 250), long 0.25.
        var medium = WorkloadSegment(name: "medium", share: dec("0.25"))
        medium.inputTokens = 4_000
        medium.outputTokens = 250
        scenario.segments = [
            WorkloadSegment(name: "short", share: dec("0.5")), medium, scenario.segments[1],
        ]
        let flexible = try #require(Hybrid.flexiblePart(of: scenario))
        // R_f = 1,000,000 − 1,000,000 × 0.25 = 750,000; shares 0.5 / 0.75 and 0.25 / 0.75 of it.
        #expect(flexible.workload.requestsPerMonth == 750_000)
        #expect(flexible.segments.map(\.name) == ["short", "medium"])
        #expect(!flexible.isHybrid)
        let api = try APICost.monthly(flexible.pricedWorkload, tiered)
        // short: 500,000 × 0.0015 = $750; medium: 250,000 × (4,000 × 1 + 250 × 2) / 1M = 250,000 × 0.0045
        // = $1,125; $1,875 in all (to the cent; the shares 2/3 and 1/3 are 38-digit decimals).
        #expect(rounded(api.monthly) == 1_875)
    }

    @Test(
        "0% and 100% self-hosted with shaped segments equal the pure options exactly",
        arguments: ["1", "3333333", "1000000", "123456789.5"])
    func extremesArePure(_ volume: String) throws {
        let requests = dec(volume)
        // 100%: both shaped segments must be self-hosted.
        var all = twoShapes(requests: requests)
        all.segments[0].mustSelfHost = true
        all.segments[1].cachedInputShare = dec("0.3")
        let full = try Comparison.run(plan(all))
        #expect(try option(full, "hybrid").monthly == option(full, "self").monthly, "σ = 1 at \(volume)")
        // 0%: a must-self-host segment with no requests beside two flexible shapes.
        var none = twoShapes(requests: requests, longMayGoOut: true)
        none.segments.append(WorkloadSegment(name: "empty", share: 0, mustSelfHost: true))
        let zero = try Comparison.run(plan(none, prices: gpt4o))
        #expect(try option(zero, "hybrid").monthly == option(zero, "api").monthly, "σ = 0 at \(volume)")
    }

    @Test("segments that all have the workload's shape price exactly as the workload without them")
    func sameShapeIsNoMix() throws {
        var plain = twoShapes()
        plain.segments = []
        var same = twoShapes()
        same.segments[1].inputTokens = 500
        same.segments[1].outputTokens = 500
        same.segments[1].batchShare = 0
        same.segments[0].cachedInputShare = 0
        #expect(!same.hasShapedSegments)
        #expect(same.pricedWorkload == plain.workload)
        let withSegments = try Comparison.run(plan(same))
        let without = try Comparison.run(plan(plain))
        // Only the hybrid rows differ: the scenario with segments has them.
        let pure = withSegments.options.filter { if case .hybrid = $0.kind { false } else { true } }
        #expect(pure == without.options)
        #expect(withSegments.pairs == without.pairs)
    }

    @Test("sensitivity scales every segment's tokens and recomputes s̄")
    func sensitivityScalesSegments() throws {
        let workload = twoShapes().pricedWorkload.scalingTokens(by: dec("1.2"))
        // long: 24,000 + 1,200; short: 600 + 600; means 0.75 × 600 + 0.25 × 24,000 = 6,450 and
        // 0.75 × 600 + 0.25 × 1,200 = 750. s̄ = 0.75 × (0.06 + 0.6) + 0.25 × (2.4 + 1.2) = 0.495 + 0.9 = 1.395.
        #expect(workload.mix.map(\.shape.inputTokens) == [600, 24_000])
        #expect(workload.inputTokens == 6_450 && workload.outputTokens == 750)
        #expect(fit.secondsPerRequest(for: workload) == dec("1.395"))
    }

    @Test("simulate refuses a mix instead of pricing its means")
    func simulateRefuses() {
        #expect(throws: ScenarioError.mixedShapes(computation: "simulate")) {
            try Simulation.run(plan(twoShapes()), api: 0, selfHosting: 0, samples: 10, seed: 1)
        }
    }

    enum Failure: Error { case notAPI }
}

@Suite("Segment shapes in scenario files")
struct SegmentShapeReaderTests {
    @Test("a segment's shape fields read, the rest taken from the workload")
    func reads() throws {
        let (scenario, messages) = StrategyReaderTests.read(
            #","segments": [{"name": "c", "share": "40%", "must_self_host": true, "input_tokens": "12k", "batch_share": "50%"}, {"name": "g", "share": 0.6}]"#
        )
        #expect(messages == [])
        let read = try #require(scenario)
        #expect(read.segments[0].inputTokens == 12_000 && read.segments[0].outputTokens == nil)
        // c: 12,000 + 10 (the workload's output), 50% batched; g: the workload's 100 + 10.
        let workload = read.pricedWorkload
        #expect(
            workload.mix.map(\.shape) == [
                RequestShape(inputTokens: 12_000, outputTokens: 10, batchShare: dec("0.5")),
                RequestShape(inputTokens: 100, outputTokens: 10),
            ])
        // Mean input 0.4 × 12,000 + 0.6 × 100 = 4,860.
        #expect(workload.inputTokens == 4_860)
        #expect(read.firstSegmentShapeField == "segments[0].input_tokens")
    }

    @Test("bad shape fields are reported where they are")
    func errors() {
        #expect(
            StrategyReaderTests.read(
                #","segments": [{"name": "c", "share": 1, "cached_input_share": 1.5}]"#
            ).1 == [
                "s.json:3:139: segments[0].cached_input_share: 1.5 is outside 0–1 (a share: 0.5 means 50%)"
            ])
        #expect(
            StrategyReaderTests.read(#","segments": [{"name": "c", "share": 1, "input_tokens": -3}]"#).1
                .first?
                .contains("segments[0].input_tokens") == true)
        #expect(
            StrategyReaderTests.read(
                #","segments": [{"name": "c", "share": 1, "input_tokens": 0, "output_tokens": 0}]"#
            ).1 == [
                "s.json:3:91: segments[0]: segment 'c' has no tokens: its input_tokens + output_tokens is 0"
            ])
        #expect(
            StrategyReaderTests.read(#","segments": [{"name": "c", "share": 1, "input_token": 5}]"#).1.first?
                .contains("input_tokens") == true)
    }
}

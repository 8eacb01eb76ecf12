import Foundation
import Pricing
import Testing

@testable import Scenarios

/// A plan of the shape fixtures (500 + 500 tokens, flatDollar: a = 0.001; rented, s = 0.1, rate 5:
/// R_1 = 10,512,000, C = 730 × 5 = 3,650, F = 0.25 × 15,000 = 3,750) with segments and seats.
private func strategyPlan(
    requests: Decimal, segments: [WorkloadSegment], prices: PriceSet = flatDollar, users: Int? = nil,
    seats: [SeatPlan] = [], workload: Workload? = nil
) -> ScenarioPlan {
    let load = workload ?? shapeWorkload(requests)
    var scenario = ScenarioFile(file: "test.json", name: "strategies", workload: load)
    scenario.segments = segments
    scenario.users = users
    let model = APIModel(
        id: "test/flat", name: "Flat", provider: "test", family: "flat", openWeights: false, prices: [prices])
    let api = APIOptionPlan(model: model, prices: prices, originalPrices: prices)
    let deployment = Deployment(
        id: "test-deployment", name: "Test deployment", modelFamily: "flat", gpu: "test-gpu",
        gpusPerReplica: 1,
        precision: "fp8")
    let gpu = GPU(
        id: "test-gpu", name: "Test GPU", memoryGB: 80, bandwidthTBs: 3, bf16TFLOPS: 1000, tdpW: 700,
        serverKWPerGPU: 1)
    let hosting = SelfHostingPlan(
        label: "Test deployment, rented",
        spec: SelfHostingSpec(deployment: .init(id: "test-deployment"), mode: .rent),
        deployment: deployment, gpu: gpu,
        throughput: FittedThroughput(
            prefillTokensPerSecond: nil, decodeTokensPerSecond: nil, contextTokensSquaredPerSecond: nil),
        offer: nil, option: rentedOption(rate: 5))
    var plan = ScenarioPlan(
        scenario: scenario, currency: "USD", asOf: day, workload: load, api: [api], selfHosting: [hosting],
        benefits: Benefits(), horizonMonths: 36, discountRate: dec("0.08"))
    plan.seats = seats.map { SeatOptionPlan(plan: $0, perUserMonth: $0.perUserMonth, users: users ?? 1) }
    return plan
}

private func split(_ share: String) -> [WorkloadSegment] {
    [
        WorkloadSegment(name: "confidential", share: dec(share), mustSelfHost: true),
        WorkloadSegment(name: "general", share: 1 - dec(share)),
    ]
}

private func hybrid(_ comparison: Comparison) throws -> HybridCost {
    let found = comparison.options.compactMap { option -> HybridCost? in
        if case .hybrid(let cost) = option.kind { return cost }
        return nil
    }
    return try #require(found.first)
}

@Suite("Hybrid routing")
struct HybridTests {
    @Test("40% self-hosted of 20M requests: the fleet for 8M, the API for 12M, by hand")
    func byHand() throws {
        let comparison = try Comparison.run(strategyPlan(requests: 20_000_000, segments: split("0.4")))
        let cost = try hybrid(comparison)
        // R_c = 20,000,000 × 0.4 = 8,000,000; R_f = 20,000,000 − 8,000,000 = 12,000,000.
        #expect(cost.selfHostedRequests == 8_000_000)
        #expect(cost.apiRequests == 12_000_000)
        // N = max(1, ceil(8,000,000 × 0.1 × 2 / (730 × 3600 × 0.8))) = ceil(1,600,000 / 2,102,400) = ceil(0.761) = 1.
        let fleet = try #require(cost.fleet)
        #expect(fleet.replicas == 1)
        // Fleet = 1 × 3,650 + 3,750 = 7,400; API = 12,000,000 × 0.001 = 12,000; hybrid = 19,400.
        #expect(fleet.monthly == 7_400)
        #expect(cost.apiCost.monthly == 12_000)
        #expect(cost.monthly == 19_400)
        // Beside it the pure options: API 20,000,000 × 0.001 = 20,000; self-hosted N = ceil(1.9026) = 2,
        // 2 × 3,650 + 3,750 = 11,050. Ranked: self 11,050 < hybrid 19,400 < API 20,000.
        #expect(comparison.options.map(\.monthly) == [11_050, 19_400, 20_000])
        #expect(comparison.options.last?.respects(selfHostedShare: dec("0.4")) == false)
    }

    @Test(
        "0% and 100% self-hosted equal the pure API and self-hosting options exactly",
        arguments: ["1", "3333333", "20000000", "123456789.5"])
    func extremesArePure(_ volume: String) throws {
        let requests = dec(volume)
        // An awkward shape and price: 1,537 in (30% cached), 411 out at GPT-4o's prices.
        let workload = Workload(
            requestsPerMonth: requests, inputTokens: 1537, outputTokens: 411, cachedInputShare: dec("0.3"))
        for (share, pureIsAPI) in [("0", true), ("1", false)] {
            let plan = strategyPlan(
                requests: requests, segments: split(share), prices: gpt4o, workload: workload)
            let comparison = try Comparison.run(plan)
            let cost = try hybrid(comparison)
            let pure = try #require(
                comparison.options.first {
                    pureIsAPI ? $0.isAPI : (!$0.isAPI && $0.label == "Test deployment, rented")
                })
            #expect(cost.monthly == pure.monthly, "σ = \(share) at \(volume) requests")
            if pureIsAPI {
                #expect(cost.fleet == nil)
            } else {
                #expect(cost.apiCost.monthly == 0)
                #expect(cost.fleet?.replicas == (try plan.selfHosting[0].option.replicas(for: workload)))
            }
        }
    }

    @Test("the flexible part for breakeven: R − R·σ requests, no F and no setup")
    func flexiblePart() throws {
        var scenario = ScenarioFile(file: "t.json", name: "t", workload: shapeWorkload(20_000_000))
        scenario.segments = split("0.4")
        scenario.setup = 10_000
        scenario.opsFTE = dec("0.5")
        let flexible = try #require(Hybrid.flexiblePart(of: scenario))
        // 20,000,000 − 20,000,000 × 0.4 = 12,000,000.
        #expect(flexible.workload.requestsPerMonth == 12_000_000)
        #expect(flexible.opsFTE == 0 && flexible.setup == 0 && flexible.segments.isEmpty)
        scenario.segments = split("0")
        #expect(Hybrid.flexiblePart(of: scenario) == nil)
    }
}

@Suite("Seat subscriptions")
struct SeatTests {
    static let team = SeatPlan(
        id: "test/team", name: "Team", provider: "test", perUserMonth: 25, billing: .annual, minSeats: 5)

    @Test("120 users on a $25 seat against a = 0.001: break-even 25,000 requests per user, by hand")
    func byHand() throws {
        // R = 600,000 requests a month: 600,000 / 120 = 5,000 per user.
        let comparison = try Comparison.run(
            strategyPlan(requests: 600_000, segments: [], users: 120, seats: [Self.team]))
        let seat = try #require(
            comparison.options.compactMap { option -> SeatCost? in
                if case .seats(let cost) = option.kind { return cost }
                return nil
            }.first)
        // Seats = max(120, 5) × 25 = 3,000 a month.
        #expect(seat.monthly == 3_000)
        #expect(seat.requestsPerUser == 5_000)
        let be = try #require(comparison.seatBreakEvens.first)
        // API today = 600,000 × 0.001 = 600; r* = 3,000 / (0.001 × 120) = 25,000 requests per user.
        #expect(be.apiMonthly == 600)
        #expect(be.requestsPerUser == 25_000)
        // At r*: 0.001 × 25,000 × 120 = 3,000 = the seats.
        #expect(be.apiPerRequest * 25_000 * 120 == seat.monthly)
    }

    @Test("fewer users than the minimum pay for the minimum")
    func minimumSeats() throws {
        // 3 users on a plan of at least 5 seats: 5 × 25 = 125, not 3 × 25 = 75.
        let plan = strategyPlan(requests: 300, segments: [], users: 3, seats: [Self.team])
        let cost = try Seats.cost(plan.seats[0], workload: plan.workload)
        #expect(cost.monthly == 125)
        #expect(plan.seats[0].seatsBilled == 5)
    }

    @Test(
        "at the break-even per user the seats and the API cost the same to the cent",
        arguments: [(120, "20"), (500, "25"), (7, "30"), (1234, "20")])
    func equalToTheCent(_ users: Int, _ price: String) throws {
        // GPT-4o at 1,500 in (30% cached) / 400 out: a = (1,500 × (0.7 × 2.5 + 0.3 × 1.25) + 400 × 10) / 1M
        // = (1,500 × 2.125 + 4,000) / 1M = 0.0071875; r* = seats / (a × users) rarely terminates.
        let workload = Workload(
            requestsPerMonth: 1_000_000, inputTokens: 1500, outputTokens: 400, cachedInputShare: dec("0.3"))
        var seatPlan = Self.team
        seatPlan.perUserMonth = dec(price)
        seatPlan.minSeats = 1
        let plan = strategyPlan(
            requests: 1_000_000, segments: [], prices: gpt4o, users: users, seats: [seatPlan],
            workload: workload)
        let be = try Seats.breakEven(plan.seats[0], api: plan.api[0], workload: workload)
        #expect(be.apiPerRequest == dec("0.0071875"))
        let perUser = try #require(be.requestsPerUser)
        let apiAtBreakEven = try APICost.monthly(
            workload.with(requestsPerMonth: perUser * Decimal(users)), gpt4o
        ).monthly
        #expect(rounded(apiAtBreakEven) == rounded(be.seatMonthly))
        #expect(be.seatMonthly == Decimal(users) * dec(price))
        // A cent's worth of requests either side tips it: below, the API is cheaper; above, the seats.
        let step = dec("0.01") / be.apiPerRequest
        let below = try APICost.monthly(
            workload.with(requestsPerMonth: perUser * Decimal(users) - step), gpt4o)
        let above = try APICost.monthly(
            workload.with(requestsPerMonth: perUser * Decimal(users) + step), gpt4o)
        #expect(below.monthly < be.seatMonthly && above.monthly > be.seatMonthly)
    }

    @Test("an API that costs nothing has no break-even")
    func freeAPI() throws {
        let free = PriceSet(effective: day, inputPerMTok: 0, outputPerMTok: 0)
        let plan = strategyPlan(requests: 1000, segments: [], prices: free, users: 10, seats: [Self.team])
        let be = try Seats.breakEven(plan.seats[0], api: plan.api[0], workload: plan.workload)
        #expect(be.requestsPerUser == nil)
    }
}

@Suite("Strategy fields in scenario files")
struct StrategyReaderTests {
    static func read(_ extra: String, selfHosting: Bool = true) -> (ScenarioFile?, [String]) {
        let hosting =
            selfHosting ? #","self_hosting": [{"deployment": "d", "mode": "rent"}]"# : ""
        let text = #"""
            {"schema": "llmcost/scenario@1", "name": "t",
             "workload": {"requests_per_month": "1M", "input_tokens": 100, "output_tokens": 10},
             "api_models": ["a/b"]\#(hosting)\#(extra)}
            """#
        let (scenario, diagnostics) = ScenarioReader.read(
            Data(text.utf8), file: "s.json", options: ValidationOptions(today: day))
        return (scenario, diagnostics.map(\.description))
    }

    @Test("segments, users and seat plans read")
    func reads() throws {
        let (scenario, messages) = Self.read(
            #","segments": [{"name": "c", "share": "40%", "must_self_host": true}, {"name": "g", "share": 0.6}], "users": 120, "seat_plans": ["openai/chatgpt-plus"]"#
        )
        #expect(messages == [])
        let read = try #require(scenario)
        #expect(read.selfHostedShare == dec("0.4") && read.isHybrid)
        #expect(read.users == 120 && read.seatPlans.map(\.id) == ["openai/chatgpt-plus"])
    }

    @Test("shares that do not add up to 100% are an error at the segments array")
    func sharesMustAddUp() {
        let (scenario, messages) = Self.read(
            #","segments": [{"name": "c", "share": "40%", "must_self_host": true}, {"name": "g", "share": "50%"}]"#
        )
        #expect(scenario == nil)
        #expect(
            messages == [
                "s.json:3:90: segments: segment shares add up to 90%, not 100%; every request belongs to one segment"
            ])
    }

    @Test("bad segments and seats are reported where they are")
    func errors() {
        #expect(
            Self.read(#","segments": [{"name": "c", "share": "140%"}]"#).1 == [
                "s.json:3:114: segments[0].share: 140% is outside 0–1 (a share: 0.5 means 50%)"
            ])
        #expect(
            Self.read(
                #","segments": [{"name": "c", "share": 1, "must_self_host": true}]"#, selfHosting: false
            ).1 == [
                "s.json:3:36: segments: a segment must be self-hosted, but the scenario has no 'self_hosting' option to carry it"
            ])
        #expect(
            Self.read(#","seat_plans": ["openai/chatgpt-plus"]"#).1 == [
                "s.json:3:92: seat_plans: 'seat_plans' needs 'users': how many staff would hold a seat, e.g. \"users\": 120"
            ])
        #expect(
            Self.read(#","segments": [{"name": "c", "share": 0.5}, {"name": "c", "share": 0.5}]"#).1.count
                == 1)
        #expect(Self.read(#","users": 0"#).1.count == 1)
    }
}

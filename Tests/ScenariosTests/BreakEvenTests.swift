import Foundation
import Pricing
import Scenarios
import Testing

/// Every case: 500 in / 500 out at $1 per 1M tokens, so a = 0.001; s = 0.1, so
/// R_1 = 10,512,000 and V = a·R_1 = 10,512; rented one-GPU replicas, C = 730 × rate.
@Suite("Break-even")
struct BreakEvenTests {
    func analyse(_ option: SelfHostingOption, requests: Decimal = 5_000_000) throws -> BreakEven {
        try BreakEven.analyse(shapeWorkload(requests), prices: flatDollar, selfHosting: option)
    }

    func costs(_ option: SelfHostingOption, _ volume: Decimal) throws -> (api: Decimal, selfHosting: Decimal)
    {
        let w = shapeWorkload(volume)
        return (try APICost.monthly(w, flatDollar).monthly, try option.monthly(w).monthly)
    }

    @Test("a dip after the first break-even: X > R*")
    func dip() throws {
        // rate 10: C = 7,300; V − C = 3,212; F = 3,750.
        // k* = max(1, ceil(3,750 / 3,212)) = ceil(1.1675) = 2; R* = (3,750 + 2 × 7,300) / 0.001 = 18,350,000
        // q = (3,750 + 10,512) / 3,212 = 4.44; K = max(2, ceil(4.44) − 1) = 4;
        // X = (3,750 + 4 × 7,300) / 0.001 = 32,950,000
        let option = rentedOption(rate: 10)
        let result = try analyse(option, requests: 5_000_000)
        #expect(result.apiPerRequest == dec("0.001"))
        #expect(result.perReplica == 7_300)
        #expect(result.apiValueOfOneReplica == 10_512)
        guard case .breaksEven(let first, let k, let always, let bigK) = result.outcome else {
            Issue.record("expected a break-even, got \(result.outcome)")
            return
        }
        #expect(k == 2)
        #expect(bigK == 4)
        #expect(first.requestsPerMonth == 18_350_000)
        #expect(always.requestsPerMonth == 32_950_000)
        // tokens: 18,350,000 × 1,000; multiple of the current 5,000,000: 3.67
        #expect(first.tokensPerMonth == 18_350_000_000)
        #expect(first.multipleOfCurrent == dec("3.67"))
        #expect(always.multipleOfCurrent == dec("6.59"))

        // At R* both cost the same to the cent; a request less and the API is cheaper.
        let atFirst = try costs(option, first.requestsPerMonth)
        #expect(rounded(atFirst.api) == rounded(atFirst.selfHosting))
        let below = try costs(option, first.requestsPerMonth - 1)
        #expect(below.api < below.selfHosting)
        // The dip: just past R_2 = 21,024,000 three replicas cost 25,650 against an API bill of 21,024.
        let dip = try costs(option, 21_024_001)
        #expect(dip.api < dip.selfHosting)
        // Just below X the API is cheaper again (block 4 from 31,536,000).
        let belowX = try costs(option, always.requestsPerMonth - 1)
        #expect(belowX.api < belowX.selfHosting)
        try expectNeverDearer(option, from: always.requestsPerMonth)
    }

    @Test("no dip: X = R*")
    func noDip() throws {
        // rate 5: C = 3,650; V − C = 6,862; F = 1,000 (no staff, one fixed item).
        // k* = max(1, ceil(1,000 / 6,862)) = 1; R* = (1,000 + 3,650) / 0.001 = 4,650,000
        // q = (1,000 + 10,512) / 6,862 = 1.68; K = max(1, ceil(1.68) − 1) = 1; X = R*
        let option = rentedOption(
            rate: 5, fixedOther: [FixedCost(label: "monitoring", monthly: 1_000)], opsFTE: 0)
        let result = try analyse(option)
        guard case .breaksEven(let first, let k, let always, let bigK) = result.outcome else {
            Issue.record("expected a break-even, got \(result.outcome)")
            return
        }
        #expect(k == 1)
        #expect(bigK == 1)
        #expect(first.requestsPerMonth == 4_650_000)
        #expect(always == first)
        let atFirst = try costs(option, first.requestsPerMonth)
        #expect(rounded(atFirst.api) == rounded(atFirst.selfHosting))
        let below = try costs(option, first.requestsPerMonth - 1)
        #expect(below.api < below.selfHosting)
        try expectNeverDearer(option, from: always.requestsPerMonth)
    }

    @Test("F = 0: k* = m")
    func noFixed() throws {
        // rate 10, F = 0: k* = max(1, ceil(0)) = 1; R* = 7,300 / 0.001 = 7,300,000
        // q = 10,512 / 3,212 = 3.27; K = max(1, 4 − 1) = 3; X = 3 × 7,300 / 0.001 = 21,900,000
        let option = rentedOption(rate: 10, opsFTE: 0)
        let result = try analyse(option)
        guard case .breaksEven(let first, let k, let always, let bigK) = result.outcome else {
            Issue.record("expected a break-even, got \(result.outcome)")
            return
        }
        #expect(k == 1)
        #expect(first.requestsPerMonth == 7_300_000)
        #expect(bigK == 3)
        #expect(always.requestsPerMonth == 21_900_000)
        try expectNeverDearer(option, from: always.requestsPerMonth)
    }

    @Test("never: one full replica costs more than the API charges for it")
    func neverDearer() throws {
        // rate 20: C = 14,600 > V = 10,512.
        let result = try analyse(rentedOption(rate: 20))
        guard case .never(let reason, let apiPerMTok, let selfPerMTok) = result.outcome else {
            Issue.record("expected never, got \(result.outcome)")
            return
        }
        // API: 0.001 / 1,000 × 1e6 = 1 per 1M tokens; self: 14,600 / (10,512,000 × 1,000) × 1e6 = 1.3889
        #expect(apiPerMTok == 1)
        #expect(rounded(selfPerMTok, 4) == dec("1.3889"))
        // The figures travel in the fields above; the reason is a code, put into words by the reports.
        #expect(reason == .replicaNotCheaper)
    }

    @Test("never: V = C exactly")
    func neverEqual() throws {
        // rate 14.4: C = 730 × 14.4 = 10,512 = V.
        let result = try analyse(rentedOption(rate: dec("14.4")))
        guard case .never = result.outcome else {
            Issue.record("expected never, got \(result.outcome)")
            return
        }
    }

    @Test("never: a free API")
    func neverFree() throws {
        let free = PriceSet(effective: day, inputPerMTok: 0, outputPerMTok: 0)
        let result = try BreakEven.analyse(
            shapeWorkload(1_000), prices: free, selfHosting: rentedOption(rate: 1))
        guard case .never(let reason, let apiPerMTok, _) = result.outcome else {
            Issue.record("expected never, got \(result.outcome)")
            return
        }
        #expect(apiPerMTok == 0)
        #expect(reason == .apiFree)
    }

    /// Self-hosting ≤ API at X and every larger volume tried: each boundary R_k, just past it, and a grid.
    @Test("never: the fixed costs are covered only beyond 2^31 − 1 replicas")
    func beyondAnyFleet() throws {
        // rate 10: C = 7,300, V = 10,512, V − C = 3,212; F = 0.25 × 15,000 + 10^13 = 10,000,000,003,750.
        // k* = ceil(F / 3,212) = ceil(3,113,325,032.3) > 2,147,483,647: past any fleet, so "never",
        // with the costs per 1M tokens: API 0.001 / 1,000 × 10^6 = 1; self 7,300 / (10,512,000 × 1,000)
        // × 10^6 = 0.694444….
        let option = rentedOption(rate: 10, fixedOther: [FixedCost(label: "huge", monthly: dec("1e13"))])
        let result = try analyse(option)
        guard case .never(let reason, let apiPerMTok, let selfPerMTok) = result.outcome else {
            Issue.record("expected never, got \(result.outcome)")
            return
        }
        #expect(reason == .beyondAnyFleet)
        #expect(apiPerMTok == 1)
        #expect(rounded(selfPerMTok, 6) == dec("0.694444"))
        // Less fixed cost and the break-even is an ordinary, finite volume:
        // F = 3,750 + 6.8 × 10^12 gives k* = ceil(2,117,061,022.34) = 2,117,061,023 ≤ 2^31 − 1.
        let finite = try analyse(
            rentedOption(rate: 10, fixedOther: [FixedCost(label: "large", monthly: dec("6.8e12"))]))
        guard case .breaksEven(_, let k, _, _) = finite.outcome else {
            Issue.record("expected a break-even, got \(finite.outcome)")
            return
        }
        #expect(k == 2_117_061_023)
    }

    func expectNeverDearer(_ option: SelfHostingOption, from start: Decimal) throws {
        var volumes: [Decimal] = [start, start + 1]
        for k in 1...60 {
            let boundary = option.capacity(replicas: k, shapeWorkload(0))
            if boundary >= start { volumes += [boundary, boundary + 1, boundary + dec("0.001")] }
        }
        for step in 1...200 { volumes.append(start + Decimal(step) * 3_141_593) }
        for volume in volumes {
            let cost = try costs(option, volume)
            #expect(rounded(cost.selfHosting) <= rounded(cost.api), "at \(volume)")
        }
    }
}

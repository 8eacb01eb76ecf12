import Foundation
import Pricing
import Scenarios
import Testing

/// 20,000,000 requests of 500 + 500 tokens at $1 per 1M: API = 0.001 × 20,000,000 = 20,000 a month.
/// s = 0.1: N = ceil(20,000,000 × 0.1 × 2 / 2,102,400) = ceil(1.9026) = 2.
@Suite("Cash flow")
struct CashFlowTests {
    @Test("rented, flat volume, no discounting: payback, NPV and ROI by hand")
    func rentedFlat() throws {
        var option = rentedOption(rate: 5)
        option.setup = 10_000
        let flow = try CashFlow.project(
            shapeWorkload(20_000_000), prices: flatDollar, selfHosting: option, horizonMonths: 12,
            annualDiscountRate: 0, benefits: Benefits(fixedPerMonth: 30_000))
        // self_t = 2 × 730 × 5 + 3,750 = 11,050; saving 20,000 − 11,050 = 8,950 a month.
        #expect(flow.months.count == 12)
        #expect(flow.months.allSatisfy { $0.selfHosting == 11_050 && $0.saving == 8_950 && $0.replicas == 2 })
        // cumulative 8,950 < 10,000 at t = 1; 17,900 ≥ 10,000 at t = 2.
        #expect(flow.paybackMonth == 2)
        // r = 0: NPV = 12 × 8,950 − 10,000 = 97,400
        #expect(flow.npvOfSwitching == 97_400)
        // ROI self: costs 10,000 + 12 × 11,050 = 142,600; benefits 12 × 30,000 = 360,000;
        // (360,000 − 142,600) / 142,600 = 1.52454…; ROI API: (360,000 − 240,000) / 240,000 = 0.5
        #expect(flow.totalSelfHosting == 142_600)
        #expect(rounded(try #require(flow.roiOfSelfHosting), 4) == dec("1.5245"))
        #expect(flow.roiOfAPI == dec("0.5"))
        // NPV of the options at r = 0: API 12 × (30,000 − 20,000) = 120,000; self 360,000 − 142,600 = 217,400
        #expect(flow.npvOfAPI == 120_000)
        #expect(flow.npvOfSelfHosting == 217_400)
    }

    @Test("discounting: month 12 is divided by exactly 1 + r")
    func discounting() throws {
        let flow = try CashFlow.project(
            shapeWorkload(20_000_000), prices: flatDollar, selfHosting: rentedOption(rate: 5),
            horizonMonths: 24)
        let twelfth = try #require(flow.months.first { $0.month == 12 })
        let twentyFourth = try #require(flow.months.last)
        // (1.08)^(12/12) = 1.08; (1.08)^2 = 1.1664, to 20 decimal places.
        #expect(rounded(twelfth.discountFactor, 20) == dec("1.08"))
        #expect(rounded(twentyFourth.discountFactor, 20) == dec("1.1664"))
        // With r > 0 and positive savings the NPV is below the undiscounted sum (24 × 8,950 = 214,800).
        #expect(flow.npvOfSwitching < 214_800)
        #expect(flow.npvOfSwitching > 214_800 / dec("1.1664"))
    }

    @Test("volume grows by repeated multiplication")
    func growth() throws {
        var workload = shapeWorkload(1_000_000)
        workload.growthPerMonth = dec("0.1")
        let flow = try CashFlow.project(
            workload, prices: flatDollar, selfHosting: rentedOption(rate: 5), horizonMonths: 4)
        // 1,000,000; 1,100,000; 1,210,000; 1,331,000 — and the API bill is 0.001 of each.
        #expect(flow.months.map(\.requests) == [1_000_000, 1_100_000, 1_210_000, 1_331_000])
        #expect(flow.months.map(\.api) == [1_000, 1_100, 1_210, 1_331])
    }

    @Test("rented replicas shrink with volume; an owned fleet does not")
    func shrinking() throws {
        var workload = shapeWorkload(20_000_000)
        workload.growthPerMonth = dec("-0.5")
        // month 2: 10,000,000 × 0.2 / 2,102,400 = 0.95 → 1 replica
        let rented = try CashFlow.project(
            workload, prices: flatDollar, selfHosting: rentedOption(rate: 5), horizonMonths: 3)
        #expect(rented.months.map(\.replicas) == [2, 1, 1])
        let hardware = OwnedHardware(
            installedPricePerGPU: 20_000, serverKWPerGPU: 1, pue: 1, pricePerKWh: dec("0.1"),
            hostingPerGPUMonth: 27)
        let owned = try CashFlow.project(
            workload, prices: flatDollar,
            selfHosting: SelfHostingOption(
                secondsPerRequest: dec("0.1"), gpusPerReplica: 1, mode: .own(hardware)),
            horizonMonths: 3)
        #expect(owned.months.map(\.replicas) == [2, 2, 2])
        #expect(owned.months.allSatisfy { $0.purchases == 0 })
    }

    @Test("owned: first fleet at t = 0, later GPUs in the month first needed, no amortisation in cash")
    func ownedGrowing() throws {
        var workload = shapeWorkload(20_000_000)
        workload.growthPerMonth = dec("0.1")
        let hardware = OwnedHardware(
            installedPricePerGPU: 20_000, serverKWPerGPU: 1, pue: 1, pricePerKWh: dec("0.1"),
            hostingPerGPUMonth: 27)
        var option = SelfHostingOption(secondsPerRequest: dec("0.1"), gpusPerReplica: 1, mode: .own(hardware))
        option.setup = 5_000
        let flow = try CashFlow.project(
            workload, prices: flatDollar, selfHosting: option, horizonMonths: 2, annualDiscountRate: 0)
        // month 1: 20,000,000 → 2 replicas, bought at t = 0: 2 × 20,000 = 40,000; with setup 45,000.
        #expect(flow.initialPurchase == 40_000)
        #expect(flow.oneTimeAtStart == 45_000)
        // month 2: 22,000,000 × 0.2 / 2,102,400 = 2.09 → 3: one GPU bought in month 2 for 20,000.
        #expect(flow.months.map(\.replicas) == [2, 3])
        #expect(flow.months.map(\.gpusBought) == [0, 1])
        #expect(flow.months.map(\.purchases) == [0, 20_000])
        // cash per GPU: power 1 kW × 1 × 730 × 0.1 = 73, hosting 27 → 100; plus F = 3,750.
        // month 1: 2 × 100 + 3,750 = 3,950; month 2: 3 × 100 + 3,750 + 20,000 = 24,050.
        #expect(flow.months.map(\.selfHostingRunning) == [3_950, 4_050])
        #expect(flow.months.map(\.selfHosting) == [3_950, 24_050])
        // savings: 20,000 − 3,950 = 16,050; 22,000 − 24,050 = −2,050; NPV = 14,000 − 45,000 = −31,000
        #expect(flow.npvOfSwitching == -31_000)
        #expect(flow.paybackMonth == nil)
    }

    @Test(
        "payback month agrees with the cumulative column",
        arguments: [("0", 0), ("0.05", 20_000), ("-0.02", 100_000), ("0.2", 250_000), ("0", 10_000_000)])
    func paybackConsistent(growth: String, setup: Int) throws {
        var workload = shapeWorkload(12_000_000)
        workload.growthPerMonth = dec(growth)
        var option = rentedOption(rate: 6)
        option.setup = Decimal(setup)
        let flow = try CashFlow.project(workload, prices: flatDollar, selfHosting: option)
        var running: Decimal = 0
        var expected: Int?
        for month in flow.months {
            running += month.api - month.selfHosting
            #expect(month.cumulativeSaving == running)
            #expect(month.saving == month.api - month.selfHosting)
            if expected == nil, running >= flow.oneTimeAtStart { expected = month.month }
        }
        #expect(flow.paybackMonth == expected)
        if let payback = flow.paybackMonth, payback > 1 {
            #expect(flow.months[payback - 2].cumulativeSaving < flow.oneTimeAtStart)
        }
    }
}

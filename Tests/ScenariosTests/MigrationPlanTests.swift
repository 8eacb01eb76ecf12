import Foundation
import Pricing
import Scenarios
import Testing

/// The flat-dollar workload of the cash-flow tests (a = 0.001 a request), growing 50% a month:
/// R_t = 4,000,000; 6,000,000; 9,000,000; 13,500,000. A rented replica serves R_1 = 10,512,000
/// a month (s = 0.1, u = 0.8, p = 2), so N_t = 1, 1, 1, 2; at $5 an hour C = 730 × 5 = 3,650,
/// F = 0.25 × 15,000 = 3,750: self_t = 7,400; 7,400; 7,400; 11,050. API_t = 4,000; 6,000; 9,000; 13,500.
@Suite("API first, then migrate")
struct MigrationPlanTests {
    static func growingWorkload() -> Workload {
        var workload = shapeWorkload(4_000_000)
        workload.growthPerMonth = dec("0.5")
        return workload
    }

    static func rentedWithSetup() -> SelfHostingOption {
        var option = rentedOption(rate: 5)
        option.setup = 2_000
        return option
    }

    @Test("a migrate plan by hand: API for months 1–2, setup and self-hosting from month 3")
    func migrateByHand() throws {
        let flow = try CashFlow.project(
            Self.growingWorkload(), prices: flatDollar, selfHosting: Self.rentedWithSetup(), horizonMonths: 4,
            annualDiscountRate: 0, switchMonth: 3)
        // months 1–2 on the API: 4,000 and 6,000; months 3–4 self-hosted: 7,400 and 11,050.
        #expect(flow.months.map(\.selfHosting) == [4_000, 6_000, 7_400, 11_050])
        #expect(flow.months.map(\.replicas) == [0, 0, 1, 2])
        #expect(flow.months.map(\.saving) == [0, 0, 1_600, 2_450])
        // one-time at the start of month 3: setup 2,000 (nothing bought when renting)
        #expect(flow.oneTimeAtStart == 2_000)
        // total = 4,000 + 6,000 + 2,000 + 7,400 + 11,050 = 30,450
        #expect(flow.totalSelfHosting == 30_450)
        // cumulative saving 0, 0, 1,600, 4,050: reaches the 2,000 one-time in month 4
        #expect(flow.paybackMonth == 4)
        // r = 0: NPV of the plan (no benefits) = −30,450; of switching = 1,600 + 2,450 − 2,000 = 2,050
        #expect(flow.npvOfSelfHosting == -30_450)
        #expect(flow.npvOfSwitching == 2_050)
    }

    @Test("the search by hand: month 3 beats API only by 2,050 and day one by 4,800")
    func searchByHand() throws {
        let search = try MigrationSearch.run(
            Self.growingWorkload(), prices: flatDollar, selfHosting: Self.rentedWithSetup(), horizonMonths: 4,
            annualDiscountRate: 0, benefits: Benefits(), objective: .cost)
        // M = 1: 2,000 + 7,400 + 7,400 + 7,400 + 11,050 = 35,250
        // M = 2: 4,000 + 2,000 + 7,400 + 7,400 + 11,050 = 31,850
        // M = 3: 4,000 + 6,000 + 2,000 + 7,400 + 11,050 = 30,450
        // M = 4: 4,000 + 6,000 + 9,000 + 2,000 + 11,050 = 32,050
        // M = 5 (API only): 4,000 + 6,000 + 9,000 + 13,500 = 32,500
        #expect(search.candidates.map(\.totalCost) == [35_250, 31_850, 30_450, 32_050, 32_500])
        #expect(search.bestSwitchMonth == 3)
        #expect(search.best == .migrate)
        let migrate = try #require(search.migrate)
        #expect(migrate.switchMonth == 3)
        #expect(search.score(migrate) - search.score(search.apiOnly) == 2_050)
        #expect(search.score(migrate) - search.score(search.dayOne) == 4_800)
    }

    @Test("one-time costs at the start of month 13 are divided by exactly 1 + r")
    func oneTimeDiscounting() throws {
        var option = rentedOption(rate: 5)
        option.setup = 10_800
        let flow = try CashFlow.project(
            shapeWorkload(20_000_000), prices: flatDollar, selfHosting: option, horizonMonths: 13,
            switchMonth: 13)
        // (1.08)^((13 − 1)/12) = 1.08; 10,800 / 1.08 = 10,000
        #expect(rounded(flow.oneTimeDiscountFactor, 20) == dec("1.08"))
        let monthly = flow.months.reduce(Decimal(0)) { $0 - $1.selfHosting / $1.discountFactor }
        #expect(rounded(flow.npvOfSelfHosting - monthly, 10) == -10_000)
    }

    /// Scenarios for the properties: volume, growth, rate or owned, setup, horizon, discount rate.
    static let cases: [(requests: Int, growth: String, owned: Bool, setup: Int, horizon: Int, rate: String)] =
        [
            (4_000_000, "0.5", false, 2_000, 4, "0"),
            (3_000_000, "0.05", false, 20_000, 36, "0.08"),
            (3_000_000, "0.05", true, 20_000, 36, "0.08"),
            (12_000_000, "0", false, 0, 12, "0.08"),
            (30_000_000, "-0.03", true, 5_000, 24, "0.12"),
            (500_000, "0.12", true, 50_000, 36, "0.05"),
            (500_000, "0.12", false, 50_000, 36, "0"),
            (20_000_000, "0.02", true, 0, 1, "0.08"),
        ]

    static func option(owned: Bool, setup: Int) -> SelfHostingOption {
        let mode: HostingMode =
            owned
            ? .own(
                OwnedHardware(
                    installedPricePerGPU: 20_000, serverKWPerGPU: 1, pue: 1, pricePerKWh: dec("0.1"),
                    hostingPerGPUMonth: 27))
            : .rent(ratePerGPUHour: 5)
        var option = SelfHostingOption(secondsPerRequest: dec("0.1"), gpusPerReplica: 1, mode: mode)
        option.setup = Decimal(setup)
        return option
    }

    /// Total cost of switching in month M, recomputed here from SPEC §3 without `CashFlow`:
    /// Σ_{t<M} a·R_t + setup + the first fleet's price + Σ_{t≥M} (fleet_t·cash per replica + F + GPUs bought).
    static func independentTotal(
        _ workload: Workload, _ option: SelfHostingOption, horizon: Int, switchMonth: Int
    ) throws -> Decimal {
        let a: Decimal = dec("0.001")
        var total: Decimal = switchMonth <= horizon ? option.setup : 0
        var fleet = 0
        var growth: Decimal = 1
        for t in 1...horizon {
            if t > 1 { growth *= 1 + workload.growthPerMonth }
            let requests = workload.requestsPerMonth * growth
            if t < switchMonth {
                total += a * requests
                continue
            }
            let needed = try option.replicas(for: workload.with(requestsPerMonth: requests))
            switch option.mode {
            case .rent:
                total += Decimal(needed) * option.perReplicaMonthlyCash(workload) + option.fixedMonthly
            case .own:
                if needed > fleet {
                    total += Decimal(needed - fleet) * option.purchasePerReplica
                    fleet = needed
                }
                total += Decimal(fleet) * option.perReplicaMonthlyCash(workload) + option.fixedMonthly
            }
        }
        return total
    }

    @Test(
        "the best month is the brute-force best over every month, and each total is recomputed",
        arguments: cases)
    func bruteForce(
        _ scenario: (requests: Int, growth: String, owned: Bool, setup: Int, horizon: Int, rate: String)
    )
        throws
    {
        var workload = shapeWorkload(Decimal(scenario.requests))
        workload.growthPerMonth = dec(scenario.growth)
        let option = Self.option(owned: scenario.owned, setup: scenario.setup)
        for objective in PlanObjective.allCases {
            let search = try MigrationSearch.run(
                workload, prices: flatDollar, selfHosting: option, horizonMonths: scenario.horizon,
                annualDiscountRate: dec(scenario.rate), benefits: Benefits(fixedPerMonth: 9_000),
                objective: objective)
            var scores: [Int: Decimal] = [:]
            for month in 1...(scenario.horizon + 1) {
                let total = try Self.independentTotal(
                    workload, option, horizon: scenario.horizon, switchMonth: month)
                #expect(search.candidates[month - 1].totalCost == total, "M = \(month)")
                let flow = try CashFlow.project(
                    workload, prices: flatDollar, selfHosting: option, horizonMonths: scenario.horizon,
                    annualDiscountRate: dec(scenario.rate), benefits: Benefits(fixedPerMonth: 9_000),
                    switchMonth: month)
                scores[month] = objective == .cost ? -total : flow.npvOfSelfHosting
            }
            let best = try #require(scores.values.max())
            // Ties go to the later month.
            let bruteBest = try #require(scores.filter { $0.value == best }.keys.max())
            #expect(search.bestSwitchMonth == bruteBest, "\(objective)")
            if scenario.horizon >= 2 {
                let inner = scores.filter { (2...scenario.horizon).contains($0.key) }
                let innerBest = try #require(inner.values.max())
                let innerMonth = inner.filter { $0.value == innerBest }.keys.max()
                #expect(search.migrate?.switchMonth == innerMonth, "\(objective)")
            } else {
                #expect(search.migrate == nil)
            }
        }
    }

    @Test("M = 1 is self-hosting from day one and M = H + 1 is API only, exactly", arguments: cases)
    func endsAreThePureOptions(
        _ scenario: (requests: Int, growth: String, owned: Bool, setup: Int, horizon: Int, rate: String)
    ) throws {
        var workload = shapeWorkload(Decimal(scenario.requests))
        workload.growthPerMonth = dec(scenario.growth)
        let option = Self.option(owned: scenario.owned, setup: scenario.setup)
        let benefits = Benefits(fixedPerMonth: 9_000)
        let search = try MigrationSearch.run(
            workload, prices: flatDollar, selfHosting: option, horizonMonths: scenario.horizon,
            annualDiscountRate: dec(scenario.rate), benefits: benefits, objective: .npv)
        // Day one is the projection `roi` and `compare` make, with no switch month given.
        let pure = try CashFlow.project(
            workload, prices: flatDollar, selfHosting: option, horizonMonths: scenario.horizon,
            annualDiscountRate: dec(scenario.rate), benefits: benefits)
        #expect(search.dayOne == pure)
        // API only costs what the API side of that projection costs, and has its NPV.
        #expect(search.apiOnly.totalSelfHosting == pure.totalAPI)
        #expect(search.apiOnly.npvOfSelfHosting == pure.npvOfAPI)
        #expect(search.apiOnly.oneTimeAtStart == 0)
        #expect(search.apiOnly.months.map(\.selfHosting) == pure.months.map(\.api))
    }

    @Test("any switch month past the horizon is API only; month 0 is refused")
    func switchMonthRange() throws {
        let workload = Self.growingWorkload()
        let option = Self.rentedWithSetup()
        let apiOnly = try CashFlow.project(
            workload, prices: flatDollar, selfHosting: option, horizonMonths: 4, switchMonth: 5)
        for month in [6, 40, Int.max] {
            let later = try CashFlow.project(
                workload, prices: flatDollar, selfHosting: option, horizonMonths: 4, switchMonth: month)
            #expect(later == apiOnly)
        }
        // 4,000 + 6,000 + 9,000 + 13,500 = 32,500, nothing paid once
        #expect(apiOnly.totalSelfHosting == 32_500)
        #expect(apiOnly.oneTimeAtStart == 0)
        #expect(throws: ScenarioError.self) {
            try CashFlow.project(
                shapeWorkload(1_000_000), prices: flatDollar, selfHosting: rentedOption(rate: 5),
                horizonMonths: 3,
                switchMonth: 0)
        }
    }

    @Test("used GPUs: a shorter life raises the monthly write-off and re-buys the fleet when it ends")
    func usedGPUs() throws {
        // New: 37,500 over 36 months = 1,041.666… a GPU-month. Used: 33,500 over 24 months = 1,395.833…
        let new = OwnedHardware(
            installedPricePerGPU: 37_500, serverKWPerGPU: 1, pue: 1, pricePerKWh: dec("0.1"))
        let used = OwnedHardware(
            installedPricePerGPU: 33_500, amortizationMonths: 24, lifeMonths: 24, serverKWPerGPU: 1, pue: 1,
            pricePerKWh: dec("0.1"))
        #expect(rounded(new.amortizationPerGPUMonth, 4) == dec("1041.6667"))
        #expect(rounded(used.amortizationPerGPUMonth, 4) == dec("1395.8333"))
        // 20,000,000 flat → 2 replicas of 2 GPUs. C = 2 × (1,395.8333… + 73) = 2,937.666…; N·C + F =
        // 2 × 2,937.666… + 3,750 = 9,625.33 (new: 2 × 2 × (1,041.666… + 73) + 3,750 = 8,208.67)
        let usedOption = SelfHostingOption(secondsPerRequest: dec("0.1"), gpusPerReplica: 2, mode: .own(used))
        let newOption = SelfHostingOption(secondsPerRequest: dec("0.1"), gpusPerReplica: 2, mode: .own(new))
        #expect(rounded(try usedOption.monthly(shapeWorkload(20_000_000)).monthly) == dec("9625.33"))
        #expect(rounded(try newOption.monthly(shapeWorkload(20_000_000)).monthly) == dec("8208.67"))
        // Cash over 36 months: 4 GPUs bought at t = 0 (4 × 33,500 = 134,000), again in month 25
        // (24 months after the fleet first served, month 1); new GPUs are bought once.
        let flow = try CashFlow.project(
            shapeWorkload(20_000_000), prices: flatDollar, selfHosting: usedOption, horizonMonths: 36,
            annualDiscountRate: 0)
        #expect(flow.oneTimeAtStart == 134_000)
        #expect(flow.months.filter { $0.purchases > 0 }.map(\.month) == [25])
        #expect(flow.months[24].purchases == 134_000)
        #expect(flow.months[24].gpusBought == 4)
        // total = 134,000 × 2 + 36 × (4 × 73 + 3,750) = 268,000 + 145,512 = 413,512
        #expect(flow.totalSelfHosting == 413_512)
        let once = try CashFlow.project(
            shapeWorkload(20_000_000), prices: flatDollar, selfHosting: newOption, horizonMonths: 36,
            annualDiscountRate: 0)
        // 4 × 37,500 = 150,000 + 145,512 = 295,512
        #expect(once.totalSelfHosting == 295_512)
    }
}

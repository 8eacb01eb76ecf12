import Foundation
import Pricing

/// What the LLM feature is worth each month, whichever way it is served.
///
/// Benefits stay the same every month of the horizon; they do not grow with the volume.
public struct Benefits: Sendable, Hashable {
    public var hoursSavedPerMonth: Decimal
    public var hourlyCost: Decimal
    /// A value given directly per month (e.g. labour cost avoided), added to the hours saved.
    public var fixedPerMonth: Decimal

    public init(hoursSavedPerMonth: Decimal = 0, hourlyCost: Decimal = 0, fixedPerMonth: Decimal = 0) {
        self.hoursSavedPerMonth = hoursSavedPerMonth
        self.hourlyCost = hourlyCost
        self.fixedPerMonth = fixedPerMonth
    }

    /// hours saved × hourly cost + fixed value.
    public var monthly: Decimal { hoursSavedPerMonth * hourlyCost + fixedPerMonth }
}

/// One month of the comparison, as cash.
public struct CashFlowMonth: Sendable, Hashable {
    /// t, 1…H.
    public var month: Int
    /// R·(1+g)^(t−1).
    public var requests: Decimal
    /// API_t = a·R_t.
    public var api: Decimal
    /// Rented: the replicas this month needs; owned: the fleet, which only grows.
    public var replicas: Int
    /// GPUs bought this month (owned fleets only; the first fleet is bought at t = 0).
    public var gpusBought: Int
    /// Their purchase price, one-time cash in this month.
    public var purchases: Decimal
    /// Running cash: rent N·C + F, or owned fleet's power and hosting + F (no amortisation).
    public var selfHostingRunning: Decimal
    /// self_t = running + purchases.
    public var selfHosting: Decimal
    /// API_t − self_t.
    public var saving: Decimal
    /// Σ saving up to and including this month.
    public var cumulativeSaving: Decimal
    public var benefits: Decimal
    /// False in the months a plan still serves on the API (before its switch month).
    public var selfHosted: Bool = true
    /// (1+r)^(t/12).
    public var discountFactor: Decimal
    /// saving / discount factor.
    public var discountedSaving: Decimal
}

/// Cash flow, payback, NPV and ROI of switching from the API to self-hosting over a horizon.
public struct CashFlow: Sendable, Hashable {
    public var months: [CashFlowMonth]
    /// The month self-hosting starts, 1…H; H + 1 (any later month asked for): never, the API throughout.
    public var switchMonth: Int = 1
    /// Setup plus, when owned, the first fleet: paid at the start of the switch month, t = M − 1
    /// (t = 0, never discounted, when self-hosting from day one).
    public var oneTimeAtStart: Decimal
    /// (1+r)^((M−1)/12), what the one-time costs are discounted by (1 from day one).
    public var oneTimeDiscountFactor: Decimal = 1
    /// The one-time costs' present value: as they are from day one (no division at all), else
    /// divided by (1+r)^((M−1)/12).
    public var oneTimePresent: Decimal {
        switchMonth == 1 ? oneTimeAtStart : oneTimeAtStart / oneTimeDiscountFactor
    }
    /// The first fleet's purchase price (zero when renting).
    public var initialPurchase: Decimal
    /// First t ≥ 1 at which the cumulative saving reaches `oneTimeAtStart`; nil: not within H.
    public var paybackMonth: Int?
    /// Σ (API_t − self_t) / (1+r)^(t/12) − the one-time costs' present value.
    public var npvOfSwitching: Decimal
    /// Σ (benefits_t − API_t) discounted.
    ///
    /// Computed when asked for (a division a month): most callers never ask.
    public var npvOfAPI: Decimal {
        months.reduce(Decimal(0)) { $0 + ($1.benefits - $1.api) / $1.discountFactor }
    }
    /// Σ (benefits_t − self_t) discounted − the one-time costs' present value.
    ///
    /// Computed when asked for (a division a month): a comparison asks once per self-hosting option.
    public var npvOfSelfHosting: Decimal {
        months.reduce(-oneTimePresent) { $0 + ($1.benefits - $1.selfHosting) / $1.discountFactor }
    }
    /// (Σ benefits − Σ API) / Σ API; nil when the API costs nothing.
    public var roiOfAPI: Decimal? {
        totalAPI > 0 ? (totalBenefits - totalAPI) / totalAPI : nil
    }
    /// (Σ benefits − Σ costs) / Σ costs, one-time costs included; nil when nothing is spent.
    public var roiOfSelfHosting: Decimal?
    public var totalAPI: Decimal
    /// One-time costs at t = 0 plus every month's self_t.
    public var totalSelfHosting: Decimal
    public var totalBenefits: Decimal
    /// The inputs the figures were computed from, kept for `explain`.
    var workload: Workload
    var setup: Decimal
    var annualDiscountRate: Decimal
    var monthlyRoot: Decimal

    /// How the one-time costs, payback, NPV and ROI were reached.
    ///
    /// Built on demand: writing every month's exact values out as text costs far more than
    /// the arithmetic, and only `--explain` shows it.
    public var explain: [ExplainStep] {
        let r = annualDiscountRate
        var explain = [
            ExplainStep(
                quantity: .oneTimeCostsAtStart, formula: "\(word: .oneTimeAtStart)",
                substituted: "\(setup) + \(initialPurchase)", result: "\(oneTimeAtStart)"),
            ExplainStep(
                quantity: .monthlyDiscountRoot, formula: "\(word: .monthlyRootNewton)",
                substituted: "(1 + \(r))^(1/12)", result: "\(monthlyRoot)"),
            ExplainStep(
                quantity: .volumeInMonth, formula: "R_t = R·(1 + g)^(t−1)",
                substituted: "\(workload.requestsPerMonth) × (1 + \(workload.growthPerMonth))^(t−1)",
                result: FormulaText(months.map { "\($0.requests)" }.joined(separator: ", "))),
            ExplainStep(
                quantity: .paybackMonth, formula: "\(word: .paybackRule)",
                substituted:
                    "\(word: .cumulative) \(months.map { "\($0.cumulativeSaving)" }.joined(separator: ", ")) \(word: .againstOneTime) \(oneTimeAtStart)",
                result: paybackMonth.map { "\($0)" } ?? "\(months.count)",
                never: paybackMonth == nil ? .notWithinHorizon : nil),
            ExplainStep(
                quantity: .npvOfSwitching, formula: "\(word: .npvRule)",
                substituted: FormulaText(
                    months.map { "\($0.saving) / \($0.discountFactor)" }.joined(separator: " + ")
                        + " − \(oneTimePresent)"),
                result: "\(npvOfSwitching)"),
            ExplainStep(
                quantity: .roiOfSelfHosting, formula: "\(word: .roiRule)",
                substituted: "(\(totalBenefits) − \(totalSelfHosting)) / \(totalSelfHosting)",
                result: roiOfSelfHosting.map { "\($0)" } ?? "\(word: .undefinedNothingSpent)"),
        ]
        if switchMonth > 1 {
            explain[0] = ExplainStep(
                quantity: .oneTimeCostsAtMonth, argument: "\(switchMonth)",
                formula: "\(word: .oneTimeAtMonth)",
                substituted: "\(setup) + \(initialPurchase)", result: "\(oneTimeAtStart)")
            explain.insert(
                ExplainStep(
                    quantity: .oneTimeCostsPresentValue, formula: "\(word: .oneTimePresentValue)",
                    substituted: "\(oneTimeAtStart) / \(oneTimeDiscountFactor)", result: "\(oneTimePresent)"),
                at: 2)
        }
        return explain
    }

    /// Projects `horizonMonths` months of growing volume through both options.
    ///
    /// Rented replicas are re-sized every month, up or down. An owned fleet is sized for
    /// month 1 and bought at t = 0 with the setup (undiscounted); GPUs needed later are
    /// bought in the month first needed and discounted with that month; the fleet never
    /// shrinks and every owned GPU keeps its power and hosting cost. The discount factor
    /// (1+r)^(t/12) is the twelfth root of 1+r (Newton's method in `Decimal`) raised to t by
    /// repeated multiplication.
    ///
    /// With `switchMonth` M > 1 the plan stays on the API for months 1…M−1 (self_t = API_t, no
    /// saving) and moves in month M: the fleet is sized for month M's volume and the one-time
    /// costs are paid at the start of month M, t = M − 1, discounted by (1+r)^((M−1)/12); M = 1 is
    /// self-hosting from day one, M > H never leaves the API. Owned GPUs with a `lifeMonths`
    /// L are bought again L months after each purchase served its first month.
    public static func project(
        _ workload: Workload, prices: PriceSet, selfHosting option: SelfHostingOption,
        horizonMonths: Int = 36,
        annualDiscountRate: Decimal = Decimal(8) / 100, benefits: Benefits = Benefits(),
        switchMonth requestedSwitch: Int = 1
    ) throws(ScenarioError) -> CashFlow {
        let api = try APICost.monthly(workload, prices)
        try option.validate()
        try checkTerms(
            horizonMonths: horizonMonths, annualDiscountRate: annualDiscountRate, benefits: benefits)
        try Check.positive(Decimal(requestedSwitch), "switch month")
        // Any month past the horizon is the same plan: the API throughout.
        let switchMonth = min(requestedSwitch, horizonMonths + 1)
        let timeline = Timeline(workload, months: horizonMonths, annualDiscountRate: annualDiscountRate)
        let hosting = try HostingSide(option, workload, timeline: timeline, switchMonth: switchMonth)
        return combine(
            workload, apiPerRequest: api.perRequest, option: option, hosting: hosting, timeline: timeline,
            horizonMonths: horizonMonths, annualDiscountRate: annualDiscountRate, benefits: benefits)
    }

    /// Throws the first of the horizon, discount rate and benefits that is out of its range.
    static func checkTerms(horizonMonths: Int, annualDiscountRate: Decimal, benefits: Benefits)
        throws(ScenarioError)
    {
        try InputBounds.horizonMonths.check(Decimal(horizonMonths))
        try InputBounds.discountRate.check(annualDiscountRate)
        try Check.nonNegative(benefits.hoursSavedPerMonth, "hours_saved_per_month")
        try Check.nonNegative(benefits.hourlyCost, "hourly_cost")
        try Check.nonNegative(benefits.fixedPerMonth, "benefit_per_month")
    }

    /// What every projection of one workload and discount rate shares, month by month: growth,
    /// volume and discount factor.
    ///
    /// A comparison projects every API option against every self-hosting option; making these
    /// once (and `HostingSide` once per self-hosting option) rather than once per pair gives the
    /// same figures, operation for operation, at a fraction of the `Decimal` arithmetic.
    struct Timeline: Sendable {
        /// (1 + g)^(t−1), by repeated multiplication.
        var growth: [Decimal] = []
        /// R·(1 + g)^(t−1).
        var requests: [Decimal] = []
        /// (1 + r)^(t/12), by repeated multiplication of the twelfth root.
        var factors: [Decimal] = []
        var monthlyRoot: Decimal

        /// `months` months (at least one).
        init(_ workload: Workload, months: Int, annualDiscountRate: Decimal) {
            monthlyRoot = DecimalMath.twelfthRoot(1 + annualDiscountRate)
            var growth: Decimal = 1
            var factor: Decimal = 1
            for t in 1...max(1, months) {
                if t > 1 { growth = DecimalMath.grown(growth, by: workload.growthPerMonth) }
                factor *= monthlyRoot
                self.growth.append(growth)
                requests.append(workload.requestsPerMonth * growth)
                factors.append(factor)
            }
        }
    }

    /// The self-hosting side of a projection month by month, which does not depend on the API.
    ///
    /// Before the switch month M nothing is self-hosted (the months are marked so); from M on,
    /// as `project` describes.
    struct HostingSide: Sendable {
        struct Month: Sendable {
            var selfHosted: Bool
            var replicas: Int
            var bought: Int
            var purchases: Decimal
            var running: Decimal
            var cost: Decimal
        }

        var months: [Month] = []
        var switchMonth: Int
        var initialPurchase: Decimal
        var oneTime: Decimal

        /// The replicas each month's volume needs, N_t (before an owned fleet's only-grows rule).
        ///
        /// They do not depend on the switch month, so a search over switch months makes them once.
        static func neededReplicas(_ option: SelfHostingOption, _ workload: Workload, timeline: Timeline)
            throws(ScenarioError) -> [Int]
        {
            var needed: [Int] = []
            needed.reserveCapacity(timeline.requests.count)
            for (index, requests) in timeline.requests.enumerated() {
                do {
                    needed.append(try option.unvalidatedReplicas(workload.with(requestsPerMonth: requests)))
                } catch {
                    // Month 1 is the workload's own volume; later, growth took it past any fleet: say when.
                    throw .volumeTooLarge(
                        field: index == 0 ? "requests" : "requests (month \(index + 1))", value: requests)
                }
            }
            return needed
        }

        /// `needed`, when given, is `neededReplicas(option, workload, timeline:)`.
        init(
            _ option: SelfHostingOption, _ workload: Workload, timeline: Timeline, switchMonth: Int = 1,
            needed given: [Int]? = nil
        ) throws(ScenarioError) {
            self.switchMonth = switchMonth
            let fixed = option.fixedMonthly
            let perReplicaCash = option.perReplicaMonthlyCash(workload)
            let purchasePerReplica = option.purchasePerReplica
            let owned: Bool
            var life: Int?
            if case .own(let hardware) = option.mode {
                owned = true
                life = hardware.lifeMonths
            } else {
                owned = false
            }
            let switching = switchMonth <= timeline.requests.count
            var neededByMonth: [Int] = []
            if let given {
                neededByMonth = given
            } else if switching {
                neededByMonth = try Self.neededReplicas(option, workload, timeline: timeline)
            }
            // The first fleet is sized for the switch month's volume: R from day one, R_M later.
            let firstReplicas = switching ? neededByMonth[switchMonth - 1] : 0
            var fleet = owned ? firstReplicas : 0
            initialPurchase = owned ? Decimal(firstReplicas) * purchasePerReplica : 0
            oneTime = switching ? option.setup + initialPurchase : 0
            // Each purchase: the first month it served and its replicas, so it can be re-bought after its life.
            var cohorts: [(firstMonth: Int, replicas: Int)] =
                owned && firstReplicas > 0 ? [(switchMonth, firstReplicas)] : []
            for index in timeline.requests.indices {
                let t = index + 1
                guard t >= switchMonth else {
                    months.append(
                        Month(selfHosted: false, replicas: 0, bought: 0, purchases: 0, running: 0, cost: 0))
                    continue
                }
                let needed = neededByMonth[index]
                var bought = 0
                if owned, needed > fleet {
                    bought = needed - fleet
                    fleet = needed
                    cohorts.append((t, bought))
                }
                if let life, owned {
                    // GPUs at the end of their life are bought again this month (the fleet keeps its size).
                    for cohort in cohorts where t > cohort.firstMonth && (t - cohort.firstMonth) % life == 0 {
                        bought += cohort.replicas
                    }
                }
                let replicas = owned ? fleet : needed
                let purchases = Decimal(bought) * purchasePerReplica
                let running = Decimal(replicas) * perReplicaCash + fixed
                months.append(
                    Month(
                        selfHosted: true, replicas: replicas, bought: bought, purchases: purchases,
                        running: running, cost: running + purchases))
            }
        }
    }

    /// The projection of one pair from its shared parts; the inputs have been checked.
    ///
    /// `apiCosts`, when given, are a·R_t for every month (the same products, made once per API).
    static func combine(
        _ workload: Workload, apiPerRequest a: Decimal, apiCosts: [Decimal]? = nil, option: SelfHostingOption,
        hosting: HostingSide, timeline: Timeline, horizonMonths: Int, annualDiscountRate: Decimal,
        benefits: Benefits
    ) -> CashFlow {
        let benefit = benefits.monthly
        let oneTime = hosting.oneTime
        var months: [CashFlowMonth] = []
        months.reserveCapacity(horizonMonths)
        var cumulative: Decimal = 0
        var payback: Int?
        for t in 1...horizonMonths {
            let side = hosting.months[t - 1]
            let requests = timeline.requests[t - 1]
            let factor = timeline.factors[t - 1]
            let apiCost = apiCosts?[t - 1] ?? a * requests
            guard side.selfHosted else {
                // Still on the API: the plan's cost is the API's, and nothing is saved yet.
                months.append(
                    CashFlowMonth(
                        month: t, requests: requests, api: apiCost, replicas: 0, gpusBought: 0, purchases: 0,
                        selfHostingRunning: 0, selfHosting: apiCost, saving: 0, cumulativeSaving: cumulative,
                        benefits: benefit, selfHosted: false, discountFactor: factor, discountedSaving: 0))
                continue
            }
            let saving = apiCost - side.cost
            cumulative += saving
            if payback == nil, cumulative >= oneTime { payback = t }
            months.append(
                CashFlowMonth(
                    month: t, requests: requests, api: apiCost, replicas: side.replicas,
                    gpusBought: side.bought * option.gpusPerReplica, purchases: side.purchases,
                    selfHostingRunning: side.running,
                    selfHosting: side.cost, saving: saving, cumulativeSaving: cumulative, benefits: benefit,
                    discountFactor: factor, discountedSaving: saving / factor))
        }

        // The one-time costs are paid at the start of month M: (1+r)^((M−1)/12), 1 from day one.
        let switchMonth = hosting.switchMonth
        let oneTimeFactor = switchMonth > 1 ? timeline.factors[switchMonth - 2] : 1
        // From day one the factor is 1 and the one-time costs stay as they are (no division at all).
        let oneTimePresent = switchMonth == 1 ? oneTime : oneTime / oneTimeFactor
        let npvSwitching = months.reduce(-oneTimePresent) { $0 + $1.discountedSaving }
        let totalAPI = months.reduce(Decimal(0)) { $0 + $1.api }
        let totalSelf = months.reduce(oneTime) { $0 + $1.selfHosting }
        let totalBenefits = months.reduce(Decimal(0)) { $0 + $1.benefits }
        let roiSelf = totalSelf > 0 ? (totalBenefits - totalSelf) / totalSelf : nil

        var flow = CashFlow(
            months: months, oneTimeAtStart: oneTime, initialPurchase: hosting.initialPurchase,
            paybackMonth: payback, npvOfSwitching: npvSwitching, roiOfSelfHosting: roiSelf,
            totalAPI: totalAPI,
            totalSelfHosting: totalSelf, totalBenefits: totalBenefits, workload: workload,
            setup: option.setup,
            annualDiscountRate: annualDiscountRate, monthlyRoot: timeline.monthlyRoot)
        flow.switchMonth = switchMonth
        flow.oneTimeDiscountFactor = oneTimeFactor
        return flow
    }
}

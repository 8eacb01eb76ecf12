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
    /// (1+r)^(t/12).
    public var discountFactor: Decimal
    /// saving / discount factor.
    public var discountedSaving: Decimal
}

/// Cash flow, payback, NPV and ROI of switching from the API to self-hosting over a horizon.
public struct CashFlow: Sendable, Hashable {
    public var months: [CashFlowMonth]
    /// Setup plus, when owned, the first fleet: paid at t = 0 and never discounted.
    public var oneTimeAtStart: Decimal
    /// The first fleet's purchase price (zero when renting).
    public var initialPurchase: Decimal
    /// First t ≥ 1 at which the cumulative saving reaches `oneTimeAtStart`; nil: not within H.
    public var paybackMonth: Int?
    /// Σ (API_t − self_t) / (1+r)^(t/12) − one-time costs at t = 0.
    public var npvOfSwitching: Decimal
    /// Σ (benefits_t − API_t) discounted.
    public var npvOfAPI: Decimal
    /// Σ (benefits_t − self_t) discounted − one-time costs at t = 0.
    public var npvOfSelfHosting: Decimal
    /// (Σ benefits − Σ API) / Σ API; nil when the API costs nothing.
    public var roiOfAPI: Decimal?
    /// (Σ benefits − Σ costs) / Σ costs, one-time costs included; nil when nothing is spent.
    public var roiOfSelfHosting: Decimal?
    public var totalAPI: Decimal
    /// One-time costs at t = 0 plus every month's self_t.
    public var totalSelfHosting: Decimal
    public var totalBenefits: Decimal
    public var explain: [ExplainStep]

    /// Projects `horizonMonths` months of growing volume through both options.
    ///
    /// Rented replicas are re-sized every month, up or down. An owned fleet is sized for
    /// month 1 and bought at t = 0 with the setup (undiscounted); GPUs needed later are
    /// bought in the month first needed and discounted with that month; the fleet never
    /// shrinks and every owned GPU keeps its power and hosting cost. The discount factor
    /// (1+r)^(t/12) is the twelfth root of 1+r (Newton's method in `Decimal`) raised to t by
    /// repeated multiplication.
    public static func project(
        _ workload: Workload, prices: PriceSet, selfHosting option: SelfHostingOption,
        horizonMonths: Int = 36,
        annualDiscountRate: Decimal = Decimal(8) / 100, benefits: Benefits = Benefits()
    ) throws(ScenarioError) -> CashFlow {
        let api = try APICost.monthly(workload, prices)
        try option.validate()
        try Check.range(Decimal(horizonMonths), "horizon_months", 1, 600)
        try Check.range(annualDiscountRate, "discount_rate", 0, 1)
        try Check.nonNegative(benefits.hoursSavedPerMonth, "hours_saved_per_month")
        try Check.nonNegative(benefits.hourlyCost, "hourly_cost")
        try Check.nonNegative(benefits.fixedPerMonth, "benefit_per_month")

        let a = api.perRequest
        let fixed = option.fixedMonthly
        let perReplicaCash = option.perReplicaMonthlyCash(workload)
        let purchasePerReplica = option.purchasePerReplica
        let owned: Bool
        if case .own = option.mode { owned = true } else { owned = false }
        let monthlyRoot = DecimalMath.twelfthRoot(1 + annualDiscountRate)
        let benefit = benefits.monthly

        let firstReplicas = try option.unvalidatedReplicas(workload)
        var fleet = owned ? firstReplicas : 0
        let initialPurchase = owned ? Decimal(firstReplicas) * purchasePerReplica : 0
        let oneTime = option.setup + initialPurchase

        var months: [CashFlowMonth] = []
        var growth: Decimal = 1
        var factor: Decimal = 1
        var cumulative: Decimal = 0
        var payback: Int?
        for t in 1...horizonMonths {
            if t > 1 { growth = DecimalMath.grown(growth, by: workload.growthPerMonth) }
            factor *= monthlyRoot
            let requests = workload.requestsPerMonth * growth
            let needed: Int
            do {
                needed = try option.unvalidatedReplicas(workload.with(requestsPerMonth: requests))
            } catch {
                // Growth took the volume past any fleet: say in which month.
                throw .volumeTooLarge(field: "requests (month \(t))", value: requests)
            }
            var bought = 0
            if owned, needed > fleet {
                bought = needed - fleet
                fleet = needed
            }
            let replicas = owned ? fleet : needed
            let purchases = Decimal(bought) * purchasePerReplica
            let running = Decimal(replicas) * perReplicaCash + fixed
            let apiCost = a * requests
            let selfCost = running + purchases
            let saving = apiCost - selfCost
            cumulative += saving
            if payback == nil, cumulative >= oneTime { payback = t }
            months.append(
                CashFlowMonth(
                    month: t, requests: requests, api: apiCost, replicas: replicas,
                    gpusBought: bought * option.gpusPerReplica, purchases: purchases,
                    selfHostingRunning: running,
                    selfHosting: selfCost, saving: saving, cumulativeSaving: cumulative, benefits: benefit,
                    discountFactor: factor, discountedSaving: saving / factor))
        }

        let npvSwitching = months.reduce(-oneTime) { $0 + $1.discountedSaving }
        let npvAPI = months.reduce(Decimal(0)) { $0 + ($1.benefits - $1.api) / $1.discountFactor }
        let npvSelf = months.reduce(-oneTime) { $0 + ($1.benefits - $1.selfHosting) / $1.discountFactor }
        let totalAPI = months.reduce(Decimal(0)) { $0 + $1.api }
        let totalSelf = months.reduce(oneTime) { $0 + $1.selfHosting }
        let totalBenefits = months.reduce(Decimal(0)) { $0 + $1.benefits }
        let roiAPI = totalAPI > 0 ? (totalBenefits - totalAPI) / totalAPI : nil
        let roiSelf = totalSelf > 0 ? (totalBenefits - totalSelf) / totalSelf : nil

        let r = annualDiscountRate
        let explain = [
            ExplainStep(
                label: "one-time costs at t = 0", formula: "setup + first fleet × G × installed price",
                substituted: "\(option.setup) + \(initialPurchase)", result: "\(oneTime)"),
            ExplainStep(
                label: "monthly discount root", formula: "(1 + r)^(1/12), Newton's method",
                substituted: "(1 + \(r))^(1/12)", result: "\(monthlyRoot)"),
            ExplainStep(
                label: "volume in month t", formula: "R_t = R·(1 + g)^(t−1)",
                substituted: "\(workload.requestsPerMonth) × (1 + \(workload.growthPerMonth))^(t−1)",
                result: months.map { "\($0.requests)" }.joined(separator: ", ")),
            ExplainStep(
                label: "payback month", formula: "first t with Σ_{1..t} (API − self) ≥ one-time costs",
                substituted: "cumulative: " + months.map { "\($0.cumulativeSaving)" }.joined(separator: ", ")
                    + " vs \(oneTime)",
                result: payback.map { "\($0)" } ?? "not within \(horizonMonths) months"),
            ExplainStep(
                label: "npv of switching", formula: "Σ (API_t − self_t) / (1 + r)^(t/12) − one-time costs",
                substituted: months.map { "\($0.saving) / \($0.discountFactor)" }.joined(separator: " + ")
                    + " − \(oneTime)",
                result: "\(npvSwitching)"),
            ExplainStep(
                label: "roi of self-hosting", formula: "(Σ benefits − Σ costs) / Σ costs",
                substituted: "(\(totalBenefits) − \(totalSelf)) / \(totalSelf)",
                result: roiSelf.map { "\($0)" } ?? "undefined (nothing spent)"),
        ]
        return CashFlow(
            months: months, oneTimeAtStart: oneTime, initialPurchase: initialPurchase, paybackMonth: payback,
            npvOfSwitching: npvSwitching, npvOfAPI: npvAPI, npvOfSelfHosting: npvSelf, roiOfAPI: roiAPI,
            roiOfSelfHosting: roiSelf, totalAPI: totalAPI, totalSelfHosting: totalSelf,
            totalBenefits: totalBenefits, explain: explain)
    }
}

import Foundation
import Pricing

/// One option of a comparison at the scenario's current volume: what it costs a month.
public struct OptionCost: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case api(APIOptionPlan, APICostBreakdown)
        case selfHosted(SelfHostingPlan, SelfHostingCost)
    }

    public var label: String
    public var kind: Kind
    /// Monthly cost at the current volume (self-hosting: running cost of the replicas plus F).
    public var monthly: Decimal
    /// monthly / (R·(I+O)) · 1M; nil when no tokens flow.
    public var perMTok: Decimal?
    /// monthly / R; nil at zero volume.
    public var perRequest: Decimal?

    public var isAPI: Bool {
        if case .api = kind { return true }
        return false
    }
}

/// What an option costs and earns over the horizon: totals, NPV and ROI.
public struct OptionProjection: Sendable, Hashable {
    public var label: String
    /// One-time costs at t = 0 (setup, the first owned fleet).
    public var oneTime: Decimal
    /// Σ monthly cash costs plus one-time costs, undiscounted.
    public var totalCost: Decimal
    public var totalBenefits: Decimal
    /// Σ (benefits_t − cost_t) / (1+r)^(t/12) − one-time costs.
    public var npv: Decimal
    /// (Σ benefits − Σ costs) / Σ costs; nil when nothing is spent.
    public var roi: Decimal?
}

/// A self-hosting option set against an API option: break-even volumes and the switch's cash flow.
public struct OptionPair: Sendable, Hashable {
    public var api: APIOptionPlan
    public var selfHosting: SelfHostingPlan
    public var breakEven: BreakEven
    public var cashFlow: CashFlow
}

/// Every option of a plan costed at the current volume, ranked, with every API/self-hosting pair.
public struct Comparison: Sendable, Hashable {
    public var plan: ScenarioPlan
    /// Cheapest first.
    public var options: [OptionCost]
    public var pairs: [OptionPair]
    public var projections: [OptionProjection]

    /// Costs, ranks and pairs every option of `plan`.
    public static func run(_ plan: ScenarioPlan) throws(ScenarioError) -> Comparison {
        let workload = plan.workload
        try workload.validate()
        let tokens = workload.requestsPerMonth * workload.tokensPerRequest
        func per(_ monthly: Decimal) -> (Decimal?, Decimal?) {
            (
                tokens > 0 ? monthly / tokens * 1_000_000 : nil,
                workload.requestsPerMonth > 0 ? monthly / workload.requestsPerMonth : nil
            )
        }
        var options: [OptionCost] = []
        for option in plan.api {
            let cost = try APICost.monthly(workload, option.prices)
            let (perMTok, perRequest) = per(cost.monthly)
            options.append(
                OptionCost(
                    label: option.label, kind: .api(option, cost),
                    monthly: cost.monthly, perMTok: perMTok, perRequest: perRequest))
        }
        for option in plan.selfHosting {
            let cost = try option.option.monthly(workload)
            let (perMTok, perRequest) = per(cost.monthly)
            options.append(
                OptionCost(
                    label: option.label, kind: .selfHosted(option, cost), monthly: cost.monthly,
                    perMTok: perMTok,
                    perRequest: perRequest))
        }
        // Stable: equal costs keep the scenario's order.
        let ranked = options.enumerated().sorted {
            $0.element.monthly != $1.element.monthly
                ? $0.element.monthly < $1.element.monthly : $0.offset < $1.offset
        }.map(\.element)

        var pairs: [OptionPair] = []
        for api in plan.api {
            for hosting in plan.selfHosting {
                let breakEven = try BreakEven.analyse(
                    workload, prices: api.prices, selfHosting: hosting.option)
                let cashFlow = try CashFlow.project(
                    workload, prices: api.prices, selfHosting: hosting.option,
                    horizonMonths: plan.horizonMonths,
                    annualDiscountRate: plan.discountRate, benefits: plan.benefits)
                pairs.append(
                    OptionPair(api: api, selfHosting: hosting, breakEven: breakEven, cashFlow: cashFlow))
            }
        }
        var projections: [OptionProjection] = []
        for api in plan.api {
            projections.append(try projectAPI(api, plan: plan))
        }
        for hosting in plan.selfHosting {
            // The self-hosting side of a cash flow does not depend on the API it is set against.
            let flow: CashFlow
            if let paired = pairs.first(where: { $0.selfHosting == hosting }) {
                flow = paired.cashFlow
            } else {
                flow = try CashFlow.project(
                    workload, prices: PriceSet(effective: plan.asOf, inputPerMTok: 0, outputPerMTok: 0),
                    selfHosting: hosting.option, horizonMonths: plan.horizonMonths,
                    annualDiscountRate: plan.discountRate, benefits: plan.benefits)
            }
            projections.append(
                OptionProjection(
                    label: hosting.label, oneTime: flow.oneTimeAtStart, totalCost: flow.totalSelfHosting,
                    totalBenefits: flow.totalBenefits, npv: flow.npvOfSelfHosting, roi: flow.roiOfSelfHosting)
            )
        }
        return Comparison(plan: plan, options: ranked, pairs: pairs, projections: projections)
    }

    /// An API option over the horizon: cost a·R_t each month, no one-time cost.
    static func projectAPI(_ option: APIOptionPlan, plan: ScenarioPlan) throws(ScenarioError)
        -> OptionProjection
    {
        let a = try APICost.monthly(plan.workload, option.prices).perRequest
        let root = DecimalMath.twelfthRoot(1 + plan.discountRate)
        let benefit = plan.benefits.monthly
        var growth: Decimal = 1
        var factor: Decimal = 1
        var total: Decimal = 0
        var npv: Decimal = 0
        for t in 1...max(1, plan.horizonMonths) {
            if t > 1 { growth = DecimalMath.grown(growth, by: plan.workload.growthPerMonth) }
            factor *= root
            let cost = a * plan.workload.requestsPerMonth * growth
            total += cost
            npv += (benefit - cost) / factor
        }
        let benefits = benefit * Decimal(plan.horizonMonths)
        return OptionProjection(
            label: option.label, oneTime: 0, totalCost: total,
            totalBenefits: benefits, npv: npv, roi: total > 0 ? (benefits - total) / total : nil)
    }
}

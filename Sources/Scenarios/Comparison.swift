import Foundation
import Pricing

/// One option of a comparison at the scenario's current volume: what it costs a month.
public struct OptionCost: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case api(APIOptionPlan, APICostBreakdown)
        case selfHosted(SelfHostingPlan, SelfHostingCost)
        /// The must-self-host share on a fleet, the rest on an API (hybrid routing).
        case hybrid(HybridCost)
        /// The staff's seats on a per-user chat plan.
        case seats(SeatCost)
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

    /// False when the option sends traffic that must be self-hosted to a vendor (an API or a seat plan).
    public func respects(selfHostedShare sigma: Decimal) -> Bool {
        switch kind {
        case .api, .seats: sigma == 0
        case .selfHosted, .hybrid: true
        }
    }
}

/// What an option costs and earns over the horizon: totals, NPV and ROI.
public struct OptionProjection: Sendable, Hashable {
    public var label: String
    public var id: OptionID
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
    /// Each seat plan against each API option: the requests per user at which they cost the same.
    public var seatBreakEvens: [SeatBreakEven] = []

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
        // Each API option's costs at the current volume, also what break-even and projections start from.
        var apiCosts: [APICostBreakdown] = []
        for option in plan.api {
            let cost = try APICost.monthly(workload, option.prices)
            apiCosts.append(cost)
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
        if plan.scenario.isHybrid {
            let sigma = plan.scenario.selfHostedShare
            for hosting in plan.selfHosting {
                for api in plan.api {
                    let cost = try Hybrid.cost(
                        workload, selfHostedShare: sigma, api: api, selfHosting: hosting)
                    let (perMTok, perRequest) = per(cost.monthly)
                    options.append(
                        OptionCost(
                            label: "\(hosting.label) + \(api.label)", kind: .hybrid(cost),
                            monthly: cost.monthly,
                            perMTok: perMTok, perRequest: perRequest))
                }
            }
        }
        var seatBreakEvens: [SeatBreakEven] = []
        for seat in plan.seats {
            let cost = try Seats.cost(seat, workload: workload)
            let (perMTok, perRequest) = per(cost.monthly)
            options.append(
                OptionCost(
                    label: seat.label, kind: .seats(cost), monthly: cost.monthly, perMTok: perMTok,
                    perRequest: perRequest))
            for api in plan.api {
                seatBreakEvens.append(try Seats.breakEven(seat, api: api, workload: workload))
            }
        }
        // Stable: equal costs keep the scenario's order.
        let ranked = options.enumerated().sorted {
            $0.element.monthly != $1.element.monthly
                ? $0.element.monthly < $1.element.monthly : $0.offset < $1.offset
        }.map(\.element)

        // Each pair's cash flow is `CashFlow.project`'s, built from parts made once: the months'
        // volumes and discount factors, and each self-hosting option's side (made where its first
        // pair needs it, so any error surfaces where `project` would raise it).
        var timeline: CashFlow.Timeline?
        var hostingSides: [CashFlow.HostingSide?] = Array(repeating: nil, count: plan.selfHosting.count)
        var pairs: [OptionPair] = []
        for (api, apiCost) in zip(plan.api, apiCosts) {
            // a·R_t for every month, shared by this API's pairs.
            var monthlyAPI: [Decimal]?
            for (index, hosting) in plan.selfHosting.enumerated() {
                let breakEven = try BreakEven.analyse(workload, api: apiCost, selfHosting: hosting.option)
                // `analyse` has priced the workload with these prices and validated the option.
                try CashFlow.checkTerms(
                    horizonMonths: plan.horizonMonths, annualDiscountRate: plan.discountRate,
                    benefits: plan.benefits)
                let shared =
                    timeline
                    ?? CashFlow.Timeline(
                        workload, months: plan.horizonMonths, annualDiscountRate: plan.discountRate)
                timeline = shared
                let side: CashFlow.HostingSide
                if let made = hostingSides[index] {
                    side = made
                } else {
                    side = try CashFlow.HostingSide(hosting.option, workload, timeline: shared)
                }
                hostingSides[index] = side
                let costs = monthlyAPI ?? shared.requests.map { breakEven.apiPerRequest * $0 }
                monthlyAPI = costs
                let cashFlow = CashFlow.combine(
                    workload, apiPerRequest: breakEven.apiPerRequest, apiCosts: costs, option: hosting.option,
                    hosting: side,
                    timeline: shared, horizonMonths: plan.horizonMonths,
                    annualDiscountRate: plan.discountRate,
                    benefits: plan.benefits)
                pairs.append(
                    OptionPair(api: api, selfHosting: hosting, breakEven: breakEven, cashFlow: cashFlow))
            }
        }
        var projections: [OptionProjection] = []
        for (api, apiCost) in zip(plan.api, apiCosts) {
            let shared =
                timeline
                ?? CashFlow.Timeline(
                    workload, months: plan.horizonMonths, annualDiscountRate: plan.discountRate)
            timeline = shared
            projections.append(projectAPI(api, perRequest: apiCost.perRequest, plan: plan, timeline: shared))
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
                    label: hosting.label, id: hosting.id, oneTime: flow.oneTimeAtStart,
                    totalCost: flow.totalSelfHosting,
                    totalBenefits: flow.totalBenefits, npv: flow.npvOfSelfHosting, roi: flow.roiOfSelfHosting)
            )
        }
        return Comparison(
            plan: plan, options: ranked, pairs: pairs, projections: projections,
            seatBreakEvens: seatBreakEvens)
    }

    /// An API option over the horizon: cost a·R_t each month, no one-time cost.
    ///
    /// `a` is the option's cost per request; `timeline` holds the months' growth and discount
    /// factors (at least `max(1, horizon)` months).
    static func projectAPI(
        _ option: APIOptionPlan, perRequest a: Decimal, plan: ScenarioPlan, timeline: CashFlow.Timeline
    ) -> OptionProjection {
        let benefit = plan.benefits.monthly
        var total: Decimal = 0
        var npv: Decimal = 0
        let atCurrentVolume = a * plan.workload.requestsPerMonth
        for t in 1...max(1, plan.horizonMonths) {
            let growth = timeline.growth[t - 1]
            let factor = timeline.factors[t - 1]
            let cost = atCurrentVolume * growth
            total += cost
            npv += (benefit - cost) / factor
        }
        let benefits = benefit * Decimal(plan.horizonMonths)
        return OptionProjection(
            label: option.label, id: option.id, oneTime: 0, totalCost: total,
            totalBenefits: benefits, npv: npv, roi: total > 0 ? (benefits - total) / total : nil)
    }
}

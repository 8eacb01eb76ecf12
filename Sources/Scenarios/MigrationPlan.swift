import Foundation
import Pricing

/// What `plan` optimises: the undiscounted total cost over the horizon, or the NPV.
public enum PlanObjective: String, Sendable, Hashable, CaseIterable {
    /// Lowest Σ cost over the horizon, one-time costs included, undiscounted.
    case cost
    /// Highest NPV: Σ (benefits_t − cost_t) / (1+r)^(t/12) − one-time costs, discounted to t = 0.
    case npv
}

/// The three plans `plan` sets side by side.
public enum MigrationPlanKind: String, Sendable, Hashable, CaseIterable {
    case apiOnly = "api_only"
    case dayOne = "self_host_from_day_one"
    case migrate = "migrate"
}

/// One switch month tried by the search, with both measures.
public struct MigrationCandidate: Sendable, Hashable {
    /// M: 1 is self-hosting from day one, H + 1 never leaves the API.
    public var switchMonth: Int
    /// Σ cost over the horizon, one-time costs included, undiscounted.
    public var totalCost: Decimal
    /// Σ (benefits_t − cost_t) / (1+r)^(t/12) − one-time costs / (1+r)^((M−1)/12).
    public var npv: Decimal

    /// The candidate's value under `objective`, larger is better (cost is negated).
    public func score(_ objective: PlanObjective) -> Decimal {
        objective == .cost ? -totalCost : npv
    }
}

/// Every switch month of one API workload onto one self-hosting option, and the best of them.
///
/// Each plan is one `CashFlow.project` with a switch month M: API for months 1…M−1,
/// self-hosting from M on, paying the option's setup and (owned) the first fleet at the start
/// of month M. M = 1 is "self-host from day one" and M = H + 1 is "API only"; the migrate plan
/// is the best M in 2…H.
public struct MigrationSearch: Sendable, Hashable {
    public var objective: PlanObjective
    public var horizonMonths: Int
    /// Every M from 1 to H + 1, in order.
    public var candidates: [MigrationCandidate]
    public var apiOnly: CashFlow
    public var dayOne: CashFlow
    /// The best switch month in 2…H; nil when the horizon is one month and there is none.
    public var migrate: CashFlow?
    /// The best M over 1…H + 1 (ties go to the later month: spend later for the same result).
    public var bestSwitchMonth: Int

    /// Which of the three plans is best.
    public var best: MigrationPlanKind {
        bestSwitchMonth == 1 ? .dayOne : bestSwitchMonth > horizonMonths ? .apiOnly : .migrate
    }

    /// The cash flow of one of the three plans; nil for `migrate` when there is no month 2…H.
    public func flow(_ kind: MigrationPlanKind) -> CashFlow? {
        switch kind {
        case .apiOnly: apiOnly
        case .dayOne: dayOne
        case .migrate: migrate
        }
    }

    /// A plan's value under the objective, larger is better.
    public func score(_ flow: CashFlow) -> Decimal {
        objective == .cost ? -flow.totalSelfHosting : flow.npvOfSelfHosting
    }

    /// Projects every switch month 1…H + 1 and keeps the best overall and the best in 2…H.
    ///
    /// `option.setup` holds every one-time cost of the move (setup, migration, fine-tuning).
    public static func run(
        _ workload: Workload, prices: PriceSet, selfHosting option: SelfHostingOption, horizonMonths: Int,
        annualDiscountRate: Decimal, benefits: Benefits, objective: PlanObjective
    ) throws(ScenarioError) -> MigrationSearch {
        try workload.validate()
        try InputBounds.horizonMonths.check(Decimal(horizonMonths))
        let api = try APICost.monthly(workload, prices)
        try option.validate()
        try CashFlow.checkTerms(
            horizonMonths: horizonMonths, annualDiscountRate: annualDiscountRate, benefits: benefits)
        // Volumes, discount factors, API costs and the replicas each month needs do not depend on
        // the switch month: made once, each projection is `CashFlow.project`'s, operation for operation.
        let timeline = CashFlow.Timeline(
            workload, months: horizonMonths, annualDiscountRate: annualDiscountRate)
        let apiCosts = timeline.requests.map { api.perRequest * $0 }
        let needed = try CashFlow.HostingSide.neededReplicas(option, workload, timeline: timeline)
        func project(_ month: Int) throws(ScenarioError) -> CashFlow {
            let hosting = try CashFlow.HostingSide(
                option, workload, timeline: timeline, switchMonth: month, needed: needed)
            return CashFlow.combine(
                workload, apiPerRequest: api.perRequest, apiCosts: apiCosts, option: option, hosting: hosting,
                timeline: timeline, horizonMonths: horizonMonths, annualDiscountRate: annualDiscountRate,
                benefits: benefits)
        }
        var candidates: [MigrationCandidate] = []
        var bestMonth = 1
        var bestInner: Int?
        for month in 1...(horizonMonths + 1) {
            let flow = try project(month)
            let candidate = MigrationCandidate(
                switchMonth: month, totalCost: flow.totalSelfHosting, npv: flow.npvOfSelfHosting)
            candidates.append(candidate)
            // `>=`: a later month that does as well wins.
            if candidate.score(objective) >= candidates[bestMonth - 1].score(objective) { bestMonth = month }
            if month >= 2, month <= horizonMonths,
                bestInner.map({ candidate.score(objective) >= candidates[$0 - 1].score(objective) }) ?? true
            {
                bestInner = month
            }
        }
        // The three plans shown, projected again (each candidate kept only its two figures).
        return MigrationSearch(
            objective: objective, horizonMonths: horizonMonths, candidates: candidates,
            apiOnly: try project(horizonMonths + 1), dayOne: try project(1),
            migrate: try bestInner.map { month throws(ScenarioError) in try project(month) },
            bestSwitchMonth: bestMonth)
    }
}

/// "API first, then migrate" for one API option and one self-hosting option of a scenario.
public struct MigrationPlan: Sendable, Hashable {
    public var api: APIOptionPlan
    public var selfHosting: SelfHostingPlan
    /// The self-hosting option with the migration and fine-tuning costs added to its setup.
    public var option: SelfHostingOption
    /// Migration plus fine-tuning, in the plan's currency.
    public var migrationCost: Decimal
    public var search: MigrationSearch

    public var objective: PlanObjective { search.objective }
    public var horizonMonths: Int { search.horizonMonths }
    public var candidates: [MigrationCandidate] { search.candidates }
    public var apiOnly: CashFlow { search.apiOnly }
    public var migrate: CashFlow? { search.migrate }
    public var bestSwitchMonth: Int { search.bestSwitchMonth }
    public var best: MigrationPlanKind { search.best }
    public func flow(_ kind: MigrationPlanKind) -> CashFlow? { search.flow(kind) }
    public func score(_ flow: CashFlow) -> Decimal { search.score(flow) }

    /// Tries every switch month for `api` against `hosting`, with the scenario's migration costs.
    public static func search(
        api: APIOptionPlan, selfHosting hosting: SelfHostingPlan, plan: ScenarioPlan, objective: PlanObjective
    ) throws(ScenarioError) -> MigrationPlan {
        let migration = (plan.scenario.migration?.total ?? 0) * plan.scenarioCurrencyFactor
        try Check.nonNegative(migration, "migration")
        var option = hosting.option
        option.setup += migration
        let search = try MigrationSearch.run(
            plan.workload, prices: api.prices, selfHosting: option, horizonMonths: plan.horizonMonths,
            annualDiscountRate: plan.discountRate, benefits: plan.benefits, objective: objective)
        return MigrationPlan(
            api: api, selfHosting: hosting, option: option, migrationCost: migration, search: search)
    }
}

/// `plan`'s result: the API a scenario starts on, and a migration plan for each self-hosting option.
public struct MigrationStudy: Sendable, Hashable {
    public var plan: ScenarioPlan
    public var objective: PlanObjective
    public var plans: [MigrationPlan]

    /// Plans every self-hosting option of `plan` against `api`.
    public static func run(_ plan: ScenarioPlan, api: APIOptionPlan, objective: PlanObjective)
        throws(ScenarioError) -> MigrationStudy
    {
        var plans: [MigrationPlan] = []
        for hosting in plan.selfHosting {
            plans.append(
                try MigrationPlan.search(api: api, selfHosting: hosting, plan: plan, objective: objective))
        }
        return MigrationStudy(plan: plan, objective: objective, plans: plans)
    }
}

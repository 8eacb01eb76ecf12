import Foundation
import Pricing

/// A seat plan of a scenario, with its price converted to the plan's currency.
public struct SeatOptionPlan: Sendable, Hashable {
    public var plan: SeatPlan
    /// The price of one seat for a month, in the scenario plan's currency.
    public var perUserMonth: Decimal
    /// The staff the scenario names.
    public var users: Int

    /// The plan's name, e.g. `ChatGPT Business (annual)`.
    public var label: String { plan.name }

    /// Seats paid for: the users, or the plan's minimum when there are fewer.
    public var seatsBilled: Int { max(users, plan.minSeats) }
}

/// A seat option at the current volume: what the staff's seats cost a month.
public struct SeatCost: Sendable, Hashable {
    public var option: SeatOptionPlan
    /// max(users, minimum seats) × price per seat-month.
    public var monthly: Decimal
    /// R / users: the requests each user makes a month.
    public var requestsPerUser: Decimal
    public var explain: [ExplainStep]
}

/// Where a seat plan and an API option cost the same for the same staff.
public struct SeatBreakEven: Sendable, Hashable {
    public var seat: SeatOptionPlan
    public var api: APIOptionPlan
    /// The seat plan's monthly cost (independent of volume).
    public var seatMonthly: Decimal
    /// a, the API's cost per request at the scenario's shape.
    public var apiPerRequest: Decimal
    /// The API's cost at today's volume.
    public var apiMonthly: Decimal
    /// r* = seat cost / (a · users): requests per user a month at which both cost the same; nil when a = 0.
    public var requestsPerUser: Decimal?
    public var explain: [ExplainStep]
}

/// Seat subscriptions (issue 10): per-user chat plans against per-token APIs for the same staff.
public enum Seats {
    /// The month's cost of `option`'s seats, and the requests each user makes.
    public static func cost(_ option: SeatOptionPlan, workload: Workload) throws(ScenarioError) -> SeatCost {
        try Check.positive(Decimal(option.users), "users")
        try Check.nonNegative(option.perUserMonth, "per_user_month")
        let seats = option.seatsBilled
        let monthly = Decimal(seats) * option.perUserMonth
        let perUser = workload.requestsPerMonth / Decimal(option.users)
        let explain = [
            ExplainStep(
                quantity: .seatsBilled, formula: "\(word: .seatsBilledRule)",
                substituted: "max(\(option.users), \(option.plan.minSeats))", result: "\(seats)"),
            ExplainStep(
                quantity: .seatsPerMonth, formula: "\(word: .seatsPerMonthRule)",
                substituted: "\(seats) × \(option.perUserMonth)", result: "\(monthly)"),
            ExplainStep(
                quantity: .requestsPerUser, formula: "\(word: .requestsPerUserRule)",
                substituted: "\(workload.requestsPerMonth) / \(option.users)", result: "\(perUser)"),
        ]
        return SeatCost(option: option, monthly: monthly, requestsPerUser: perUser, explain: explain)
    }

    /// The requests per user a month at which `seat` and `api` cost the same: r* = S / (a · users).
    ///
    /// The API's cost is linear in volume (a·r·users, same shape), the seats' is flat, so they
    /// meet once: below r* the API is cheaper, above it the seats.
    public static func breakEven(_ seat: SeatOptionPlan, api: APIOptionPlan, workload: Workload)
        throws(ScenarioError) -> SeatBreakEven
    {
        let seatCost = try cost(seat, workload: workload)
        let apiCost = try APICost.monthly(workload, api.prices)
        let a = apiCost.perRequest
        let users = Decimal(seat.users)
        let perUser: Decimal? = a > 0 ? seatCost.monthly / (a * users) : nil
        var explain = seatCost.explain.filter { $0.quantity != .requestsPerUser }
        explain.append(
            ExplainStep(quantity: .apiCostPerRequest, formula: "a", substituted: "a", result: "\(a)"))
        explain.append(
            ExplainStep(
                quantity: .breakEvenRequestsPerUser, formula: "\(word: .breakEvenPerUserRule)",
                substituted: "\(seatCost.monthly) / (\(a) × \(seat.users))",
                result: perUser == nil ? "(a = 0)" : perUser.map { "\($0)" } ?? "",
                never: perUser == nil ? .apiFree : nil))
        return SeatBreakEven(
            seat: seat, api: api, seatMonthly: seatCost.monthly, apiPerRequest: a,
            apiMonthly: apiCost.monthly,
            requestsPerUser: perUser, explain: explain)
    }
}

extension ScenarioPlanner {
    /// The scenario's seat plans resolved against the data, each price converted by `factor`.
    static func seatOptions(
        _ scenario: ScenarioFile, table: PriceTable, factor: (String, Origin?) -> Decimal?
    ) -> ([SeatOptionPlan], [Diagnostic]) {
        var options: [SeatOptionPlan] = []
        var errors: [Diagnostic] = []
        for reference in scenario.seatPlans {
            guard let plan = table.seatPlan(id: reference.id) else {
                let near = closestMatch(to: reference.id, among: table.seatPlans.map(\.id))
                errors.append(
                    Diagnostic(
                        .error, file: reference.origin?.file ?? scenario.file,
                        location: reference.origin?.location,
                        path: reference.origin?.path,
                        reason: .unknownSeatPlan(id: reference.id, suggestion: near)))
                continue
            }
            guard let users = scenario.users, let rate = factor(plan.currency, reference.origin) else {
                continue
            }
            options.append(SeatOptionPlan(plan: plan, perUserMonth: plan.perUserMonth * rate, users: users))
        }
        return (options, errors)
    }
}

import Foundation
import Pricing
import Scenarios

/// The parts of `compare` for issue 10's strategies: hybrid routing and seat subscriptions.
extension ScenarioReports {
    /// A hybrid option's name: the self-hosting option, plus the API that takes the flexible part.
    static func hybridLabel(_ cost: HybridCost, context: ReportContext) -> String {
        selfLabel(cost.selfHosting, context: context) + " + " + cost.api.label
    }

    /// How a hybrid option routes the scenario's segments, with σ and the segment names.
    static func hybridNote(_ plan: ScenarioPlan, context: ReportContext) -> String {
        let sigma = plan.scenario.selfHostedShare
        let constrained = plan.scenario.segments.filter(\.mustSelfHost).map(\.name).joined(separator: ", ")
        let flexible = plan.scenario.segments.filter { !$0.mustSelfHost }.map(\.name).joined(separator: ", ")
        let share = NumberFormatting.exact(sigma * 100) + "%"
        let rest = NumberFormatting.exact((1 - sigma) * 100) + "%"
        return context.t(
            .pHybridRoutingNote, constrained, share, flexible.isEmpty ? context.t(.pNone) : flexible, rest)
    }

    /// Why API and seat rows are not marked cheapest in a scenario with a must-self-host share.
    static func constraintNote(_ plan: ScenarioPlan, context: ReportContext) -> String {
        context.t(.pThisOptionWouldSendTheOf, constraintShare(plan))
    }

    /// The share of requests that must be self-hosted, as a percentage.
    static func constraintShare(_ plan: ScenarioPlan) -> String {
        NumberFormatting.exact(plan.scenario.selfHostedShare * 100) + "%"
    }

    /// A seat plan's price, billing, minimum seats, date and source, as the data states them.
    static func seatNote(_ seat: SeatOptionPlan, plan: ScenarioPlan, context: ReportContext) -> String {
        let p = seat.plan
        var text = "\(p.name) (\(p.id)): "
        text += Money.format(p.perUserMonth, currency: p.currency, places: 2)
        text += context.t(
            .pPerUserAMonthBilled, context.t(p.billing == .annual ? .pAnnually : .pMonthly), "\(p.minSeats)",
            p.minSeats == 1 ? "" : "s")
        if seat.users < p.minSeats {
            text += context.t(.pUsersPayForTheMinimumOf, "\(seat.users)", "\(p.minSeats)")
        }
        if let checked = p.checked { text += context.t(.pChecked2, "\(checked)") }
        if let source = p.source { text += " — \(source)" }
        if let note = p.note { text += " (\(note))" }
        return text
    }

    /// The assumption every seat row rests on.
    static func seatAssumptionNote(_ context: ReportContext) -> String {
        context.t(.pASeatPlanAppliesOnlyWhere)
    }

    /// Each hybrid option's split: requests on each side, the fleet, and the two costs.
    static func hybridTable(_ comparison: Comparison, context: ReportContext) -> Table {
        let currency = comparison.plan.currency
        let rows: [Row] = comparison.options.compactMap { option in
            guard case .hybrid(let cost) = option.kind else { return nil }
            let fleet = Cell.fleet(
                replicas: cost.fleet?.replicas ?? 0,
                gpusPerReplica: cost.selfHosting.deployment.gpusPerReplica)
            return Row(
                cells: [
                    .label(hybridLabel(cost, context: context)), .percent(cost.selfHostedShare, places: 1),
                    .integer(Rounding.rounded(cost.selfHostedRequests, places: 0)),
                    .integer(Rounding.rounded(cost.apiRequests, places: 0)), fleet,
                    money(cost.fleet?.monthly ?? 0, currency, context),
                    money(cost.apiCost.monthly, currency, context),
                    money(cost.monthly, currency, context),
                ], option: option.id)
        }
        return Table(
            id: "hybrid",
            columns: [
                Column(key: "option", label: Phrases.text(.option, context.language)),
                Column(
                    key: "self_hosted_share", label: context.t(.pSelfHostedShare), unit: "%",
                    alignment: .right),
                Column(
                    key: "self_hosted_requests", label: context.t(.pSelfHosted),
                    unit: context.requestsPerMonth, alignment: .right),
                Column(
                    key: "api_requests", label: context.t(.pToTheApi),
                    unit: context.requestsPerMonth,
                    alignment: .right),
                Column(
                    key: "replicas", label: context.t(.pReplicasGpus),
                    unit: context.t(.pGpus), alignment: .right),
                Column(
                    key: "fleet_cost", label: context.t(.pFleet), unit: context.perMonth(currency),
                    alignment: .right),
                Column(
                    key: "api_cost", label: context.t(.pApi2), unit: context.perMonth(currency),
                    alignment: .right),
                Column(
                    key: "monthly_cost", label: Phrases.text(.monthlyCost, context.language),
                    unit: context.perMonth(currency), alignment: .right),
            ], rows: rows)
    }

    /// Each seat plan against each API option: both costs today and the break-even requests per user.
    static func seatTable(_ comparison: Comparison, context: ReportContext) -> Table {
        let currency = comparison.plan.currency
        let rows = comparison.seatBreakEvens.map { be in
            let perUser = comparison.plan.workload.requestsPerMonth / Decimal(be.seat.users)
            let cheaper: Cell =
                be.seatMonthly < be.apiMonthly
                ? .key("seats", text: context.t(.pSeats))
                : be.seatMonthly > be.apiMonthly
                    ? .key("api", text: "API") : .key("equal", text: context.t(.pEqual))
            return Row(
                cells: [
                    .label(be.seat.label), .label(be.api.label), .integer(Decimal(be.seat.seatsBilled)),
                    money(be.seatMonthly, currency, context), money(be.apiMonthly, currency, context),
                    .decimal(perUser, places: 2),
                    be.requestsPerUser.map { .decimal($0, places: 2) }
                        ?? context.never(.apiFree),
                    cheaper,
                ], option: .pair(api: be.api.id, selfHosted: be.seat.id))
        }
        return Table(
            id: "seat_break_even",
            columns: [
                Column(key: "seat_plan", label: context.t(.pSeatPlan)),
                Column(key: "api_option", label: context.t(.pApiOption2)),
                Column(key: "seats", label: context.t(.pSeatsBilled), alignment: .right),
                Column(
                    key: "seat_cost", label: context.t(.pSeats2), unit: context.perMonth(currency),
                    alignment: .right),
                Column(
                    key: "api_cost", label: context.t(.pApiToday),
                    unit: context.perMonth(currency), alignment: .right),
                Column(
                    key: "requests_per_user",
                    label: context.t(.pRequestsPerUserToday),
                    unit: context.t(.pRequestsUserMonth), alignment: .right),
                Column(
                    key: "break_even_requests_per_user",
                    label: context.t(.pBreakEvenPerUser),
                    unit: context.t(.pRequestsUserMonth), alignment: .right),
                Column(key: "cheaper_today", label: context.t(.pCheaperToday)),
            ], rows: rows)
    }

    /// The sections `compare` adds for hybrid options and seat plans (none when the scenario has neither).
    static func strategySections(_ comparison: Comparison, context: ReportContext) -> [Section] {
        var sections: [Section] = []
        if comparison.options.contains(where: { if case .hybrid = $0.kind { true } else { false } }) {
            sections.append(
                Section(
                    heading: context.t(.pHybridRoutingWhatEachSideCarries),
                    table: hybridTable(comparison, context: context)))
        }
        if !comparison.seatBreakEvens.isEmpty {
            let users = comparison.plan.seats.first?.users ?? 0
            sections.append(
                Section(
                    heading: context.t(.pSeatSubscriptionsForUsersBreakEven, "\(users)"),
                    table: seatTable(comparison, context: context),
                    paragraphs: [
                        context.t(.pBelowTheBreakEvenTheApi)
                    ]))
        }
        return sections
    }

    /// The explain trail of a hybrid or seat option, and of each seat break-even.
    static func strategyExplain(_ option: OptionCost, plan: ScenarioPlan, context: ReportContext) -> Section?
    {
        switch option.kind {
        case .hybrid(let cost):
            // With a mix, the hybrid's own trail gives the fleet's segments' s_i and their mean.
            let steps =
                plan.workload.isMixed
                ? cost.explain : cost.selfHosting.throughput.explain(for: plan.workload) + cost.explain
            return explainSection(
                hybridLabel(cost, context: context), steps, currency: plan.currency, context: context)
        case .seats(let cost):
            return explainSection(option.label, cost.explain, currency: plan.currency, context: context)
        case .api, .selfHosted:
            return nil
        }
    }

    /// Monthly cost of a hybrid option against total volume x: the fleet steps up at every σx = k·R₁,
    /// the API line rises with a·(1−σ)·x between the steps.
    static func hybridPoints(_ cost: HybridCost, plan: ScenarioPlan, upTo top: Decimal) -> [ChartPoint] {
        let sigma = cost.selfHostedShare
        let a = cost.apiCost.perRequest * (1 - sigma)
        guard sigma > 0 else { return [ChartPoint(x: 0, y: 0), ChartPoint(x: top, y: a * top)] }
        let option = cost.fleetOption
        let c = option.perReplicaMonthly(cost.fleetWorkload)
        let f = option.fixedMonthly
        let r1 = option.capacity(replicas: 1, cost.fleetWorkload)
        var k = option.minReplicas
        var points = [ChartPoint(x: 0, y: Decimal(k) * c + f)]
        while r1 > 0, Decimal(k) * r1 / sigma < top, points.count < 400 {
            let x = Decimal(k) * r1 / sigma
            points.append(ChartPoint(x: x, y: Decimal(k) * c + f + a * x))
            points.append(ChartPoint(x: x, y: Decimal(k + 1) * c + f + a * x))
            k += 1
        }
        points.append(ChartPoint(x: top, y: Decimal(k) * c + f + a * top))
        return points
    }
}

extension ScenarioReports {
    /// Says in a `breakeven` report that it covers a hybrid scenario's flexible part only, and how.
    public static func markFlexiblePart(
        _ report: inout Report, of whole: ScenarioFile, pair: OptionPair, plan: ScenarioPlan,
        context: ReportContext
    ) {
        let sigma = whole.selfHostedShare
        let r = whole.workload.requestsPerMonth
        let constrained = r * sigma
        let flexible = r - constrained
        // The constrained fleet's spare room: n0·R₁ − R_c requests it serves at no extra cost,
        // at the must-self-host segments' shapes.
        let (fleetWorkload, option) = Hybrid.constrainedFleet(of: whole, selfHosting: pair.selfHosting)
        let n0 = (try? option.replicas(for: fleetWorkload)) ?? option.minReplicas
        var spare = max(0, option.capacity(replicas: n0, fleetWorkload) - constrained)
        // With shapes, the room is counted in flexible requests: its replica-seconds over the flexible s̄.
        let sConstrained = option.secondsPerRequest
        let sFlexible = pair.selfHosting.option.secondsPerRequest
        let reshaped = whole.hasShapedSegments && sFlexible > 0
        if reshaped { spare = spare * sConstrained / sFlexible }
        let shown = { (value: Decimal) in
            NumberFormatting.grouped(Rounding.rounded(value, places: 0), places: 0)
        }
        let share = NumberFormatting.exact(sigma * 100) + "%"
        let text = context.t(
            .pFlexiblePartOnlyOfTheRequests, "\(share)", "\(shown(r))", "\(shown(flexible))", "\(n0)",
            "\(n0 == 1 ? "" : "s")", "\(shown(constrained))", "\(n0 == 1 ? "has" : "have")", "\(shown(spare))"
        )
        if report.sections.isEmpty {
            report.sections.append(Section(paragraphs: [text]))
        } else {
            report.sections[0].paragraphs.append(text)
        }
        if context.explain {
            report.sections.append(
                explainSection(
                    context.t(.pFlexiblePart),
                    [
                        ExplainStep(
                            quantity: .selfHostedShare, formula: "\(word: .mustSelfHostShare)",
                            substituted: FormulaText(
                                whole.segments.filter(\.mustSelfHost).map { "\($0.share)" }
                                    .joined(separator: " + ")), result: "\(sigma)"),
                        ExplainStep(
                            quantity: .flexibleRequests, formula: "R_f = R − R·σ",
                            substituted: "\(r) − \(r) × \(sigma)",
                            result: "\(flexible)"),
                        reshaped
                            ? ExplainStep(
                                quantity: .spareRoomInFlexibleRequests,
                                formula:
                                    "(n0·R_1 − R_c)·s_c / s_f, n0 = max(m, ceil(R_c·s_c·p / (h·3600·u)))",
                                substituted:
                                    "(\(n0) × \(option.capacity(replicas: 1, fleetWorkload)) − \(constrained)) × \(sConstrained) / \(sFlexible)",
                                result: "\(spare)")
                            : ExplainStep(
                                quantity: .spareRoom,
                                formula: "n0·R_1 − R_c, n0 = max(m, ceil(R_c·s·p / (h·3600·u)))",
                                substituted:
                                    "\(n0) × \(option.capacity(replicas: 1, fleetWorkload)) − \(constrained)",
                                result: "\(spare)"),
                        ExplainStep(
                            quantity: .fixedAndSetup,
                            formula: "\(word: .paidByConstrainedFleet)",
                            substituted: "—", result: "0"),
                    ], currency: plan.currency, context: context))
        }
    }
}

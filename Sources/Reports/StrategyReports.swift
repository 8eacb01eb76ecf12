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
            "Hybrid routing: the segments that must be self-hosted (\(constrained); \(share) of requests) run on the self-hosting option's own fleet, sized for the requests it carries and paying the whole operations cost; the flexible rest (\(flexible.isEmpty ? "none" : flexible); \(rest)) goes to the API named after the “+”.",
            "ハイブリッド構成：自社運用が必須のセグメント（\(constrained)、リクエストの \(share)）は自社運用の選択肢で処理し、その量に合わせてレプリカ数を決め、運用費は全額こちらに計上します。残りの柔軟なセグメント（\(flexible.isEmpty ? "なし" : flexible)、\(rest)）は「+」の後の API に送ります。"
        )
    }

    /// Why API and seat rows are not marked cheapest in a scenario with a must-self-host share.
    static func constraintNote(_ plan: ScenarioPlan, context: ReportContext) -> String {
        let share = NumberFormatting.exact(plan.scenario.selfHostedShare * 100) + "%"
        return context.t(
            "This option would send the \(share) of requests that must be self-hosted to a vendor; it is shown for reference and is not marked cheapest.",
            "この選択肢は自社運用が必須のリクエスト（\(share)）を外部に送ることになるため、参考として表示し、最安の印は付けません。")
    }

    /// A seat plan's price, billing, minimum seats, date and source, as the data states them.
    static func seatNote(_ seat: SeatOptionPlan, plan: ScenarioPlan, context: ReportContext) -> String {
        let p = seat.plan
        var text = "\(p.name) (\(p.id)): "
        text += Money.format(p.perUserMonth, currency: p.currency, places: 2)
        text += context.t(
            " per user a month, billed \(p.billing == .annual ? "annually" : "monthly"), at least \(p.minSeats) seat\(p.minSeats == 1 ? "" : "s")",
            "／ユーザー・月（\(p.billing == .annual ? "年払い" : "月払い")、最低 \(p.minSeats) シート）")
        if seat.users < p.minSeats {
            text += context.t(
                "; \(seat.users) users pay for the minimum of \(p.minSeats) seats",
                "。ユーザー \(seat.users) 人でも最低 \(p.minSeats) シート分を支払います")
        }
        if let checked = p.checked { text += context.t(", checked \(checked)", "、\(checked) 確認") }
        if let source = p.source { text += " — \(source)" }
        if let note = p.note { text += " (\(note))" }
        return text
    }

    /// The assumption every seat row rests on.
    static func seatAssumptionNote(_ context: ReportContext) -> String {
        context.t(
            "A seat plan applies only where staff use a chat product interactively: it gives no API access and has fair-use caps, so it cannot carry an automated API workload. Seat cost = max(users, minimum seats) × price per seat-month, whatever the volume; requests per user = requests per month / users.",
            "シートプランは社員がチャット製品を対話的に使う場合にのみ当てはまります。API は使えず、利用上限があるため、自動化された API ワークロードは処理できません。シート費用 = max(ユーザー数, 最低シート数) × 1シートの月額で、量によらず一定です。1ユーザーあたりのリクエスト数 = 月間リクエスト数 ÷ ユーザー数。"
        )
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
                    key: "self_hosted_share", label: context.t("Self-hosted share", "自社運用の割合"), unit: "%",
                    alignment: .right),
                Column(
                    key: "self_hosted_requests", label: context.t("Self-hosted", "自社運用"),
                    unit: context.requestsPerMonth, alignment: .right),
                Column(
                    key: "api_requests", label: context.t("To the API", "API へ"),
                    unit: context.requestsPerMonth,
                    alignment: .right),
                Column(
                    key: "replicas", label: context.t("Replicas × GPUs", "レプリカ数 × GPU数"),
                    unit: context.t("= GPUs", "= GPU数"), alignment: .right),
                Column(
                    key: "fleet_cost", label: context.t("Fleet", "自社運用コスト"), unit: context.perMonth(currency),
                    alignment: .right),
                Column(
                    key: "api_cost", label: context.t("API", "APIコスト"), unit: context.perMonth(currency),
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
                ? .key("seats", text: context.t("seats", "シート"))
                : be.seatMonthly > be.apiMonthly
                    ? .key("api", text: "API") : .key("equal", text: context.t("equal", "同額"))
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
                Column(key: "seat_plan", label: context.t("Seat plan", "シートプラン")),
                Column(key: "api_option", label: context.t("API option", "API")),
                Column(key: "seats", label: context.t("Seats billed", "課金シート数"), alignment: .right),
                Column(
                    key: "seat_cost", label: context.t("Seats", "シート費用"), unit: context.perMonth(currency),
                    alignment: .right),
                Column(
                    key: "api_cost", label: context.t("API today", "現在の API コスト"),
                    unit: context.perMonth(currency), alignment: .right),
                Column(
                    key: "requests_per_user",
                    label: context.t("Requests per user today", "現在の1ユーザーあたりリクエスト数"),
                    unit: context.t("requests/user/month", "リクエスト／人・月"), alignment: .right),
                Column(
                    key: "break_even_requests_per_user",
                    label: context.t("Break-even per user", "損益分岐（1ユーザーあたり）"),
                    unit: context.t("requests/user/month", "リクエスト／人・月"), alignment: .right),
                Column(key: "cheaper_today", label: context.t("Cheaper today", "現在安い方")),
            ], rows: rows)
    }

    /// The sections `compare` adds for hybrid options and seat plans (none when the scenario has neither).
    static func strategySections(_ comparison: Comparison, context: ReportContext) -> [Section] {
        var sections: [Section] = []
        if comparison.options.contains(where: { if case .hybrid = $0.kind { true } else { false } }) {
            sections.append(
                Section(
                    heading: context.t("Hybrid routing: what each side carries", "ハイブリッド構成：それぞれが処理する量"),
                    table: hybridTable(comparison, context: context)))
        }
        if !comparison.seatBreakEvens.isEmpty {
            let users = comparison.plan.seats.first?.users ?? 0
            sections.append(
                Section(
                    heading: context.t(
                        "Seat subscriptions for \(users) users: break-even requests per user",
                        "\(users) 人分のシート契約：1ユーザーあたりの損益分岐リクエスト数"),
                    table: seatTable(comparison, context: context),
                    paragraphs: [
                        context.t(
                            "Below the break-even the API costs less than the seats; above it the seats cost less.",
                            "損益分岐より少なければ API、多ければシートの方が安くなります。")
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
            return explainSection(hybridLabel(cost, context: context), steps, context: context)
        case .seats(let cost):
            return explainSection(option.label, cost.explain, context: context)
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
            "Flexible part only: \(share) of the \(shown(r)) requests a month must be self-hosted whichever way the rest goes, so their fleet, operations staff and setup are a fixed cost of both sides and are left out. This compares the other \(shown(flexible)) requests a month on the API with the same requests on replicas of their own (F = 0, no setup); spare capacity on the constrained fleet is not counted, which favours the API slightly: its \(n0) replica\(n0 == 1 ? "" : "s") for \(shown(constrained)) requests \(n0 == 1 ? "has" : "have") room for \(shown(spare)) more a month at no extra cost, so up to that flexible volume the whole workload on the fleet (compare's self-hosting row) beats any split.",
            "柔軟な部分のみ：月 \(shown(r)) リクエストのうち \(share) は、残りをどう処理しても自社運用が必須のため、そのレプリカ・運用要員・初期費用は両側に共通の固定費として除いています。ここでは残りの月 \(shown(flexible)) リクエストを API に送る場合と、専用のレプリカで処理する場合（F = 0、初期費用なし）を比較します。自社運用必須分のレプリカの空き容量は数えないため、わずかに API に有利な比較です。必須分の \(n0) レプリカ（月 \(shown(constrained)) リクエスト）には追加費用なしで月 \(shown(spare)) リクエストの空きがあり、柔軟な部分がそれ以下なら、全量を自社運用する方（compare の自社運用の行）がどの分割よりも安くなります。"
        )
        if report.sections.isEmpty {
            report.sections.append(Section(paragraphs: [text]))
        } else {
            report.sections[0].paragraphs.append(text)
        }
        if context.explain {
            report.sections.append(
                explainSection(
                    context.t("Flexible part", "柔軟な部分"),
                    [
                        ExplainStep(
                            quantity: .selfHostedShare, formula: "σ = Σ shares of must-self-host segments",
                            substituted: whole.segments.filter(\.mustSelfHost).map { "\($0.share)" }
                                .joined(separator: " + "), result: "\(sigma)"),
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
                            formula: "F = 0, setup = 0 (paid by the constrained fleet)",
                            substituted: "—", result: "0"),
                    ], context: context))
        }
    }
}

import Foundation
import Pricing
import Scenarios

/// What every scenario report needs besides its result: language, money places and whether to explain.
public struct ReportContext: Sendable {
    public var language: Language
    /// Digits after the point for amounts in the plan's currency (USD 2, JPY 0).
    public var minorUnits: Int
    /// Append the formula trail with the values put in.
    public var explain: Bool

    public init(language: Language = .en, minorUnits: Int = 2, explain: Bool = false) {
        self.language = language
        self.minorUnits = minorUnits
        self.explain = explain
    }

    /// A value that does not exist, shown as `never` with its reason kept as a code.
    func never(_ reason: NeverReason) -> Cell { .never(reason: reason, text: Phrases.text(.never, language)) }

    /// A payback that does not happen within the horizon.
    func notWithin(_ months: Int) -> Cell {
        .never(reason: .notWithinHorizon, text: Phrases.text(.notWithinMonths, language, String(months)))
    }

    /// The English or Japanese form of a phrase.
    func t(_ english: String, _ japanese: String) -> String { language == .ja ? japanese : english }

    /// A unit per month: `USD/month`, `JPY／月`.
    func perMonth(_ unit: String) -> String { t("\(unit)/month", "\(unit)／月") }

    /// The unit of a total over the horizon: `USD, 36 months`, `JPY、36か月`.
    func overMonths(_ currency: String, _ months: Int) -> String {
        t("\(currency), \(months) months", "\(currency)、\(months)か月")
    }

    /// The unit of a monthly volume.
    var requestsPerMonth: String { t("requests/month", "リクエスト／月") }

    /// Words in parentheses: `(cheapest)`, `（最安）`.
    func parenthesized(_ text: String) -> String { t("(\(text))", "（\(text)）") }
}

/// Builds the reports of `compare`, `breakeven` and `roi` from engine results.
public enum ScenarioReports {
    // MARK: compare

    /// Every option ranked by monthly cost, then each self-hosting option's break-even against each API.
    public static func compare(_ comparison: Comparison, context: ReportContext) -> Report {
        let plan = comparison.plan
        let currency = plan.currency
        var notes = FootnoteList()
        // With a share that must be self-hosted, the cheapest option is the cheapest that keeps it so.
        let sigma = plan.scenario.selfHostedShare
        let cheapest = comparison.options.first { $0.respects(selfHostedShare: sigma) }?.monthly
        var rows: [Row] = []
        for (index, option) in comparison.options.enumerated() {
            var replicas: Cell = .empty
            var refs: [Int] = []
            let kind: Cell
            var label = option.label
            switch option.kind {
            case .api(let api, let cost):
                kind = .key("api", text: "API")
                refs.append(notes.add(priceNote(api, cost: cost, plan: plan, context: context)))
            case .selfHosted(let hosting, let cost):
                kind =
                    hosting.spec.mode == .rent
                    ? .key("rent", text: context.t("rent", "レンタル"))
                    : .key("own", text: context.t("own", "自社保有"))
                replicas = .fleet(replicas: cost.replicas, gpusPerReplica: hosting.deployment.gpusPerReplica)
                refs += notes.addHostingNotes(hosting, plan: plan, context: context)
                label = selfLabel(hosting, context: context)
            case .hybrid(let cost):
                kind = .key("hybrid", text: context.t("hybrid", "ハイブリッド"))
                replicas = .fleet(
                    replicas: cost.fleet?.replicas ?? 0,
                    gpusPerReplica: cost.selfHosting.deployment.gpusPerReplica)
                refs += notes.addHostingNotes(cost.selfHosting, plan: plan, context: context)
                refs.append(notes.add(priceNote(cost.api, cost: cost.apiCost, plan: plan, context: context)))
                refs.append(notes.add(hybridNote(plan, context: context)))
                label = hybridLabel(cost, context: context)
            case .seats(let cost):
                kind = .key("seats", text: context.t("seats", "シート"))
                refs.append(notes.add(seatNote(cost.option, plan: plan, context: context)))
                refs.append(notes.add(seatAssumptionNote(context)))
            }
            let respects = option.respects(selfHostedShare: sigma)
            if !respects { refs.append(notes.add(constraintNote(plan, context: context))) }
            rows.append(
                Row(
                    cells: [
                        .label(label), .integer(Decimal(index + 1)), kind,
                        money(option.monthly, currency, context),
                        option.perMTok.map { .pricePerMTok($0, currency: currency) } ?? .empty,
                        option.perRequest.map {
                            .money($0, currency: currency, places: context.minorUnits + 4)
                        } ?? .empty,
                        replicas,
                        cheapest.flatMap { $0 > 0 ? Cell.decimal(option.monthly / $0, places: 2) : nil }
                            ?? .empty,
                    ], marked: respects && option.monthly == cheapest, footnoteRefs: refs, option: option.id))
        }
        let options = Table(
            id: "options",
            columns: [
                Column(key: "option", label: Phrases.text(.option, context.language)),
                Column(key: "rank", label: context.t("Rank", "順位"), alignment: .right),
                Column(key: "kind", label: context.t("Kind", "種別")),
                Column(
                    key: "monthly_cost", label: Phrases.text(.monthlyCost, context.language),
                    unit: context.perMonth(currency),
                    alignment: .right),
                Column(
                    key: "cost_per_mtok", label: Phrases.text(.costPerMTok, context.language), unit: currency,
                    alignment: .right),
                Column(
                    key: "cost_per_request", label: Phrases.text(.costPerRequest, context.language),
                    unit: currency,
                    alignment: .right),
                Column(
                    key: "replicas", label: context.t("Replicas × GPUs", "レプリカ数 × GPU数"),
                    unit: context.t("= GPUs", "= GPU数"),
                    alignment: .right),
                Column(
                    key: "vs_cheapest", label: context.t("vs cheapest", "最安比"), unit: "×", alignment: .right),
            ], rows: rows)
        notes.add(
            context.t(
                "Options are ranked by monthly cost at today's volume; the marked row is the \(Phrases.text(.cheapest, .en)).",
                "今の量での月額コストが安い順に並べています。印の付いた行が\(Phrases.text(.cheapest, .ja))です。"))
        var sections = [Section(table: options)]
        if !comparison.pairs.isEmpty {
            sections.append(
                Section(
                    heading: context.t(
                        "Break-even: from what volume self-hosting is cheaper",
                        "損益分岐点：自社運用が安くなる月間リクエスト数"),
                    table: breakEvenTable(comparison.pairs, plan: plan, notes: &notes, context: context)))
        }
        sections += strategySections(comparison, context: context)
        notes.addClosingNotes(plan, context: context)
        if context.explain {
            sections.append(contentsOf: explainSections(comparison, context: context))
        }
        return Report(
            key: "compare",
            title: context.t("LLM cost comparison: ", "LLMコスト比較：") + plan.scenario.name,
            subtitle: workloadSummary(plan, context: context),
            sections: withSegmentShapes(sections, plan: plan, context: context), footnotes: notes.footnotes,
            charts: [compareChart(comparison, context: context)], about: about(plan))
    }

    /// Every option's monthly cost from zero to three times today's volume: API options as
    /// lines, self-hosting options as steps (one step per added replica), today marked.
    static func compareChart(_ comparison: Comparison, context: ReportContext) -> Chart {
        let plan = comparison.plan
        let current = plan.workload.requestsPerMonth
        let top = max(current * 3, 1)
        var series: [Chart.Series] = []
        for option in comparison.options {
            switch option.kind {
            case .api(_, let cost):
                series.append(
                    .init(
                        name: option.label,
                        points: [ChartPoint(x: 0, y: 0), ChartPoint(x: top, y: cost.perRequest * top)]))
            case .selfHosted(let hosting, let cost):
                series.append(
                    .init(
                        name: selfLabel(hosting, context: context),
                        points: selfHostingSteps(
                            perReplica: cost.perReplica, fixed: cost.fixed,
                            capacity: hosting.option.capacity(replicas: 1, plan.workload),
                            minReplicas: hosting.option.minReplicas, upTo: top),
                        style: .step))
            case .hybrid(let cost):
                series.append(
                    .init(
                        name: hybridLabel(cost, context: context),
                        points: hybridPoints(cost, plan: plan, upTo: top)))
            case .seats:
                series.append(
                    .init(
                        name: option.label,
                        points: [ChartPoint(x: 0, y: option.monthly), ChartPoint(x: top, y: option.monthly)]))
            }
        }
        return Chart(
            title: context.t("Monthly cost against volume", "月間リクエスト数と月額コスト"),
            xAxis: .init(label: context.t("Requests", "リクエスト数"), unit: context.t("per month", "月あたり")),
            yAxis: .init(
                label: Phrases.text(.monthlyCost, context.language), unit: context.perMonth(plan.currency)),
            series: series,
            markers: [
                Chart.Marker(
                    x: current, y: comparison.options.first?.monthly ?? 0,
                    label: context.t("today ", "現在 ") + NumberFormatting.compact(current))
            ])
    }

    /// The step line of self-hosting cost k·C + F: flat within each replica's block, one step up at each R_k.
    static func selfHostingSteps(
        perReplica: Decimal, fixed: Decimal, capacity: Decimal, minReplicas m: Int, upTo top: Decimal
    )
        -> [ChartPoint]
    {
        let cost = { (k: Int) -> Decimal in Decimal(k) * perReplica + fixed }
        var points = [ChartPoint(x: 0, y: cost(m))]
        var k = m
        while capacity > 0, capacity * Decimal(k) < top, points.count < 400 {
            points.append(ChartPoint(x: capacity * Decimal(k), y: cost(k + 1)))
            k += 1
        }
        points.append(ChartPoint(x: top, y: cost(k)))
        return points
    }

    static func breakEvenTable(
        _ pairs: [OptionPair], plan: ScenarioPlan, notes: inout FootnoteList, context: ReportContext
    )
        -> Table
    {
        let currency = plan.currency
        var rows: [Row] = []
        for pair in pairs {
            var cells: [Cell] = [
                .label(pair.api.label), .label(selfLabel(pair.selfHosting, context: context)),
            ]
            var refs: [Int] = []
            switch pair.breakEven.outcome {
            case .breaksEven(let first, _, let always, _):
                cells += [
                    .integer(Rounding.rounded(first.requestsPerMonth, places: 0)),
                    first.multipleOfCurrent.map { .decimal($0, places: 2) } ?? .empty,
                    .integer(Rounding.rounded(always.requestsPerMonth, places: 0)),
                ]
            case .never(let reason, let apiPerMTok, let selfPerMTok):
                let text = context.t(
                    "\(pair.api.model.name) vs \(pair.selfHosting.label): never; \(Phrases.reason(reason, .en)) (API \(Money.formatPricePerMTok(apiPerMTok, currency: currency)) vs self-hosting \(Money.formatPricePerMTok(selfPerMTok, currency: currency)) per 1M tokens at full utilisation)",
                    "損益分岐なし：フル稼働時でも100万トークンあたり API \(Money.formatPricePerMTok(apiPerMTok, currency: currency))、自社運用 \(Money.formatPricePerMTok(selfPerMTok, currency: currency))"
                )
                refs.append(notes.add(text))
                cells += [context.never(reason), .empty, context.never(reason)]
            }
            cells.append(
                pair.cashFlow.paybackMonth.map { .integer(Decimal($0)) }
                    ?? context.notWithin(plan.horizonMonths))
            cells.append(money(pair.cashFlow.npvOfSwitching, currency, context))
            rows.append(Row(cells: cells, footnoteRefs: refs, option: pair.id))
        }
        return Table(
            id: "break_even",
            columns: [
                Column(key: "api_option", label: context.t("API option", "API")),
                Column(key: "self_hosting_option", label: context.t("Self-hosting option", "自社運用")),
                Column(
                    key: "first_break_even", label: context.t("First break-even", "最初の損益分岐点"),
                    unit: context.requestsPerMonth, alignment: .right),
                Column(
                    key: "multiple_of_current", label: context.t("× current volume", "現在の何倍"), unit: "×",
                    alignment: .right),
                Column(
                    key: "always_cheaper_from", label: context.t("Always cheaper from", "常に安くなる量"),
                    unit: context.requestsPerMonth, alignment: .right),
                Column(
                    key: "payback_month", label: Phrases.text(.paybackMonth, context.language),
                    alignment: .right),
                Column(
                    key: "npv_of_switching", label: context.t("NPV of switching", "切替のNPV"),
                    unit: context.overMonths(currency, plan.horizonMonths), alignment: .right),
            ], rows: rows)
    }

    // MARK: breakeven

    /// One API option against one self-hosting option: the constants, both break-even volumes,
    /// where the current volume stands, the payback, and a chart of both costs against volume.
    public static func breakEven(_ pair: OptionPair, plan: ScenarioPlan, context: ReportContext) -> Report {
        let currency = plan.currency
        let b = pair.breakEven
        let workload = plan.workload
        var notes = FootnoteList()
        var summary: [(String, String, Cell)] = [
            (
                "api_cost_per_request", context.t("API cost per request (a)", "APIの1リクエストあたりコスト (a)"),
                .money(b.apiPerRequest, currency: currency, places: context.minorUnits + 4)
            ),
            (
                "replica_monthly", context.t("One replica per month (C)", "1レプリカの月額 (C)"),
                money(b.perReplica, currency, context)
            ),
            (
                "fixed_monthly", context.t("Fixed per month (F: operations)", "固定費／月 (F: 運用)"),
                money(b.fixed, currency, context)
            ),
            (
                "replica_capacity",
                context.t("One replica's capacity (R₁, requests/month)", "1レプリカの処理能力 (R₁、リクエスト／月)"),
                .integer(Rounding.rounded(b.oneReplicaCapacity, places: 0))
            ),
            (
                "api_value_of_replica",
                context.t("API cost of that capacity (V = a·R₁)", "同じ量のAPIコスト (V = a·R₁)"),
                money(b.apiValueOfOneReplica, currency, context)
            ),
            (
                "current_volume", context.t("Current volume (requests/month)", "現在の量 (リクエスト／月)"),
                .integer(Rounding.rounded(workload.requestsPerMonth, places: 0))
            ),
        ]
        switch b.outcome {
        case .breaksEven(let first, let firstReplicas, let always, let alwaysReplicas):
            summary += [
                (
                    "first_break_even", context.t("First break-even (requests/month)", "最初の損益分岐点 (リクエスト／月)"),
                    .integer(Rounding.rounded(first.requestsPerMonth, places: 0))
                ),
                (
                    "first_break_even_tokens", context.t("  as tokens/month", "  トークン／月"),
                    .integer(Rounding.rounded(first.tokensPerMonth, places: 0))
                ),
                (
                    "first_break_even_replicas", context.t("  replicas there", "  その時のレプリカ数"),
                    .integer(Decimal(firstReplicas))
                ),
                (
                    "first_break_even_multiple", context.t("  × current volume", "  現在の何倍"),
                    first.multipleOfCurrent.map { .decimal($0, places: 2) } ?? .empty
                ),
                (
                    "always_cheaper_from",
                    context.t("Cheaper at every larger volume from", "これ以上は常に自社運用が安い量"),
                    .integer(Rounding.rounded(always.requestsPerMonth, places: 0))
                ),
                (
                    "always_cheaper_replicas", context.t("  replicas there", "  その時のレプリカ数"),
                    .integer(Decimal(alwaysReplicas))
                ),
                (
                    "always_cheaper_multiple", context.t("  × current volume", "  現在の何倍"),
                    always.multipleOfCurrent.map { .decimal($0, places: 2) } ?? .empty
                ),
            ]
            if always.requestsPerMonth > first.requestsPerMonth {
                notes.add(
                    context.t(
                        "Just past some replica boundaries above the first break-even the API is cheaper again; from \(NumberFormatting.grouped(Rounding.rounded(always.requestsPerMonth, places: 0), places: 0)) requests/month on, self-hosting stays cheaper.",
                        "最初の損益分岐点を超えても、レプリカを追加する直後は API の方が安くなる区間があります。月 \(NumberFormatting.grouped(Rounding.rounded(always.requestsPerMonth, places: 0), places: 0)) リクエスト以上では常に自社運用が安くなります。"
                    ))
            }
        case .never(let reason, let apiPerMTok, let selfPerMTok):
            let why = Phrases.reason(reason, context.language)
            summary.append(
                ("first_break_even", Phrases.text(.breakEven, context.language), context.never(reason)))
            notes.add(
                context.t(
                    "Self-hosting never breaks even: \(why). At full utilisation the API costs \(Money.formatPricePerMTok(apiPerMTok, currency: currency)) and self-hosting \(Money.formatPricePerMTok(selfPerMTok, currency: currency)) per 1M tokens.",
                    "自社運用は損益分岐しません（\(why)）。フル稼働時の100万トークンあたりコスト：API \(Money.formatPricePerMTok(apiPerMTok, currency: currency))、自社運用 \(Money.formatPricePerMTok(selfPerMTok, currency: currency))。"
                ))
        }
        summary.append(
            (
                "payback_month", Phrases.text(.paybackMonth, context.language),
                pair.cashFlow.paybackMonth.map { .integer(Decimal($0)) }
                    ?? context.notWithin(plan.horizonMonths)
            ))
        summary.append(
            (
                "npv_of_switching",
                context.t(
                    "NPV of switching (\(plan.horizonMonths) months)", "切替のNPV（\(plan.horizonMonths)か月）"),
                money(pair.cashFlow.npvOfSwitching, currency, context)
            ))
        let table = Table(
            id: "break_even",
            columns: [
                Column(key: "quantity", label: context.t("Quantity", "項目")),
                Column(key: "value", label: context.t("Value", "値"), alignment: .right),
            ],
            rows: summary.map { Row(cells: [.label($0.1), $0.2], key: $0.0) })
        let status = breakEvenStatus(pair, plan: plan, context: context)
        notes.add(priceNote(pair.api, cost: nil, plan: plan, context: context))
        notes.addHostingNotes(pair.selfHosting, plan: plan, context: context)
        notes.addClosingNotes(plan, context: context)
        var sections = [Section(table: table, paragraphs: [status])]
        if context.explain {
            sections.append(explainSection(context.t("Break-even", "損益分岐点"), b.explain, context: context))
            sections.append(
                explainSection(
                    context.t("Payback and NPV", "回収とNPV"), pair.cashFlow.explain, context: context))
        }
        return Report(
            key: "break_even",
            title: context.t("Break-even: ", "損益分岐点：")
                + "\(selfLabel(pair.selfHosting, context: context)) vs \(pair.api.model.name)",
            subtitle: workloadSummary(plan, context: context),
            sections: withSegmentShapes(sections, plan: plan, context: context), footnotes: notes.footnotes,
            charts: [breakEvenChart(pair, plan: plan, context: context)], about: about(plan))
    }

    /// The scenario, as-of date and currency that head the report.
    static func about(_ plan: ScenarioPlan) -> Report.About {
        Report.About(scenario: plan.scenario.name, asOf: plan.asOf.description, currency: plan.currency)
    }

    /// Where the current volume stands against the break-even volumes, in one sentence.
    static func breakEvenStatus(_ pair: OptionPair, plan: ScenarioPlan, context: ReportContext) -> String {
        let current = plan.workload.requestsPerMonth
        let shown = { (value: Decimal) in
            NumberFormatting.grouped(Rounding.rounded(value, places: 0), places: 0)
        }
        guard case .breaksEven(let first, _, let always, _) = pair.breakEven.outcome else {
            return context.t(
                "At any volume the API is cheaper than self-hosting this way.",
                "どの量でも、この自社運用より API の方が安くなります。")
        }
        if current >= always.requestsPerMonth {
            return context.t(
                "At \(shown(current)) requests a month you are past both break-even volumes: self-hosting is cheaper now and at every larger volume.",
                "現在の月 \(shown(current)) リクエストは両方の損益分岐点を超えており、自社運用の方が安く、量が増えても安いままです。")
        }
        if current >= first.requestsPerMonth {
            return context.t(
                "At \(shown(current)) requests a month you are past the first break-even (\(shown(first.requestsPerMonth))) but below \(shown(always.requestsPerMonth)), from which self-hosting stays cheaper at every volume.",
                "現在の月 \(shown(current)) リクエストは最初の損益分岐点（\(shown(first.requestsPerMonth))）を超えていますが、常に自社運用が安くなる \(shown(always.requestsPerMonth)) には届いていません。"
            )
        }
        let multiple = NumberFormatting.grouped(first.requestsPerMonth / max(current, 1), places: 2)
        return context.t(
            "At \(shown(current)) requests a month the API is cheaper; self-hosting breaks even at \(shown(first.requestsPerMonth)), \(multiple)× today's volume.",
            "現在の月 \(shown(current)) リクエストでは API の方が安く、自社運用は \(shown(first.requestsPerMonth))（現在の \(multiple) 倍）で損益分岐します。"
        )
    }

    /// Monthly cost of both options against monthly volume: the API's line, self-hosting's steps.
    static func breakEvenChart(_ pair: OptionPair, plan: ScenarioPlan, context: ReportContext) -> Chart {
        let b = pair.breakEven
        let workload = plan.workload
        let m = pair.selfHosting.option.minReplicas
        var top = workload.requestsPerMonth * 2
        if case .breaksEven(let first, _, let always, _) = b.outcome {
            top = max(top, first.requestsPerMonth * 2, always.requestsPerMonth * Decimal(3) / 2)
        }
        top = max(top, b.oneReplicaCapacity * Decimal(m + 2))
        let steps = selfHostingSteps(
            perReplica: b.perReplica, fixed: b.fixed, capacity: b.oneReplicaCapacity, minReplicas: m,
            upTo: top)
        let api = [ChartPoint(x: 0, y: 0), ChartPoint(x: top, y: b.apiPerRequest * top)]
        var markers: [Chart.Marker] = []
        if case .breaksEven(let first, _, let always, _) = b.outcome {
            markers.append(
                Chart.Marker(
                    x: first.requestsPerMonth, y: b.apiPerRequest * first.requestsPerMonth,
                    label: context.t("break-even ", "損益分岐 ")
                        + NumberFormatting.compact(first.requestsPerMonth)))
            if always.requestsPerMonth > first.requestsPerMonth {
                markers.append(
                    Chart.Marker(
                        x: always.requestsPerMonth, y: b.apiPerRequest * always.requestsPerMonth,
                        label: context.t("always cheaper ", "常に安い ")
                            + NumberFormatting.compact(always.requestsPerMonth)))
            }
        }
        markers.append(
            Chart.Marker(
                x: workload.requestsPerMonth, y: b.apiPerRequest * workload.requestsPerMonth,
                label: context.t("today ", "現在 ") + NumberFormatting.compact(workload.requestsPerMonth)))
        return Chart(
            title: context.t("Monthly cost against volume", "月間リクエスト数と月額コスト"),
            xAxis: .init(label: context.t("Requests", "リクエスト数"), unit: context.t("per month", "月あたり")),
            yAxis: .init(
                label: Phrases.text(.monthlyCost, context.language), unit: context.perMonth(plan.currency)),
            series: [
                .init(name: pair.api.model.name + " (API)", points: api),
                .init(
                    name: selfLabel(pair.selfHosting, context: context), points: steps,
                    style: .step),
            ], markers: markers)
    }

    // MARK: roi

    /// Each option's costs, benefits, NPV and ROI over the horizon; the switch's payback against `baseline`.
    public static func roi(_ comparison: Comparison, baseline: APIOptionPlan?, context: ReportContext)
        -> Report
    {
        let plan = comparison.plan
        let currency = plan.currency
        var notes = FootnoteList()
        let best = comparison.projections.map(\.npv).max()
        // Each option's row refers to its price, throughput and hosting notes, as in compare.
        var refsByLabel: [String: [Int]] = [:]
        for option in plan.api {
            refsByLabel[option.label, default: []].append(
                notes.add(priceNote(option, cost: nil, plan: plan, context: context)))
        }
        for hosting in plan.selfHosting {
            refsByLabel[hosting.label, default: []] += notes.addHostingNotes(
                hosting, plan: plan, context: context)
        }
        let rows = comparison.projections.map { projection in
            Row(
                cells: [
                    .label(selfLabel(projection.label, plan: plan, context: context)),
                    money(projection.oneTime, currency, context),
                    money(projection.totalCost, currency, context),
                    money(projection.totalBenefits, currency, context),
                    money(projection.npv, currency, context),
                    projection.roi.map { .percent($0, places: 1) } ?? .empty,
                ], marked: projection.npv == best, footnoteRefs: refsByLabel[projection.label] ?? [],
                option: projection.id)
        }
        let summary = Table(
            id: "options",
            columns: [
                Column(key: "option", label: Phrases.text(.option, context.language)),
                Column(
                    key: "one_time", label: context.t("One-time", "初期費用"), unit: currency, alignment: .right),
                Column(
                    key: "total_cost", label: context.t("Total cost", "総コスト"),
                    unit: context.overMonths(currency, plan.horizonMonths), alignment: .right),
                Column(
                    key: "total_benefits", label: context.t("Total benefits", "総便益"),
                    unit: context.overMonths(currency, plan.horizonMonths), alignment: .right),
                Column(key: "npv", label: "NPV", unit: currency, alignment: .right),
                Column(key: "roi", label: "ROI", unit: "%", alignment: .right),
            ], rows: rows)
        var sections = [Section(table: summary)]
        var charts: [Chart] = []
        if let baseline {
            for pair in comparison.pairs where pair.api == baseline {
                sections.append(
                    Section(
                        heading: context.t("Switching from ", "切替：")
                            + "\(baseline.model.name) → \(selfLabel(pair.selfHosting, context: context))",
                        table: cashFlowTable(pair, plan: plan, notes: &notes, context: context),
                        paragraphs: [paybackSentence(pair, plan: plan, context: context)]))
                charts.append(cashChart(pair, plan: plan, context: context))
            }
        }
        if plan.benefits.monthly > 0 {
            notes.add(
                context.t("Benefits: ", "便益：")
                    + Money.format(plan.benefits.monthly, currency: currency, places: context.minorUnits)
                    + context.t(" a month", "／月")
                    + (plan.scenario.benefits?.note.map { context.t(" (\($0))", "（\($0)）") } ?? ""))
        } else {
            notes.add(
                context.t(
                    "No benefits are given in the scenario, so NPV and ROI count costs only.",
                    "シナリオに便益の記載がないため、NPV と ROI はコストのみで計算しています。"))
        }
        notes.add(
            context.t(
                "NPV discounts month t by (1 + \(NumberFormatting.exact(plan.discountRate * 100))%)^(t/12); one-time costs at month 0 are not discounted. ROI = (Σ benefits − Σ costs) / Σ costs, undiscounted, one-time costs included. Owned GPUs count as cash when bought (no amortisation).",
                "NPV は t か月目を (1 + \(NumberFormatting.exact(plan.discountRate * 100))%)^(t/12) で割り引きます（0か月目の初期費用は割り引きません）。ROI =（便益合計 − コスト合計）÷ コスト合計（割引なし、初期費用を含む）。自社保有 GPU は購入時に現金支出として計上します（減価償却なし）。"
            ))
        notes.addClosingNotes(plan, context: context)
        if context.explain, let baseline {
            for pair in comparison.pairs where pair.api == baseline {
                sections.append(
                    explainSection(pair.selfHosting.label, pair.cashFlow.explain, context: context))
            }
        }
        return Report(
            key: "roi",
            title: context.t("ROI over \(plan.horizonMonths) months: ", "\(plan.horizonMonths)か月の投資対効果：")
                + plan.scenario.name,
            subtitle: workloadSummary(plan, context: context),
            sections: withSegmentShapes(sections, plan: plan, context: context), footnotes: notes.footnotes,
            charts: charts, about: about(plan))
    }

    static func paybackSentence(_ pair: OptionPair, plan: ScenarioPlan, context: ReportContext) -> String {
        let oneTime = Money.format(
            pair.cashFlow.oneTimeAtStart, currency: plan.currency, places: context.minorUnits)
        if let month = pair.cashFlow.paybackMonth {
            return context.t(
                "The one-time cost of \(oneTime) is paid back in month \(month).",
                "初期費用 \(oneTime) は \(month) か月目に回収されます。")
        }
        return context.t(
            "The one-time cost of \(oneTime) is not paid back within \(plan.horizonMonths) months.",
            "初期費用 \(oneTime) は \(plan.horizonMonths) か月以内に回収されません。")
    }

    /// The month-by-month cash flow of a switch; the first month whose shown figures do not add up
    /// refers to the rounding note.
    static func cashFlowTable(
        _ pair: OptionPair, plan: ScenarioPlan, notes: inout FootnoteList, context: ReportContext
    ) -> Table {
        let currency = plan.currency
        let flow = pair.cashFlow
        let firstUneven = firstMonthNotAddingUp(pair, context: context)
        var rows = [
            Row(cells: [
                .integer(0), .empty, .empty, .empty, money(-flow.oneTimeAtStart, currency, context),
                money(-flow.oneTimeAtStart, currency, context),
            ])
        ]
        for month in flow.months {
            rows.append(
                Row(
                    cells: [
                        .integer(Decimal(month.month)), .integer(Rounding.rounded(month.requests, places: 0)),
                        money(month.api, currency, context), money(month.selfHosting, currency, context),
                        money(month.saving, currency, context),
                        money(month.cumulativeSaving - flow.oneTimeAtStart, currency, context),
                    ], marked: month.month == flow.paybackMonth,
                    footnoteRefs: month.month == firstUneven
                        ? [notes.add(Phrases.text(.roundingNote, context.language))] : []))
        }
        return Table(
            id: "cash_flow",
            columns: [
                Column(key: "month", label: context.t("Month", "月"), alignment: .right),
                Column(key: "requests", label: context.t("Requests", "リクエスト数"), alignment: .right),
                Column(
                    key: "api_cost", label: context.t("API cost", "APIコスト"), unit: currency, alignment: .right
                ),
                Column(
                    key: "self_hosting_cost", label: context.t("Self-hosting cost", "自社運用コスト"),
                    unit: currency,
                    alignment: .right),
                Column(key: "saving", label: context.t("Saving", "削減額"), unit: currency, alignment: .right),
                Column(
                    key: "cumulative_cash", label: context.t("Cumulative cash", "累積キャッシュ"), unit: currency,
                    alignment: .right),
            ], rows: rows, option: pair.id)
    }

    static func cashChart(_ pair: OptionPair, plan: ScenarioPlan, context: ReportContext) -> Chart {
        let flow = pair.cashFlow
        var points = [ChartPoint(x: 0, y: -flow.oneTimeAtStart)]
        points += flow.months.map {
            ChartPoint(x: Decimal($0.month), y: $0.cumulativeSaving - flow.oneTimeAtStart)
        }
        var markers: [Chart.Marker] = []
        if let month = flow.paybackMonth, let row = flow.months.first(where: { $0.month == month }) {
            markers.append(
                Chart.Marker(
                    x: Decimal(month), y: row.cumulativeSaving - flow.oneTimeAtStart,
                    label: context.t("payback month \(month)", "回収 \(month)か月目")))
        }
        return Chart(
            title: context.t("Cumulative cash of switching: ", "切替の累積キャッシュ：")
                + selfLabel(pair.selfHosting, context: context),
            xAxis: .init(label: context.t("Month", "月"), unit: nil),
            yAxis: .init(label: context.t("Cumulative cash", "累積キャッシュ"), unit: plan.currency),
            series: [
                .init(
                    name:
                        "\(pair.api.model.name) → \(selfLabel(pair.selfHosting, context: context))",
                    points: points)
            ],
            markers: markers)
    }

    // MARK: shared pieces

    static func money(_ value: Decimal, _ currency: String, _ context: ReportContext) -> Cell {
        .money(value, currency: currency, places: context.minorUnits)
    }

    static func workloadSummary(_ plan: ScenarioPlan, context: ReportContext) -> String {
        let w = plan.workload
        let requests = NumberFormatting.grouped(Rounding.rounded(w.requestsPerMonth, places: 0), places: 0)
        let input = NumberFormatting.exact(w.inputTokens)
        let output = NumberFormatting.exact(w.outputTokens)
        let cached = NumberFormatting.exact(w.cachedInputShare * 100)
        let batch = NumberFormatting.exact(w.batchShare * 100)
        let growth = NumberFormatting.exact(w.growthPerMonth * 100)
        if w.isMixed {
            // The means keep R·(I + O) true for the blended figures; the shapes are in their own table.
            let names = w.mix.map(\.name).joined(separator: ", ")
            return context.t(
                "\(requests) requests/month in \(w.mix.count) segments with their own request shapes (\(names); see “Request shapes by segment”), on average \(input) input + \(output) output tokens per request, weighted by requests; growth \(growth)%/month; prices as of \(plan.asOf); amounts in \(plan.currency).",
                "月 \(requests) リクエスト、リクエストの形が異なる \(w.mix.count) セグメント（\(names)。「セグメント別のリクエストの形」参照）、リクエスト数で加重した平均は入力 \(input) + 出力 \(output) トークン、月間成長率 \(growth)%。価格は \(plan.asOf) 時点、金額は \(plan.currency)。"
            )
        }
        return context.t(
            "\(requests) requests/month × (\(input) input + \(output) output tokens); \(cached)% of input cached, \(batch)% batch, growth \(growth)%/month; prices as of \(plan.asOf); amounts in \(plan.currency).",
            "月 \(requests) リクエスト ×（入力 \(input) + 出力 \(output) トークン）、キャッシュ入力 \(cached)%、バッチ \(batch)%、月間成長率 \(growth)%。価格は \(plan.asOf) 時点、金額は \(plan.currency)。"
        )
    }

    /// The table of a mixed workload's segments and their request shapes; nil for one shape.
    static func segmentShapes(_ plan: ScenarioPlan, context: ReportContext) -> Section? {
        let w = plan.workload
        guard w.isMixed else { return nil }
        // A token count is an average and may be fractional: whole counts as integers, the rest exactly.
        func tokens(_ value: Decimal) -> Cell {
            Rounding.rounded(value, places: 0) == value
                ? .integer(value) : .decimal(value, places: max(0, -value.exponent))
        }
        let rows = w.mix.map { part in
            Row(
                cells: [
                    .text(part.name), .percent(part.share, places: 1),
                    .integer(Rounding.rounded(w.requestsPerMonth * part.share, places: 0)),
                    tokens(part.shape.inputTokens), tokens(part.shape.outputTokens),
                    .percent(part.shape.cachedInputShare, places: 1),
                    .percent(part.shape.batchShare, places: 1),
                    part.mustSelfHost
                        ? .key("self_hosted_only", text: context.t("self-hosted only", "自社運用のみ"))
                        : .key("any", text: context.t("any", "制約なし")),
                ], key: part.name)
        }
        return Section(
            heading: context.t("Request shapes by segment", "セグメント別のリクエストの形"),
            table: Table(
                id: "segments",
                columns: [
                    Column(key: "segment", label: context.t("Segment", "セグメント")),
                    Column(key: "share", label: context.t("Share", "割合"), unit: "%", alignment: .right),
                    Column(
                        key: "requests", label: context.t("Requests", "リクエスト数"),
                        unit: context.requestsPerMonth,
                        alignment: .right),
                    Column(
                        key: "input_tokens", label: context.t("Input tokens", "入力トークン"), alignment: .right),
                    Column(
                        key: "output_tokens", label: context.t("Output tokens", "出力トークン"), alignment: .right),
                    Column(
                        key: "cached_input_share", label: context.t("Cached input", "キャッシュ入力"), unit: "%",
                        alignment: .right),
                    Column(
                        key: "batch_share", label: context.t("Batch", "バッチ"), unit: "%", alignment: .right),
                    Column(key: "routing", label: context.t("Routing", "振り分け")),
                ], rows: rows),
            paragraphs: [
                context.t(
                    "Each segment is priced with its own shape: on an API segment by segment (a long-context tier applies to the segments that exceed it), and on a fleet sized for Σ R·w_i·s_i replica-seconds, s_i being a request's seconds at segment i's shape. Cost per 1M tokens and per request are over all requests.",
                    "各セグメントはそれぞれの形で計算します。API はセグメントごとに料金を計算し（長文脈料金はそれを超えるセグメントにのみ適用）、自社運用はレプリカ秒 Σ R·w_i·s_i（s_i はセグメント i の形での1リクエストの処理秒数）に合わせてレプリカ数を決めます。100万トークンあたり・1リクエストあたりのコストは全リクエストに対する値です。"
                )
            ])
    }

    /// `sections` with the segment shapes table after the first section, when the workload is a mix.
    static func withSegmentShapes(_ sections: [Section], plan: ScenarioPlan, context: ReportContext)
        -> [Section]
    {
        guard let table = segmentShapes(plan, context: context) else { return sections }
        var copy = sections
        copy.insert(table, at: min(1, copy.count))
        return copy
    }

    static func priceNote(
        _ option: APIOptionPlan, cost: APICostBreakdown?, plan: ScenarioPlan, context: ReportContext
    )
        -> String
    {
        let set = option.originalPrices
        let currency = option.model.currency
        var text = "\(option.model.name) (\(option.model.id)): "
        text +=
            "\(Money.formatPricePerMTok(set.inputPerMTok, currency: currency)) " + context.t("input", "入力")
        if let cached = set.cachedInputPerMTok {
            text +=
                " / \(Money.formatPricePerMTok(cached, currency: currency)) " + context.t("cached", "キャッシュ")
        }
        text +=
            " / \(Money.formatPricePerMTok(set.outputPerMTok, currency: currency)) "
            + context.t("output per 1M tokens", "出力（100万トークンあたり）")
        if set.batchDiscount > 0 {
            text += context.t(", batch −", "、バッチ −") + NumberFormatting.exact(set.batchDiscount * 100) + "%"
        }
        for segment in cost?.segments ?? [] {
            guard let tier = segment.cost.tier else { continue }
            text += context.t(
                "; segment '\(segment.name)' exceeds \(tier.aboveInputTokens) input tokens, so the long-context tier prices its requests",
                "。セグメント「\(segment.name)」は入力が \(tier.aboveInputTokens) トークンを超えるため、そのリクエストに長文脈料金を適用")
        }
        if let tier = cost?.tier {
            text += context.t(
                "; this request shape exceeds \(tier.aboveInputTokens) input tokens, so the long-context tier prices the whole request",
                "。入力が \(tier.aboveInputTokens) トークンを超えるため、リクエスト全体に長文脈料金を適用")
        }
        text += context.t("; in force from \(set.effective)", "。\(set.effective) から適用")
        if let checked = set.checked { text += context.t(", checked \(checked)", "、\(checked) 確認") }
        if let source = set.source { text += " — \(source)" }
        // A price set's own note says what a bare number cannot (a free preview, a promotion).
        if let note = set.note { text += " (\(note))" }
        return text
    }

    static func throughputNote(_ hosting: SelfHostingPlan, mixed: Bool = false, context: ReportContext)
        -> String
    {
        let d = hosting.deployment
        let fit = hosting.throughput
        func constant(_ value: Decimal?) -> String { value.map { NumberFormatting.exact($0) } ?? "—" }
        var text = "\(d.name): "
        if d.estimated {
            text += context.t(
                "\(Phrases.text(.estimatedThroughput, context.language)) from the GPUs' compute roofline (no measurements)",
                "\(Phrases.text(.estimatedThroughput, context.language))（実測なし、GPU の演算性能から推定）")
        } else {
            text += context.t(
                "throughput fitted to \(d.measured.count) measured points (\(d.engine ?? "engine not stated")), worst error \(NumberFormatting.grouped(fit.worstErrorPercent, places: 1))%",
                "\(d.measured.count) 点の実測値（\(d.engine ?? "エンジン不明")）に当てはめたスループット、最大誤差 \(NumberFormatting.grouped(fit.worstErrorPercent, places: 1))%"
            )
        }
        text +=
            context.t("; ", "、")
            + "P = \(constant(fit.prefillTokensPerSecond)), D = \(constant(fit.decodeTokensPerSecond)), K = \(constant(fit.contextTokensSquaredPerSecond))"
        let seconds = NumberFormatting.grouped(hosting.option.secondsPerRequest, places: 4)
        text +=
            mixed
            ? context.t(
                "; \(seconds) replica-seconds per request on average over the segments (Σ w_i·s_i)",
                "、セグメント平均で1リクエストあたり \(seconds) レプリカ秒（Σ w_i·s_i）")
            : context.t(
                "; \(seconds) replica-seconds per request", "、1リクエストあたり \(seconds) レプリカ秒")
        if let source = d.source { text += " — \(source)" }
        return text
    }

    static func hostingNote(_ hosting: SelfHostingPlan, plan: ScenarioPlan, context: ReportContext) -> String
    {
        let currency = plan.currency
        let option = hosting.option
        switch option.mode {
        case .rent(let rate):
            var text = context.t("\(hosting.gpu.name) rented at ", "\(hosting.gpu.name) のレンタル単価 ")
            text +=
                Money.format(rate, currency: currency, places: context.minorUnits + 2)
                + context.t("/GPU-hour", "／GPU時間")
            if let offer = hosting.offer {
                var parts = [offer.provider] + (offer.offer.map { [$0] } ?? [])
                parts.append(commitment(offer.commitment, context: context))
                if let checked = offer.checked {
                    parts.append(context.t("checked \(checked)", "\(checked) 確認"))
                }
                text +=
                    context.t(" ", "") + context.parenthesized(parts.joined(separator: context.t(", ", "、")))
                if let source = offer.source { text += " — \(source)" }
            } else {
                text += context.t(" (given)", "（指定値）")
            }
            return text
        case .own(let hardware):
            var text = context.t("\(hosting.gpu.name) owned: ", "\(hosting.gpu.name) 自社保有：")
            text += Money.format(
                hardware.installedPricePerGPU, currency: currency, places: context.minorUnits)
            text += context.t(
                " per GPU installed, written off over \(hardware.amortizationMonths) months; power \(NumberFormatting.exact(hardware.serverKWPerGPU)) kW per GPU × PUE \(NumberFormatting.exact(hardware.pue)) × 730 h × \(Money.format(hardware.pricePerKWh, currency: currency, places: context.minorUnits + 2))/kWh; hosting \(Money.format(hardware.hostingPerGPUMonth, currency: currency, places: context.minorUnits)) per GPU-month",
                "（GPU 1基あたり設置込み）、\(hardware.amortizationMonths) か月で償却。電力 GPU あたり \(NumberFormatting.exact(hardware.serverKWPerGPU)) kW × PUE \(NumberFormatting.exact(hardware.pue)) × 730 時間 × \(Money.format(hardware.pricePerKWh, currency: currency, places: context.minorUnits + 2))/kWh、設置・保守 GPU あたり月 \(Money.format(hardware.hostingPerGPUMonth, currency: currency, places: context.minorUnits))"
            )
            if let buy = hosting.purchase, buy.condition == .used {
                text += context.t(
                    "; bought used, replaced after \(buy.lifeMonths.map { "\($0) months" } ?? "its life")",
                    "。中古で購入し、\(buy.lifeMonths.map { "\($0) か月" } ?? "寿命") ごとに買い替え")
            }
            if let buy = hosting.purchase, hosting.spec.perGPUInstalled == nil {
                if let source = buy.source { text += " — \(source)" }
                if let note = buy.note { text += " (\(note))" }
            }
            return text
        }
    }

    static func assumptionsNote(_ plan: ScenarioPlan, context: ReportContext) -> String {
        let w = plan.workload
        var parts: [String] = []
        if let first = plan.selfHosting.first?.option {
            parts.append(
                context.t(
                    "peak/average \(NumberFormatting.exact(w.peakToAverage)), target utilisation \(NumberFormatting.exact(first.utilization * 100))%, \(NumberFormatting.exact(w.servingHoursPerMonth)) serving hours a month, at least \(first.minReplicas) replica",
                    "ピーク／平均 \(NumberFormatting.exact(w.peakToAverage))、目標稼働率 \(NumberFormatting.exact(first.utilization * 100))%、月 \(NumberFormatting.exact(w.servingHoursPerMonth)) 時間稼働、最小 \(first.minReplicas) レプリカ"
                ))
            parts.append(
                context.t(
                    "operations \(NumberFormatting.exact(first.opsFTE)) FTE × \(Money.format(first.fteMonthlyCost, currency: plan.currency, places: plan.currency == "JPY" ? 0 : context.minorUnits)) a month (leaving operations out flatters self-hosting)",
                    "運用 \(NumberFormatting.exact(first.opsFTE)) 人月 × 月 \(Money.format(first.fteMonthlyCost, currency: plan.currency, places: context.minorUnits))（運用費を除くと自社運用が過度に有利に見えます）"
                ))
            if first.setup > 0 {
                parts.append(
                    context.t("one-time setup ", "初期構築費 ")
                        + Money.format(first.setup, currency: plan.currency, places: context.minorUnits))
            }
        }
        parts.append(context.t("a month is 730 hours", "1か月 = 730 時間"))
        return Phrases.text(.assumptions, context.language) + context.t(": ", "：")
            + parts.joined(separator: context.t("; ", "、"))
    }

    /// A self-hosting option's name in the report's language: the label the scenario gives, else
    /// its deployment, mode and rental provider (`…, rented (runpod)`, `…、レンタル（runpod）`).
    static func selfLabel(_ hosting: SelfHostingPlan, context: ReportContext) -> String {
        if let label = hosting.spec.label { return label }
        let mode =
            hosting.spec.mode == .rent
            ? context.t("rented", "レンタル")
                + (hosting.offer.map { context.t(" ", "") + context.parenthesized($0.provider) } ?? "")
            : context.t("owned", "自社保有")
                + (hosting.spec.condition == .used
                    ? context.t(" ", "") + context.parenthesized(context.t("used", "中古")) : "")
        return hosting.deployment.name + context.t(", ", "、") + mode
    }

    /// The same, for results that carry only the plan's label (projections, simulated options).
    static func selfLabel(_ label: String, plan: ScenarioPlan, context: ReportContext) -> String {
        plan.selfHosting.first { $0.label == label }.map { selfLabel($0, context: context) } ?? label
    }

    /// A rental commitment in words.
    static func commitment(_ commitment: Commitment, context: ReportContext) -> String {
        switch commitment {
        case .onDemand: context.t("on-demand", "オンデマンド")
        case .oneYear: context.t("1-year commitment", "1年契約")
        case .threeYears: context.t("3-year commitment", "3年契約")
        }
    }

    /// The footnote for a rate amounts were converted with: the rate, its date and source, or `--fx`.
    static func exchangeNote(_ rate: ExchangeRateUse, context: ReportContext) -> String {
        let value = "1 USD = \(NumberFormatting.exact(rate.perUSD)) \(rate.code)"
        if rate.givenWithFX {
            return context.t(
                "Exchange rate: \(value), given with --fx (overrides Data/currencies.json).",
                "為替レート：\(value)（--fx で指定。Data/currencies.json より優先）。")
        }
        let date = rate.date?.description ?? context.t("an undated day", "日付不明")
        let source = rate.source.map { " — \($0)" } ?? ""
        return context.t(
            "Exchange rate: \(value), the rate of \(date) from Data/currencies.json\(source)",
            "為替レート：\(value)（\(date) のレート、Data/currencies.json）\(source)")
    }

    /// The first month in which the cash-flow table, as shown rounded, does not add up: API −
    /// self-hosting ≠ saving, or the previous cumulative cash plus the saving ≠ the cumulative cash.
    static func firstMonthNotAddingUp(_ pair: OptionPair, context: ReportContext) -> Int? {
        let places = context.minorUnits
        func shown(_ value: Decimal) -> Decimal { Rounding.rounded(value, places: places) }
        let flow = pair.cashFlow
        var previous = shown(-flow.oneTimeAtStart)
        for month in flow.months {
            let cumulative = shown(month.cumulativeSaving - flow.oneTimeAtStart)
            if shown(month.api) - shown(month.selfHosting) != shown(month.saving)
                || previous + shown(month.saving) != cumulative
            {
                return month.month
            }
            previous = cumulative
        }
        return nil
    }

    // MARK: explain

    static func explainSections(_ comparison: Comparison, context: ReportContext) -> [Section] {
        var sections: [Section] = []
        for option in comparison.options {
            switch option.kind {
            case .api(_, let cost):
                sections.append(explainSection(option.label, cost.explain, context: context))
            case .selfHosted(let hosting, let cost):
                let steps =
                    hosting.throughput.explain(for: comparison.plan.workload) + cost.explain
                sections.append(explainSection(option.label, steps, context: context))
            case .hybrid, .seats:
                if let section = strategyExplain(option, plan: comparison.plan, context: context) {
                    sections.append(section)
                }
            }
        }
        for pair in comparison.pairs {
            sections.append(
                explainSection(
                    context.t("Break-even ", "損益分岐 ") + "\(pair.selfHosting.label) vs \(pair.api.model.name)",
                    pair.breakEven.explain, context: context))
        }
        for be in comparison.seatBreakEvens {
            sections.append(
                explainSection(
                    context.t("Seat break-even ", "シートの損益分岐 ") + "\(be.seat.label) vs \(be.api.label)",
                    be.explain, context: context))
        }
        return sections
    }

    static func explainSection(_ title: String, _ steps: [ExplainStep], context: ReportContext) -> Section {
        Section(
            heading: context.t("How it was computed: ", "計算の過程：") + title,
            table: Table(
                id: "explain",
                columns: [
                    Column(key: "quantity", label: context.t("Quantity", "項目")),
                    Column(key: "formula", label: context.t("Formula", "式")),
                    Column(key: "values", label: context.t("With the values", "代入")),
                    Column(key: "result", label: context.t("Result", "結果"), alignment: .right),
                ],
                rows: steps.map {
                    Row(
                        cells: [
                            .key($0.quantity.rawValue, text: Phrases.quantity($0, context.language)),
                            .text($0.formula),
                            .text($0.substituted), .text($0.result),
                        ], key: $0.segment)
                }))
    }
}

/// Numbers footnotes for distinct texts (a source URL, a price note) in the order first added.
public struct FootnoteList: Sendable {
    public private(set) var texts: [String] = []

    public init() {}

    /// The number of `text`'s footnote, adding it when new.
    @discardableResult
    public mutating func add(_ text: String) -> Int {
        if let index = texts.firstIndex(of: text) { return index + 1 }
        texts.append(text)
        return texts.count
    }

    public var footnotes: [Footnote] {
        texts.enumerated().map { Footnote(number: $0.offset + 1, text: $0.element) }
    }
}

extension FootnoteList {
    /// A self-hosting option's two notes, its throughput and its GPUs' cost, with their numbers.
    @discardableResult
    mutating func addHostingNotes(_ hosting: SelfHostingPlan, plan: ScenarioPlan, context: ReportContext)
        -> [Int]
    {
        [
            add(ScenarioReports.throughputNote(hosting, mixed: plan.workload.isMixed, context: context)),
            add(ScenarioReports.hostingNote(hosting, plan: plan, context: context)),
        ]
    }

    /// The notes every scenario report ends with: the assumptions, then each exchange rate used.
    mutating func addClosingNotes(_ plan: ScenarioPlan, context: ReportContext) {
        add(ScenarioReports.assumptionsNote(plan, context: context))
        for rate in plan.exchangeRates { add(ScenarioReports.exchangeNote(rate, context: context)) }
    }
}

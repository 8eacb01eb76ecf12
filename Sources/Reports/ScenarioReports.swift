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

    /// A phrase of the catalog in the report's language, `{1}`, `{2}` … filled by `arguments`.
    func t(_ phrase: Phrase, _ arguments: String...) -> String {
        Phrases.text(phrase, language, arguments: arguments)
    }

    /// A unit per month: `USD/month`, `JPY／月`.
    func perMonth(_ unit: String) -> String { t(.unitPerMonth, unit) }

    /// The unit of a total over the horizon: `USD, 36 months`, `JPY、36か月`.
    func overMonths(_ currency: String, _ months: Int) -> String {
        t(.unitOverMonths, currency, String(months))
    }

    /// The unit of a monthly volume.
    var requestsPerMonth: String { t(.requestsPerMonth) }

    /// `text` in parentheses after what comes before: ` (text)` in English, `（text）` in Japanese.
    func parenthesized(_ text: String) -> String { t(.parenthesized, text) }
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
                label += apiLabelSuffix(api, context: context)
            case .selfHosted(let hosting, let cost):
                kind =
                    hosting.spec.mode == .rent
                    ? .key("rent", text: context.t(.pRent2))
                    : .key("own", text: context.t(.pOwn))
                replicas = .fleet(replicas: cost.replicas, gpusPerReplica: hosting.deployment.gpusPerReplica)
                refs += notes.addHostingNotes(hosting, plan: plan, context: context)
                label = selfLabel(hosting, context: context)
            case .hybrid(let cost):
                kind = .key("hybrid", text: context.t(.pHybrid))
                replicas = .fleet(
                    replicas: cost.fleet?.replicas ?? 0,
                    gpusPerReplica: cost.selfHosting.deployment.gpusPerReplica)
                refs += notes.addHostingNotes(cost.selfHosting, plan: plan, context: context)
                refs.append(notes.add(priceNote(cost.api, cost: cost.apiCost, plan: plan, context: context)))
                refs.append(notes.add(hybridNote(plan, context: context)))
                label = hybridLabel(cost, context: context)
            case .seats(let cost):
                kind = .key("seats", text: context.t(.pSeats))
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
                    ], marked: respects && option.monthly == cheapest, footnoteRefs: refs, option: option.id,
                    lifecycle: lifecycle(option.id, plan: plan)))
        }
        let options = Table(
            id: "options",
            columns: [
                Column(key: "option", label: Phrases.text(.option, context.language)),
                Column(key: "rank", label: context.t(.pRank), alignment: .right),
                Column(key: "kind", label: context.t(.pKind)),
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
                    key: "replicas", label: context.t(.pReplicasGpus),
                    unit: context.t(.pGpus),
                    alignment: .right),
                Column(
                    key: "vs_cheapest", label: context.t(.pVsCheapest), unit: "×", alignment: .right),
            ], rows: rows)
        notes.add(
            context.t(.pOptionsAreRanked, Phrases.text(.cheapest, context.language)))
        var sections = [Section(table: options)]
        if let answer = recommendation(comparison, context: context) {
            sections.insert(Section(paragraphs: [answer]), at: 0)
        }
        if !comparison.pairs.isEmpty {
            sections.append(
                Section(
                    heading: context.t(.pBreakEvenFromWhatVolumeSelf),
                    table: breakEvenTable(comparison.pairs, plan: plan, notes: &notes, context: context)))
        }
        sections += strategySections(comparison, context: context)
        notes.addClosingNotes(plan, context: context)
        if context.explain {
            sections.append(contentsOf: explainSections(comparison, context: context))
        }
        return Report(
            key: "compare",
            title: context.t(.pLlmCostComparison) + plan.scenario.name,
            subtitle: workloadSummary(plan, context: context),
            sections: withSegmentShapes(sections, plan: plan, context: context), footnotes: notes.footnotes,
            charts: [compareChart(comparison, context: context)], about: about(plan)
        ).captioningCharts(pricesAsOf: "\(plan.asOf)", language: context.language)
    }

    /// The cheapest few options' monthly cost from zero to three times today's volume (API options
    /// as lines, self-hosting as steps, one per added replica), today marked, and each break-even
    /// between two drawn options inside that range marked too.
    ///
    /// Drawn, at most seven, in rank order so each keeps a colour and dash of its own: every
    /// self-hosting option, the three cheapest options, then each API that a self-hosting option
    /// breaks even against inside the range (the story of the chart: from which volume self-hosting
    /// wins, and against what); the table lists the rest.
    static func compareChart(_ comparison: Comparison, context: ReportContext) -> Chart {
        let plan = comparison.plan
        let current = plan.workload.requestsPerMonth
        let top = max(current * 3, 1)
        let beaten = Set(
            comparison.pairs.compactMap { pair -> String? in
                guard case .breaksEven(let first, _, _, _) = pair.breakEven.outcome,
                    first.requestsPerMonth <= top
                else { return nil }
                return pair.api.model.id
            })
        let priority = comparison.options.indices.map { rank -> Int? in
            switch comparison.options[rank].kind {
            case .selfHosted: return 0
            case .api(let api, _) where rank >= 3 && beaten.contains(api.model.id): return 2
            default: return rank < 3 ? 1 : nil
            }
        }
        let chosen = Set(
            comparison.options.indices.filter { priority[$0] != nil }
                .sorted { (priority[$0] ?? 0, $0) < (priority[$1] ?? 0, $1) }.prefix(7))
        let drawn = comparison.options.indices.filter(chosen.contains).map { comparison.options[$0] }
        var series: [Chart.Series] = []
        for option in drawn {
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
        var markers = [
            Chart.Marker(
                x: current, y: comparison.options.first?.monthly ?? 0,
                label: context.t(.pToday) + NumberFormatting.compact(current, context.language))
        ]
        var drawnAPIs: Set<String> = []
        var drawnFleets: Set<SelfHostingPlan> = []
        for option in drawn {
            if case .api(let api, _) = option.kind { drawnAPIs.insert(api.model.id) }
            if case .selfHosted(let hosting, _) = option.kind { drawnFleets.insert(hosting) }
        }
        for pair in comparison.pairs
        where drawnAPIs.contains(pair.api.model.id) && drawnFleets.contains(pair.selfHosting) {
            guard case .breaksEven(let first, _, _, _) = pair.breakEven.outcome, first.requestsPerMonth <= top
            else { continue }
            // With more than one API drawn, the label says which one the break-even is against.
            let name =
                drawnAPIs.count > 1 ? context.t(.pBreakEvenVs, pair.api.model.name) : context.t(.pBreakEven3)
            markers.append(
                Chart.Marker(
                    x: first.requestsPerMonth, y: pair.breakEven.apiPerRequest * first.requestsPerMonth,
                    label: name + NumberFormatting.compact(first.requestsPerMonth, context.language)))
        }
        return Chart(
            title: context.t(.pMonthlyCostAgainstVolume2) + plan.scenario.name,
            xAxis: .init(label: context.t(.pRequests), unit: context.t(.pPerMonth2)),
            yAxis: .init(
                label: Phrases.text(.monthlyCost, context.language), unit: context.perMonth(plan.currency)),
            series: series,
            markers: markers)
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
                .label(pair.api.label + apiLabelSuffix(pair.api, context: context)),
                .label(selfLabel(pair.selfHosting, context: context)),
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
                    .pVsNeverApiVsSelfHosting, "\(pair.api.model.name)",
                    selfLabel(pair.selfHosting, context: context),
                    "\(Phrases.reason(reason, .en))",
                    "\(Money.formatPricePerMTok(apiPerMTok, currency: currency))",
                    "\(Money.formatPricePerMTok(selfPerMTok, currency: currency))")
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
                Column(key: "api_option", label: context.t(.pApiOption2)),
                Column(key: "self_hosting_option", label: context.t(.pSelfHostingOption2)),
                Column(
                    key: "first_break_even", label: context.t(.pFirstBreakEven),
                    unit: context.requestsPerMonth, alignment: .right),
                Column(
                    key: "multiple_of_current", label: context.t(.pCurrentVolume), unit: "×",
                    alignment: .right),
                Column(
                    key: "always_cheaper_from", label: context.t(.pAlwaysCheaperFrom),
                    unit: context.requestsPerMonth, alignment: .right),
                Column(
                    key: "payback_month", label: Phrases.text(.paybackMonth, context.language),
                    alignment: .right),
                Column(
                    key: "npv_of_switching", label: context.t(.pNpvOfSwitching3),
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
                "api_cost_per_request", context.t(.pApiCostPerRequestA2),
                .money(b.apiPerRequest, currency: currency, places: context.minorUnits + 4)
            ),
            (
                "replica_monthly", context.t(.pOneReplicaPerMonthC),
                money(b.perReplica, currency, context)
            ),
            (
                "fixed_monthly", context.t(.pFixedPerMonthFOperations),
                money(b.fixed, currency, context)
            ),
            (
                "replica_capacity",
                context.t(.pOneReplicaSCapacityRRequests),
                .integer(Rounding.rounded(b.oneReplicaCapacity, places: 0))
            ),
            (
                "api_value_of_replica",
                context.t(.pApiCostOfThatCapacityV),
                money(b.apiValueOfOneReplica, currency, context)
            ),
            (
                "current_volume", context.t(.pCurrentVolumeRequestsMonth),
                .integer(Rounding.rounded(workload.requestsPerMonth, places: 0))
            ),
        ]
        switch b.outcome {
        case .breaksEven(let first, let firstReplicas, let always, let alwaysReplicas):
            summary += [
                (
                    "first_break_even", context.t(.pFirstBreakEvenRequestsMonth),
                    .integer(Rounding.rounded(first.requestsPerMonth, places: 0))
                ),
                (
                    "first_break_even_tokens", context.t(.pAsTokensMonth),
                    .integer(Rounding.rounded(first.tokensPerMonth, places: 0))
                ),
                (
                    "first_break_even_replicas", context.t(.pReplicasThere),
                    .integer(Decimal(firstReplicas))
                ),
                (
                    "first_break_even_multiple", context.t(.pCurrentVolume2),
                    first.multipleOfCurrent.map { .decimal($0, places: 2) } ?? .empty
                ),
                (
                    "always_cheaper_from",
                    context.t(.pCheaperAtEveryLargerVolumeFrom),
                    .integer(Rounding.rounded(always.requestsPerMonth, places: 0))
                ),
                (
                    "always_cheaper_replicas", context.t(.pReplicasThere),
                    .integer(Decimal(alwaysReplicas))
                ),
                (
                    "always_cheaper_multiple", context.t(.pCurrentVolume2),
                    always.multipleOfCurrent.map { .decimal($0, places: 2) } ?? .empty
                ),
            ]
            if always.requestsPerMonth > first.requestsPerMonth {
                notes.add(
                    context.t(
                        .pJustPastSomeReplicaBoundariesAbove,
                        "\(NumberFormatting.grouped(Rounding.rounded(always.requestsPerMonth, places: 0), places: 0))"
                    ))
            }
        case .never(let reason, let apiPerMTok, let selfPerMTok):
            let why = Phrases.reason(reason, context.language)
            summary.append(
                ("first_break_even", Phrases.text(.breakEven, context.language), context.never(reason)))
            notes.add(
                context.t(
                    .pSelfHostingNeverBreaksEvenAt, "\(why)",
                    "\(Money.formatPricePerMTok(apiPerMTok, currency: currency))",
                    "\(Money.formatPricePerMTok(selfPerMTok, currency: currency))"))
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
                context.t(.pNpvOfSwitchingMonths, "\(plan.horizonMonths)"),
                money(pair.cashFlow.npvOfSwitching, currency, context)
            ))
        let table = Table(
            id: "break_even",
            columns: [
                Column(key: "quantity", label: context.t(.pQuantity)),
                Column(key: "value", label: context.t(.pValue), alignment: .right),
            ],
            rows: summary.map { Row(cells: [.label($0.1), $0.2], key: $0.0) })
        let status = breakEvenStatus(pair, plan: plan, context: context)
        notes.add(priceNote(pair.api, cost: nil, plan: plan, context: context))
        notes.addHostingNotes(pair.selfHosting, plan: plan, context: context)
        notes.addClosingNotes(plan, context: context)
        var sections = [Section(table: table, paragraphs: [status])]
        if context.explain {
            sections.append(
                explainSection(context.t(.breakEven), b.explain, currency: currency, context: context))
            sections.append(
                explainSection(
                    context.t(.pPaybackAndNpv), pair.cashFlow.explain, currency: currency, context: context))
        }
        return Report(
            key: "break_even",
            title: context.t(.pBreakEven2)
                + "\(selfLabel(pair.selfHosting, context: context)) vs \(pair.api.model.name)",
            subtitle: workloadSummary(plan, context: context),
            sections: withSegmentShapes(sections, plan: plan, context: context), footnotes: notes.footnotes,
            charts: [breakEvenChart(pair, plan: plan, context: context)], about: about(plan)
        ).captioningCharts(pricesAsOf: "\(plan.asOf)", language: context.language)
    }

    /// An option's name in the report's language.
    static func optionName(_ option: OptionCost, context: ReportContext) -> String {
        switch option.kind {
        case .selfHosted(let hosting, _): selfLabel(hosting, context: context)
        case .hybrid(let cost): hybridLabel(cost, context: context)
        case .api, .seats: option.label
        }
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
            return context.t(.pAtAnyVolumeTheApiIs)
        }
        if current >= always.requestsPerMonth {
            return context.t(.pAtRequestsAMonthYouAre, "\(shown(current))")
        }
        if current >= first.requestsPerMonth {
            return context.t(
                .pAtRequestsAMonthYouAre2, "\(shown(current))", "\(shown(first.requestsPerMonth))",
                "\(shown(always.requestsPerMonth))")
        }
        let multiple = NumberFormatting.grouped(first.requestsPerMonth / max(current, 1), places: 2)
        return context.t(
            .pAtRequestsAMonthTheApi, "\(shown(current))", "\(shown(first.requestsPerMonth))", "\(multiple)")
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
                    label: context.t(.pBreakEven3)
                        + NumberFormatting.compact(first.requestsPerMonth, context.language)))
            if always.requestsPerMonth > first.requestsPerMonth {
                markers.append(
                    Chart.Marker(
                        x: always.requestsPerMonth, y: b.apiPerRequest * always.requestsPerMonth,
                        label: context.t(.pAlwaysCheaper)
                            + NumberFormatting.compact(always.requestsPerMonth, context.language)))
            }
        }
        markers.append(
            Chart.Marker(
                x: workload.requestsPerMonth, y: b.apiPerRequest * workload.requestsPerMonth,
                label: context.t(.pToday)
                    + NumberFormatting.compact(workload.requestsPerMonth, context.language)))
        return Chart(
            title: context.t(.pMonthlyCostAgainstVolume2)
                + "\(selfLabel(pair.selfHosting, context: context)) vs \(pair.api.model.name)"
                + context.parenthesized(plan.scenario.name),
            xAxis: .init(label: context.t(.pRequests), unit: context.t(.pPerMonth2)),
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
        // With a share that must be self-hosted, only options that keep it so can be marked best.
        let sigma = plan.scenario.selfHostedShare
        let respecting = Set(comparison.options.filter { $0.respects(selfHostedShare: sigma) }.map(\.id))
        let best = comparison.projections.filter { respecting.contains($0.id) }.map(\.npv).max()
        // Each option's row refers to its price, throughput and hosting notes, as in compare.
        var refsByID: [OptionID: [Int]] = [:]
        for option in plan.api {
            refsByID[option.id, default: []].append(
                notes.add(priceNote(option, cost: nil, plan: plan, context: context)))
        }
        for hosting in plan.selfHosting {
            refsByID[hosting.id, default: []] += notes.addHostingNotes(
                hosting, plan: plan, context: context)
        }
        let rows = comparison.projections.map { projection in
            var refs = refsByID[projection.id] ?? []
            let respects = respecting.contains(projection.id)
            if !respects { refs.append(notes.add(context.t(.pRoiConstraint, constraintShare(plan)))) }
            return Row(
                cells: [
                    .label(selfLabel(projection.id, label: projection.label, plan: plan, context: context)),
                    money(projection.oneTime, currency, context),
                    money(projection.totalCost, currency, context),
                    money(projection.totalBenefits, currency, context),
                    money(projection.npv, currency, context),
                    projection.roi.map { .percent($0, places: 1) } ?? .empty,
                ], marked: respects && projection.npv == best, footnoteRefs: refs,
                option: projection.id, lifecycle: lifecycle(projection.id, plan: plan))
        }
        let summary = Table(
            id: "options",
            columns: [
                Column(key: "option", label: Phrases.text(.option, context.language)),
                Column(
                    key: "one_time", label: context.t(.pOneTime), unit: currency, alignment: .right),
                Column(
                    key: "total_cost", label: context.t(.pTotalCost),
                    unit: context.overMonths(currency, plan.horizonMonths), alignment: .right),
                Column(
                    key: "total_benefits", label: context.t(.pTotalBenefits2),
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
                        heading: context.t(.pSwitchingFrom)
                            + "\(baseline.model.name) → \(selfLabel(pair.selfHosting, context: context))",
                        table: cashFlowTable(pair, plan: plan, notes: &notes, context: context),
                        paragraphs: [paybackSentence(pair, plan: plan, context: context)]))
                charts.append(cashChart(pair, plan: plan, context: context))
            }
        }
        if plan.benefits.monthly > 0 {
            notes.add(
                context.t(.pBenefits)
                    + Money.format(plan.benefits.monthly, currency: currency, places: context.minorUnits)
                    + context.t(.pAMonth)
                    + (plan.scenario.benefits?.note.map { context.t(.pPunctU28U7b, "\($0)") } ?? ""))
        } else {
            notes.add(
                context.t(.pNoBenefitsAreGivenInThe))
        }
        notes.add(
            context.t(.pNpvDiscountsMonthTBy1, "\(NumberFormatting.exact(plan.discountRate * 100))"))
        notes.addClosingNotes(plan, context: context)
        if context.explain, let baseline {
            for pair in comparison.pairs where pair.api == baseline {
                sections.append(
                    explainSection(
                        selfLabel(pair.selfHosting, context: context), pair.cashFlow.explain,
                        currency: currency, context: context))
            }
        }
        return Report(
            key: "roi",
            title: context.t(.pRoiOverMonths, "\(plan.horizonMonths)")
                + plan.scenario.name,
            subtitle: workloadSummary(plan, context: context),
            sections: withSegmentShapes(sections, plan: plan, context: context), footnotes: notes.footnotes,
            charts: charts, about: about(plan)
        ).captioningCharts(pricesAsOf: "\(plan.asOf)", language: context.language)
    }

    static func paybackSentence(_ pair: OptionPair, plan: ScenarioPlan, context: ReportContext) -> String {
        let oneTime = Money.format(
            pair.cashFlow.oneTimeAtStart, currency: plan.currency, places: context.minorUnits)
        if let month = pair.cashFlow.paybackMonth {
            return context.t(.pTheOneTimeCostOfIs, "\(oneTime)", "\(month)")
        }
        return context.t(.pTheOneTimeCostOfIs2, "\(oneTime)", "\(plan.horizonMonths)")
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
                Column(key: "month", label: context.t(.pMonth2), alignment: .right),
                Column(key: "requests", label: context.t(.pRequests), alignment: .right),
                Column(
                    key: "api_cost", label: context.t(.pApiCost2), unit: currency, alignment: .right
                ),
                Column(
                    key: "self_hosting_cost", label: context.t(.pSelfHostingCost2),
                    unit: currency,
                    alignment: .right),
                Column(key: "saving", label: context.t(.pSaving), unit: currency, alignment: .right),
                Column(
                    key: "cumulative_cash", label: context.t(.pCumulativeCash), unit: currency,
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
                    label: context.t(.pPaybackMonth, "\(month)")))
        }
        return Chart(
            title: context.t(.pCumulativeCashOfSwitching)
                + "\(pair.api.model.name) → \(selfLabel(pair.selfHosting, context: context))"
                + context.parenthesized(plan.scenario.name),
            xAxis: .init(label: context.t(.pMonth2), unit: nil),
            yAxis: .init(label: context.t(.pCumulativeCash), unit: plan.currency),
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
                .pRequestsMonthInSegmentsWithTheir, "\(requests)", "\(w.mix.count)", "\(names)", "\(input)",
                "\(output)", "\(growth)", "\(plan.asOf)", "\(plan.currency)")
        }
        // Cache writes are named only when the workload has them, so other subtitles stay as they were.
        let written = NumberFormatting.exact(w.cacheWriteShare * 100)
        let writes =
            w.cacheWriteShare == 0 ? "" : context.t(.pWrittenToIt, "\(written)")
        return context.t(
            .pRequestsMonthInputOutputTokensOf2, "\(requests)", "\(input)", "\(output)", "\(cached)",
            "\(writes)", "\(batch)", "\(growth)", "\(plan.asOf)", "\(plan.currency)")
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
                        ? .key("self_hosted_only", text: context.t(.pSelfHostedOnly))
                        : .key("any", text: context.t(.pAny)),
                ], key: part.name)
        }
        return Section(
            heading: context.t(.pRequestShapesBySegment),
            table: Table(
                id: "segments",
                columns: [
                    Column(key: "segment", label: context.t(.pSegment)),
                    Column(key: "share", label: context.t(.pShare), unit: "%", alignment: .right),
                    Column(
                        key: "requests", label: context.t(.pRequests),
                        unit: context.requestsPerMonth,
                        alignment: .right),
                    Column(
                        key: "input_tokens", label: context.t(.pInputTokens2), alignment: .right),
                    Column(
                        key: "output_tokens", label: context.t(.pOutputTokens), alignment: .right),
                    Column(
                        key: "cached_input_share", label: context.t(.pCachedInput), unit: "%",
                        alignment: .right),
                    Column(
                        key: "batch_share", label: context.t(.pBatch), unit: "%", alignment: .right),
                    Column(key: "routing", label: context.t(.pRouting)),
                ], rows: rows),
            paragraphs: [
                context.t(.pEachSegmentIsPricedWithIts)
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
            "\(Money.formatPricePerMTok(set.inputPerMTok, currency: currency)) " + context.t(.pInput2)
        if let cached = set.cachedInputPerMTok {
            text +=
                " / \(Money.formatPricePerMTok(cached, currency: currency)) " + context.t(.pCached)
        }
        if let write = set.cacheWritePerMTok {
            text +=
                " / \(Money.formatPricePerMTok(write, currency: currency)) "
                + context.t(.pCacheWrite2)
        }
        text +=
            " / \(Money.formatPricePerMTok(set.outputPerMTok, currency: currency)) "
            + context.t(.pOutputPer1mTokens)
        if set.batchDiscount > 0 {
            text += context.t(.pBatch2) + NumberFormatting.exact(set.batchDiscount * 100) + "%"
        }
        text += pricingNotes(option, plan: plan, context: context)
        for segment in cost?.segments ?? [] {
            guard let tier = segment.cost.tier else { continue }
            text += context.t(.pSegmentExceedsInputTokensSoThe, "\(segment.name)", "\(tier.aboveInputTokens)")
        }
        if let tier = cost?.tier {
            text += context.t(.pThisRequestShapeExceedsInputTokens, "\(tier.aboveInputTokens)")
        }
        text += lifecycleNote(option.model, plan: plan, context: context)
        text += context.t(.pInForceFrom, "\(set.effective)")
        if let checked = set.checked { text += context.t(.pChecked2, "\(checked)") }
        if let source = set.source { text += " — \(source)" }
        // A price set's own note says what a bare number cannot (a free preview, a promotion).
        if let note = set.note { text += " (\(note))" }
        return text
    }

    /// ` (free)` for a $0 price set, ` [flex]` for an option priced at a service tier.
    static func apiLabelSuffix(_ option: APIOptionPlan, context: ReportContext) -> String {
        var suffix = ""
        if option.tierApplied, let tier = option.requestedTier { suffix += " [\(tier)]" }
        if option.isFree { suffix += context.t(.pFree) }
        return suffix
    }

    /// `mon-fri 09:00–18:00`, or `平日 09:00–18:00` in Japanese.
    static func windowText(_ window: WeekWindow, context: ReportContext) -> String {
        Phrases.weekWindow(window, context.language)
    }

    /// Peak windows as a list: `mon-fri 01:00–04:00, mon-fri 06:00–10:00`, `平日 01:00–04:00、平日 06:00–10:00`.
    static func windowsText(_ windows: [WeekWindow], context: ReportContext) -> String {
        Phrases.weekWindows(windows, context.language)
    }

    /// What priced an option beyond its standard prices: a service tier (or its absence), the
    /// time-of-day blend with its peak share, a $0 price set and until when (SPEC §6.2–§6.3).
    /// The model's deprecation and a retirement inside the horizon, with the successor; empty otherwise.
    static func lifecycleNote(_ model: APIModel, plan: ScenarioPlan, context: ReportContext) -> String {
        guard let lifecycle = lifecycle(model, plan: plan) else { return "" }
        var text = ""
        if let deprecated = lifecycle.deprecated { text += context.t(.pDeprecatedOn, "\(deprecated)") }
        if let retires = lifecycle.retires {
            text += context.t(.pRetiresWithinTheHorizon, "\(retires)", "\(plan.horizonMonths)")
        }
        if let successor = lifecycle.successor { text += context.t(.pSuccessor2, successor) }
        return text
    }

    /// The model's deprecation (on or before the as-of date) and a retirement inside the horizon; nil for neither.
    static func lifecycle(_ model: APIModel, plan: ScenarioPlan) -> Row.Lifecycle? {
        let deprecated = model.deprecated.flatMap { $0 <= plan.asOf ? $0 : nil }
        let retiring = model.retired.flatMap {
            Self.retires($0, within: plan.horizonMonths, of: plan.asOf) ? $0 : nil
        }
        guard deprecated != nil || retiring != nil else { return nil }
        return Row.Lifecycle(deprecated: deprecated, retires: retiring, successor: model.successor)
    }

    /// The lifecycle of the API model an option sends traffic to, if any.
    static func lifecycle(_ id: OptionID?, plan: ScenarioPlan) -> Row.Lifecycle? {
        let apiID: OptionID? =
            switch id {
            case .hybrid(_, let api)?, .pair(let api, _)?: api
            default: id
            }
        guard let option = plan.api.first(where: { $0.id == apiID }) else { return nil }
        return lifecycle(option.model, plan: plan)
    }

    /// True when `retired` falls after `start` and before the end of `months` months from it.
    static func retires(_ retired: CalendarDate, within months: Int, of start: CalendarDate) -> Bool {
        guard retired > start else { return false }
        let retiredMonth = retired.year * 12 + retired.month
        let endMonth = start.year * 12 + start.month + months
        return retiredMonth < endMonth || (retiredMonth == endMonth && retired.day <= start.day)
    }

    static func pricingNotes(_ option: APIOptionPlan, plan: ScenarioPlan, context: ReportContext) -> String {
        var text = ""
        let currency = option.model.currency
        func price(_ value: Decimal) -> String { Money.formatPricePerMTok(value, currency: currency) }
        if let tier = option.requestedTier {
            if option.tierApplied, let prices = option.originalPrices.serviceTiers[tier] {
                var parts = [price(prices.inputPerMTok) + context.t(.pInput7)]
                if let cached = prices.cachedInputPerMTok {
                    parts.append(price(cached) + context.t(.pCached2))
                }
                if let write = prices.cacheWritePerMTok {
                    parts.append(price(write) + context.t(.pCacheWrite3))
                }
                parts.append(price(prices.outputPerMTok) + context.t(.pOutput3))
                text += context.t(.pPricedAtItsServiceTier, "\(tier)", "\(parts.joined(separator: " / "))")
            } else {
                text += context.t(.pItHasNoServiceTierSo, "\(tier)")
            }
        }
        if let share = option.peakShare, let peak = option.originalPrices.peak {
            let percent = NumberFormatting.exact(Rounding.rounded(share.fraction * 100, places: 1))
            let windows = windowsText(peak.windows, context: context)
            let blended = option.prices.inputPerMTok
            let blendedOut = option.prices.outputPerMTok
            let active = plan.workload.activeHours.map { hours in
                let offset = hours.utcOffsetMinutes
                let sign = offset < 0 ? "-" : "+"
                return
                    "\(windowText(hours.window, context: context)) UTC\(sign)\(WeekWindow.clock(abs(offset)))"
            }
            text += context.t(
                .pPeakShareBlend, "\(percent)", "\(share.peakMinutes)", "\(share.activeMinutes)",
                active ?? context.t(.pAllWeek), "\(windows)", price(peak.inputPerMTok),
                price(option.originalPrices.inputPerMTok),
                Money.formatPricePerMTok(blended, currency: plan.currency),
                price(peak.outputPerMTok), price(option.originalPrices.outputPerMTok),
                Money.formatPricePerMTok(blendedOut, currency: plan.currency))
        }
        if option.isFree {
            let end = option.freeUntil.map { context.t(.pUntil, "\($0)") }
            text += context.t(.pFreeWhileItLasts, end ?? context.t(.pNoEndDateAnnounced))
        }
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
                .pFromTheGpusComputeRooflineNo, "\(Phrases.text(.estimatedThroughput, context.language))")
        } else if let level = serviceLevelNote(hosting, context: context) {
            text += level
        } else {
            text += context.t(
                .pThroughputFittedTo, "\(d.measured.count)", d.engine ?? context.t(.pEngineNotStated),
                NumberFormatting.grouped(fit.worstErrorPercent, places: 1))
        }
        text +=
            context.t(.pPunctU3b)
            + [
                "P = \(constant(fit.prefillTokensPerSecond))", "D = \(constant(fit.decodeTokensPerSecond))",
                "K = \(constant(fit.contextTokensSquaredPerSecond))",
            ].joined(separator: context.t(.pPunctU2c))
        let seconds = NumberFormatting.grouped(hosting.option.secondsPerRequest, places: 4)
        text +=
            mixed
            ? context.t(.pReplicaSecondsPerRequestOnAverage, "\(seconds)")
            : context.t(.pReplicaSecondsPerRequest, "\(seconds)")
        if let source = d.source { text += " — \(source)" }
        return text
    }

    static func hostingNote(_ hosting: SelfHostingPlan, plan: ScenarioPlan, context: ReportContext) -> String
    {
        let currency = plan.currency
        let option = hosting.option
        switch option.mode {
        case .rent(let rate):
            var text = context.t(.pRentedAt, "\(hosting.gpu.name)")
            text +=
                Money.format(rate, currency: currency, places: context.minorUnits + 2)
                + context.t(.pGpuHour)
            if let offer = hosting.offer {
                var parts = [offer.provider] + (offer.offer.map { [$0] } ?? [])
                parts.append(commitment(offer.commitment, context: context))
                if let checked = offer.checked {
                    parts.append(context.t(.pChecked3, "\(checked)"))
                }
                text +=
                    context.parenthesized(parts.joined(separator: context.t(.pPunctU2c)))
                if let source = offer.source { text += " — \(source)" }
            } else {
                text += context.t(.pGiven)
            }
            return text
        case .own(let hardware):
            var text = context.t(.pOwned, "\(hosting.gpu.name)")
            text += Money.format(
                hardware.installedPricePerGPU, currency: currency, places: context.minorUnits)
            text += context.t(
                .pPerGpuInstalledWrittenOffOver, "\(hardware.amortizationMonths)",
                "\(NumberFormatting.exact(hardware.serverKWPerGPU))",
                "\(NumberFormatting.exact(hardware.pue))",
                "\(Money.format(hardware.pricePerKWh, currency: currency, places: context.minorUnits + 2))",
                "\(Money.format(hardware.hostingPerGPUMonth, currency: currency, places: context.minorUnits))"
            )
            if let buy = hosting.purchase, buy.condition == .used {
                text += context.t(
                    .pBoughtUsedReplacedAfter,
                    buy.lifeMonths.map { context.t(.pNMonths, "\($0)") } ?? context.t(.pItsLife))
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
        // Money flags (--rate, --setup, …) are read in the scenario's currency, so say which it is
        // wherever it is not the US dollar a reader would assume.
        let own = plan.scenario.currency
        if own != "USD" || plan.currency != own {
            parts.append(
                plan.currency == own
                    ? context.t(.pScenarioAmountsIn, own)
                    : context.t(.pScenarioAmountsInShownIn, own, plan.currency))
        }
        if let first = plan.selfHosting.first?.option {
            parts.append(
                context.t(
                    .pPeakAverageTargetUtilisationServingHours, "\(NumberFormatting.exact(w.peakToAverage))",
                    "\(NumberFormatting.exact(first.utilization * 100))",
                    "\(NumberFormatting.exact(w.servingHoursPerMonth))", "\(first.minReplicas)"))
            parts.append(
                context.t(
                    .pOperationsFTE, NumberFormatting.exact(first.opsFTE),
                    Money.format(
                        first.fteMonthlyCost, currency: plan.currency,
                        places: plan.currency == "JPY" ? 0 : context.minorUnits)))
            if first.setup > 0 {
                parts.append(
                    context.t(.pOneTimeSetup)
                        + Money.format(first.setup, currency: plan.currency, places: context.minorUnits))
            }
        }
        parts.append(context.t(.pAMonthIs730Hours2))
        return Phrases.text(.assumptions, context.language) + context.t(.pPunctU3a)
            + parts.joined(separator: context.t(.pPunctU3b))
    }

    /// A self-hosting option's name in the report's language: the label the scenario gives, else
    /// its deployment, mode and rental provider (`…, rented (runpod)`, `…、レンタル（runpod）`).
    static func selfLabel(_ hosting: SelfHostingPlan, context: ReportContext) -> String {
        if hosting.serviceLevel == .latencyNotMeasured {
            return plainSelfLabel(hosting, context: context)
                + context.parenthesized(Phrases.text(.latencyNotMeasured, context.language))
        }
        return plainSelfLabel(hosting, context: context)
    }

    /// The label without the service-level mark.
    static func plainSelfLabel(_ hosting: SelfHostingPlan, context: ReportContext) -> String {
        if let label = hosting.spec.label { return label }
        let mode =
            hosting.spec.mode == .rent
            ? context.t(.pRented)
                + (hosting.offer.map { context.parenthesized($0.provider) } ?? "")
            : context.t(.pOwned2)
                + (hosting.spec.condition == .used
                    ? context.parenthesized(context.t(.pUsed)) : "")
        return hosting.deployment.name + context.t(.pPunctU2c) + mode
    }

    /// The same, for results that carry only the plan's label (projections, simulated options).
    static func selfLabel(_ id: OptionID, label: String, plan: ScenarioPlan, context: ReportContext) -> String
    {
        plan.selfHosting.first { $0.id == id }.map { selfLabel($0, context: context) } ?? label
    }

    /// A rental commitment in words.
    static func commitment(_ commitment: Commitment, context: ReportContext) -> String {
        switch commitment {
        case .onDemand: context.t(.pOnDemand)
        case .oneYear: context.t(.pN1YearCommitment)
        case .threeYears: context.t(.pN3YearCommitment)
        }
    }

    /// The footnote for a rate amounts were converted with: the rate, its date and source, or `--fx`.
    static func exchangeNote(_ rate: ExchangeRateUse, context: ReportContext) -> String {
        let value = "1 USD = \(NumberFormatting.exact(rate.perUSD)) \(rate.code)"
        if rate.givenWithFX {
            return context.t(.pExchangeRateGivenWithFxOverrides, "\(value)")
        }
        let date = rate.date?.description ?? context.t(.pAnUndatedDay)
        let source = rate.source.map { " — \($0)" } ?? ""
        return context.t(.pExchangeRateTheRateOfFrom, "\(value)", "\(date)", "\(source)")
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
        let currency = comparison.plan.currency
        var sections: [Section] = []
        for option in comparison.options {
            switch option.kind {
            case .api(let api, let cost):
                sections.append(
                    explainSection(
                        option.label, api.pricingExplain + cost.explain, currency: currency, context: context)
                )
            case .selfHosted(let hosting, let cost):
                var operating: [ExplainStep] = []
                if case .met(let points, _) = hosting.serviceLevel {
                    operating = points.flatMap {
                        $0.explain(gpusPerReplica: hosting.deployment.gpusPerReplica)
                    }
                }
                let steps =
                    operating + hosting.throughput.explain(for: comparison.plan.workload) + cost.explain
                sections.append(
                    explainSection(
                        selfLabel(hosting, context: context), steps, currency: currency, context: context))
            case .hybrid, .seats:
                if let section = strategyExplain(option, plan: comparison.plan, context: context) {
                    sections.append(section)
                }
            }
        }
        for pair in comparison.pairs {
            sections.append(
                explainSection(
                    context.t(.pBreakEven4)
                        + "\(selfLabel(pair.selfHosting, context: context)) vs \(pair.api.model.name)",
                    pair.breakEven.explain, currency: currency, context: context))
        }
        for be in comparison.seatBreakEvens {
            sections.append(
                explainSection(
                    context.t(.pSeatBreakEven) + "\(be.seat.label) vs \(be.api.label)",
                    be.explain, currency: currency, context: context))
        }
        return sections
    }

    /// A step's result, or `never` (`not within 36 months`) where the quantity does not exist.
    static func explainResult(_ step: ExplainStep, context: ReportContext) -> String {
        let result = Phrases.formula(step.result, context.language)
        return switch step.never {
        case nil: result
        case .notWithinHorizon?: Phrases.text(.notWithinMonths, context.language, result)
        case .some: Phrases.text(.never, context.language) + (result.isEmpty ? "" : " " + result)
        }
    }

    /// A formula trail as a table: JSON reads each text exact and in English words, CSV exact in
    /// the report's words, people rounded in the report's language, each result with its unit in
    /// `currency`.
    static func explainSection(
        _ title: String, _ steps: [ExplainStep], currency: String, context: ReportContext
    ) -> Section {
        let display = ExplainDisplay(steps, currency: currency, context: context)
        let trail = { (text: FormulaText, shown: (String) -> String) -> Cell in
            let words = Phrases.formula(text, context.language)
            return .trail(exact: Phrases.formula(text, .en), words: words, shown: shown(words))
        }
        let words = { (text: FormulaText) -> Cell in trail(text, ExplainText.readable) }
        return
            Section(
                heading: context.t(.pHowItWasComputed) + title,
                table: Table(
                    id: "explain",
                    columns: [
                        Column(key: "quantity", label: context.t(.pQuantity)),
                        Column(key: "formula", label: context.t(.pFormula)),
                        Column(key: "values", label: context.t(.pWithTheValues)),
                        Column(key: "result", label: context.t(.pResult), alignment: .right),
                    ],
                    rows: steps.map { step in
                        Row(
                            cells: [
                                .key(step.quantity.rawValue, text: Phrases.quantity(step, context.language)),
                                words(step.formula), words(step.substituted),
                                step.never.map {
                                    .never(reason: $0, text: explainResult(step, context: context))
                                }
                                    ?? trail(step.result) { _ in display.result(step) },
                            ], key: step.segment ?? step.argument, unit: step.quantity.unit.rawValue)
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
        for text in ScenarioReports.serviceLevelNotes(plan, context: context) { add(text) }
        for left in plan.leftOutModes {
            add(
                left.mode == .rent
                    ? context.t(.pLeftOutRented, left.deployment.name, left.gpu.name)
                    : context.t(.pLeftOutOwned, left.deployment.name, left.gpu.name))
        }
        for rate in plan.exchangeRates { add(ScenarioReports.exchangeNote(rate, context: context)) }
    }
}

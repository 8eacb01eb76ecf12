import Foundation
import Pricing
import Scenarios

/// Builds the report of `plan`: API only, self-hosting from day one and migrating in month M.
public enum PlanReports {
    /// The three plans of every self-hosting option, which is best and by how much, and each option's cash flow.
    public static func plan(_ study: MigrationStudy, context: ReportContext) -> Report {
        let plan = study.plan
        let currency = plan.currency
        var notes = FootnoteList()
        var sections: [Section] = []
        var charts: [Chart] = []
        var rows: [Row] = []
        var verdicts: [String] = []
        for migration in study.plans {
            let label = ScenarioReports.selfLabel(migration.selfHosting, context: context)
            var refs = [
                notes.add(ScenarioReports.priceNote(migration.api, cost: nil, plan: plan, context: context))
            ]
            refs += notes.addHostingNotes(migration.selfHosting, plan: plan, context: context)
            let best = migration.flow(migration.best) ?? migration.apiOnly
            for kind in MigrationPlanKind.allCases {
                guard let flow = migration.flow(kind) else { continue }
                rows.append(
                    Row(
                        cells: [
                            .label(label), .label(planName(kind, migration, context: context)),
                            switchCell(flow, migration, context: context),
                            ScenarioReports.money(flow.oneTimeAtStart, currency, context),
                            ScenarioReports.money(flow.totalSelfHosting, currency, context),
                            ScenarioReports.money(flow.npvOfSelfHosting, currency, context),
                            ScenarioReports.money(
                                migration.score(best) - migration.score(flow), currency, context),
                        ], marked: kind == migration.best, footnoteRefs: refs, key: kind.rawValue,
                        option: .pair(api: migration.api.id, selfHosted: migration.selfHosting.id),
                        lifecycle: ScenarioReports.lifecycle(migration.api.model, plan: plan)))
            }
            verdicts.append(verdict(migration, label: label, currency: currency, context: context))
        }
        sections.append(
            Section(
                table: plansTable(rows, plan: plan, objective: study.objective, context: context),
                paragraphs: verdicts))
        for migration in study.plans {
            let label = ScenarioReports.selfLabel(migration.selfHosting, context: context)
            sections.append(
                Section(
                    heading: context.t(.pCostMonthByMonth) + label,
                    table: cashFlowTable(migration, plan: plan, notes: &notes, context: context)))
            charts.append(cumulativeChart(migration, label: label, plan: plan, context: context))
        }
        if plan.scenario.isHybrid {
            let share = NumberFormatting.exact(plan.scenario.selfHostedShare * 100)
            notes.add(
                context.t(.pTheScenarioRequiresOfTheRequests, "\(share)"))
        }
        notes.add(migrationNote(study, context: context))
        notes.add(objectiveNote(study, context: context))
        if plan.benefits.monthly > 0 {
            notes.add(
                context.t(.pBenefits)
                    + Money.format(plan.benefits.monthly, currency: currency, places: context.minorUnits)
                    + context.t(.pAMonthTheSameInEvery)
                    + (plan.scenario.benefits?.note.map { context.t(.pPunctU28U7b, "\($0)") } ?? ""))
        }
        notes.addClosingNotes(plan, context: context)
        if context.explain {
            for migration in study.plans {
                let label = ScenarioReports.selfLabel(migration.selfHosting, context: context)
                sections.append(searchSection(migration, label: label, currency: currency, context: context))
                if let migrate = migration.migrate {
                    sections.append(
                        ScenarioReports.explainSection(
                            context.t(.pMigrateInMonth, "\(migrate.switchMonth)")
                                + label, migrate.explain, currency: currency, context: context))
                }
            }
        }
        return Report(
            key: "plan",
            title: context.t(.pApiFirstThenMigrate) + plan.scenario.name,
            subtitle: ScenarioReports.workloadSummary(plan, context: context), sections: sections,
            footnotes: notes.footnotes, charts: charts, about: ScenarioReports.about(plan)
        ).captioningCharts(pricesAsOf: "\(plan.asOf)", language: context.language)
    }

    /// "API only (GPT-4o)", "Self-host from day one", "Migrate in month 7".
    static func planName(_ kind: MigrationPlanKind, _ migration: MigrationPlan, context: ReportContext)
        -> String
    {
        switch kind {
        case .apiOnly:
            context.t(.pApiOnly)
                + context.parenthesized(migration.api.model.name)
        case .dayOne: context.t(.pSelfHostFromDayOne2)
        case .migrate:
            context.t(.pMigrateInMonth2, "\(migration.migrate?.switchMonth ?? 0)")
        }
    }

    static func switchCell(_ flow: CashFlow, _ migration: MigrationPlan, context: ReportContext) -> Cell {
        flow.switchMonth > migration.horizonMonths
            ? context.never(.staysOnAPI) : .integer(Decimal(flow.switchMonth))
    }

    static func plansTable(
        _ rows: [Row], plan: ScenarioPlan, objective: PlanObjective, context: ReportContext
    )
        -> Table
    {
        let currency = plan.currency
        let horizon = context.overMonths(currency, plan.horizonMonths)
        return Table(
            id: "plans",
            columns: [
                Column(key: "self_hosting_option", label: context.t(.pSelfHostingOption2)),
                Column(key: "plan", label: context.t(.pPlan2)),
                Column(
                    key: "switch_month", label: context.t(.pSelfHostingFromMonth),
                    alignment: .right),
                Column(
                    key: "one_time", label: context.t(.pOneTimeAtTheSwitch), unit: currency,
                    alignment: .right),
                Column(
                    key: "total_cost", label: context.t(.pTotalCost), unit: horizon,
                    alignment: .right),
                Column(key: "npv", label: "NPV", unit: currency, alignment: .right),
                Column(
                    key: "behind_best",
                    label: objective == .cost
                        ? context.t(.pCostsMoreThanTheBestBy)
                        : context.t(.pNpvBelowTheBestBy),
                    unit: objective == .cost ? horizon : currency, alignment: .right),
            ], rows: rows)
    }

    /// One sentence: the best plan, and by how much it beats each of the other two.
    static func verdict(_ migration: MigrationPlan, label: String, currency: String, context: ReportContext)
        -> String
    {
        let best = migration.best
        let bestFlow = migration.flow(best) ?? migration.apiOnly
        let others = MigrationPlanKind.allCases.filter { $0 != best }.compactMap { kind -> String? in
            guard let flow = migration.flow(kind) else { return nil }
            let gap = Money.format(
                migration.score(bestFlow) - migration.score(flow), currency: currency,
                places: context.minorUnits)
            // English names a plan in lower case inside a sentence; Japanese quotes it as titled.
            let name =
                context.language == .ja
                ? planName(kind, migration, context: context)
                : lowercasedName(kind, migration, context: context)
            return context.t(.pPlanByGap, name, gap)
        }
        let measure =
            migration.objective == .cost
            ? context.t(.pInTotalCostOverMonths, "\(migration.horizonMonths)")
            : context.t(.pInNpv)
        let bestName =
            context.language == .ja
            ? planName(best, migration, context: context) : lowercasedName(best, migration, context: context)
        return context.t(
            .pBestPlanVerdict, label, bestName, others.joined(separator: context.t(.pListAnd)), measure)
    }

    static func lowercasedName(_ kind: MigrationPlanKind, _ migration: MigrationPlan, context: ReportContext)
        -> String
    {
        let name = planName(kind, migration, context: context)
        guard context.language == .en, kind != .apiOnly, let first = name.first else { return name }
        return first.lowercased() + name.dropFirst()
    }

    /// Month by month, each plan's cost (one-time costs in the month they are paid: day one's in
    /// month 0, the migration's in month M) and its running total.
    static func cashFlowTable(
        _ migration: MigrationPlan, plan: ScenarioPlan, notes: inout FootnoteList, context: ReportContext
    ) -> Table {
        let currency = plan.currency
        let flows = MigrationPlanKind.allCases.map { migration.flow($0) }
        func cost(_ flow: CashFlow?, month: Int) -> Decimal? {
            guard let flow else { return nil }
            if month == 0 { return flow.switchMonth == 1 ? flow.oneTimeAtStart : 0 }
            let row = flow.months[month - 1]
            return row.selfHosting + (flow.switchMonth == month && month > 1 ? flow.oneTimeAtStart : 0)
        }
        func shown(_ value: Decimal) -> Decimal { Rounding.rounded(value, places: context.minorUnits) }
        var totals = flows.map { _ in Decimal(0) }
        var uneven = false
        var rows: [Row] = []
        for month in 0...migration.horizonMonths {
            let costs = flows.map { cost($0, month: month) }
            var refs: [Int] = []
            for index in totals.indices {
                let before = totals[index]
                totals[index] += costs[index] ?? 0
                // The first row whose shown running total is not the shown one before plus the shown cost.
                if !uneven, shown(before) + shown(costs[index] ?? 0) != shown(totals[index]) {
                    uneven = true
                    refs.append(notes.add(Phrases.text(.roundingNote, context.language)))
                }
            }
            let requests: Cell =
                month == 0
                ? .empty : .integer(Rounding.rounded(migration.apiOnly.months[month - 1].requests, places: 0))
            var cells: [Cell] = [.integer(Decimal(month)), requests]
            cells += costs.map { $0.map { ScenarioReports.money($0, currency, context) } ?? .empty }
            cells += zip(totals, flows).map { total, flow in
                flow == nil ? .empty : ScenarioReports.money(total, currency, context)
            }
            rows.append(
                Row(cells: cells, marked: month == migration.migrate?.switchMonth, footnoteRefs: refs))
        }
        let names = MigrationPlanKind.allCases.map { planName($0, migration, context: context) }
        var columns = [
            Column(key: "month", label: context.t(.pMonth2), alignment: .right),
            Column(key: "requests", label: context.t(.pRequests), alignment: .right),
        ]
        for (kind, name) in zip(MigrationPlanKind.allCases, names) {
            columns.append(
                Column(key: "\(kind.rawValue)_cost", label: name, unit: currency, alignment: .right))
        }
        for (kind, name) in zip(MigrationPlanKind.allCases, names) {
            columns.append(
                Column(
                    key: "\(kind.rawValue)_cumulative", label: context.t(.pPunctU3a3) + name, unit: currency,
                    alignment: .right))
        }
        return Table(
            id: "cash_flow", columns: columns, rows: rows,
            option: .pair(api: migration.api.id, selfHosted: migration.selfHosting.id))
    }

    /// Each plan's cumulative cost against the month, the switch month marked.
    static func cumulativeChart(
        _ migration: MigrationPlan, label: String, plan: ScenarioPlan, context: ReportContext
    ) -> Chart {
        var series: [Chart.Series] = []
        var markers: [Chart.Marker] = []
        for kind in MigrationPlanKind.allCases {
            guard let flow = migration.flow(kind) else { continue }
            var total: Decimal = flow.switchMonth == 1 ? flow.oneTimeAtStart : 0
            var points = [ChartPoint(x: 0, y: total)]
            for row in flow.months {
                total +=
                    row.selfHosting
                    + (flow.switchMonth == row.month && row.month > 1 ? flow.oneTimeAtStart : 0)
                points.append(ChartPoint(x: Decimal(row.month), y: total))
                if kind == .migrate, row.month == flow.switchMonth {
                    markers.append(
                        Chart.Marker(
                            x: Decimal(row.month), y: total,
                            label: context.t(.pMigrateInMonth3, "\(row.month)")))
                }
            }
            series.append(.init(name: planName(kind, migration, context: context), points: points))
        }
        return Chart(
            title: context.t(.pCumulativeCost) + label
                + context.parenthesized(plan.scenario.name),
            xAxis: .init(label: context.t(.pMonth2), unit: nil),
            yAxis: .init(label: context.t(.pCumulativeCost2), unit: plan.currency),
            series: series, markers: markers)
    }

    static func migrationNote(_ study: MigrationStudy, context: ReportContext) -> String {
        let plan = study.plan
        let currency = plan.currency
        let places = context.minorUnits
        let migration = plan.scenario.migration
        let factor = plan.scenarioCurrencyFactor
        let setup = (plan.selfHosting.first?.option.setup ?? 0)
        let oneTime = Money.format((migration?.oneTime ?? 0) * factor, currency: currency, places: places)
        let fineTuning = Money.format(
            (migration?.fineTuning ?? 0) * factor, currency: currency, places: places)
        let total = Money.format(setup + (migration?.total ?? 0) * factor, currency: currency, places: places)
        var text = context.t(
            .pPaidOnceWhenSelfHostingStarts, "\(Money.format(setup, currency: currency, places: places))",
            "\(oneTime)", "\(fineTuning)", "\(total)")
        if migration == nil {
            text += context.t(.pTheScenarioHasNoMigrationSection)
        } else if let note = migration?.note {
            text += context.t(.pPunctU28U7b, "\(note)")
        }
        return text
    }

    static func objectiveNote(_ study: MigrationStudy, context: ReportContext) -> String {
        let plan = study.plan
        let h = plan.horizonMonths
        let rate = NumberFormatting.exact(plan.discountRate * 100)
        let goal =
            study.objective == .cost
            ? context.t(.pTheLowestTotalCostOverMonths, "\(h)")
            : context.t(.pTheHighestNpvDiscountingMonthT, "\(rate)")
        return context.t(.pBestPlanEverySwitchMonthFrom, "\(goal)", "\(h + 1)", "\(h)", "\(rate)")
    }

    /// One explain row per switch month: its total cost and NPV.
    static func searchSteps(_ migration: MigrationPlan) -> [ExplainStep] {
        migration.candidates.map { candidate in
            let month = candidate.switchMonth
            return ExplainStep(
                quantity: month == 1
                    ? .switchOnDayOne : month > migration.horizonMonths ? .switchNever : .switchInMonth,
                argument: "\(month)",
                formula: migration.objective == .cost
                    ? "\(word: .switchTotalCostRule)" : "\(word: .switchNPVRule)",
                substituted: "\(word: .totalCost) \(candidate.totalCost); NPV \(candidate.npv)",
                result: migration.objective == .cost ? "\(candidate.totalCost)" : "\(candidate.npv)")
        }
    }

    /// The search's trail, the best switch month's row marked and its result saying so.
    static func searchSection(
        _ migration: MigrationPlan, label: String, currency: String, context: ReportContext
    )
        -> Section
    {
        var section = ScenarioReports.explainSection(
            context.t(.pEverySwitchMonth) + label, searchSteps(migration), currency: currency,
            context: context)
        let best = "\(migration.bestSwitchMonth)"
        for index in section.table?.rows.indices ?? 0..<0 where section.table?.rows[index].key == best {
            section.table?.rows[index].marked = true
            if case .trail(let exact, let words, let shown)? = section.table?.rows[index].cells.last {
                section.table?.rows[index].cells[3] = .trail(
                    exact: exact, words: words, shown: shown + context.t(.pBest))
            }
        }
        return section
    }
}

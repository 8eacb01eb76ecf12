import Foundation
import Pricing
import Scenarios

extension ScenarioReports {
    // MARK: breakeven --sweep

    /// The `breakeven` report with the sweep's table added and its log-scale chart in place of the linear one.
    public static func breakEven(
        _ pair: OptionPair, plan: ScenarioPlan, sweep: VolumeSweep, context: ReportContext
    ) -> Report {
        var report = breakEven(pair, plan: plan, context: context)
        report.key = "break_even_sweep"
        let currency = plan.currency
        let rows = sweep.rows.map { row in
            var note: String
            switch row.kind {
            case .grid: note = ""
            case .current: note = context.t(.pCurrentVolume3)
            case .breakEven: note = context.t(.pBreakEvenBothCostTheSame)
            case .replicaStep(let k):
                note = context.t(.pReplicaStepAboveThisReplicas, "\(k + 1)")
            }
            let key: String =
                switch row.kind {
                case .grid: "grid"
                case .current: "current_volume"
                case .breakEven: "break_even"
                case .replicaStep: "replica_step"
                }
            if row.crossover && row.kind != .breakEven {
                note += (note.isEmpty ? "" : "; ") + context.t(.pCheaperSideChanges)
            }
            return Row(
                cells: [
                    .integer(Rounding.rounded(row.requestsPerMonth, places: 0)),
                    .integer(Decimal(row.replicas)),
                    money(row.api, currency, context), money(row.selfHosting, currency, context),
                    row.kind == .breakEven
                        ? .key("equal", text: context.t(.pEqual))
                        : row.selfHostingCheaper
                            ? .key("self_hosting", text: context.t(.pSelfHosting))
                            : .key("api", text: "API"),
                    note.isEmpty ? .empty : .label(note),
                ], marked: row.crossover, key: key)
        }
        let table = Table(
            id: "sweep",
            columns: [
                Column(
                    key: "requests", label: context.t(.pRequests),
                    unit: context.t(.pPerMonth2),
                    alignment: .right),
                Column(key: "replicas", label: context.t(.replicas), alignment: .right),
                Column(
                    key: "api_cost", label: context.t(.pApiCost2), unit: context.perMonth(currency),
                    alignment: .right),
                Column(
                    key: "self_hosting_cost", label: context.t(.pSelfHostingCost2),
                    unit: context.perMonth(currency), alignment: .right),
                Column(key: "cheaper", label: context.t(.pCheaper)),
                Column(key: "note", label: context.t(.pNote)),
            ], rows: rows)
        var paragraphs = [
            context.t(.pMarkedRowsAreCrossoversAnExact)
        ]
        if sweep.omittedSteps > 0 {
            paragraphs.append(
                context.t(.pFurtherReplicaStepsInTheRange, "\(sweep.omittedSteps)"))
        }
        report.sections.insert(
            Section(
                heading: context.t(
                    .pVolumeSweepRequestsMonth, "\(NumberFormatting.compact(sweep.from))",
                    "\(NumberFormatting.compact(sweep.to))"),
                table: table, paragraphs: paragraphs), at: 1)
        var steps: [ChartPoint] = []
        for row in sweep.rows {
            steps.append(ChartPoint(x: row.requestsPerMonth, y: row.selfHosting))
            if case .replicaStep(let k) = row.kind {
                steps.append(
                    ChartPoint(
                        x: row.requestsPerMonth,
                        y: Decimal(k + 1) * pair.breakEven.perReplica + pair.breakEven.fixed))
            }
        }
        let markers = sweep.rows.filter { $0.kind == .breakEven }.map {
            Chart.Marker(
                x: $0.requestsPerMonth, y: $0.api,
                label: context.t(.pBreakEven3)
                    + NumberFormatting.compact($0.requestsPerMonth, context.language))
        }
        report.charts = [
            Chart(
                title: context.t(.pMonthlyCostAgainstVolumeLogScales2)
                    + "\(ScenarioReports.selfLabel(pair.selfHosting, context: context)) vs \(pair.api.model.name)",
                xAxis: .init(
                    label: context.t(.pRequests), unit: context.t(.pPerMonth2), scale: .log),
                yAxis: .init(
                    label: Phrases.text(.monthlyCost, context.language), unit: context.perMonth(currency),
                    scale: .log
                ),
                series: [
                    .init(
                        name: pair.api.model.name + " (API)",
                        points: sweep.rows.map { ChartPoint(x: $0.requestsPerMonth, y: $0.api) }),
                    .init(
                        name: ScenarioReports.selfLabel(pair.selfHosting, context: context), points: steps,
                        style: .step),
                ], markers: markers)
        ]
        return report.captioningCharts(pricesAsOf: "\(plan.asOf)", language: context.language)
    }

    // MARK: sensitivity

    /// The tornado as a table (largest swing first) and a bar chart around the base case.
    public static func sensitivity(
        _ result: Sensitivity, pair: (api: APIOptionPlan, selfHosting: SelfHostingPlan), plan: ScenarioPlan,
        context: ReportContext
    ) -> Report {
        let currency = plan.currency
        var notes = FootnoteList()
        let percent = NumberFormatting.exact(result.delta * 100)
        func metricCell(_ value: Decimal?) -> Cell {
            guard let value else { return context.never(.neverBreaksEven) }
            switch result.metric {
            case .breakeven: return .integer(Rounding.rounded(value, places: 0))
            case .saving, .npv: return money(value, currency, context)
            }
        }
        let owned: Bool = {
            if case .own = pair.selfHosting.option.mode { return true }
            return false
        }()
        /// An input's value in its own unit (named in the row's label), one precision per input.
        func inputCell(_ input: SensitivityInput, _ value: Decimal?) -> Cell {
            guard let value else { return .empty }
            switch input {
            case .volume, .tokensPerRequest: return .integer(Rounding.rounded(value, places: 0))
            // Rates are money too, in the report's currency with 2 more decimals than its minor
            // unit ($2.6900/GPU-hour as in the notes; ¥421.55 in yen).
            case .gpuPrice:
                return owned
                    ? money(value, currency, context)
                    : .money(value, currency: currency, places: context.minorUnits + 2)
            case .throughput: return .decimal(value, places: 4)
            case .userSpeed: return .decimal(value, places: 1)
            case .utilization, .growth, .discountRate: return .percent(value, places: 1)
            case .peakFactor: return .decimal(value, places: 2)
            case .powerPrice: return .money(value, currency: currency, places: context.minorUnits + 2)
            case .opsCost: return money(value, currency, context)
            case .apiPrice: return .empty
            }
        }
        /// The row's name with the unit its input values are in.
        func inputLabel(_ input: SensitivityInput) -> String {
            let name = inputName(input, context)
            let unit: String? =
                switch input {
                case .volume: context.requestsPerMonth
                case .tokensPerRequest: context.t(.pTokens)
                case .gpuPrice:
                    owned
                        ? context.t(.pPerGpu, "\(currency)")
                        : context.t(.pGpuHour2, "\(currency)")
                case .throughput: context.t(.pS)
                case .peakFactor: "×"
                case .powerPrice: context.t(.pKwh, "\(currency)")
                case .opsCost: context.perMonth(currency)
                case .growth: context.t(.pPerMonth2)
                case .discountRate: context.t(.pPerYear2)
                // The name already says tokens/s.
                case .apiPrice, .utilization, .userSpeed: nil
                }
            return unit.map { name + " (\($0))" } ?? name
        }
        let (metricLabel, unit): (String, String) =
            switch result.metric {
            case .saving:
                (
                    context.t(.pMonthlySavingApiSelfHosting),
                    context.perMonth(currency)
                )
            case .breakeven: (context.t(.pFirstBreakEven), context.requestsPerMonth)
            case .npv:
                (context.t(.pNpvOfSwitching3), context.overMonths(currency, plan.horizonMonths))
            }
        var rows = [
            Row(
                cells: [
                    .label(context.t(.pBaseCase)), .empty, .empty, .empty, metricCell(result.base),
                    metricCell(result.base), .empty,
                ], marked: true, key: "base_case")
        ]
        for row in result.rows {
            let swing: Cell =
                row.swing.map {
                    result.metric == .breakeven
                        ? .integer(Rounding.rounded($0, places: 0)) : money($0, currency, context)
                } ?? context.never(.neverBreaksEven)
            rows.append(
                Row(
                    cells: [
                        .label(inputLabel(row.input)), inputCell(row.input, row.inputLow),
                        inputCell(row.input, row.inputBase), inputCell(row.input, row.inputHigh),
                        metricCell(row.low),
                        metricCell(row.high), swing,
                    ], key: row.input.rawValue))
        }
        let table = Table(
            id: "sensitivity",
            columns: [
                Column(key: "input", label: context.t(.pSensitivityInput)),
                Column(
                    key: "input_low", label: context.t(.pInput3, "\(percent)"),
                    alignment: .right),
                Column(key: "input_base", label: context.t(.pInputAtBase), alignment: .right),
                Column(
                    key: "input_high", label: context.t(.pInput4, "\(percent)"),
                    alignment: .right),
                Column(
                    key: "metric_low", label: metricLabel + context.t(.pInputDown), unit: unit,
                    alignment: .right),
                Column(
                    key: "metric_high", label: metricLabel + context.t(.pInputUp), unit: unit,
                    alignment: .right),
                Column(key: "swing", label: context.t(.pSwing), unit: unit, alignment: .right),
            ], rows: rows)
        notes.add(
            context.t(.pEachInputIsMovedByOne, "\(percent)"))
        if result.rows.contains(where: { $0.input == .userSpeed }) {
            notes.add(
                context.t(.pSpeedPerUserTheServiceLevel))
        }
        notes.add(priceNote(pair.api, cost: nil, plan: plan, context: context))
        notes.addHostingNotes(pair.selfHosting, plan: plan, context: context)
        notes.addClosingNotes(plan, context: context)
        func plot(_ value: Decimal?) -> Double? { value.map { ChartPoint.double($0) } }
        let chart = Chart(
            title: context.t(.pSensitivityOf) + metricLabel + context.t(.pPunctU3a)
                + "\(ScenarioReports.selfLabel(pair.selfHosting, context: context)) vs \(pair.api.model.name)",
            valueAxis: .init(label: metricLabel, unit: unit),
            bars: result.rows.map {
                Chart.Bar(label: inputName($0.input, context), low: plot($0.low), high: plot($0.high))
            }, baseline: plot(result.base),
            legend: [
                context.t(.pInput5, "\(percent)"),
                context.t(.pInput6, "\(percent)"),
            ])
        return Report(
            key: "sensitivity",
            title: context.t(.pSensitivity)
                + "\(ScenarioReports.selfLabel(pair.selfHosting, context: context)) vs \(pair.api.model.name)",
            subtitle: workloadSummary(plan, context: context),
            sections: withSegmentShapes([Section(table: table)], plan: plan, context: context),
            footnotes: notes.footnotes, charts: [chart], about: about(plan)
        ).captioningCharts(pricesAsOf: "\(plan.asOf)", language: context.language)
    }

    static func inputName(_ input: SensitivityInput, _ context: ReportContext) -> String {
        switch input {
        case .volume: context.t(.pVolume)
        case .tokensPerRequest: context.t(.pTokensPerRequest)
        case .apiPrice: context.t(.pApiPrice)
        case .gpuPrice: context.t(.pGpuPriceOrRate)
        // The input is s, the replica-seconds one request takes: not a throughput, which is its inverse.
        case .throughput: context.t(.pSecondsPerRequest)
        case .utilization: context.t(.pUtilisation)
        case .peakFactor: context.t(.pPeakFactor)
        case .powerPrice: context.t(.pPowerPrice)
        case .opsCost: context.t(.pOperationsCost)
        case .growth: context.t(.pGrowth)
        case .discountRate: context.t(.pDiscountRate)
        case .userSpeed: context.t(.pSpeedPerUserTokensS)
        }
    }

    // MARK: simulate

    /// P10/P50/P90 of every option's monthly cost, the break-even, the NPV and the chance self-hosting is cheaper.
    public static func simulation(_ result: Simulation, plan: ScenarioPlan, context: ReportContext) -> Report
    {
        let currency = plan.currency
        var notes = FootnoteList()
        let precision = notes.add(
            context.t(.pMonteCarloInDoublePrecisionDraws, "\(result.samples)", "\(result.seed)"))
        func cashCell(_ value: Double) -> Cell {
            exact(value).map { money($0, currency, context) } ?? .empty
        }
        func volumeCell(_ value: Double) -> Cell {
            guard value.isFinite, let value = exact(value) else {
                return context.never(.neverBreaksEven)
            }
            return .integer(Rounding.rounded(value, places: 0))
        }
        var rows: [Row] = result.options.map { option in
            Row(
                cells: [
                    .label(
                        option.isAPI
                            ? option.label
                            : ScenarioReports.selfLabel(
                                option.id, label: option.label, plan: plan, context: context)),
                    option.isAPI
                        ? .key("api", text: "API")
                        : .key("self_hosting", text: context.t(.pSelfHosting)),
                    cashCell(option.monthly.p10), cashCell(option.monthly.p50), cashCell(option.monthly.p90),
                ], footnoteRefs: [precision], option: option.id)
        }
        let pairName =
            "\(ScenarioReports.selfLabel(result.selfHostingID, label: result.selfHostingLabel, plan: plan, context: context)) vs \(result.apiLabel)"
        rows.append(
            Row(
                cells: [
                    .label(context.t(.pMonthlySaving) + pairName),
                    .label(context.perMonth(currency)),
                    cashCell(result.saving.p10), cashCell(result.saving.p50), cashCell(result.saving.p90),
                ], footnoteRefs: [precision], key: "monthly_saving"))
        rows.append(
            Row(
                cells: [
                    .label(context.t(.pFirstBreakEven2) + pairName),
                    .label(context.requestsPerMonth),
                    volumeCell(result.breakEven.p10), volumeCell(result.breakEven.p50),
                    volumeCell(result.breakEven.p90),
                ], footnoteRefs: [precision], key: "first_break_even"))
        rows.append(
            Row(
                cells: [
                    .label(context.t(.pNpvOfSwitching2) + pairName),
                    .label(context.overMonths(currency, plan.horizonMonths)),
                    cashCell(result.npvOfSwitching.p10),
                    cashCell(result.npvOfSwitching.p50), cashCell(result.npvOfSwitching.p90),
                ], footnoteRefs: [precision], key: "npv_of_switching"))
        let table = Table(
            id: "simulation",
            columns: [
                Column(key: "figure", label: context.t(.pFigure)),
                Column(key: "kind", label: context.t(.pKindOrUnit)),
                Column(key: "p10", label: "P10", alignment: .right),
                Column(key: "p50", label: "P50", alignment: .right),
                Column(key: "p90", label: "P90", alignment: .right),
            ], rows: rows)
        let summary = Table(
            id: "simulation_summary",
            columns: [
                Column(key: "quantity", label: context.t(.pQuantity)),
                Column(key: "value", label: context.t(.pValue), alignment: .right),
            ],
            rows: [
                Row(
                    cells: [
                        .label(context.t(.pPSelfHostingCheaper) + pairName),
                        .percent(result.probabilitySelfHostingCheaper, places: 1),
                    ], key: "p_self_hosting_cheaper"),
                Row(
                    cells: [
                        .label(context.t(.pPNeverBreaksEven)),
                        .percent(result.neverShare, places: 1),
                    ], key: "p_never_breaks_even"),
                Row(
                    cells: [.label(context.t(.pDraws)), .integer(Decimal(result.samples))],
                    key: "draws"),
                Row(cells: [.label(context.t(.pSeed)), .integer(Decimal(result.seed))], key: "seed"),
            ])
        let rangeText =
            result.ranges.isEmpty
            ? context.t(.pTheScenarioGivesNoRangesSo)
            : context.t(.pRangesTriangularLowModeHigh)
                + result.ranges.map {
                    "\($0.path) \(NumberFormatting.exact($0.range.low)) / \(NumberFormatting.exact($0.range.mode)) / \(NumberFormatting.exact($0.range.high))"
                }.joined(separator: "; ")
        notes.add(rangeText)
        if result.ranges.contains(where: { if case .benefit = $0.input { true } else { false } }) {
            notes.add(
                context.t(.pRangesOnBenefitsMoveNoneOf))
        }
        notes.addClosingNotes(plan, context: context)
        let hist = result.histogram
        var points: [ChartPoint] = []
        if hist.width == 0 {
            // Every draw the same (no ranges): one bin of no width, drawn as a spike up to the count.
            points = [
                ChartPoint(plotX: hist.lower, plotY: 0),
                ChartPoint(plotX: hist.lower, plotY: Double(hist.counts.first ?? 0)),
            ]
        } else {
            for (index, count) in hist.counts.enumerated() {
                let x = hist.lower + Double(index) * hist.width
                points.append(ChartPoint(plotX: x, plotY: Double(count)))
            }
            points.append(
                ChartPoint(
                    plotX: hist.lower + Double(hist.counts.count) * hist.width,
                    plotY: Double(hist.counts.last ?? 0)))
        }
        let chart = Chart(
            title: context.t(.pMonthlySavingAcrossDraws) + pairName,
            xAxis: .init(
                label: context.t(.pMonthlySavingApiSelfHosting),
                unit: context.perMonth(currency)),
            yAxis: .init(label: context.t(.pDraws)),
            series: [.init(name: context.t(.pDrawsPerBin), points: points, style: .step)],
            markers: [
                Chart.Marker(plotX: result.saving.p10, plotY: 0, label: "P10"),
                Chart.Marker(plotX: result.saving.p50, plotY: 0, label: "P50"),
                Chart.Marker(plotX: result.saving.p90, plotY: 0, label: "P90"),
            ])
        return Report(
            key: "simulation",
            title: context.t(.pMonteCarloRanges) + plan.scenario.name,
            subtitle: workloadSummary(plan, context: context),
            sections: [
                Section(table: table),
                Section(
                    heading: context.t(.pProbability), table: summary,
                    paragraphs: [context.t(.pMonteCarloInDoublePrecision)]),
            ], footnotes: notes.footnotes, charts: [chart], about: about(plan)
        ).captioningCharts(pricesAsOf: "\(plan.asOf)", language: context.language)
    }

    /// A simulated `Double` as the exact decimal of its shortest round-trip text (same on every platform).
    static func exact(_ value: Double) -> Decimal? {
        guard value.isFinite else { return nil }
        return ExactDecimal.parse(jsonLiteral: "\(value)")
    }
}

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
            case .current: note = context.t("current volume", "現在の量")
            case .breakEven: note = context.t("break-even: both cost the same", "損益分岐：同額")
            case .replicaStep(let k):
                note = context.t(
                    "replica step: above this, \(k + 1) replicas", "レプリカ境界：これを超えると \(k + 1) レプリカ")
            }
            let key: String =
                switch row.kind {
                case .grid: "grid"
                case .current: "current_volume"
                case .breakEven: "break_even"
                case .replicaStep: "replica_step"
                }
            if row.crossover && row.kind != .breakEven {
                note += (note.isEmpty ? "" : "; ") + context.t("cheaper side changes", "安い側が入れ替わる")
            }
            return Row(
                cells: [
                    .integer(Rounding.rounded(row.requestsPerMonth, places: 0)),
                    .integer(Decimal(row.replicas)),
                    money(row.api, currency, context), money(row.selfHosting, currency, context),
                    row.kind == .breakEven
                        ? .key("equal", text: context.t("equal", "同額"))
                        : row.selfHostingCheaper
                            ? .key("self_hosting", text: context.t("self-hosting", "自社運用"))
                            : .key("api", text: "API"),
                    note.isEmpty ? .empty : .label(note),
                ], marked: row.crossover, key: key)
        }
        let table = Table(
            id: "sweep",
            columns: [
                Column(
                    key: "requests", label: context.t("Requests", "リクエスト数"),
                    unit: context.t("per month", "月あたり"),
                    alignment: .right),
                Column(key: "replicas", label: context.t("Replicas", "レプリカ数"), alignment: .right),
                Column(
                    key: "api_cost", label: context.t("API cost", "APIコスト"), unit: context.perMonth(currency),
                    alignment: .right),
                Column(
                    key: "self_hosting_cost", label: context.t("Self-hosting cost", "自社運用コスト"),
                    unit: context.perMonth(currency), alignment: .right),
                Column(key: "cheaper", label: context.t("Cheaper", "安い方")),
                Column(key: "note", label: context.t("Note", "注記")),
            ], rows: rows)
        var paragraphs = [
            context.t(
                "Marked rows are crossovers: an exact break-even, or the first row where the cheaper side changes. Cheaper means self-hosting ≤ API.",
                "印の行は損益の入れ替わり（ちょうど同額の点、または安い側が変わる最初の行）です。自社運用 ≤ API を「安い」とします。")
        ]
        if sweep.omittedSteps > 0 {
            paragraphs.append(
                context.t(
                    "\(sweep.omittedSteps) further replica steps in the range are not listed; each adds one replica's cost.",
                    "範囲内のほか \(sweep.omittedSteps) 個のレプリカ境界は省略（それぞれ1レプリカ分のコストが加わります）。"))
        }
        report.sections.insert(
            Section(
                heading: context.t(
                    "Volume sweep \(NumberFormatting.compact(sweep.from))–\(NumberFormatting.compact(sweep.to)) requests/month",
                    "量のスイープ \(NumberFormatting.compact(sweep.from))–\(NumberFormatting.compact(sweep.to)) リクエスト／月"
                ),
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
                label: context.t("break-even ", "損益分岐 ") + NumberFormatting.compact($0.requestsPerMonth))
        }
        report.charts = [
            Chart(
                title: context.t("Monthly cost against volume (log scales)", "月間リクエスト数と月額コスト（対数）"),
                xAxis: .init(
                    label: context.t("Requests", "リクエスト数"), unit: context.t("per month", "月あたり"), scale: .log),
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
        return report
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
        func inputCell(_ value: Decimal?) -> Cell {
            value.map { .decimal($0, places: $0.magnitude >= 1000 ? 0 : 4) } ?? .empty
        }
        let (metricLabel, unit): (String, String) =
            switch result.metric {
            case .saving:
                (
                    context.t("Monthly saving (API − self-hosting)", "月間削減額（API − 自社運用）"),
                    context.perMonth(currency)
                )
            case .breakeven: (context.t("First break-even", "最初の損益分岐点"), context.requestsPerMonth)
            case .npv:
                (context.t("NPV of switching", "切替のNPV"), context.overMonths(currency, plan.horizonMonths))
            }
        var rows = [
            Row(
                cells: [
                    .label(context.t("base case", "基準")), .empty, .empty, .empty, metricCell(result.base),
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
                        .label(inputName(row.input, context)), inputCell(row.inputLow),
                        inputCell(row.inputBase),
                        inputCell(row.inputHigh), metricCell(row.low), metricCell(row.high), swing,
                    ], key: row.input.rawValue))
        }
        let table = Table(
            id: "sensitivity",
            columns: [
                Column(key: "input", label: context.t("Input", "入力")),
                Column(
                    key: "input_low", label: context.t("Input −\(percent)%", "入力 −\(percent)%"),
                    alignment: .right),
                Column(key: "input_base", label: context.t("Input at base", "入力（基準）"), alignment: .right),
                Column(
                    key: "input_high", label: context.t("Input +\(percent)%", "入力 +\(percent)%"),
                    alignment: .right),
                Column(
                    key: "metric_low", label: metricLabel + context.t(" (input down)", "（入力減）"), unit: unit,
                    alignment: .right),
                Column(
                    key: "metric_high", label: metricLabel + context.t(" (input up)", "（入力増）"), unit: unit,
                    alignment: .right),
                Column(key: "swing", label: context.t("Swing", "振れ幅"), unit: unit, alignment: .right),
            ], rows: rows)
        notes.add(
            context.t(
                "Each input is moved by ±\(percent)% one at a time, all others at their scenario values: volume, API prices (the whole price set), GPU rate or installed price, power price, operations cost (F) and tokens per request (I and O together; s recomputed) are multiplied by 1 ± δ; throughput moves s to s ÷ (1 ± δ); utilisation is capped at 100% and the peak factor kept within 1–1000; growth and discount rates are multiplied as rates (3% → 2.4% and 3.6%), growth kept within −100%…1000% a month. The base case is what breakeven and roi print.",
                "各入力を1つずつ ±\(percent)% 動かし、他はシナリオの値のままです。量、API価格（価格表全体）、GPU単価または購入価格、電力単価、運用費（F）、1リクエストのトークン数（入力と出力、s を再計算）は 1 ± δ 倍、スループットは s ÷ (1 ± δ)、稼働率は100%が上限、ピーク係数は1〜1000の範囲、成長率と割引率は率として 1 ± δ 倍（3% → 2.4%、3.6%、成長率は月−100%〜1000%の範囲）。基準は breakeven と roi の値です。"
            ))
        notes.add(priceNote(pair.api, cost: nil, plan: plan, context: context))
        notes.addHostingNotes(pair.selfHosting, plan: plan, context: context)
        notes.addClosingNotes(plan, context: context)
        func plot(_ value: Decimal?) -> Double? { value.map { ChartPoint.double($0) } }
        let chart = Chart(
            title: context.t("Sensitivity of ", "感度：") + metricLabel,
            valueAxis: .init(label: metricLabel, unit: unit),
            bars: result.rows.map {
                Chart.Bar(label: inputName($0.input, context), low: plot($0.low), high: plot($0.high))
            }, baseline: plot(result.base),
            legend: [
                context.t("input −\(percent)%", "入力 −\(percent)%"),
                context.t("input +\(percent)%", "入力 +\(percent)%"),
            ])
        return Report(
            key: "sensitivity",
            title: context.t("Sensitivity: ", "感度分析：")
                + "\(ScenarioReports.selfLabel(pair.selfHosting, context: context)) vs \(pair.api.model.name)",
            subtitle: workloadSummary(plan, context: context),
            sections: withSegmentShapes([Section(table: table)], plan: plan, context: context),
            footnotes: notes.footnotes, charts: [chart], about: about(plan))
    }

    static func inputName(_ input: SensitivityInput, _ context: ReportContext) -> String {
        switch input {
        case .volume: context.t("volume", "量")
        case .tokensPerRequest: context.t("tokens per request", "1リクエストのトークン数")
        case .apiPrice: context.t("API price", "API価格")
        case .gpuPrice: context.t("GPU price or rate", "GPU価格・単価")
        case .throughput: context.t("throughput", "スループット")
        case .utilization: context.t("utilisation", "稼働率")
        case .peakFactor: context.t("peak factor", "ピーク係数")
        case .powerPrice: context.t("power price", "電力単価")
        case .opsCost: context.t("operations cost", "運用費")
        case .growth: context.t("growth", "成長率")
        case .discountRate: context.t("discount rate", "割引率")
        }
    }

    // MARK: simulate

    /// P10/P50/P90 of every option's monthly cost, the break-even, the NPV and the chance self-hosting is cheaper.
    public static func simulation(_ result: Simulation, plan: ScenarioPlan, context: ReportContext) -> Report
    {
        let currency = plan.currency
        var notes = FootnoteList()
        let precision = notes.add(
            context.t(
                "Monte Carlo in double precision: \(result.samples) draws, seed \(result.seed), xoshiro256** seeded by SplitMix64, triangular draws by inverse CDF, percentiles by nearest rank. The exact decimal engine gives the deterministic figures; these are ranges.",
                "倍精度のモンテカルロ法：\(result.samples) 回、シード \(result.seed)、SplitMix64 で初期化した xoshiro256**、三角分布は逆関数法、パーセンタイルは最近順位法。確定値は10進厳密計算のエンジンによります。"
            ))
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
                            : ScenarioReports.selfLabel(option.label, plan: plan, context: context)),
                    option.isAPI
                        ? .key("api", text: "API")
                        : .key("self_hosting", text: context.t("self-hosting", "自社運用")),
                    cashCell(option.monthly.p10), cashCell(option.monthly.p50), cashCell(option.monthly.p90),
                ], footnoteRefs: [precision], option: option.id)
        }
        let pairName =
            "\(ScenarioReports.selfLabel(result.selfHostingLabel, plan: plan, context: context)) vs \(result.apiLabel)"
        rows.append(
            Row(
                cells: [
                    .label(context.t("Monthly saving, ", "月間削減額、") + pairName),
                    .label(context.perMonth(currency)),
                    cashCell(result.saving.p10), cashCell(result.saving.p50), cashCell(result.saving.p90),
                ], footnoteRefs: [precision], key: "monthly_saving"))
        rows.append(
            Row(
                cells: [
                    .label(context.t("First break-even, ", "最初の損益分岐点、") + pairName),
                    .label(context.requestsPerMonth),
                    volumeCell(result.breakEven.p10), volumeCell(result.breakEven.p50),
                    volumeCell(result.breakEven.p90),
                ], footnoteRefs: [precision], key: "first_break_even"))
        rows.append(
            Row(
                cells: [
                    .label(context.t("NPV of switching, ", "切替のNPV、") + pairName),
                    .label(context.overMonths(currency, plan.horizonMonths)),
                    cashCell(result.npvOfSwitching.p10),
                    cashCell(result.npvOfSwitching.p50), cashCell(result.npvOfSwitching.p90),
                ], footnoteRefs: [precision], key: "npv_of_switching"))
        let table = Table(
            id: "simulation",
            columns: [
                Column(key: "figure", label: context.t("Figure", "項目")),
                Column(key: "kind", label: context.t("Kind or unit", "種別・単位")),
                Column(key: "p10", label: "P10", alignment: .right),
                Column(key: "p50", label: "P50", alignment: .right),
                Column(key: "p90", label: "P90", alignment: .right),
            ], rows: rows)
        let summary = Table(
            id: "simulation_summary",
            columns: [
                Column(key: "quantity", label: context.t("Quantity", "項目")),
                Column(key: "value", label: context.t("Value", "値"), alignment: .right),
            ],
            rows: [
                Row(
                    cells: [
                        .label(context.t("P(self-hosting cheaper), ", "自社運用が安い確率、") + pairName),
                        .percent(result.probabilitySelfHostingCheaper, places: 1),
                    ], key: "p_self_hosting_cheaper"),
                Row(
                    cells: [
                        .label(context.t("P(never breaks even)", "損益分岐しない確率")),
                        .percent(result.neverShare, places: 1),
                    ], key: "p_never_breaks_even"),
                Row(
                    cells: [.label(context.t("Draws", "試行回数")), .integer(Decimal(result.samples))],
                    key: "draws"),
                Row(cells: [.label(context.t("Seed", "シード")), .integer(Decimal(result.seed))], key: "seed"),
            ])
        let rangeText =
            result.ranges.isEmpty
            ? context.t(
                "The scenario gives no ranges, so every draw is the deterministic case.",
                "シナリオに範囲指定がないため、すべての試行が確定値と同じです。")
            : context.t("Ranges (triangular low / mode / high): ", "範囲（三角分布 下限／最頻値／上限）：")
                + result.ranges.map {
                    "\($0.path) \(NumberFormatting.exact($0.range.low)) / \(NumberFormatting.exact($0.range.mode)) / \(NumberFormatting.exact($0.range.high))"
                }.joined(separator: "; ")
        notes.add(rangeText)
        if result.ranges.contains(where: { if case .benefit = $0.input { true } else { false } }) {
            notes.add(
                context.t(
                    "Ranges on benefits move none of these figures: benefits are the same for both options.",
                    "便益の範囲はこれらの値に影響しません（両方の選択肢で同じ）。"))
        }
        notes.addClosingNotes(plan, context: context)
        let hist = result.histogram
        var points: [ChartPoint] = []
        for (index, count) in hist.counts.enumerated() {
            let x = hist.lower + Double(index) * hist.width
            points.append(ChartPoint(plotX: x, plotY: Double(count)))
        }
        points.append(
            ChartPoint(
                plotX: hist.lower + Double(hist.counts.count) * hist.width,
                plotY: Double(hist.counts.last ?? 0)))
        let chart = Chart(
            title: context.t("Monthly saving across draws: ", "月間削減額の分布：") + pairName,
            xAxis: .init(
                label: context.t("Monthly saving (API − self-hosting)", "月間削減額（API − 自社運用）"),
                unit: context.perMonth(currency)),
            yAxis: .init(label: context.t("Draws", "試行回数")),
            series: [.init(name: context.t("draws per bin", "区間ごとの試行数"), points: points, style: .step)],
            markers: [
                Chart.Marker(plotX: result.saving.p10, plotY: 0, label: "P10"),
                Chart.Marker(plotX: result.saving.p50, plotY: 0, label: "P50"),
                Chart.Marker(plotX: result.saving.p90, plotY: 0, label: "P90"),
            ])
        return Report(
            key: "simulation",
            title: context.t("Monte Carlo ranges: ", "モンテカルロ法による範囲：") + plan.scenario.name,
            subtitle: workloadSummary(plan, context: context),
            sections: [
                Section(table: table),
                Section(
                    heading: context.t("Probability", "確率"), table: summary,
                    paragraphs: [context.t("Monte Carlo in double precision.", "倍精度のモンテカルロ法。")]),
            ], footnotes: notes.footnotes, charts: [chart], about: about(plan))
    }

    /// A simulated `Double` as the exact decimal of its shortest round-trip text (same on every platform).
    static func exact(_ value: Double) -> Decimal? {
        guard value.isFinite else { return nil }
        return ExactDecimal.parse(jsonLiteral: "\(value)")
    }
}

import Foundation
import Pricing
import Scenarios

extension ScenarioReports {
    /// The service level in words: "≥ 30 tokens/s per user, first token ≤ 2 s".
    public static func serviceLevelText(_ level: ServiceLevel, context: ReportContext) -> String {
        var parts: [String] = []
        if let speed = level.minTokensPerSecondPerUser {
            parts.append(
                context.t(
                    "≥ \(NumberFormatting.exact(speed)) output tokens/s per user",
                    "ユーザーあたり出力 \(NumberFormatting.exact(speed)) トークン/秒以上"))
        }
        if let ttft = level.maxTTFTSeconds {
            parts.append(
                context.t(
                    "first token within \(NumberFormatting.exact(ttft)) s (median)",
                    "最初のトークンまで \(NumberFormatting.exact(ttft)) 秒以内（中央値）"))
        }
        return parts.joined(separator: context.t(", ", "、"))
    }

    /// "1024/1024" for a request shape.
    static func shapeText(_ input: Int, _ output: Int) -> String { "\(input)/\(output)" }

    /// The throughput note's middle for a profile with curves, or nil to keep the max-load wording.
    static func serviceLevelNote(_ hosting: SelfHostingPlan, context: ReportContext) -> String? {
        let d = hosting.deployment
        switch hosting.serviceLevel {
        case .notApplied:
            guard d.measured.isEmpty, !d.curves.isEmpty else { return nil }
            let shapes = ServiceLevelCurves.shapes(d.curves).count
            return context.t(
                "throughput at full load: the highest measured throughput of each of \(shapes) request shapes (\(d.curves.count) runs, \(d.engine ?? "engine not stated")), worst fit error \(NumberFormatting.grouped(hosting.throughput.worstErrorPercent, places: 1))%",
                "フル稼働時のスループット：\(shapes) 種類のリクエスト形状それぞれの最大実測値（\(d.curves.count) 回の測定、\(d.engine ?? "エンジン不明")）、最大誤差 \(NumberFormatting.grouped(hosting.throughput.worstErrorPercent, places: 1))%"
            )
        case .latencyNotMeasured:
            return nil
        case .unmet:
            return nil
        case .met(let points, let shortfalls):
            let perShape = points.map { point -> String in
                let shape = shapeText(point.inputLength, point.outputLength)
                let t = NumberFormatting.grouped(point.throughputPerGPU, places: 0)
                let at: String
                if let slower = point.slower {
                    at = context.t(
                        "between concurrency \(point.faster.concurrency) and \(slower.concurrency)",
                        "同時実行数 \(point.faster.concurrency) と \(slower.concurrency) の間を補間")
                } else {
                    at = context.t(
                        "measured at concurrency \(point.faster.concurrency)",
                        "同時実行数 \(point.faster.concurrency) の実測")
                }
                return context.t(
                    "\(shape): \(t) output tokens/s per GPU (\(at))", "\(shape)：GPU あたり出力 \(t) トークン/秒（\(at)）")
            }
            var text = context.t(
                "at the service level, \(perShape.joined(separator: "; ")); fitted worst error \(NumberFormatting.grouped(hosting.throughput.worstErrorPercent, places: 1))%",
                "サービスレベルでは \(perShape.joined(separator: "、"))。当てはめの最大誤差 \(NumberFormatting.grouped(hosting.throughput.worstErrorPercent, places: 1))%"
            )
            for shortfall in shortfalls {
                text += context.t("; ", "。") + shortfallText(shortfall, context: context)
            }
            return text
        }
    }

    /// "8192/1024 cannot: reaches 21.3 tokens/s per user" for one shape.
    static func shortfallText(_ shortfall: ShapeShortfall, context: ReportContext) -> String {
        let shape = shapeText(shortfall.inputLength, shortfall.outputLength)
        guard let best = shortfall.fastestTokensPerSecondPerUser else {
            let ttft = NumberFormatting.grouped(shortfall.shortestTTFTSeconds, places: 2)
            return context.t(
                "\(shape) does not meet the level (no measured first token within the limit; the fastest is \(ttft) s)",
                "\(shape) は条件を満たしません（制限内に最初のトークンが出た測定がなく、最速は \(ttft) 秒）")
        }
        let speed = NumberFormatting.grouped(best, places: 1)
        return context.t(
            "\(shape) does not meet the level (it reaches \(speed) tokens/s per user at best)",
            "\(shape) は条件を満たしません（ユーザーあたり最速 \(speed) トークン/秒）")
    }

    /// The notes a scenario with a service level adds: the level, and each option it rules out.
    public static func serviceLevelNotes(_ plan: ScenarioPlan, context: ReportContext) -> [String] {
        guard let level = plan.serviceLevel else { return [] }
        var notes = [
            context.t(
                "Service level: \(serviceLevelText(level, context: context)). Self-hosting is priced at the throughput per GPU its measured curves give at that speed (SPEC §6.5); a profile measured only at full load is marked \"\(Labels.text(.latencyNotMeasured, .en))\" and priced at full load.",
                "サービスレベル：\(serviceLevelText(level, context: context))。自社運用は、実測曲線がその速度で示す GPU あたりスループットで計算しています。フル稼働時の実測しかない構成は「\(Labels.text(.latencyNotMeasured, .ja))」と表示し、フル稼働で計算しています。"
            )
        ]
        for option in plan.unmetServiceLevel {
            let reasons = option.shortfalls.map { shortfallText($0, context: context) }
            notes.append(
                context.t(
                    "\(option.deployment.name) is not an option at this service level: \(reasons.joined(separator: "; ")).",
                    "\(option.deployment.name) はこのサービスレベルでは選択肢になりません：\(reasons.joined(separator: "、"))。"
                ))
        }
        return notes
    }
}

extension ScenarioReports {
    /// `speed`: the self-hosted cost per 1M tokens across user speeds, each API's price and the crossovers.
    public static func priceOfSpeed(_ result: PriceOfSpeed, plan: ScenarioPlan, context: ReportContext)
        -> Report
    {
        let currency = plan.currency
        var notes = FootnoteList()
        var rows: [Row] = []
        for curve in result.curves {
            let refs = notes.addHostingNotes(curve.hosting, plan: plan, context: context)
            for point in curve.points {
                rows.append(
                    Row(
                        cells: [
                            .text(plainSelfLabel(curve.hosting, context: context)),
                            .decimal(point.speed, places: 1), .integer(Decimal(point.replicas)),
                            money(point.monthly, currency, context),
                            .pricePerMTok(point.perMTok, currency: currency),
                        ], footnoteRefs: refs))
            }
        }
        let costs = Table(
            id: "speeds",
            columns: [
                Column(key: "option", label: Labels.text(.option, context.language)),
                Column(
                    key: "speed", label: context.t("Speed per user", "ユーザーあたり速度"),
                    unit: context.t("tokens/s", "トークン/秒"), alignment: .right),
                Column(key: "replicas", label: context.t("Replicas", "レプリカ数"), alignment: .right),
                Column(
                    key: "monthly_cost", label: Labels.text(.monthlyCost, context.language),
                    unit: context.perMonth(currency), alignment: .right),
                Column(
                    key: "cost_per_mtok", label: Labels.text(.costPerMTok, context.language), unit: currency,
                    alignment: .right),
            ], rows: rows)
        var crossoverRows: [Row] = []
        // At most four API prices, each line with its own colour and dash: those a curve crosses
        // (where the speed has a price) first, then the cheapest.
        func crossed(_ index: Int) -> Bool {
            result.curves.contains { curve in
                guard index < curve.crossovers.count, case .above = curve.crossovers[index] else {
                    return false
                }
                return true
            }
        }
        let shown = plan.api.indices.filter { $0 < result.apiPerMTok.count }
            .sorted {
                (crossed($0) ? 0 : 1, result.apiPerMTok[$0]) < (crossed($1) ? 0 : 1, result.apiPerMTok[$1])
            }
            .prefix(4).sorted()
        for index in shown {
            let api = plan.api[index]
            let price = result.apiPerMTok[index]
            for curve in result.curves {
                let text: String
                switch curve.crossovers[index] {
                case .apiAlwaysCheaper:
                    text = context.t("API cheaper at every measured speed", "測定したすべての速度で API が安い")
                case .selfHostingAlwaysCheaper:
                    text = context.t("self-hosting cheaper at every measured speed", "測定したすべての速度で自社運用が安い")
                case .above(let speed):
                    text = context.t(
                        "API cheaper above \(NumberFormatting.grouped(speed, places: 1)) tokens/s per user",
                        "ユーザーあたり \(NumberFormatting.grouped(speed, places: 1)) トークン/秒を超えると API が安い")
                }
                crossoverRows.append(
                    Row(cells: [
                        .text(api.label), .pricePerMTok(price, currency: currency),
                        .text(plainSelfLabel(curve.hosting, context: context)), .text(text),
                    ]))
            }
        }
        let crossovers = Table(
            id: "crossovers",
            columns: [
                Column(key: "api", label: context.t("API option", "API")),
                Column(
                    key: "api_cost_per_mtok", label: Labels.text(.costPerMTok, context.language),
                    unit: currency,
                    alignment: .right),
                Column(key: "self_hosting", label: context.t("Self-hosting option", "自社運用")),
                Column(key: "crossover", label: context.t("Where the API becomes cheaper", "API が安くなる速度")),
            ], rows: crossoverRows)
        notes.add(
            context.t(
                "Each speed is a measured point of a profile's curves (within the TTFT limit when the scenario sets one); at each, P, D and K are refitted to the operating points of SPEC §6.5 and the workload is priced at its volume and shape. A crossover is found by bisection to 0.1 tokens/s between measured speeds.",
                "各速度は構成の実測曲線上の点です（シナリオに TTFT 上限があればその範囲内）。各速度で SPEC §6.5 の動作点に P、D、K を当てはめ直し、ワークロードの量と形で計算しています。交点は実測速度の間を 0.1 トークン/秒まで二分法で求めています。"
            ))
        for hosting in result.withoutCurves {
            notes.add(
                context.t(
                    "\(plainSelfLabel(hosting, context: context)): \(Labels.text(.latencyNotMeasured, .en)) (max-load points only), so it has no price of speed.",
                    "\(plainSelfLabel(hosting, context: context))：\(Labels.text(.latencyNotMeasured, .ja))（フル稼働時の実測のみ）のため、速度ごとの費用は出せません。"
                ))
        }
        notes.addClosingNotes(plan, context: context)
        return Report(
            title: context.t("The price of speed: ", "速度の値段：") + plan.scenario.name,
            subtitle: workloadSummary(plan, context: context),
            sections: [
                Section(table: costs),
                Section(
                    heading: context.t("API prices for the same shape", "同じ形のリクエストでの API 価格"),
                    table: crossovers),
            ], footnotes: notes.footnotes, charts: [priceOfSpeedChart(result, plan: plan, context: context)]
        ).captioningCharts(pricesAsOf: "\(plan.asOf)", language: context.language)
    }

    static func priceOfSpeedChart(_ result: PriceOfSpeed, plan: ScenarioPlan, context: ReportContext) -> Chart
    {
        var series: [Chart.Series] = []
        var markers: [Chart.Marker] = []
        let speeds = result.curves.flatMap { $0.points.map(\.speed) }
        let low = speeds.min() ?? 0
        let high = speeds.max() ?? 1
        for curve in result.curves {
            series.append(
                .init(
                    name: plainSelfLabel(curve.hosting, context: context),
                    points: curve.points.map { ChartPoint(x: $0.speed, y: $0.perMTok) }))
        }
        // At most four API prices, each line with its own colour and dash: those a curve crosses
        // (where the speed has a price) first, then the cheapest.
        func crossed(_ index: Int) -> Bool {
            result.curves.contains { curve in
                guard index < curve.crossovers.count, case .above = curve.crossovers[index] else {
                    return false
                }
                return true
            }
        }
        let shown = plan.api.indices.filter { $0 < result.apiPerMTok.count }
            .sorted {
                (crossed($0) ? 0 : 1, result.apiPerMTok[$0]) < (crossed($1) ? 0 : 1, result.apiPerMTok[$1])
            }
            .prefix(4).sorted()
        for index in shown {
            let api = plan.api[index]
            let price = result.apiPerMTok[index]
            series.append(
                .init(
                    name: api.label + " (API)",
                    points: [ChartPoint(x: low, y: price), ChartPoint(x: high, y: price)]))
            for curve in result.curves {
                if case .above(let speed) = curve.crossovers[index] {
                    markers.append(
                        Chart.Marker(x: speed, y: price, label: NumberFormatting.grouped(speed, places: 1)))
                }
            }
        }
        return Chart(
            title: context.t("Cost per 1M tokens against speed per user: ", "ユーザーあたり速度と 100 万トークンあたり費用：")
                + plan.scenario.name,
            xAxis: .init(
                label: context.t("Speed per user", "ユーザーあたり速度"), unit: context.t("tokens/s", "トークン/秒")),
            yAxis: .init(label: Labels.text(.costPerMTok, context.language), unit: plan.currency),
            series: series, markers: markers)
    }
}

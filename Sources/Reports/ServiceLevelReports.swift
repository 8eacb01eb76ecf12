import Foundation
import Pricing
import Scenarios

extension ScenarioReports {
    /// The service level in words: "≥ 30 tokens/s per user, first token ≤ 2 s".
    public static func serviceLevelText(_ level: ServiceLevel, context: ReportContext) -> String {
        var parts: [String] = []
        if let speed = level.minTokensPerSecondPerUser {
            parts.append(
                context.t(.pOutputTokensSPerUser, "\(NumberFormatting.exact(speed))"))
        }
        if let ttft = level.maxTTFTSeconds {
            parts.append(
                context.t(.pFirstTokenWithinSMedian, "\(NumberFormatting.exact(ttft))"))
        }
        return parts.joined(separator: context.t(.pPunctU2c))
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
                .pThroughputAtFullLoad, "\(shapes)", "\(d.curves.count)",
                d.engine ?? context.t(.pEngineNotStated),
                NumberFormatting.grouped(hosting.throughput.worstErrorPercent, places: 1))
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
                        .pBetweenConcurrencyAnd, "\(point.faster.concurrency)", "\(slower.concurrency)")
                } else {
                    at = context.t(.pMeasuredAtConcurrency, "\(point.faster.concurrency)")
                }
                return context.t(.pOutputTokensSPerGpu, "\(shape)", "\(t)", "\(at)")
            }
            var text = context.t(
                .pAtTheServiceLevel, perShape.joined(separator: context.t(.pListSeparator)),
                NumberFormatting.grouped(hosting.throughput.worstErrorPercent, places: 1))
            for shortfall in shortfalls {
                text += context.t(.pPunctU3b2) + shortfallText(shortfall, context: context)
            }
            return text
        }
    }

    /// "8192/1024 cannot: reaches 21.3 tokens/s per user" for one shape.
    static func shortfallText(_ shortfall: ShapeShortfall, context: ReportContext) -> String {
        let shape = shapeText(shortfall.inputLength, shortfall.outputLength)
        guard let best = shortfall.fastestTokensPerSecondPerUser else {
            let ttft = secondsAbove(shortfall.shortestTTFTSeconds, limit: shortfall.maxTTFTSeconds)
            return context.t(.pDoesNotMeetTheLevelNo, "\(shape)", "\(ttft)")
        }
        let speed = NumberFormatting.grouped(best, places: 1)
        return context.t(.pDoesNotMeetTheLevelIt, "\(shape)", "\(speed)")
    }

    /// Seconds with 2 decimals, or as many more (up to 6) as it takes for a value above `limit`
    /// not to read as within it: 0.503 against 0.5 is "0.503", not "0.50".
    static func secondsAbove(_ value: Decimal, limit: Decimal?) -> String {
        var places = 2
        if let limit, value > limit {
            while places < 6, Rounding.rounded(value, places: places) <= limit { places += 1 }
        }
        return NumberFormatting.grouped(value, places: places)
    }

    /// The notes a scenario with a service level adds: the level, and each option it rules out.
    public static func serviceLevelNotes(_ plan: ScenarioPlan, context: ReportContext) -> [String] {
        guard let level = plan.serviceLevel else { return [] }
        var notes = [
            context.t(
                .pServiceLevelPricing, serviceLevelText(level, context: context),
                Phrases.text(.latencyNotMeasured, context.language))
        ]
        for option in plan.unmetServiceLevel {
            let reasons = option.shortfalls.map { shortfallText($0, context: context) }
            notes.append(
                context.t(
                    .pNotAnOptionAtThisServiceLevel, option.deployment.name,
                    reasons.joined(separator: context.t(.pListSeparator))))
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
                            .label(plainSelfLabel(curve.hosting, context: context)),
                            .decimal(point.speed, places: 1), .integer(Decimal(point.replicas)),
                            money(point.monthly, currency, context),
                            .pricePerMTok(point.perMTok, currency: currency),
                        ], footnoteRefs: refs, option: curve.hosting.id))
            }
        }
        let costs = Table(
            id: "speeds",
            columns: [
                Column(key: "option", label: Phrases.text(.option, context.language)),
                Column(
                    key: "speed", label: context.t(.pSpeedPerUser),
                    unit: context.t(.pTokensS3), alignment: .right),
                Column(key: "replicas", label: context.t(.replicas), alignment: .right),
                Column(
                    key: "monthly_cost", label: Phrases.text(.monthlyCost, context.language),
                    unit: context.perMonth(currency), alignment: .right),
                Column(
                    key: "cost_per_mtok", label: Phrases.text(.costPerMTok, context.language), unit: currency,
                    alignment: .right),
            ], rows: rows)
        var crossoverRows: [Row] = []
        let shown = shownAPIs(result, plan: plan)
        for index in shown {
            let api = plan.api[index]
            let price = result.apiPerMTok[index]
            for curve in result.curves {
                let crossover: Cell
                switch curve.crossovers[index] {
                case .apiAlwaysCheaper:
                    crossover = .key("api_always_cheaper", text: context.t(.pApiCheaperAtEveryMeasuredSpeed))
                case .selfHostingAlwaysCheaper:
                    crossover = .key(
                        "self_hosting_always_cheaper", text: context.t(.pSelfHostingCheaperAtEveryMeasured))
                case .above(let speed):
                    crossover = .key(
                        "api_cheaper_above",
                        text: context.t(
                            .pApiCheaperAboveTokensSPer, "\(NumberFormatting.grouped(speed, places: 1))"))
                }
                var speed: Cell = .empty
                if case .above(let value) = curve.crossovers[index] { speed = .decimal(value, places: 1) }
                crossoverRows.append(
                    Row(
                        cells: [
                            .label(api.label), .pricePerMTok(price, currency: currency),
                            .label(plainSelfLabel(curve.hosting, context: context)), crossover, speed,
                        ], option: .pair(api: api.id, selfHosted: curve.hosting.id)))
            }
        }
        let crossovers = Table(
            id: "crossovers",
            columns: [
                Column(key: "api", label: context.t(.pApiOption2)),
                Column(
                    key: "api_cost_per_mtok", label: Phrases.text(.costPerMTok, context.language),
                    unit: currency,
                    alignment: .right),
                Column(key: "self_hosting", label: context.t(.pSelfHostingOption2)),
                Column(key: "crossover", label: context.t(.pWhereTheApiBecomesCheaper)),
                Column(
                    key: "crossover_speed", label: context.t(.pSpeedPerUser), unit: context.t(.pTokensS3),
                    alignment: .right),
            ], rows: crossoverRows)
        notes.add(
            context.t(.pEachSpeedIsAMeasuredPoint))
        for hosting in result.withoutCurves {
            notes.add(
                context.t(
                    .pNoPriceOfSpeed, plainSelfLabel(hosting, context: context),
                    Phrases.text(.latencyNotMeasured, context.language)))
        }
        notes.addClosingNotes(plan, context: context)
        return Report(
            key: "price_of_speed",
            title: context.t(.pThePriceOfSpeed) + plan.scenario.name,
            subtitle: workloadSummary(plan, context: context),
            sections: [
                Section(table: costs),
                Section(
                    heading: context.t(.pApiPricesForTheSameShape),
                    table: crossovers),
            ], footnotes: notes.footnotes, charts: [priceOfSpeedChart(result, plan: plan, context: context)],
            about: about(plan)
        ).captioningCharts(pricesAsOf: "\(plan.asOf)", language: context.language)
    }

    /// The API prices the price of speed shows, at most four, each with its own colour and dash:
    /// those a curve crosses (where the speed has a price) first, then the cheapest.
    static func shownAPIs(_ result: PriceOfSpeed, plan: ScenarioPlan) -> [Int] {
        func crossed(_ index: Int) -> Bool {
            result.curves.contains { curve in
                guard index < curve.crossovers.count, case .above = curve.crossovers[index] else {
                    return false
                }
                return true
            }
        }
        return plan.api.indices.filter { $0 < result.apiPerMTok.count }
            .sorted {
                (crossed($0) ? 0 : 1, result.apiPerMTok[$0]) < (crossed($1) ? 0 : 1, result.apiPerMTok[$1])
            }
            .prefix(4).sorted()
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
        let shown = shownAPIs(result, plan: plan)
        // APIs at the same price would draw one line over another: one line names them all.
        var groups: [(price: Decimal, indices: [Int])] = []
        for index in shown {
            let price = result.apiPerMTok[index]
            if let at = groups.firstIndex(where: { $0.price == price }) {
                groups[at].indices.append(index)
            } else {
                groups.append((price, [index]))
            }
        }
        for (price, indices) in groups {
            let index = indices[0]
            series.append(
                .init(
                    name: indices.map { plan.api[$0].label }.joined(separator: " / ") + " (API)",
                    points: [ChartPoint(x: low, y: price), ChartPoint(x: high, y: price)]))
            for curve in result.curves {
                if case .above(let speed) = curve.crossovers[index] {
                    markers.append(
                        Chart.Marker(x: speed, y: price, label: NumberFormatting.grouped(speed, places: 1)))
                }
            }
        }
        return Chart(
            title: context.t(.pCostPer1mTokensAgainstSpeed2)
                + plan.scenario.name,
            xAxis: .init(
                label: context.t(.pSpeedPerUser), unit: context.t(.pTokensS3)),
            yAxis: .init(label: Phrases.text(.costPerMTok, context.language), unit: plan.currency),
            series: series, markers: markers)
    }
}

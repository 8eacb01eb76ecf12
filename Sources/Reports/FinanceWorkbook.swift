import Foundation
import Pricing
import Scenarios
import Spreadsheet

private typealias SheetCell = Spreadsheet.Cell

/// A comparison as a finance workbook: editable inputs, and the engine's formulas as live cells.
///
/// Every calculated cell holds a formula that references the Inputs sheet, with llmcost's own
/// value stored as its cached result. What a spreadsheet cannot redo as llmcost does (the
/// least-squares fit, a search, a re-run per input) enters as a value with a note saying so.
public enum FinanceWorkbook {
    /// compare, roi and breakeven: the Inputs, API, Self-hosting, Break-even, cash-flow and Notes sheets.
    ///
    /// The cash-flow sheets set the first API option of the plan against each self-hosting option.
    public static func comparison(_ comparison: Comparison, context: ReportContext, extra: [Sheet] = [])
        -> Workbook
    {
        var builder = Builder(comparison: comparison, context: context)
        return builder.workbook(extra: extra)
    }

    /// sensitivity: the pair's workbook plus a sheet of the tornado's rows (each a re-run of llmcost).
    public static func sensitivity(_ result: Sensitivity, comparison: Comparison, context: ReportContext)
        -> Workbook
    {
        let t = context.t
        let money = CellStyle(
            format: .currency(code: comparison.plan.currency, minorUnits: context.minorUnits))
        let numeric = CellStyle(format: .decimal(4))
        let header = [
            t(.pSensitivityInput), t(.pInputLow), t(.pInputBase),
            t(.pInputHigh), t(.pMetricAtLow), t(.pMetricAtHigh),
            t(.pSwing),
        ].map { SheetCell.text($0, .header) }
        let metricStyle = result.metric == .breakeven ? CellStyle(format: .integer) : money
        var rows: [[SheetCell]] = [header]
        for row in result.rows {
            func value(_ number: Decimal?, _ style: CellStyle) -> SheetCell {
                number.map { .number($0, style) } ?? .empty
            }
            rows.append([
                .text(ScenarioReports.inputName(row.input, context)), value(row.inputLow, numeric),
                value(row.inputBase, numeric),
                value(row.inputHigh, numeric), value(row.low, metricStyle), value(row.high, metricStyle),
                value(row.swing, metricStyle),
            ])
        }
        rows.append([])
        rows.append([
            .text(
                t(.pValuesNotFormulasEachRowIs, "\(percent(result.delta))", "\(result.metric.rawValue)"))
        ])
        let sheet = Sheet(
            name: t(.pSensitivity2), rows: rows, columnWidths: [26, 14, 14, 14, 18, 18, 18],
            frozenRows: 1,
            frozenColumns: 1)
        return FinanceWorkbook.comparison(comparison, context: context, extra: [sheet])
    }

    /// plan: the workbook of the plan's scenario plus a sheet of each option's best migration (a search).
    public static func plan(_ study: MigrationStudy, comparison: Comparison, context: ReportContext)
        -> Workbook
    {
        let t = context.t
        let money = CellStyle(format: .currency(code: study.plan.currency, minorUnits: context.minorUnits))
        let header = [
            t(.pSelfHostingOption2), t(.pBestPlan), t(.pSwitchMonth),
            t(.pApiOnlyTotalCost), t(.pApiOnlyNpv),
            t(.pDayOneTotalCost), t(.pDayOneNpv),
            t(.pMigrateTotalCost), t(.pMigrateNpv),
        ].map { SheetCell.text($0, .header) }
        var rows: [[SheetCell]] = [header]
        for plan in study.plans {
            var row: [SheetCell] = [
                .text(ScenarioReports.selfLabel(plan.selfHosting, context: context)),
                .text(
                    {
                        switch plan.best {
                        case .apiOnly: t(.pApiOnly)
                        case .dayOne: t(.pSelfHostFromDayOne2)
                        case .migrate:
                            t(.pMigrateInMonth2, "\(plan.bestSwitchMonth)")
                        }
                    }()),
                // API only never switches (its switch month lies past the horizon).
                plan.best == .apiOnly ? .text(t(.never)) : .number(Decimal(plan.bestSwitchMonth)),
            ]
            for kind in [MigrationPlanKind.apiOnly, .dayOne, .migrate] {
                guard let flow = plan.flow(kind) else {
                    row += [.empty, .empty]
                    continue
                }
                let npv = kind == .apiOnly ? flow.npvOfAPI : flow.npvOfSelfHosting
                row += [.number(flow.totalSelfHosting, money), .number(npv, money)]
            }
            rows.append(row)
        }
        rows.append([])
        rows.append([
            .text(
                t(.pValuesNotFormulasTheSwitchMonth, "\(study.objective.rawValue)"))
        ])
        let sheet = Sheet(
            name: t(.pPlan2), rows: rows, columnWidths: [44, 12, 12, 18, 18, 18, 18, 18, 18],
            frozenRows: 1,
            frozenColumns: 1)
        return FinanceWorkbook.comparison(comparison, context: context, extra: [sheet])
    }

    static func percent(_ share: Decimal) -> String { "\(share * 100)%" }
}

/// Lays the sheets out; keeps where each input landed so formulas can reference it.
private struct Builder {
    let comparison: Comparison
    let context: ReportContext
    var plan: ScenarioPlan { comparison.plan }
    var workload: Workload { plan.workload }

    var inputs: [[SheetCell]] = []
    var names: [DefinedName] = []
    var notes: [String] = []
    /// Per API option: the Inputs cells of p_in, p_cached, p_out, d (or a, for a mix).
    var apiInputs: [[String: String]] = []
    /// Per self-hosting option: its Inputs cells by key.
    var hostingInputs: [[String: String]] = []

    init(comparison: Comparison, context: ReportContext) {
        self.comparison = comparison
        self.context = context
    }

    func t(_ phrase: Phrase, _ arguments: String...) -> String {
        Phrases.text(phrase, context.language, arguments: arguments)
    }

    var inputsName: String { t(.pInputs) }
    var apiName: String { t(.pApi2) }
    var hostingName: String { t(.pSelfHosting2) }
    var breakEvenName: String { t(.breakEven) }
    var notesName: String { t(.notes) }
    var never: String { t(.never) }

    var currency: String { plan.currency }
    var money: CellStyle { CellStyle(format: .currency(code: currency, minorUnits: context.minorUnits)) }
    var fineMoney: CellStyle {
        CellStyle(format: .currency(code: currency, minorUnits: context.minorUnits + 4))
    }
    var priceStyle: CellStyle { CellStyle(format: .currency(code: currency, minorUnits: 4)) }
    let share = CellStyle(format: .percent(2))
    let count = CellStyle(format: .integer)
    // General shows as many decimals as a value has (1500, 14395.8, 1.0609), no trailing zeros.
    let fine = CellStyle.plain

    func reference(_ sheet: String) -> String { Sheet(name: sheet).reference }

    // MARK: Inputs

    mutating func section(_ title: String) {
        if inputs.count > 1 { inputs.append([]) }
        inputs.append([.text(title, CellStyle(bold: true))])
    }

    /// An amount as its vendor states it, in the vendor's currency.
    struct Stated {
        var amount: Decimal
        var code: String
    }

    /// The finance convention: what a reader may type over is blue; formulas stay black.
    static let inputBlue = "0000FF"

    /// The factor from `code` to the plan's currency as llmcost's converter makes it: target / source per USD.
    func factor(from code: String) -> Decimal? {
        func perUSD(_ code: String) -> Decimal? {
            code == "USD" ? 1 : plan.exchangeRates.first { $0.code == code }?.perUSD
        }
        guard let source = perUSD(code), let target = perUSD(currency), source > 0 else { return nil }
        return source == 1 ? target : target / source
    }

    /// True when the Inputs sheet has the code's rate per USD (USD itself needs none).
    func hasRate(_ code: String) -> Bool {
        code == "USD" || plan.exchangeRates.contains { $0.code == code }
    }

    /// An amount the scenario gives, in the scenario's currency; nil when it gives none.
    func fromScenario(_ amount: Decimal?) -> Stated? {
        amount.map { Stated(amount: $0, code: plan.scenario.currency) }
    }

    /// Adds one input row; returns how formulas refer to it (its defined name, else an absolute address).
    ///
    /// An amount `stated` in another currency shows as stated, and its value is the formula
    /// `stated × rate(plan) / rate(stated)` over the exchange-rate inputs, as llmcost converts it.
    @discardableResult
    mutating func input(
        _ label: String, _ value: SheetCell, unit: String, stated: Stated? = nil, source: String? = nil,
        date: String? = nil, note: String? = nil, name: String? = nil, editable: Bool = true
    ) -> String {
        let row = inputs.count + 1
        var value = value
        var statedCells: [SheetCell] = [.empty, .empty]
        var note = note
        if let stated, stated.code != currency, case .number(let converted) = value.content,
            let factor = factor(from: stated.code), stated.amount * factor != converted
        {
            // Not the stated amount converted (a price llmcost derived): the value stands as llmcost used it.
            note = [note, t(.pNotTheStatedAmountTheRate)].compactMap { $0 }
                .joined(separator: "; ")
        } else if let stated, stated.code != currency, hasRate(stated.code), hasRate(currency),
            case .number(let converted) = value.content
        {
            var formula = "D\(row)"
            if currency != "USD" { formula += "*fx_\(currency)" }
            if stated.code != "USD" { formula += "/fx_\(stated.code)" }
            value = .formula(formula, cached: converted, value.style)
            statedCells = [
                .number(stated.amount, value.style.with(currency: stated.code).colored(Self.inputBlue)),
                .text(stated.code),
            ]
        } else if case .number = value.content, editable {
            value.style = value.style.colored(Self.inputBlue)
        }
        inputs.append(
            [.text(label), value, .text(unit)] + statedCells + [
                source.map { .text($0) } ?? .empty, date.map { .text($0) } ?? .empty,
                note.map { .text($0) } ?? .empty,
            ])
        let address = reference(inputsName) + "!" + CellAddress.absolute(row: row, column: 2)
        guard let name else { return address }
        names.append(DefinedName(name: name, target: address))
        return name
    }

    mutating func makeInputs() {
        inputs = [
            [
                t(.pInput), t(.pValue), t(.pUnit), t(.pAsStated),
                t(.pStatedIn), t(.pSource), t(.pDate), t(.pNote),
            ].map { SheetCell.text($0, .header) }
        ]
        let perMonth = context.perMonth(currency)
        section(t(.pWorkload))
        input(
            t(.pRequestsPerMonthR), .number(workload.requestsPerMonth, count),
            unit: t(.requestsPerMonth), source: plan.scenario.file, name: "requests")
        let mixNote =
            workload.isMixed
            ? t(.pTheMeanOfTheRequestMix) : nil
        input(
            t(.pInputTokensPerRequestI), .number(workload.inputTokens, fine),
            unit: t(.pTokens), note: mixNote, name: "input_tokens")
        input(
            t(.pOutputTokensPerRequestO), .number(workload.outputTokens, fine),
            unit: t(.pTokens), note: mixNote, name: "output_tokens")
        input(
            t(.pCachedInputShareC), .number(workload.cachedInputShare, share),
            unit: "0–1", name: "cached_share")
        input(
            t(.pCacheWriteShareW), .number(workload.cacheWriteShare, share),
            unit: "0–1", note: t(.pInputTokensWrittenIntoThePrompt),
            name: "cache_write_share")
        input(
            t(.pBatchShareB), .number(workload.batchShare, share), unit: "0–1",
            name: "batch_share")
        input(
            t(.pGrowthPerMonthG), .number(workload.growthPerMonth, share),
            unit: t(.pPerMonth2), name: "growth_rate")
        input(
            t(.pPeakToAverageP), .number(workload.peakToAverage, fine), unit: "×",
            name: "peak")
        input(
            t(.pServingHoursPerMonthH), .number(workload.servingHoursPerMonth, fine),
            unit: t(.pHoursMonth), note: t(.pAMonthIs730Hours2), name: "hours")

        let option = plan.selfHosting.first?.option
        section(t(.pOperationsAndFinance))
        input(
            t(.pOperationsStaff), .number(option?.opsFTE ?? 0, fine), unit: "FTE", name: "ops_fte")
        input(
            t(.pCostOfOneFte), .number(option?.fteMonthlyCost ?? 0, money), unit: perMonth,
            stated: fromScenario(plan.scenario.fteMonthlyCost)
                ?? Stated(amount: ScenarioPlanner.defaultFTEMonthlyCostUSD, code: "USD"),
            note: plan.scenario.fteMonthlyCost == nil ? t(.pDefault) : nil, name: "fte_cost")
        input(
            t(.pOtherFixedCosts),
            .number(option?.otherFixedCosts.reduce(Decimal(0)) { $0 + $1.monthly } ?? 0, money),
            unit: perMonth,
            stated: fromScenario(plan.scenario.otherFixedCosts.reduce(Decimal(0)) { $0 + $1.monthly }),
            note: option?.otherFixedCosts.map { "\($0.label): \($0.monthly)" }.joined(separator: "; "),
            name: "other_fixed")
        input(
            t(.pOneTimeSetup2), .number(option?.setup ?? 0, money), unit: currency,
            stated: fromScenario(plan.scenario.setup), name: "setup")
        input(
            t(.pHorizon), .number(Decimal(plan.horizonMonths), count), unit: t(.pMonths),
            note: t(.pTheCashFlowSheetsHaveOne), name: "horizon")
        input(
            t(.pDiscountRateR), .number(plan.discountRate, share), unit: t(.pPerYear),
            name: "discount_rate")
        input(
            t(.pHoursSavedPerMonth), .number(plan.benefits.hoursSavedPerMonth, fine),
            unit: t(.pHoursMonth), name: "hours_saved")
        input(
            t(.pHourlyCost), .number(plan.benefits.hourlyCost, money), unit: currency,
            stated: fromScenario(plan.scenario.benefits?.hourlyCost), name: "hourly_cost")
        input(
            t(.pOtherBenefitPerMonth), .number(plan.benefits.fixedPerMonth, money),
            unit: perMonth, stated: fromScenario(plan.scenario.benefits?.valuePerMonth), name: "benefit_fixed"
        )

        if let level = plan.serviceLevel {
            section(t(.pServiceLevel))
            let note = t(.pLlmcostReadsEachProfileSCurves)
            if let speed = level.minTokensPerSecondPerUser {
                input(
                    t(.pMinimumSpeedPerUser), .number(speed, fine),
                    unit: t(.pTokensS3), note: note, editable: false)
            }
            if let ttft = level.maxTTFTSeconds {
                input(
                    t(.pMaximumTimeToFirstToken), .number(ttft, fine),
                    unit: t(.pS), note: note, editable: false)
            }
        }

        if !plan.exchangeRates.isEmpty {
            section(t(.pExchangeRates))
            for rate in plan.exchangeRates {
                input(
                    t(.pPerUsd, "\(rate.code)"), .number(rate.perUSD, fine),
                    unit: "\(rate.code)/USD",
                    source: rate.givenWithFX ? "--fx" : rate.source, date: rate.date?.description,
                    name: "fx_\(rate.code)")
            }
        }

        section(t(.pApiPricesInForce))
        let perMTok = t(.pPer1mTokens, "\(currency)")
        for api in plan.api { apiPriceInputs(api, perMTok: perMTok) }

        section(t(.pSelfHosting2))
        for hosting in plan.selfHosting {
            var cells: [String: String] = [:]
            let label = ScenarioReports.plainSelfLabel(hosting, context: context)
            let option = hosting.option
            let deployment = hosting.deployment
            let fitNote: String
            switch hosting.serviceLevel {
            case _ where hosting.estimated:
                fitNote = t(.pRooflineEstimateFromTheGpusCompute)
            case .met(let points, _):
                fitNote = t(.pFittedByLlmcostToOperatingPoints, "\(points.count)")
            case .latencyNotMeasured:
                fitNote = t(.pLatencyNotMeasuredFittedToThe)
            default:
                fitNote = t(.pFittedByLeastSquaresToThe)
            }
            // s from the fitted constants, as the sheet's formula computes it; where that is not the
            // option's s exactly, s enters as llmcost's value.
            let sheetSeconds = hosting.throughput.secondsPerRequest(
                input: workload.inputTokens, output: workload.outputTokens)
            if workload.isMixed || sheetSeconds != option.secondsPerRequest {
                cells["s"] = input(
                    "\(label): " + t(.pSecondsPerRequestS),
                    .number(option.secondsPerRequest, fine), unit: t(.pReplicaSeconds),
                    source: deployment.source, date: deployment.checked?.description,
                    note: workload.isMixed
                        ? t(.pTheRequestWeightedMeanOverThe)
                        : t(.pLlmcostSValueNotIP))
            } else {
                let fit = hosting.throughput
                for (key, constant, name, unit) in [
                    ("P", fit.prefillTokensPerSecond, Phrase.prefillP, t(.pTokensS3)),
                    ("D", fit.decodeTokensPerSecond, Phrase.decodeD, t(.pTokensS3)),
                    ("K", fit.contextTokensSquaredPerSecond, Phrase.contextK, t(.pTokensS4)),
                ] {
                    guard let constant, constant > 0 else { continue }
                    cells[key] = input(
                        "\(label): " + t(name), .number(constant, fine), unit: unit,
                        source: key == "P" ? deployment.source : nil,
                        date: key == "P" ? deployment.checked?.description : nil,
                        note: key == "P" ? fitNote : nil)
                }
            }
            cells["G"] = input(
                "\(label): " + t(.pGpusPerReplicaG),
                .number(Decimal(option.gpusPerReplica), count), unit: "GPU")
            cells["u"] = input(
                "\(label): " + t(.pTargetUtilisationU), .number(option.utilization, share),
                unit: "0–1")
            cells["m"] = input(
                "\(label): " + t(.pMinimumReplicasM),
                .number(Decimal(option.minReplicas), count), unit: t(.pReplicas2))
            switch option.mode {
            case .rent(let rate):
                let offer = hosting.offer
                cells["rate"] = input(
                    "\(label): " + t(.pRentPerGpuHour), .number(rate, priceStyle),
                    unit: t(.pGpuHour2, "\(currency)"),
                    stated: offer.map { Stated(amount: $0.perGPUHour, code: hosting.gpu.currency) }
                        ?? fromScenario(hosting.spec.ratePerGPUHour),
                    source: offer.map { "\($0.provider)" + ($0.source.map { " — \($0)" } ?? "") },
                    date: offer?.checked?.description)
            case .own(let hardware):
                let purchase = hosting.spec.perGPUInstalled == nil ? hosting.purchase : nil
                cells["price"] = input(
                    "\(label): " + t(.pInstalledPricePerGpu),
                    .number(hardware.installedPricePerGPU, money), unit: currency,
                    stated: purchase.map { Stated(amount: $0.perGPUInstalled, code: hosting.gpu.currency) }
                        ?? fromScenario(hosting.spec.perGPUInstalled),
                    source: purchase?.source, date: purchase?.checked?.description,
                    note: hardware.lifeMonths.map {
                        t(.pBoughtAgainEveryMonthsEnteredAs, "\($0)")
                    })
                cells["amortization"] = input(
                    "\(label): " + t(.pAmortisation),
                    .number(Decimal(hardware.amortizationMonths), count),
                    unit: t(.pMonths))
                cells["kw"] = input(
                    "\(label): " + t(.pServerDrawPerGpu),
                    .number(hardware.serverKWPerGPU, fine), unit: "kW", source: hosting.gpu.source)
                cells["pue"] = input("\(label): PUE", .number(hardware.pue, fine), unit: "×")
                cells["kwh"] = input(
                    "\(label): " + t(.pElectricity), .number(hardware.pricePerKWh, priceStyle),
                    unit: "\(currency)/kWh",
                    stated: fromScenario(hosting.spec.pricePerKWh)
                        ?? Stated(amount: ScenarioPlanner.defaultPricePerKWhUSD, code: "USD"),
                    note: hosting.spec.pricePerKWh == nil ? t(.pDefault) : nil)
                cells["hosting"] = input(
                    "\(label): " + t(.pHostingPerGpuMonth),
                    .number(hardware.hostingPerGPUMonth, money), unit: perMonth,
                    stated: fromScenario(hosting.spec.hostingPerGPUMonth))
            }
            hostingInputs.append(cells)
        }
    }

    /// An API option's name, with ` [flex]` when a service tier priced it.
    func apiLabel(_ api: APIOptionPlan) -> String {
        api.label + (api.tierApplied ? api.requestedTier.map { " [\($0)]" } ?? "" : "")
    }

    /// One API option's price set in force, one input a row: p_in, p_cached, p_write, p_out and d.
    ///
    /// A service tier's prices are the inputs when the tier priced the option. With time-of-day
    /// prices, n and N (f = n/N) and each price at peak and off-peak are inputs, and the blended
    /// price is the formula (n·peak + (N − n)·off-peak)/N, as llmcost blends it (SPEC §6.3).
    mutating func apiPriceInputs(_ api: APIOptionPlan, perMTok: String) {
        let original = api.originalPrices
        let date =
            "\(original.effective)"
            + (original.checked.map { " (" + t(.pChecked5) + " \($0))" } ?? "")
        // The prices as the vendor states them: a service tier's replace the standard ones.
        var stated = original
        let label = apiLabel(api)
        var serviceNote: String?
        if api.tierApplied, let name = api.requestedTier, let tierPrices = original.serviceTiers[name] {
            stated.inputPerMTok = tierPrices.inputPerMTok
            stated.cachedInputPerMTok = tierPrices.cachedInputPerMTok
            stated.cacheWritePerMTok = tierPrices.cacheWritePerMTok
            stated.outputPerMTok = tierPrices.outputPerMTok
            stated.tiers = []
            serviceNote = t(.pServiceTierItsPricesReplaceThe, "\(name)")
        }
        let prices = api.prices
        var cells: [String: String] = [:]
        // The tier the engine applies at this input length (the highest one I exceeds).
        let tier = stated.tiers.filter { workload.inputTokens > Decimal($0.aboveInputTokens) }
            .max { $0.aboveInputTokens < $1.aboveInputTokens }
        let convertedTier = prices.tiers.first { $0.aboveInputTokens == tier?.aboveInputTokens }
        let tierNote = tier.map {
            t(.pLongContextTierAboveInputTokens, "\($0.aboveInputTokens)")
        }
        let pIn = (
            tier?.inputPerMTok ?? stated.inputPerMTok, convertedTier?.inputPerMTok ?? prices.inputPerMTok
        )
        let pOut = (
            tier?.outputPerMTok ?? stated.outputPerMTok, convertedTier?.outputPerMTok ?? prices.outputPerMTok
        )
        let statedCached = tier == nil ? stated.cachedInputPerMTok : tier?.cachedInputPerMTok
        let statedWrite = tier == nil ? stated.cacheWritePerMTok : tier?.cacheWritePerMTok
        let pCached = (tier == nil ? prices.cachedInputPerMTok : convertedTier?.cachedInputPerMTok) ?? pIn.1
        let pWrite = (tier == nil ? prices.cacheWritePerMTok : convertedTier?.cacheWritePerMTok) ?? pIn.1
        // a as the sheet's formula computes it, in the engine's own order of operations: where it is
        // not llmcost's a exactly (a mix of shapes), a enters as llmcost's value instead.
        let a = (try? APICost.monthly(workload, prices).perRequest) ?? 0
        let (c, w, b) = (workload.cachedInputShare, workload.cacheWriteShare, workload.batchShare)
        let sheetA =
            (workload.inputTokens * ((1 - c - w) * pIn.1 + c * pCached + w * pWrite) + workload.outputTokens
                * pOut.1)
            / 1_000_000 * (1 - b * original.batchDiscount)
        if workload.isMixed || sheetA != a {
            cells["a"] = input(
                "\(label): " + t(.pCostPerRequest2), .number(a, fineMoney),
                unit: currency, source: original.source, date: date,
                note: workload.isMixed
                    ? t(.pPricedSegmentBySegmentByLlmcost)
                    : t(.pLlmcostSValueTheSheetS))
            apiInputs.append(cells)
            return
        }
        let code = api.model.currency
        var minutes: (n: String, total: String, share: PeakShare)?
        if let f = api.peakShare, let peak = api.peakPrices, let offPeak = api.offPeakPrices,
            let statedPeak = original.peak
        {
            let windows = ScenarioReports.windowsText(statedPeak.windows, context: context)
            let n = input(
                "\(label): " + t(.pPeakMinutesOfTheWeekN),
                .number(Decimal(f.peakMinutes), count), unit: t(.pMinutes), source: original.source,
                date: date,
                note: t(.pActiveMinutesOfAUtcWeek, "\(windows)"))
            let total = input(
                "\(label): " + t(.pActiveMinutesOfTheWeekN),
                .number(Decimal(f.activeMinutes), count), unit: t(.pMinutes),
                note: t(.pTheWorkloadSActiveHoursIn))
            input(
                "\(label): " + t(.pPeakShareFNN),
                .formula("\(n)/\(total)", cached: f.fraction, share), unit: "0–1")
            minutes = (n: n, total: total, share: f)
            cells["in"] = blendedPrice(
                "\(label): " + t(.pInput2), peak: (statedPeak.inputPerMTok, peak.inputPerMTok),
                offPeak: (original.inputPerMTok, offPeak.inputPerMTok), blended: prices.inputPerMTok,
                minutes: (n: n, total: total, share: f), code: code, perMTok: perMTok)
            if original.cachedInputPerMTok != nil || statedPeak.cachedInputPerMTok != nil {
                cells["cached"] = blendedPrice(
                    "\(label): " + t(.pCachedInput2),
                    peak: (
                        statedPeak.cachedInputPerMTok ?? statedPeak.inputPerMTok,
                        peak.cachedInputPerMTok ?? peak.inputPerMTok
                    ),
                    offPeak: (
                        original.cachedInputPerMTok ?? original.inputPerMTok,
                        offPeak.cachedInputPerMTok ?? offPeak.inputPerMTok
                    ), blended: pCached, minutes: (n: n, total: total, share: f), code: code, perMTok: perMTok
                )
            }
        } else {
            cells["in"] = input(
                "\(label): " + t(.pInput2),
                .number(pIn.1, priceStyle), unit: perMTok, stated: Stated(amount: pIn.0, code: code),
                source: original.source, date: date, note: tierNote ?? serviceNote)
            if let statedCached {
                cells["cached"] = input(
                    "\(label): " + t(.pCachedInput2),
                    .number(pCached, priceStyle), unit: perMTok,
                    stated: Stated(amount: statedCached, code: code))
            }
        }
        let inputCell = cells["in"] ?? "0"
        if cells["cached"] == nil {
            cells["cached"] = input(
                "\(label): " + t(.pCachedInput2), .formula(inputCell, cached: pCached, priceStyle),
                unit: perMTok, note: t(.pNoCachedPriceTheInputPrice))
        }
        if let statedWrite {
            cells["write"] = input(
                "\(label): " + t(.pCacheWrite2),
                .number(pWrite, priceStyle), unit: perMTok, stated: Stated(amount: statedWrite, code: code),
                note: api.peakShare == nil
                    ? nil : t(.pCacheWritesArePricedOffPeak))
        } else {
            cells["write"] = input(
                "\(label): " + t(.pCacheWrite2), .formula(inputCell, cached: pWrite, priceStyle),
                unit: perMTok, note: t(.pNoCacheWritePriceTheInput))
        }
        if let minutes, let peak = api.peakPrices, let offPeak = api.offPeakPrices,
            let statedPeak = original.peak
        {
            cells["out"] = blendedPrice(
                "\(label): " + t(.pOutput2), peak: (statedPeak.outputPerMTok, peak.outputPerMTok),
                offPeak: (original.outputPerMTok, offPeak.outputPerMTok), blended: prices.outputPerMTok,
                minutes: minutes, code: code, perMTok: perMTok)
        } else {
            cells["out"] = input(
                "\(label): " + t(.pOutput2),
                .number(pOut.1, priceStyle), unit: perMTok, stated: Stated(amount: pOut.0, code: code))
        }
        cells["d"] = input(
            "\(label): " + t(.pBatchDiscount2), .number(original.batchDiscount, share),
            unit: "0–1")
        apiInputs.append(cells)
    }

    /// A time-of-day price: its peak and off-peak inputs, then the blend (n·peak + (N − n)·off-peak)/N
    /// as a formula, or as llmcost's value with a note where the sheet's order of operations (after
    /// the currency conversion) would not give llmcost's blend exactly.
    mutating func blendedPrice(
        _ label: String, peak: (stated: Decimal, value: Decimal), offPeak: (stated: Decimal, value: Decimal),
        blended: Decimal, minutes: (n: String, total: String, share: PeakShare), code: String, perMTok: String
    ) -> String {
        let peakCell = input(
            label + " — " + t(.pPeak), .number(peak.value, priceStyle), unit: perMTok,
            stated: Stated(amount: peak.stated, code: code))
        let offPeakCell = input(
            label + " — " + t(.pOffPeak), .number(offPeak.value, priceStyle), unit: perMTok,
            stated: Stated(amount: offPeak.stated, code: code))
        let (n, total) = (Decimal(minutes.share.peakMinutes), Decimal(minutes.share.activeMinutes))
        let blend = "(\(minutes.n)*%@+(\(minutes.total)-\(minutes.n))*%@)/\(minutes.total)"
        // llmcost blends the prices as stated, then converts: where blending the converted prices
        // would not give its figure exactly (2/3 of a yen price), the sheet does the same.
        if total > 0, (n * peak.value + (total - n) * offPeak.value) / total != blended, code != currency,
            hasRate(code), hasRate(currency), let factor = factor(from: code),
            peak.stated * factor == peak.value,
            offPeak.stated * factor == offPeak.value,
            (n * peak.stated + (total - n) * offPeak.stated) / total * factor == blended
        {
            // The conversion rows hold the stated amounts in column D.
            let statedCells = [peakCell, offPeakCell].map {
                $0.replacingOccurrences(of: "!$B$", with: "!$D$")
            }
            var formula = String(format: blend, statedCells[0], statedCells[1])
            if currency != "USD" { formula += "*fx_\(currency)" }
            if code != "USD" { formula += "/fx_\(code)" }
            return input(
                label, .formula(formula, cached: blended, priceStyle), unit: perMTok,
                note: t(.pFPeak1FOffPeak))
        }
        guard total > 0, (n * peak.value + (total - n) * offPeak.value) / total == blended else {
            return input(
                label, .number(blended, priceStyle), unit: perMTok,
                note: t(.pLlmcostSBlendOfThePeak),
                editable: false)
        }
        return input(
            label,
            .formula(String(format: blend, peakCell, offPeakCell), cached: blended, priceStyle),
            unit: perMTok,
            note: t(.pFPeak1FOffPeak2))
    }

    // MARK: Calculation sheets

    /// The formula of a, an API option's cost per request (SPEC §3, with §6.2's cache writes).
    func apiFormula(_ index: Int) -> String {
        let cells = apiInputs[index]
        if let a = cells["a"] { return a }
        let (pIn, pCached, pWrite, pOut, d) = (
            cells["in"] ?? "0", cells["cached"] ?? "0", cells["write"] ?? "0", cells["out"] ?? "0",
            cells["d"] ?? "0"
        )
        return
            "(input_tokens*((1-cached_share-cache_write_share)*\(pIn)+cached_share*\(pCached)+cache_write_share*\(pWrite))"
            + "+output_tokens*\(pOut))/1000000*(1-batch_share*\(d))"
    }

    /// s = I/P + O/D + O·(I + O/2)/K, leaving out the terms the fit dropped.
    func secondsFormula(_ index: Int) -> String {
        let cells = hostingInputs[index]
        if let s = cells["s"] { return s }
        var terms: [String] = []
        if let p = cells["P"] { terms.append("input_tokens/\(p)") }
        if let d = cells["D"] { terms.append("output_tokens/\(d)") }
        if let k = cells["K"] { terms.append("output_tokens*(input_tokens+output_tokens/2)/\(k)") }
        return terms.isEmpty ? "0" : terms.joined(separator: "+")
    }

    /// N = max(m, ceil(R·s·p / (h·3600·u))); ROUND to 9 places first keeps binary noise from adding a replica.
    func replicasFormula(requests: String, seconds: String, index: Int) -> String {
        let cells = hostingInputs[index]
        return
            "MAX(\(cells["m"] ?? "1"),CEILING(ROUND(\(requests)*\(seconds)*peak/(hours*3600*\(cells["u"] ?? "1")),9),1))"
    }

    func apiSheet() -> Sheet {
        var rows: [[SheetCell]] = [
            [
                t(.pApiOption2), t(.pCostPerRequestA),
                t(.monthlyCost), t(.costPerMTok),
            ].map { SheetCell.text($0, .header) }
        ]
        for (index, api) in plan.api.enumerated() {
            let cost = comparison.options.first { option in
                if case .api(let planned, _) = option.kind { return planned == api }
                return false
            }
            let r = rows.count + 1
            var perRequest: Decimal = 0
            if case .api(_, let breakdown)? = cost?.kind { perRequest = breakdown.perRequest }
            let perMTok: SheetCell =
                cost?.perMTok.map {
                    .formula("C\(r)/(requests*(input_tokens+output_tokens))*1000000", cached: $0, priceStyle)
                } ?? .empty
            rows.append([
                .text(apiLabel(api)), .formula(apiFormula(index), cached: perRequest, fineMoney),
                .formula("requests*B\(r)", cached: cost?.monthly ?? 0, money), perMTok,
            ])
        }
        return Sheet(
            name: apiName, rows: rows, columnWidths: [44, 22, 18, 22], frozenRows: 1, frozenColumns: 1)
    }

    func hostingSheet() -> Sheet {
        var rows: [[SheetCell]] = [
            [
                t(.pSelfHostingOption2), t(.pSecondsPerRequestS2),
                t(.pReplicasN), "GPUs", t(.pOneReplicaPerMonthC),
                t(.pFixedPerMonthF), t(.pMonthlyCostNCF),
                t(.pCapacityRNRequestsMonth),
                t(.costPerMTok),
                t(.pCashPerReplicaPerMonth),
            ].map { SheetCell.text($0, .header) }
        ]
        for (index, hosting) in plan.selfHosting.enumerated() {
            let r = rows.count + 1
            let option = hosting.option
            let cells = hostingInputs[index]
            let cost = (try? option.monthly(workload))
            let g = cells["G"] ?? "1"
            let replicaCost: String
            let cashCost: String
            switch option.mode {
            case .rent:
                replicaCost = "\(g)*hours*\(cells["rate"] ?? "0")"
                cashCost = "E\(r)"
            case .own:
                let power = "\(g)*(\(cells["kw"] ?? "0")*\(cells["pue"] ?? "1")*730*\(cells["kwh"] ?? "0"))"
                let hostingCost = "\(g)*\(cells["hosting"] ?? "0")"
                replicaCost =
                    "\(g)*(\(cells["price"] ?? "0")/\(cells["amortization"] ?? "1"))+\(power)+\(hostingCost)"
                cashCost = "\(power)+\(hostingCost)"
            }
            let tokens = workload.requestsPerMonth * workload.tokensPerRequest
            rows.append([
                .text(ScenarioReports.selfLabel(hosting, context: context)),
                .formula(secondsFormula(index), cached: option.secondsPerRequest, fine),
                .formula(
                    replicasFormula(requests: "requests", seconds: "B\(r)", index: index),
                    cached: Decimal(cost?.replicas ?? 0), count),
                .formula("C\(r)*\(g)", cached: Decimal(cost?.gpus ?? 0), count),
                .formula(replicaCost, cached: option.perReplicaMonthly(workload), money),
                .formula("ops_fte*fte_cost+other_fixed", cached: option.fixedMonthly, money),
                .formula("C\(r)*E\(r)+F\(r)", cached: cost?.monthly ?? 0, money),
                .formula(
                    "C\(r)*hours*3600*\(cells["u"] ?? "1")/(B\(r)*peak)", cached: cost?.capacity ?? 0, count),
                tokens > 0
                    ? .formula(
                        "G\(r)/(requests*(input_tokens+output_tokens))*1000000",
                        cached: (cost?.monthly ?? 0) / tokens * 1_000_000, priceStyle) : .empty,
                .formula(cashCost, cached: option.perReplicaMonthlyCash(workload), money),
            ])
        }
        return Sheet(
            name: hostingName, rows: rows, columnWidths: [50, 16, 12, 10, 18, 18, 20, 20, 18, 18],
            frozenRows: 1,
            frozenColumns: 1)
    }

    func breakEvenSheet() -> Sheet {
        var rows: [[SheetCell]] = [
            [
                t(.pApiOption2), t(.pSelfHostingOption2),
                t(.pApiCostPerRequestA2),
                t(.pOneReplicaPerMonthC), t(.pFixedPerMonthF),
                t(.pOneReplicaSCapacityR), "V = a·R₁",
                t(.pFirstBreakEvenReplicasK),
                t(.pFirstBreakEvenRRequestsMonth),
                t(.pRAsTokensMonth), t(.pRCurrentVolume),
                t(.pAlwaysCheaperReplicasK),
                t(.pCheaperAtEveryVolumeFromX),
                t(.pXCurrentVolume),
            ].map { SheetCell.text($0, .header) }
        ]
        let apiSheet = reference(apiName)
        let hostingSheet = reference(hostingName)
        for pair in comparison.pairs {
            guard let apiIndex = plan.api.firstIndex(of: pair.api),
                let hostingIndex = plan.selfHosting.firstIndex(of: pair.selfHosting)
            else { continue }
            let r = rows.count + 1
            let cells = hostingInputs[hostingIndex]
            let be = pair.breakEven
            let (apiRow, hostingRow) = (apiIndex + 2, hostingIndex + 2)
            var kStar: CachedValue = .text(never)
            var first: CachedValue = .text(never)
            var firstTokens: CachedValue = .text(never)
            var firstMultiple: CachedValue = .text("")
            var kAlways: CachedValue = .text(never)
            var always: CachedValue = .text(never)
            var alwaysMultiple: CachedValue = .text("")
            if case .breaksEven(let firstVolume, let firstReplicas, let alwaysVolume, let alwaysReplicas) = be
                .outcome
            {
                kStar = .number(Decimal(firstReplicas))
                first = .number(firstVolume.requestsPerMonth)
                firstTokens = .number(firstVolume.tokensPerMonth)
                kAlways = .number(Decimal(alwaysReplicas))
                always = .number(alwaysVolume.requestsPerMonth)
                if let multiple = firstVolume.multipleOfCurrent { firstMultiple = .number(multiple) }
                if let multiple = alwaysVolume.multipleOfCurrent { alwaysMultiple = .number(multiple) }
            }
            let m = cells["m"] ?? "1"
            let q = "\"\(never)\""
            rows.append([
                .text(apiLabel(pair.api)),
                .text(ScenarioReports.selfLabel(pair.selfHosting, context: context)),
                .formula("\(apiSheet)!B\(apiRow)", cached: be.apiPerRequest, fineMoney),
                .formula("\(hostingSheet)!E\(hostingRow)", cached: be.perReplica, money),
                .formula("\(hostingSheet)!F\(hostingRow)", cached: be.fixed, money),
                .formula(
                    "hours*3600*\(cells["u"] ?? "1")/(\(hostingSheet)!B\(hostingRow)*peak)",
                    cached: be.oneReplicaCapacity, count),
                .formula("C\(r)*F\(r)", cached: be.apiValueOfOneReplica, money),
                SheetCell(
                    .formula(
                        // Never: a = 0, V ≤ C, or F/(V−C) past any fleet llmcost sizes (2^31 − 1 replicas).
                        "IF(OR(C\(r)=0,G\(r)<=D\(r)),\(q),IF(E\(r)/(G\(r)-D\(r))>2147483647,\(q),"
                            + "MAX(\(m),CEILING(ROUND(E\(r)/(G\(r)-D\(r)),9),1))))",
                        cached: kStar), style: count),
                SheetCell(
                    .formula("IF(ISNUMBER(H\(r)),(E\(r)+H\(r)*D\(r))/C\(r),\(q))", cached: first),
                    style: count),
                SheetCell(
                    .formula(
                        "IF(ISNUMBER(I\(r)),I\(r)*(input_tokens+output_tokens),\(q))", cached: firstTokens),
                    style: count),
                SheetCell(
                    .formula(
                        "IF(AND(ISNUMBER(I\(r)),requests>0),I\(r)/requests,\"\")", cached: firstMultiple),
                    style: CellStyle(format: .decimal(2))),
                SheetCell(
                    .formula(
                        "IF(ISNUMBER(H\(r)),MAX(H\(r),CEILING(ROUND((E\(r)+G\(r))/(G\(r)-D\(r)),9),1)-1),\(q))",
                        cached: kAlways), style: count),
                SheetCell(
                    .formula("IF(ISNUMBER(L\(r)),(E\(r)+L\(r)*D\(r))/C\(r),\(q))", cached: always),
                    style: count),
                SheetCell(
                    .formula(
                        "IF(AND(ISNUMBER(M\(r)),requests>0),M\(r)/requests,\"\")", cached: alwaysMultiple),
                    style: CellStyle(format: .decimal(2))),
            ])
        }
        return Sheet(
            name: breakEvenName, rows: rows, columnWidths: [40, 50] + Array(repeating: 18, count: 12),
            frozenRows: 1,
            frozenColumns: 2)
    }

    /// The month-by-month switch from the first API option to one self-hosting option.
    func cashFlowSheet(_ pair: OptionPair, number: Int) -> Sheet? {
        guard let apiIndex = plan.api.firstIndex(of: pair.api),
            let hostingIndex = plan.selfHosting.firstIndex(of: pair.selfHosting)
        else { return nil }
        let flow = pair.cashFlow
        let cells = hostingInputs[hostingIndex]
        let hostingSheet = reference(hostingName)
        let hostingRow = hostingIndex + 2
        let owned: Bool
        var rebuys = false
        if case .own(let hardware) = pair.selfHosting.option.mode {
            owned = true
            rebuys = hardware.lifeMonths.map { $0 < plan.horizonMonths } ?? false
        } else {
            owned = false
        }
        let header = [
            t(.pMonthT), t(.pGrowth1GT1),
            t(.pRequestsRT), t(.pApiCost2),
            t(.pReplicasNeeded), t(.pReplicasRunning),
            t(.pReplicasBought), t(.pReplicasReBoughtValues),
            t(.pPurchases), t(.pRunningCost), t(.pSelfHostingCost2),
            t(.pSavingApiSelf), t(.pCumulativeSaving),
            t(.pPaidBackT), t(.pBenefits2),
            t(.pDiscountFactor1RT12),
            t(.pDiscountedSaving),
        ].map { SheetCell.text($0, .header) }
        var rows: [[SheetCell]] = [header]
        let last = flow.months.count + 1
        let a = "\(reference(apiName))!$B$\(apiIndex + 2)"
        let g = cells["G"] ?? "1"
        let price = cells["price"] ?? "0"
        var previous: CashFlowMonth?
        var growth: Decimal = 1
        for month in flow.months {
            let r = rows.count + 1
            // (1+g)^(t−1) by repeated multiplication, flushed to zero below 1e-30, as the engine grows volumes.
            if month.month > 1 {
                growth *= 1 + workload.growthPerMonth
                if growth.magnitude < Decimal(sign: .plus, exponent: -30, significand: 1) { growth = 0 }
            }
            let needed: Decimal
            do {
                needed = Decimal(
                    try pair.selfHosting.option.replicas(for: workload.with(requestsPerMonth: month.requests))
                )
            } catch {
                needed = Decimal(month.replicas)
            }
            let grownBy = owned ? month.replicas - (previous?.replicas ?? month.replicas) : 0
            let boughtReplicas = month.gpusBought / max(1, pair.selfHosting.option.gpusPerReplica)
            let rebought = owned ? boughtReplicas - grownBy : 0
            rows.append([
                .number(Decimal(month.month)),
                .formula("(1+growth_rate)^(A\(r)-1)", cached: growth, CellStyle(format: .decimal(6))),
                .formula("requests*B\(r)", cached: month.requests, count),
                .formula("\(a)*C\(r)", cached: month.api, money),
                .formula(
                    replicasFormula(
                        requests: "C\(r)", seconds: "\(hostingSheet)!$B$\(hostingRow)", index: hostingIndex),
                    cached: needed, count),
                .formula(
                    owned && r > 2 ? "MAX(F\(r - 1),E\(r))" : "E\(r)", cached: Decimal(month.replicas), count),
                .formula(owned && r > 2 ? "F\(r)-F\(r - 1)" : "0", cached: Decimal(grownBy), count),
                rebuys ? .number(Decimal(rebought), count) : .number(0, count),
                .formula("(G\(r)+H\(r))*\(g)*\(price)", cached: month.purchases, money),
                .formula(
                    "F\(r)*\(hostingSheet)!$J$\(hostingRow)+\(hostingSheet)!$F$\(hostingRow)",
                    cached: month.selfHostingRunning, money),
                .formula("I\(r)+J\(r)", cached: month.selfHosting, money),
                .formula("D\(r)-K\(r)", cached: month.saving, money),
                .formula("SUM($L$2:L\(r))", cached: month.cumulativeSaving, money),
                SheetCell(
                    .formula(
                        "IF(M\(r)>=$T$2,A\(r),\"\")",
                        cached: month.cumulativeSaving >= flow.oneTimeAtStart
                            ? .number(Decimal(month.month)) : .text("")
                    ), style: count),
                .formula("hours_saved*hourly_cost+benefit_fixed", cached: month.benefits, money),
                .formula(
                    "(1+discount_rate)^(A\(r)/12)", cached: month.discountFactor,
                    CellStyle(format: .decimal(6))),
                .formula("L\(r)/P\(r)", cached: month.discountedSaving, money),
            ])
            previous = month
        }
        let notWithin = t(.notWithinMonths, "\(plan.horizonMonths)")
        let summary: [(String, SheetCell)] = [
            (
                t(.pOneTimeCostsT0),
                .formula(owned ? "setup+F2*\(g)*\(price)" : "setup", cached: flow.oneTimeAtStart, money)
            ),
            (
                t(.paybackMonth),
                SheetCell(
                    .formula(
                        "IF(COUNT(N2:N\(last))=0,\"\(notWithin)\",MIN(N2:N\(last)))",
                        cached: flow.paybackMonth.map { .number(Decimal($0)) } ?? .text(notWithin)),
                    style: count)
            ),
            (
                t(.pNpvOfSwitching3),
                .formula("SUM(Q2:Q\(last))-T2", cached: flow.npvOfSwitching, money)
            ),
            (t(.pTotalApiCost), .formula("SUM(D2:D\(last))", cached: flow.totalAPI, money)),
            (
                t(.pTotalSelfHostingCost),
                .formula("SUM(K2:K\(last))+T2", cached: flow.totalSelfHosting, money)
            ),
            (t(.pTotalBenefits2), .formula("SUM(O2:O\(last))", cached: flow.totalBenefits, money)),
            (
                t(.pRoiOfSelfHosting),
                SheetCell(
                    .formula(
                        "IF(T6>0,(T7-T6)/T6,\"\")",
                        cached: flow.roiOfSelfHosting.map { .number($0) } ?? .text("")),
                    style: share)
            ),
            (
                t(.pNpvOfSelfHosting),
                .formula(
                    "SUMPRODUCT(O2:O\(last)-K2:K\(last),1/P2:P\(last))-T2", cached: flow.npvOfSelfHosting,
                    money)
            ),
            (
                t(.pNpvOfTheApi),
                .formula("SUMPRODUCT(O2:O\(last)-D2:D\(last),1/P2:P\(last))", cached: flow.npvOfAPI, money)
            ),
        ]
        // The summary sits in columns S:T from row 2, beside the months, so the header row stays frozen.
        for (offset, (label, value)) in summary.enumerated() {
            let index = offset + 1
            while rows.count <= index { rows.append([]) }
            while rows[index].count < 18 { rows[index].append(.empty) }
            rows[index].append(.text(label, CellStyle(bold: true)))
            rows[index].append(value)
        }
        rows[0] += [
            .empty,
            .text(
                "\(apiLabel(pair.api)) → \(ScenarioReports.selfLabel(pair.selfHosting, context: context))",
                CellStyle(bold: true)),
        ]
        return Sheet(
            name: t(.pCashFlow, "\(number)"), rows: rows,
            columnWidths: [8, 12, 14, 14, 10, 10, 10, 12, 14, 14, 14, 14, 16, 10, 14, 14, 16, 4, 30, 18],
            frozenRows: 1, frozenColumns: 1)
    }

    mutating func makeNotes() {
        notes.append(
            t(.pCellsOnTheCalculationSheetsAre))
        notes.append(
            t(.pMoneyInExactInLlmcostAnd, "\(currency)"))
        notes.append(
            t(.pNotFormulasHereTheFittedP))
        if workload.isMixed {
            notes.append(
                t(.pTheWorkloadMixesRequestShapesEach))
        }
        if comparison.options.contains(where: {
            if case .hybrid = $0.kind { return true }
            if case .seats = $0.kind { return true }
            return false
        }) {
            notes.append(
                t(.pHybridRoutingAndSeatPlansAre))
        }
        if plan.api.contains(where: { $0.peakShare != nil }) {
            notes.append(
                t(.pTimeOfDayPricesFN))
        }
        for api in plan.api {
            let prices = api.originalPrices
            notes.append(
                "\(api.label) (\(api.model.id)): \(t(.pInForceFrom2)) \(prices.effective)"
                    + (prices.checked.map { ", \(t(.pChecked4)) \($0)" } ?? "")
                    + (prices.source.map { " — \($0)" } ?? ""))
        }
        for hosting in plan.selfHosting {
            let deployment = hosting.deployment
            notes.append(
                "\(ScenarioReports.plainSelfLabel(hosting, context: context)): \(deployment.engine ?? deployment.id)"
                    + (hosting.estimated ? " (\(t(.pEstimated)))" : "")
                    + (deployment.source.map { " — \($0)" } ?? ""))
            if let offer = hosting.offer {
                notes.append(
                    "\(hosting.gpu.name) \(t(.pRent2)): \(offer.provider) \(offer.perGPUHour) \(hosting.gpu.currency)"
                        + (offer.checked.map { ", \(t(.pChecked4)) \($0)" } ?? "")
                        + (offer.source.map { " — \($0)" } ?? ""))
            }
            if let purchase = hosting.purchase {
                notes.append(
                    "\(hosting.gpu.name) \(t(.pPurchase)): \(purchase.perGPUInstalled) \(hosting.gpu.currency)"
                        + (purchase.checked.map { ", \(t(.pChecked4)) \($0)" } ?? "")
                        + (purchase.source.map { " — \($0)" } ?? ""))
            }
        }
        for rate in plan.exchangeRates {
            notes.append(
                "\(rate.code) \(rate.perUSD) / USD"
                    + (rate.givenWithFX ? " (--fx)" : "")
                    + (rate.date.map { ", \($0)" } ?? "") + (rate.source.map { " — \($0)" } ?? ""))
        }
    }

    mutating func workbook(extra: [Sheet]) -> Workbook {
        makeInputs()
        makeNotes()
        var sheets = [
            Sheet(
                name: inputsName, rows: inputs, columnWidths: [52, 16, 22, 14, 10, 40, 24, 50], frozenRows: 1,
                frozenColumns: 1),
            apiSheet(), hostingSheet(), breakEvenSheet(),
        ]
        if let baseline = plan.api.first {
            for (number, pair) in comparison.pairs.filter({ $0.api == baseline }).enumerated() {
                if let sheet = cashFlowSheet(pair, number: number + 1) { sheets.append(sheet) }
            }
        }
        sheets += extra
        sheets.append(
            Sheet(
                name: notesName,
                rows: [[.text(t(.pNotesAndSources), .header)]]
                    + notes.enumerated().map {
                        [.text("[\($0.offset + 1)] \($0.element)", CellStyle(wrap: true))]
                    },
                columnWidths: [140], frozenRows: 1))
        return Workbook(sheets: sheets, definedNames: names)
    }
}

import Foundation
import Pricing
import Reports
import Scenarios

enum ScenarioCommands {
    /// `compare` (and bare `llmcost`): every option of the scenario ranked by monthly cost.
    @Sendable static func compare(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        let table = try invocation.loadTable()
        var scenario = try invocation.namingOptions(
            in: try invocation.scenarioFile(), table: table, defaultModes: HostingModeName.allCases,
            unaskedModesMayBeLeftOut: true)
        if !invocation.parsed.has("deployments"), invocation.parsed.has("mode") {
            let modes = try invocation.modes(default: [])
            if scenario.selfHosting.isEmpty && scenario.selfHostedShare > 0 {
                throw .usage(
                    invocation.t(
                        .cliModeLeavesNoOption, invocation.parsed.value("mode") ?? "", scenario.file,
                        modes.contains(.rent) ? "own" : "rent"))
            }
        }
        // Flags apply last, so they reach the options named on the command line too.
        scenario = try invocation.applyingFlags(to: scenario)
        let comparison = try invocation.compare(scenario, table: table)
        if invocation.wantsWorkbook {
            return try invocation.deliver(
                workbook: FinanceWorkbook.comparison(
                    comparison, context: try invocation.reportContext(comparison.plan, table)))
        }
        let report = ScenarioReports.compare(
            comparison, context: try invocation.reportContext(comparison.plan, table))
        return try invocation.emit(report)
    }

    /// `speed`: the price of speed for the scenario's (or `--deployments`') curve profiles.
    @Sendable static func speed(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        let table = try invocation.loadTable()
        var scenario = try invocation.namingOptions(
            in: try invocation.scenarioFile(), table: table, defaultModes: [.rent],
            unaskedModesMayBeLeftOut: false)
        scenario = try invocation.applyingFlags(to: scenario)
        // Every speed is priced, so the level's own speed does not filter the options; its TTFT does.
        scenario.serviceLevel?.minTokensPerSecondPerUser = nil
        scenario.ranges.removeAll { $0.input == .serviceSpeed }
        let plan = try invocation.plan(scenario, table: table)
        if plan.workload.isMixed {
            throw .invalid(
                invocation.t(.cliSpeedOneShape, scenario.file, scenario.firstSegmentShapeField ?? "segments"))
        }
        let result: PriceOfSpeed
        do {
            result = try PriceOfSpeed.run(plan)
        } catch {
            throw invocation.engineRefusal(error, file: scenario.file)
        }
        guard !result.curves.isEmpty else {
            throw .invalid(invocation.t(.cliNoMeasuredCurves, scenario.file))
        }
        let report = ScenarioReports.priceOfSpeed(
            result, plan: plan, context: try invocation.reportContext(plan, table))
        return try invocation.emit(report)
    }

    /// `breakeven --api MODEL --self DEPLOYMENT [--mode rent|own]`.
    @Sendable static func breakeven(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        let table = try invocation.loadTable()
        // The same choice of pair as `sensitivity` and `simulate` make.
        let whole = try invocation.applyingFlags(to: invocation.pairScenario(table))
        // A hybrid scenario breaks even on its flexible part only: the rest is self-hosted either way.
        let flexible = Hybrid.flexiblePart(of: whole)
        if whole.isHybrid && whole.selfHostedShare == 1 {
            throw .invalid(invocation.t(.cliAllSegmentsSelfHosted, whole.file))
        }
        let comparison = try invocation.compare(flexible ?? whole, table: table)
        try invocation.requireServiceLevelMet(comparison.plan)
        guard let pair = comparison.pairs.first else { throw .invalid(invocation.t(.cliNothingToCompare)) }
        let context = try invocation.reportContext(comparison.plan, table)
        if invocation.wantsWorkbook {
            if let flag = ["sweep", "range"].first(where: invocation.parsed.has) {
                throw .usage(invocation.t(.cliNotInWorkbook, flag))
            }
            return try invocation.deliver(workbook: FinanceWorkbook.comparison(comparison, context: context))
        }
        var report =
            invocation.parsed.has("sweep") || invocation.parsed.has("range")
            ? try invocation.sweepReport(pair, plan: comparison.plan, table: table)
            : ScenarioReports.breakEven(pair, plan: comparison.plan, context: context)
        if flexible != nil {
            ScenarioReports.markFlexiblePart(
                &report, of: whole, pair: pair, plan: comparison.plan, context: context)
        }
        return try invocation.emit(report)
    }

    /// `roi --scenario FILE [--api MODEL]`: totals, NPV and ROI per option; the switch's cash flow.
    @Sendable static func roi(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        let table = try invocation.loadTable()
        var scenario = try invocation.applyingFlags(to: invocation.scenarioFile())
        try invocation.startingOnAPI(&scenario, table: table)
        let comparison = try invocation.compare(scenario, table: table)
        if invocation.wantsWorkbook {
            return try invocation.deliver(
                workbook: FinanceWorkbook.comparison(
                    comparison, context: try invocation.reportContext(comparison.plan, table)))
        }
        let report = ScenarioReports.roi(
            comparison, baseline: comparison.plan.api.first,
            context: try invocation.reportContext(comparison.plan, table))
        return try invocation.emit(report)
    }
}

extension Invocation {
    /// Plans and runs a scenario; an engine refusal is an invalid-input error (exit 1).
    func compare(_ scenario: ScenarioFile, table: PriceTable) throws(CLIError) -> Comparison {
        let plan = try plan(scenario, table: table)
        do {
            return try Comparison.run(plan)
        } catch {
            throw engineRefusal(error, file: scenario.file)
        }
    }

    /// The error for an engine refusal: the file's (exit 1), unless the command line's workload
    /// flags made the fleet too large to size, which is a usage error naming them (exit 2).
    /// `--api MODEL` (checked against the table) becomes the scenario's first API model, the one
    /// `roi` and `plan` start from.
    func startingOnAPI(_ scenario: inout ScenarioFile, table: PriceTable) throws(CLIError) {
        guard let api = parsed.value("api") else { return }
        _ = try model(api, in: table, flag: "api")
        scenario.apiModels.removeAll { $0.id == api }
        scenario.apiModels.insert(ScenarioReference(id: api, flag: "api"), at: 0)
    }

    func engineRefusal(_ error: ScenarioError, file: String) -> CLIError {
        if case .volumeTooLarge = error {
            let flags = [
                "requests", "input", "output", "peak", "hours", "utilization", "growth", "horizon", "range",
            ]
            .filter(parsed.has)
            if !flags.isEmpty {
                let given = flags.map { "--\($0) \(parsed.value($0) ?? "")" }.joined(separator: ", ")
                return .usage(
                    t(
                        .cliFlagsTooLarge, given, Phrases.scenarioError(error, messageLanguage),
                        "--requests 3M/month --input 1500 --output 400"))
            }
        }
        return .invalid("\(file): \(Phrases.scenarioError(error, messageLanguage))")
    }

    func reportContext(_ plan: ScenarioPlan, _ table: PriceTable) throws(CLIError) -> ReportContext {
        ReportContext(
            language: try language(), minorUnits: minorUnits(plan.currency, table: table),
            explain: parsed.has("explain"))
    }

    /// A comma-separated list flag's items, none empty.
    func list(_ text: String, flag: String) throws(CLIError) -> [String] {
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard !items.isEmpty, !items.contains(where: \.isEmpty) else {
            throw .usage(
                invalidValue(
                    text, flag, expected: t(.cliExpectIDList), example: Options.spec(flag)?.example ?? ""))
        }
        return items
    }

    /// `--mode rent|own`, or `default` when not given.
    func modes(default defaultModes: [HostingModeName]) throws(CLIError) -> [HostingModeName] {
        guard let text = parsed.value("mode") else { return defaultModes }
        guard let mode = HostingModeName(rawValue: text) else {
            throw .usage(
                invalidValue(
                    text, "mode", expected: t(.cliExpectEither, "rent", "own"), example: "--mode own"))
        }
        return [mode]
    }

    /// The deployment with this id, or a usage error naming `flag` (when the id came from one) and the nearest ids.
    func deployment(_ id: String, in table: PriceTable, flag: String? = nil) throws(CLIError) -> Deployment {
        if let deployment = table.deployment(id: id) { return deployment }
        let hint = didYouMean(id, among: table.deployments.map(\.id), messageLanguage)
        let help =
            hint.isEmpty && flag == nil
            ? t(.cliSeparatedExample, "llmcost deployments \(table.deployments.first?.id ?? "ID")") : hint
        throw .usage(
            t(.cliUnknownDeployment, id, unknownIDHelp(flag: flag, hint: help), "llmcost deployments"))
    }
}

extension Invocation {
    /// `scenario` with the options named on the command line: `--models` replaces its APIs and
    /// `--deployments` its self-hosting (in `--mode`'s modes, else `defaultModes`), each id named
    /// at its flag, so an unknown or retired one is the flag's fault, not the file's; `--mode`
    /// alone keeps the scenario's self-hosting options of those modes. With
    /// `unaskedModesMayBeLeftOut`, a default mode the data cannot price is left out with a note
    /// (`compare`) rather than refused.
    func namingOptions(
        in scenario: ScenarioFile, table: PriceTable, defaultModes: [HostingModeName],
        unaskedModesMayBeLeftOut: Bool
    ) throws(CLIError) -> ScenarioFile {
        var scenario = scenario
        if let models = parsed.value("models") {
            let ids = try list(models, flag: "models")
            for id in ids { _ = try model(id, in: table, flag: "models") }
            scenario.apiModels = ids.map { ScenarioReference(id: $0, flag: "models") }
        }
        if let deployments = parsed.value("deployments") {
            let modes = try self.modes(default: defaultModes)
            let ids = try list(deployments, flag: "deployments")
            for id in ids { _ = try deployment(id, in: table, flag: "deployments") }
            let asked = parsed.has("mode") || !unaskedModesMayBeLeftOut
            scenario.selfHosting = ids.flatMap { id in
                modes.map {
                    var spec = SelfHostingSpec(
                        deployment: ScenarioReference(id: id, flag: "deployments"), mode: $0)
                    spec.modeAskedFor = asked
                    return spec
                }
            }
        } else if parsed.has("mode") {
            let modes = try self.modes(default: [])
            scenario.selfHosting = scenario.selfHosting.filter { modes.contains($0.mode) }
        }
        return scenario
    }
}

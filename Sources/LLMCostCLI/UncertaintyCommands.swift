import Foundation
import Pricing
import Reports
import Scenarios

enum UncertaintyCommands {
    /// `sensitivity [--metric saving|breakeven|npv] [--delta 20%]`: the tornado of one API/self-hosting pair.
    @Sendable static func sensitivity(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        let table = try invocation.loadTable()
        let scenario = try invocation.applyingFlags(to: invocation.pairScenario(table))
        let metricText = invocation.parsed.value("metric") ?? SensitivityMetric.saving.rawValue
        guard let metric = SensitivityMetric(rawValue: metricText) else {
            throw .usage(
                invocation.invalidValue(
                    metricText, "metric", expected: invocation.t(.cliExpectSavingBreakevenNPV),
                    example: "--metric npv"))
        }
        let delta = try invocation.decimal("delta") ?? Decimal(2) / 10
        guard delta > 0, delta < 1 else {
            throw .usage(
                invocation.invalidValue(
                    invocation.parsed.value("delta") ?? "", "delta",
                    expected: invocation.t(.cliExpectShareBelow100),
                    example: "--delta 20%"))
        }
        let plan = try invocation.plan(scenario, table: table)
        try invocation.requireServiceLevelMet(plan)
        guard let api = plan.api.first, let hosting = plan.selfHosting.first else {
            throw .invalid(invocation.t(.cliNothingToCompare))
        }
        let result: Sensitivity
        do {
            result = try Sensitivity.run(plan, api: api, selfHosting: hosting, metric: metric, delta: delta)
        } catch {
            throw invocation.engineRefusal(error, file: scenario.file)
        }
        if invocation.wantsWorkbook {
            var pair = plan
            pair.api = [api]
            pair.selfHosting = [hosting]
            let comparison: Comparison
            do {
                comparison = try Comparison.run(pair)
            } catch {
                throw invocation.engineRefusal(error, file: scenario.file)
            }
            return try invocation.deliver(
                workbook: FinanceWorkbook.sensitivity(
                    result, comparison: comparison, context: try invocation.reportContext(plan, table)))
        }
        let report = ScenarioReports.sensitivity(
            result, pair: (api, hosting), plan: plan, context: try invocation.reportContext(plan, table))
        return try invocation.emit(report)
    }

    /// `simulate [--samples N] [--seed S]`: Monte Carlo over the scenario's ranges.
    @Sendable static func simulate(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        let table = try invocation.loadTable()
        var scenario = try invocation.scenarioFile()
        let samples = try invocation.integer("samples", minimum: 1) ?? 10_000
        guard samples <= 10_000_000 else {
            throw .usage(
                invocation.t(.cliSamplesAtMost, invocation.parsed.value("samples") ?? "", "--samples 100000"))
        }
        var seed: UInt64 = 1
        if let text = invocation.parsed.value("seed") {
            guard let value = UInt64(text), text.allSatisfy(\.isASCIIDigit) else {
                throw .usage(
                    invocation.invalidValue(
                        text, "seed", expected: invocation.t(.cliExpectSeed), example: "--seed 42"))
            }
            seed = value
        }
        let (apiIndex, selfIndex) = try invocation.choosePair(&scenario, table: table)
        scenario = try invocation.applyingServiceLevelFlags(to: scenario)
        let plan = try invocation.plan(scenario, table: table)
        // The sampled options keep the scenario's order (its ranges name them by index), so every
        // one must meet the level.
        try invocation.requireServiceLevelMet(plan, all: true)
        if plan.workload.isMixed {
            throw .invalid(
                invocation.t(
                    .cliSimulateOneShape, scenario.file, scenario.firstSegmentShapeField ?? "segments"))
        }
        let result: Simulation
        do {
            result = try Simulation.run(
                plan, api: apiIndex, selfHosting: selfIndex, samples: samples, seed: seed)
        } catch {
            throw invocation.engineRefusal(error, file: scenario.file)
        }
        let report = ScenarioReports.simulation(
            result, plan: plan, context: try invocation.reportContext(plan, table))
        return try invocation.emit(report)
    }
}

extension Invocation {
    /// The scenario narrowed to one API option and one self-hosting option, as `breakeven` chooses them.
    func pairScenario(_ table: PriceTable) throws(CLIError) -> ScenarioFile {
        var scenario = try scenarioFile()
        let (api, hosting) = try choosePair(&scenario, table: table)
        scenario.apiModels = [scenario.apiModels[api]]
        scenario.selfHosting = [scenario.selfHosting[hosting]]
        return scenario
    }

    /// The indices of the pair `--api`, `--self` and `--mode` name (default: the scenario's first of
    /// each), adding an option the scenario lacks at the end so its ranges keep their places.
    func choosePair(_ scenario: inout ScenarioFile, table: PriceTable) throws(CLIError) -> (Int, Int) {
        guard let api = parsed.value("api") ?? scenario.apiModels.first?.id else {
            throw .usage(t(.cliNeeds, commandName, t(.cliAnAPIModel), "--api openai/gpt-4o"))
        }
        guard let deployment = parsed.value("self") ?? scenario.selfHosting.first?.deployment.id else {
            throw .usage(
                t(.cliNeeds, commandName, t(.cliADeployment), "--self llama-3.3-70b-fp8-2xh100-trtllm"))
        }
        let modes = try modes(default: [
            scenario.selfHosting.first { $0.deployment.id == deployment }?.mode ?? .rent
        ])
        guard modes.count == 1, let mode = modes.first else {
            throw .usage(t(.cliOneMode, commandName, t(.cliExpectEither, "--mode rent", "--mode own")))
        }
        // An id from a flag is checked here (exit 2); one from the scenario is left to the planner,
        // which reports it at its line and column (exit 1).
        if parsed.has("api") { _ = try model(api, in: table, flag: "api") }
        if parsed.has("self") { _ = try self.deployment(deployment, in: table, flag: "self") }
        let apiIndex: Int
        if let index = scenario.apiModels.firstIndex(where: { $0.id == api }) {
            apiIndex = index
        } else {
            scenario.apiModels.append(ScenarioReference(id: api, flag: "api"))
            apiIndex = scenario.apiModels.count - 1
        }
        let selfIndex: Int
        if let index = scenario.selfHosting.firstIndex(where: {
            $0.deployment.id == deployment && $0.mode == mode
        }) {
            selfIndex = index
        } else {
            scenario.selfHosting.append(
                SelfHostingSpec(deployment: ScenarioReference(id: deployment, flag: "self"), mode: mode))
            selfIndex = scenario.selfHosting.count - 1
        }
        return (apiIndex, selfIndex)
    }

    private var commandName: String { parsed.positionals.first ?? "this command" }

    /// `breakeven --sweep [--range FROM..TO]`: the break-even report with the volume sweep.
    func sweepReport(_ pair: OptionPair, plan: ScenarioPlan, table: PriceTable) throws(CLIError) -> Report {
        var (from, to) = VolumeSweep.automaticRange(pair.breakEven, current: plan.workload.requestsPerMonth)
        if let text = parsed.value("range") {
            let parts = text.components(separatedBy: "..")
            guard parts.count == 2, let low = Quantity.parse(parts[0]), let high = Quantity.parse(parts[1]),
                SanityBounds.magnitudeProblem(low) == nil, SanityBounds.magnitudeProblem(high) == nil,
                low > 0, high > low
            else {
                throw .usage(
                    invalidValue(text, "range", expected: t(.cliExpectRange), example: "--range 100k..100M"))
            }
            (from, to) = (low, high)
        }
        let sweep: VolumeSweep
        do {
            sweep = try VolumeSweep.run(
                plan.workload, prices: pair.api.prices, selfHosting: pair.selfHosting.option, from: from,
                to: to)
        } catch {
            throw engineRefusal(error, file: plan.scenario.file)
        }
        return ScenarioReports.breakEven(
            pair, plan: plan, sweep: sweep, context: try reportContext(plan, table))
    }
}

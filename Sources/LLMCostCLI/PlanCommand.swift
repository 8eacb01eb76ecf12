import Foundation
import Pricing
import Reports
import Scenarios

enum PlanCommand {
    /// `plan [--scenario FILE] [--api MODEL] [--mode rent|own] [--objective cost|npv]`: API first, then migrate.
    @Sendable static func run(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        let table = try invocation.loadTable()
        var scenario = try invocation.applyingFlags(to: invocation.scenarioFile())
        let objective = try invocation.objective()
        try invocation.startingOnAPI(&scenario, table: table)
        if invocation.parsed.has("mode") {
            let modes = try invocation.modes(default: [])
            let all = scenario.selfHosting
            scenario.selfHosting = scenario.selfHosting.filter { modes.contains($0.mode) }
            guard !scenario.selfHosting.isEmpty else {
                let other =
                    all.first.map { forExample("--mode \($0.mode.rawValue)", invocation.messageLanguage) }
                    ?? invocation.t(.cliDropMode)
                throw .usage(invocation.t(.cliNoOptionInMode, invocation.parsed.value("mode") ?? "", other))
            }
        }
        guard !scenario.apiModels.isEmpty else {
            throw .usage(
                invocation.t(.cliNeeds, "plan", invocation.t(.cliAnAPIModelToStartOn), "--api openai/gpt-4o"))
        }
        guard !scenario.selfHosting.isEmpty else {
            throw .invalid(invocation.t(.cliPlanNeedsSelfHosting, scenario.file))
        }
        let plan = try invocation.plan(scenario, table: table)
        try invocation.requireServiceLevelMet(plan)
        guard let api = plan.api.first else {
            throw .invalid(invocation.t(.cliNoAPIModelToStartOn, scenario.file))
        }
        let study: MigrationStudy
        do {
            study = try MigrationStudy.run(plan, api: api, objective: objective)
        } catch {
            // Like every other command: a fleet past 2^31 − 1 replicas caused by workload flags
            // is the flags' fault (exit 2, naming them), else the file's (argument fuzzer, seed 5004878).
            throw invocation.engineRefusal(error, file: scenario.file)
        }
        if invocation.wantsWorkbook {
            var pairs = plan
            pairs.api = [api]
            let comparison: Comparison
            do {
                comparison = try Comparison.run(pairs)
            } catch {
                throw invocation.engineRefusal(error, file: scenario.file)
            }
            return try invocation.deliver(
                workbook: FinanceWorkbook.plan(
                    study, comparison: comparison, context: try invocation.reportContext(plan, table)))
        }
        return try invocation.emit(
            PlanReports.plan(study, context: try invocation.reportContext(plan, table)))
    }
}

extension Invocation {
    /// `--objective cost|npv`; cost unless given.
    func objective() throws(CLIError) -> PlanObjective {
        guard let text = parsed.value("objective") else { return .cost }
        guard let objective = PlanObjective(rawValue: text) else {
            throw .usage(
                invalidValue(
                    text, "objective", expected: t(.cliExpectEither, "cost", "npv"),
                    example: "--objective npv"))
        }
        return objective
    }
}

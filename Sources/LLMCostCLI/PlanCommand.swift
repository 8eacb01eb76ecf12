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
            scenario.selfHosting = scenario.selfHosting.filter { modes.contains($0.mode) }
            guard !scenario.selfHosting.isEmpty else {
                throw .usage(
                    "the scenario has no self-hosting option in mode '\(invocation.parsed.value("mode") ?? "")'; drop --mode or add one"
                )
            }
        }
        guard !scenario.apiModels.isEmpty, !scenario.selfHosting.isEmpty else {
            throw .invalid(
                "\(scenario.file): plan needs an API model to start on and a self-hosting option to move to; add 'api_models' and 'self_hosting' (or pass --api MODEL)"
            )
        }
        let plan = try invocation.plan(scenario, table: table)
        guard let api = plan.api.first else { throw .invalid("\(scenario.file): no API model to start on") }
        let study: MigrationStudy
        do {
            study = try MigrationStudy.run(plan, api: api, objective: objective)
        } catch {
            throw invocation.engineRefusal(error, file: scenario.file)
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
                "invalid value '\(text)' for --objective; expected cost or npv, e.g. --objective npv")
        }
        return objective
    }
}

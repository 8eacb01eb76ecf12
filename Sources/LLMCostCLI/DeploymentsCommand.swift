import Foundation
import Pricing
import Reports
import Scenarios

enum DeploymentsCommand {
    /// `deployments [ID]`: each profile's fitted constants P, D, K and its error at every measured point.
    @Sendable static func run(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        let table = try invocation.loadTable()
        guard invocation.words.count <= 1 else {
            throw .usage(
                "deployments takes at most one profile id, e.g. llmcost deployments llama-3.3-70b-fp8-2xh100-trtllm"
            )
        }
        let deployments =
            try invocation.words.first.map { id throws(CLIError) in [try invocation.deployment(id, in: table)]
            }
            ?? table.deployments
        var notes = FootnoteList()
        var profileRows: [Row] = []
        var pointRows: [Row] = []
        for deployment in deployments {
            guard let gpu = table.gpu(id: deployment.gpu) else { continue }
            let fit: FittedThroughput
            do {
                fit = try ThroughputModel.profile(deployment, gpu: gpu)
            } catch {
                throw .invalid("deployment '\(deployment.id)': \(error)")
            }
            var refs: [Int] = []
            if let source = deployment.source { refs.append(notes.add(source)) }
            if deployment.estimated {
                refs.append(
                    notes.add(
                        invocation.t(
                            .pEstimatedFromRoofline, NumberFormatting.exact(RooflineEstimate.efficiency * 100)
                        )))
            }
            func constant(_ value: Decimal?) -> Cell { value.map { .decimal($0, places: 0) } ?? .text("—") }
            profileRows.append(
                Row(
                    cells: [
                        .text(deployment.id), .text(gpu.name), .integer(Decimal(deployment.gpusPerReplica)),
                        .text(deployment.precision), .text(deployment.engine ?? ""),
                        constant(fit.prefillTokensPerSecond), constant(fit.decodeTokensPerSecond),
                        constant(fit.contextTokensSquaredPerSecond),
                        deployment.estimated
                            ? .key("estimated", text: invocation.t(.pEstimated))
                            : .decimal(fit.worstErrorPercent, places: 1),
                    ], footnoteRefs: refs))
            for point in fit.points {
                pointRows.append(
                    Row(cells: [
                        .text(deployment.id), .integer(Decimal(point.point.inputLength)),
                        .integer(Decimal(point.point.outputLength)),
                        .decimal(point.point.outputTokensPerSecond, places: 0),
                        .decimal(point.predictedTokensPerSecond, places: 0),
                        .decimal(point.errorPercent, places: 1),
                    ]))
            }
        }
        let profiles = Table(
            id: "profiles",
            columns: [
                Column(key: "deployment", label: invocation.t(.pDeployment)),
                Column(key: "gpu", label: "GPU"),
                Column(
                    key: "gpus_per_replica", label: invocation.t(.gpusPerReplica), alignment: .right),
                Column(key: "precision", label: invocation.t(.pPrecision)),
                Column(key: "engine", label: invocation.t(.pEngine)),
                Column(key: "prefill", label: "P", unit: invocation.t(.pTokensS), alignment: .right),
                Column(key: "decode", label: "D", unit: invocation.t(.pTokensS), alignment: .right),
                Column(key: "context", label: "K", unit: invocation.t(.pTokensS2), alignment: .right),
                Column(key: "worst_error", label: invocation.t(.pWorstError), unit: "%", alignment: .right),
            ], rows: profileRows)
        let points = Table(
            id: "points",
            columns: [
                Column(key: "deployment", label: invocation.t(.pDeployment)),
                Column(
                    key: "input_len", label: invocation.t(.pInput), unit: invocation.t(.pTokens),
                    alignment: .right),
                Column(
                    key: "output_len", label: invocation.t(.pOutput), unit: invocation.t(.pTokens),
                    alignment: .right),
                Column(
                    key: "measured", label: invocation.t(.pMeasured), unit: invocation.t(.pOutputTokensS),
                    alignment: .right),
                Column(
                    key: "fitted", label: invocation.t(.pFitted), unit: invocation.t(.pOutputTokensS),
                    alignment: .right),
                Column(key: "error", label: invocation.t(.pError), unit: "%", alignment: .right),
            ], rows: pointRows)
        notes.add(
            invocation.t(.pReplicaBusyTimeFitted))
        let report = Report(
            key: "deployments",
            title: invocation.t(.pSelfHostingProfiles),
            sections: [
                Section(table: profiles),
                Section(heading: invocation.t(.pFitAtEachMeasuredPoint), table: points),
            ], footnotes: notes.footnotes)
        return try invocation.emit(report, allowed: [.table, .markdown, .csv, .json, .html])
    }
}

import Foundation
import Pricing
import Reports
import Scenarios

enum DeploymentsCommand {
    /// `deployments [ID]`: each profile's fitted constants P, D, K and its error at every measured point.
    @Sendable static func run(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        let table = try invocation.loadTable()
        let deployments =
            try invocation.words.first.map { id throws(CLIError) in [try invocation.deployment(id, in: table)]
            }
            ?? table.deployments
        let level = try invocation.applyingServiceLevelFlags(
            to: ScenarioFile(
                file: "", name: "", workload: Workload(requestsPerMonth: 0, inputTokens: 1, outputTokens: 1))
        ).serviceLevel
        var notes = FootnoteList()
        var profileRows: [Row] = []
        var pointRows: [Row] = []
        var frontRows: [Row] = []
        for deployment in deployments {
            guard let gpu = table.gpu(id: deployment.gpu) else { continue }
            let fit: FittedThroughput
            // The profile's row refers to it: a note no row refers to is a loose end.
            var latencyRef: Int?
            do {
                let (fitted, status) = try ThroughputModel.profile(deployment, gpu: gpu, serviceLevel: level)
                guard let fitted else {
                    let best = status.bestSpeed.map { NumberFormatting.grouped($0, places: 1) }
                    notes.add(
                        invocation.t(
                            .pDoesNotMeetTheServiceLevel, deployment.id,
                            best.map { invocation.t(.pReachesAtBest, "\($0)") }
                                ?? invocation.t(.pNoFirstTokenWithinTheLimit)))
                    continue
                }
                fit = fitted
                if status == .latencyNotMeasured {
                    latencyRef = notes.add(
                        "\(deployment.id): \(Phrases.text(.latencyNotMeasured, ((try? invocation.language()) ?? .en)))"
                    )
                }
            } catch {
                throw .invalid(
                    invocation.t(
                        .cliDeploymentRefused, deployment.id,
                        Phrases.scenarioError(error, invocation.messageLanguage)))
            }
            for shape in ServiceLevelCurves.shapes(deployment.curves) {
                let points = deployment.curves.filter { ($0.inputLength, $0.outputLength) == shape }
                for point in ServiceLevelCurves.front(points, maxTTFT: level?.maxTTFTSeconds) {
                    frontRows.append(
                        Row(
                            cells: [
                                .text(deployment.id), .integer(Decimal(shape.input)),
                                .integer(Decimal(shape.output)),
                                .integer(Decimal(point.concurrency)),
                                .decimal(point.tokensPerSecondPerUser, places: 1),
                                .decimal(point.outputTokensPerSecondPerGPU, places: 1),
                                .decimal(point.ttftSeconds, places: 3),
                                .text(point.checked?.description ?? ""),
                            ], footnoteRefs: point.source.map { [notes.add($0)] } ?? []))
                }
            }
            var refs = latencyRef.map { [$0] } ?? []
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
                Column(key: "prefill", label: "P", unit: invocation.t(.pTokensS3), alignment: .right),
                Column(key: "decode", label: "D", unit: invocation.t(.pTokensS3), alignment: .right),
                Column(key: "context", label: "K", unit: invocation.t(.pTokensS4), alignment: .right),
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
        var sections = [
            Section(table: profiles),
            Section(heading: invocation.t(.pFitAtEachMeasuredPoint), table: points),
        ]
        if !frontRows.isEmpty {
            let front = Table(
                id: "fronts",
                columns: [
                    Column(key: "deployment", label: invocation.t(.pDeployment)),
                    Column(
                        key: "input_len", label: invocation.t(.pInput), unit: invocation.t(.pTokens),
                        alignment: .right),
                    Column(
                        key: "output_len", label: invocation.t(.pOutput), unit: invocation.t(.pTokens),
                        alignment: .right),
                    Column(key: "concurrency", label: invocation.t(.pConcurrency), alignment: .right),
                    Column(
                        key: "speed", label: invocation.t(.pSpeedPerUser), unit: invocation.t(.pTokensS3),
                        alignment: .right),
                    Column(
                        key: "throughput_per_gpu", label: invocation.t(.pThroughputPerGpu),
                        unit: invocation.t(.pOutputTokensS), alignment: .right),
                    Column(key: "ttft", label: "TTFT", unit: invocation.t(.pS), alignment: .right),
                    Column(key: "run_date", label: invocation.t(.pRunDate)),
                ], rows: frontRows)
            sections.append(
                Section(
                    heading: invocation.t(.pMeasuredCurvesTheParetoFrontOf), table: front))
        }
        if let level {
            notes.add(
                invocation.t(.pFittedAtTheServiceLevel)
                    + ScenarioReports.serviceLevelText(
                        level, context: ReportContext(language: ((try? invocation.language()) ?? .en))))
        }
        let report = Report(
            key: "deployments", title: invocation.t(.pSelfHostingProfiles), sections: sections,
            footnotes: notes.footnotes)
        return try invocation.emit(report, allowed: [.table, .markdown, .csv, .json, .html])
    }

    /// `deployments import --from inferencex FILE [-o OUT] [--force]`: profiles with measured curves.
    ///
    /// The deployments.json goes to stdout, or atomically to `-o OUT` (replaced only with
    /// `--force`); what was left out, point by point, goes to stderr.
    @Sendable static func importCurves(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        guard let from = invocation.parsed.value("from") else {
            throw .usage(
                invocation.t(
                    .cliNeeds, "deployments import", invocation.t(.cliTheSourceFormat), "--from inferencex"))
        }
        guard from == "inferencex" else {
            throw .usage(
                invocation.invalidValue(from, "from", expected: "inferencex", example: "--from inferencex"))
        }
        guard let word = invocation.words.first else {
            throw .usage(
                invocation.t(
                    .cliNeeds, "deployments import", invocation.t(.cliOneFile),
                    "llmcost deployments import --from inferencex benchmarks.json"))
        }
        let path = invocation.inputLabel(word)
        var countingAllGPUs = false
        if let rule = invocation.parsed.value("disagg") {
            guard rule == "all-gpus" else {
                throw .usage(
                    invocation.invalidValue(
                        rule, "disagg", expected: "all-gpus", example: "--disagg all-gpus"))
            }
            countingAllGPUs = true
        }
        try invocation.refuseOverwritingWithoutForce()
        let data = try invocation.read(word)
        let result: InferenceXImportResult
        do {
            result = try InferenceXImport.convert(
                data, checked: invocation.environment.today, countingAllGPUs: countingAllGPUs)
        } catch {
            throw .invalid(
                "\(path):\(error.location): \(Phrases.syntaxError(error, invocation.messageLanguage))")
        }
        let language = invocation.messageLanguage
        var summary =
            invocation.t(
                .impImportedProfiles, "\(result.imported.count)",
                invocation.noun(result.imported.count, .nounProfile),
                path, "\(result.otherDates)", invocation.noun(result.otherDates, .nounPoint),
                "\(result.skipped.count)", invocation.noun(result.skipped.count, .nounPoint)) + "\n"
        for (reason, count) in result.skippedByCategory {
            summary += "  \(count) \(Phrases.skipCategory(reason, language))\n"
        }
        for skip in result.skipped.prefix(20) {
            summary +=
                "  \(path):\(skip.location): "
                + invocation.t(.impPointLeftOut, "\(skip.index)", Phrases.skipReason(skip.reason, language))
                + "\n"
        }
        if result.skipped.count > 20 {
            summary += "  " + invocation.t(.impAndMore, "\(result.skipped.count - 20)") + "\n"
        }
        return try invocation.deliverImport(result.text, summary: summary)
    }
}

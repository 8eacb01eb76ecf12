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
        let t = invocation.localized
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
                        t(
                            "Estimated from the GPUs' compute roofline at \(NumberFormatting.exact(RooflineEstimate.efficiency * 100))% of dense peak: no measurements.",
                            "実測なし：GPU の演算性能の \(NumberFormatting.exact(RooflineEstimate.efficiency * 100))% を仮定した推定値。"
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
                            ? .key("estimated", text: t("estimated", "推定"))
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
                Column(key: "deployment", label: t("Deployment", "構成")),
                Column(key: "gpu", label: "GPU"),
                Column(
                    key: "gpus_per_replica", label: t("GPUs per replica", "レプリカあたりGPU数"), alignment: .right),
                Column(key: "precision", label: t("Precision", "精度")),
                Column(key: "engine", label: t("Engine", "エンジン")),
                Column(key: "prefill", label: "P", unit: t("tokens/s", "トークン/秒"), alignment: .right),
                Column(key: "decode", label: "D", unit: t("tokens/s", "トークン/秒"), alignment: .right),
                Column(key: "context", label: "K", unit: t("tokens²/s", "トークン²/秒"), alignment: .right),
                Column(key: "worst_error", label: t("Worst error", "最大誤差"), unit: "%", alignment: .right),
            ], rows: profileRows)
        let points = Table(
            id: "points",
            columns: [
                Column(key: "deployment", label: t("Deployment", "構成")),
                Column(
                    key: "input_len", label: t("Input", "入力"), unit: t("tokens", "トークン"), alignment: .right),
                Column(
                    key: "output_len", label: t("Output", "出力"), unit: t("tokens", "トークン"), alignment: .right),
                Column(
                    key: "measured", label: t("Measured", "実測"), unit: t("output tokens/s", "出力トークン/秒"),
                    alignment: .right),
                Column(
                    key: "fitted", label: t("Fitted", "モデル"), unit: t("output tokens/s", "出力トークン/秒"),
                    alignment: .right),
                Column(key: "error", label: t("Error", "誤差"), unit: "%", alignment: .right),
            ], rows: pointRows)
        notes.add(
            t(
                "A replica's busy time per request is s = I/P + O/D + O·(I + O/2)/K, fitted by relative least squares to the measured points (throughput = O/s); a dash is a term the fit dropped. Constants are rounded to 6 significant digits.",
                "1リクエストあたりのレプリカ占有時間 s = I/P + O/D + O·(I + O/2)/K を実測点に相対最小二乗で当てはめています（スループット = O/s）。「—」は除外された項です。定数は有効数字6桁に丸めています。"
            ))
        let report = Report(
            key: "deployments",
            title: t("Self-hosting profiles", "自社運用の構成"),
            sections: [
                Section(table: profiles),
                Section(heading: t("Fit at each measured point", "各実測点での当てはまり"), table: points),
            ], footnotes: notes.footnotes)
        return try invocation.emit(report, allowed: [.table, .markdown, .csv, .json, .html])
    }
}

import Foundation
import Pricing
import Scenarios

extension ScenarioReports {
    /// The service level in words: "≥ 30 tokens/s per user, first token ≤ 2 s".
    static func serviceLevelText(_ level: ServiceLevel, context: ReportContext) -> String {
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

import Foundation
import Scenarios

extension ScenarioReports {
    /// The one-line answer at the top of compare: the cheapest option today, from what volume
    /// self-hosting would beat the cheapest API, and the throughput basis it assumes.
    ///
    /// "Cheapest today: DeepSeek Chat at $780.78/month; self-hosting never beats it at this request
    /// shape (…)", or "…; self-hosting (Llama … owned) beats it from 5,098,857 requests/month, 1.70× today (…)".
    static func recommendation(_ comparison: Comparison, context: ReportContext) -> String? {
        guard let cheapest = comparison.options.first else { return nil }
        let plan = comparison.plan
        let shown = { (value: Decimal) in
            NumberFormatting.grouped(Rounding.rounded(value, places: 0), places: 0)
        }
        let amount = Money.format(cheapest.monthly, currency: plan.currency, places: context.minorUnits)
        var sentence = context.t(
            "Cheapest today: \(cheapest.label) at \(amount)/month;",
            "現在の最安は \(cheapest.label)（\(amount)／月）。")
        let basis = serviceBasis(plan.serviceLevel, context: context)
        guard case .api(let api, _) = cheapest.kind else {
            return sentence
                + context.t(" self-hosting is the cheaper way at today's volume", "今の量では自社運用の方が安い") + basis
                + context.t(".", "。")
        }
        let wins = comparison.pairs.filter { $0.api.model.id == api.model.id }.compactMap {
            pair -> (OptionPair, Decimal)? in
            guard case .breaksEven(let first, _, _, _) = pair.breakEven.outcome else { return nil }
            return (pair, first.requestsPerMonth)
        }.min { $0.1 < $1.1 }
        guard let (pair, volume) = wins else {
            if comparison.pairs.isEmpty { return context.t(String(sentence.dropLast()) + ".", sentence) }
            return sentence
                + context.t(
                    " self-hosting never beats it at this request shape", "このリクエストの形では自社運用がこれより安くなることはない")
                + basis + context.t(".", "。")
        }
        let multiple = NumberFormatting.grouped(volume / max(plan.workload.requestsPerMonth, 1), places: 2)
        let fleet = selfLabel(pair.selfHosting, context: context)
        sentence += context.t(
            " self-hosting (\(fleet)) beats it from \(shown(volume)) requests/month, \(multiple)× today",
            "\(fleet) での自社運用は月 \(shown(volume)) リクエスト（現在の \(multiple) 倍）から安くなる")
        return sentence + basis + context.t(".", "。")
    }

    /// The throughput the self-hosting figures rest on: the service level's, or full load.
    static func serviceBasis(_ level: ServiceLevel?, context: ReportContext) -> String {
        let speed = level?.minTokensPerSecondPerUser.map { NumberFormatting.exact($0) }
        let ttft = level?.maxTTFTSeconds.map { NumberFormatting.exact($0) }
        switch (speed, ttft) {
        case (nil, nil):
            return context.t(
                " (self-hosting at full-load throughput, no service level set)",
                "（自社運用は最大負荷時のスループット、サービスレベル指定なし）")
        case (let speed?, nil):
            return context.t(
                " (self-hosting at ≥ \(speed) tokens/s per user)", "（自社運用はユーザーあたり \(speed) トークン/秒以上）")
        case (nil, let ttft?):
            return context.t(" (self-hosting at TTFT ≤ \(ttft) s)", "（自社運用は TTFT \(ttft) 秒以内）")
        case (let speed?, let ttft?):
            return context.t(
                " (self-hosting at ≥ \(speed) tokens/s per user, TTFT ≤ \(ttft) s)",
                "（自社運用はユーザーあたり \(speed) トークン/秒以上、TTFT \(ttft) 秒以内）")
        }
    }
}

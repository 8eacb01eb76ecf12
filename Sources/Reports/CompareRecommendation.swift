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
        var sentence = context.t(.pCheapestTodayAtMonth, optionName(cheapest, context: context), "\(amount)")
        let basis = serviceBasis(plan.serviceLevel, context: context)
        guard case .api(let api, _) = cheapest.kind else {
            return sentence
                + context.t(.pSelfHostingIsTheCheaperWay) + basis
                + context.t(.pPunctU2e)
        }
        let wins = comparison.pairs.filter { $0.api.model.id == api.model.id }.compactMap {
            pair -> (OptionPair, Decimal)? in
            guard case .breaksEven(let first, _, _, _) = pair.breakEven.outcome else { return nil }
            return (pair, first.requestsPerMonth)
        }.min { $0.1 < $1.1 }
        guard let (pair, volume) = wins else {
            // English closes the sentence here with a full stop in place of its last character.
            if comparison.pairs.isEmpty {
                return context.language == .ja ? sentence : String(sentence.dropLast()) + "."
            }
            return sentence
                + context.t(.pSelfHostingNeverBeatsItAt)
                + basis + context.t(.pPunctU2e)
        }
        let multiple = NumberFormatting.grouped(volume / max(plan.workload.requestsPerMonth, 1), places: 2)
        let fleet = selfLabel(pair.selfHosting, context: context)
        sentence += context.t(.pSelfHostingBeatsItFromRequests, "\(fleet)", "\(shown(volume))", "\(multiple)")
        return sentence + basis + context.t(.pPunctU2e)
    }

    /// The throughput the self-hosting figures rest on: the service level's, or full load.
    static func serviceBasis(_ level: ServiceLevel?, context: ReportContext) -> String {
        let speed = level?.minTokensPerSecondPerUser.map { NumberFormatting.exact($0) }
        let ttft = level?.maxTTFTSeconds.map { NumberFormatting.exact($0) }
        switch (speed, ttft) {
        case (nil, nil):
            return context.t(.pSelfHostingAtFullLoadThroughput)
        case (let speed?, nil):
            return context.t(.pSelfHostingAtTokensSPer, "\(speed)")
        case (nil, let ttft?):
            return context.t(.pSelfHostingAtTtftS, "\(ttft)")
        case (let speed?, let ttft?):
            return context.t(.pSelfHostingAtTokensSPer2, "\(speed)", "\(ttft)")
        }
    }
}

import Foundation
import Pricing

/// A hybrid option at the current volume: the must-self-host share on a fleet, the rest on an API.
public struct HybridCost: Sendable, Hashable {
    public var selfHosting: SelfHostingPlan
    public var api: APIOptionPlan
    /// σ, the share of requests that must be self-hosted.
    public var selfHostedShare: Decimal
    /// R_c = R·σ, the requests the fleet carries.
    public var selfHostedRequests: Decimal
    /// R_f = R − R_c, the flexible requests sent to the API.
    public var apiRequests: Decimal
    /// The fleet sized for R_c alone; nil when σ = 0 (no fleet is run).
    public var fleet: SelfHostingCost?
    /// The API's cost for R_f.
    public var apiCost: APICostBreakdown
    /// Fleet (N·C + F, or 0) plus the API's cost for R_f.
    public var monthly: Decimal
    public var explain: [ExplainStep]
}

/// Hybrid routing (issue 10): one scenario's traffic split between a self-hosted fleet and an API.
public enum Hybrid {
    /// Prices the must-self-host share σ on `selfHosting` and the flexible rest on `api`.
    ///
    /// The fleet is sized for the traffic it carries, R_c = R·σ, with the scenario's shape,
    /// peak and utilisation, and pays the whole F (operations); the API is billed for
    /// R_f = R − R_c. With σ = 0 no fleet runs and the hybrid is the API option; with σ = 1 the
    /// API carries nothing and the hybrid is the self-hosting option, to the last digit.
    public static func cost(
        _ workload: Workload, selfHostedShare sigma: Decimal, api: APIOptionPlan, selfHosting: SelfHostingPlan
    ) throws(ScenarioError) -> HybridCost {
        try workload.validate()
        try Check.share(sigma, "self-hosted share")
        let selfHostedRequests = workload.requestsPerMonth * sigma
        let apiRequests = workload.requestsPerMonth - selfHostedRequests
        let fleet =
            selfHostedRequests > 0
            ? try selfHosting.option.monthly(workload.with(requestsPerMonth: selfHostedRequests)) : nil
        let apiCost = try APICost.monthly(workload.with(requestsPerMonth: apiRequests), api.prices)
        let fleetMonthly = fleet?.monthly ?? 0
        let monthly = fleetMonthly + apiCost.monthly
        let r = workload.requestsPerMonth
        var explain = [
            ExplainStep(
                label: "self-hosted requests", formula: "R_c = R·σ", substituted: "\(r) × \(sigma)",
                result: "\(selfHostedRequests)"),
            ExplainStep(
                label: "api requests", formula: "R_f = R − R_c", substituted: "\(r) − \(selfHostedRequests)",
                result: "\(apiRequests)"),
        ]
        if let fleet {
            explain += fleet.explain
        } else {
            explain.append(
                ExplainStep(
                    label: "self-hosting per month", formula: "0 when R_c = 0 (no fleet)",
                    substituted: "R_c = 0",
                    result: "0"))
        }
        explain += apiCost.explain.filter { $0.label == "api cost per month" }
        explain.append(
            ExplainStep(
                label: "hybrid per month", formula: "(N·C + F) + api(R_f)",
                substituted: "\(fleetMonthly) + \(apiCost.monthly)", result: "\(monthly)"))
        return HybridCost(
            selfHosting: selfHosting, api: api, selfHostedShare: sigma,
            selfHostedRequests: selfHostedRequests,
            apiRequests: apiRequests, fleet: fleet, apiCost: apiCost, monthly: monthly, explain: explain)
    }

    /// The scenario reduced to its flexible part, for `breakeven`: R_f requests, with the
    /// operations cost F and the one-time setup taken out of self-hosting.
    ///
    /// The constrained share runs on its own fleet whichever way the flexible part goes, so its
    /// fleet, operations staff and setup are a fixed cost of both sides and cancel; the flexible
    /// part is compared as if it ran on replicas of its own (spare capacity on the constrained
    /// fleet is not counted, which favours the API slightly). Nil when nothing must be self-hosted.
    public static func flexiblePart(of scenario: ScenarioFile) -> ScenarioFile? {
        let sigma = scenario.selfHostedShare
        guard scenario.isHybrid, sigma > 0 else { return nil }
        var flexible = scenario
        let r = scenario.workload.requestsPerMonth
        flexible.workload.requestsPerMonth = r - r * sigma
        flexible.opsFTE = 0
        flexible.otherFixedCosts = []
        flexible.setup = 0
        flexible.segments = []
        return flexible
    }
}

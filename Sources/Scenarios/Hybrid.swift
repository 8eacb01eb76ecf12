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
    /// What the fleet carries: R_c requests of the must-self-host segments' shapes.
    public var fleetWorkload: Workload
    /// The self-hosting option sized for the fleet's traffic (s is s̄ of the must-self-host segments).
    public var fleetOption: SelfHostingOption
    /// What the API carries: R_f requests of the flexible segments' shapes.
    public var apiWorkload: Workload
    /// The API's cost for R_f.
    public var apiCost: APICostBreakdown
    /// Fleet (N·C + F, or 0) plus the API's cost for R_f.
    public var monthly: Decimal
    /// R, and whether the workload is a mix of shapes: kept for `explain`.
    var requestsPerMonth: Decimal
    var mixed: Bool

    /// How each figure was reached.
    ///
    /// Built on demand, like the fleet's and the API's own trails: only `--explain` shows it.
    public var explain: [ExplainStep] {
        let (r, sigma) = (requestsPerMonth, selfHostedShare)
        var explain = [
            ExplainStep(
                quantity: .selfHostedRequests, formula: "R_c = R·σ", substituted: "\(r) × \(sigma)",
                result: "\(selfHostedRequests)"),
            ExplainStep(
                quantity: .apiRequests, formula: "R_f = R − R_c", substituted: "\(r) − \(selfHostedRequests)",
                result: "\(apiRequests)"),
        ]
        if let fleet {
            if mixed { explain += selfHosting.throughput.explain(for: fleetWorkload) }
            explain += fleet.explain
        } else {
            explain.append(
                ExplainStep(
                    quantity: .selfHostingPerMonth, formula: "\(word: .noFleet)",
                    substituted: "R_c = 0",
                    result: "0"))
        }
        explain +=
            apiWorkload.isMixed
            ? apiCost.explain : apiCost.explain.filter { $0.quantity == .apiCostPerMonth }
        explain.append(
            ExplainStep(
                quantity: .hybridPerMonth, formula: "(N·C + F) + api(R_f)",
                substituted: "\(fleet?.monthly ?? 0) + \(apiCost.monthly)", result: "\(monthly)"))
        return explain
    }
}

/// Hybrid routing (issue 10): one scenario's traffic split between a self-hosted fleet and an API.
public enum Hybrid {
    /// Prices the must-self-host share σ on `selfHosting` and the flexible rest on `api`.
    ///
    /// The fleet is sized for the traffic it carries, R_c = R·σ, with the scenario's shape,
    /// peak and utilisation, and pays the whole F (operations); the API is billed for
    /// R_f = R − R_c. With σ = 0 no fleet runs and the hybrid is the API option; with σ = 1 the
    /// API carries nothing and the hybrid is the self-hosting option, to the last digit.
    ///
    /// With a mix of shapes, σ is the must-self-host segments' shares (`sigma` must equal it): the fleet
    /// carries those segments with their shapes (s̄_c = Σ_c w_i·s_i / σ, so R_c·s̄_c = Σ_c R·w_i·s_i)
    /// and the API the flexible ones with theirs, each segment at its own tier.
    public static func cost(
        _ workload: Workload, selfHostedShare sigma: Decimal, api: APIOptionPlan, selfHosting: SelfHostingPlan
    ) throws(ScenarioError) -> HybridCost {
        try workload.validate()
        try Check.share(sigma, "self-hosted share")
        if workload.isMixed {
            let constrained = workload.mix.filter(\.mustSelfHost).reduce(Decimal(0)) { $0 + $1.share }
            if constrained != sigma {
                throw .outOfRange(
                    field: "self-hosted share", value: sigma, lower: constrained, upper: constrained)
            }
        }
        let selfHostedRequests = workload.requestsPerMonth * sigma
        let apiRequests = workload.requestsPerMonth - selfHostedRequests
        let fleetWorkload = workload.segments(mustSelfHost: true, share: sigma, requests: selfHostedRequests)
        let apiWorkload = workload.segments(mustSelfHost: false, share: 1 - sigma, requests: apiRequests)
        var fleetOption = selfHosting.option
        if workload.isMixed {
            fleetOption.secondsPerRequest = selfHosting.throughput.secondsPerRequest(for: fleetWorkload)
        }
        let fleet = selfHostedRequests > 0 ? try fleetOption.monthly(fleetWorkload) : nil
        let apiCost = try APICost.monthly(apiWorkload, api.prices)
        let monthly = (fleet?.monthly ?? 0) + apiCost.monthly
        return HybridCost(
            selfHosting: selfHosting, api: api, selfHostedShare: sigma,
            selfHostedRequests: selfHostedRequests,
            apiRequests: apiRequests, fleet: fleet, fleetWorkload: fleetWorkload, fleetOption: fleetOption,
            apiWorkload: apiWorkload, apiCost: apiCost, monthly: monthly,
            requestsPerMonth: workload.requestsPerMonth, mixed: workload.isMixed)
    }

    /// The must-self-host segments' traffic, R_c = R·σ requests of their shapes, and `selfHosting`
    /// with s for those shapes: the fleet a hybrid runs whichever way the flexible part goes.
    public static func constrainedFleet(of scenario: ScenarioFile, selfHosting: SelfHostingPlan) -> (
        Workload, SelfHostingOption
    ) {
        let workload = scenario.pricedWorkload
        let sigma = scenario.selfHostedShare
        let fleet = workload.segments(
            mustSelfHost: true, share: sigma, requests: workload.requestsPerMonth * sigma)
        var option = selfHosting.option
        if workload.isMixed {
            option.secondsPerRequest = selfHosting.throughput.secondsPerRequest(for: fleet)
        }
        return (fleet, option)
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
        // The flexible segments keep their shapes, their shares scaled to the flexible part.
        let rest = 1 - sigma
        flexible.segments = []
        guard scenario.hasShapedSegments else { return flexible }
        flexible.segments = scenario.segments.filter { !$0.mustSelfHost }.map {
            var segment = $0
            segment.share = rest == 1 ? $0.share : $0.share / rest
            return segment
        }
        return flexible
    }
}

extension Workload {
    /// The requests of the segments routed one way, `requests` of them, with those segments' shapes.
    ///
    /// Without a mix: the workload at `requests`. With one: the chosen segments' shares divided by
    /// their total `share` (untouched when it is 1), so R_c·w_i/σ = R·w_i requests of each; no segment
    /// leaves the workload's mean shape at zero requests.
    func segments(mustSelfHost: Bool, share: Decimal, requests: Decimal) -> Workload {
        var base = with(requestsPerMonth: requests)
        guard isMixed else { return base }
        base.mix = []
        let chosen = mix.filter { $0.mustSelfHost == mustSelfHost }.map {
            var part = $0
            if share != 1 && share != 0 { part.share = $0.share / share }
            return part
        }
        return Workload.mixed(base, parts: chosen)
    }
}

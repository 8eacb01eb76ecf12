import Foundation
import Pricing

/// One self-hosting option's cost at one user speed, at the workload's shape and volume.
public struct SpeedPoint: Sendable, Hashable {
    /// v, output tokens per second each user sees.
    public var speed: Decimal
    /// s at the workload's shape from P, D, K fitted at v (SPEC §6.5).
    public var secondsPerRequest: Decimal
    public var replicas: Int
    /// N·C + F at the workload's volume.
    public var monthly: Decimal
    /// monthly / (R·(I + O)) · 1,000,000.
    public var perMTok: Decimal
}

/// The speed above which an API is cheaper than the self-hosted option, per the workload's tokens.
public enum SpeedCrossover: Sendable, Hashable {
    /// The API is cheaper at every measured speed.
    case apiAlwaysCheaper
    /// Self-hosting is cheaper up to `speed`; above it the API is (found to 0.1 tokens/s).
    case above(Decimal)
    /// Self-hosting is cheaper at every speed it reaches.
    case selfHostingAlwaysCheaper
}

/// One self-hosting option across the speeds its curves reach.
public struct SpeedCurve: Sendable, Hashable {
    public var hosting: SelfHostingPlan
    /// Ascending in speed: every measured front speed within the TTFT limit that all shapes reach.
    public var points: [SpeedPoint]
    /// Each API option's crossover, in the plan's API order.
    public var crossovers: [SpeedCrossover]
}

/// The price of speed: self-hosted cost per 1M tokens against user speed, and each API's price.
public struct PriceOfSpeed: Sendable, Hashable {
    /// Each API option's cost per 1M tokens at the workload's shape, in the plan's order.
    public var apiPerMTok: [Decimal]
    public var curves: [SpeedCurve]
    /// Self-hosting options of the plan without curves: nothing to vary.
    public var withoutCurves: [SelfHostingPlan]

    /// Runs every curve profile of the plan across its measured speeds, at the plan's TTFT limit.
    public static func run(_ plan: ScenarioPlan) throws(ScenarioError) -> PriceOfSpeed {
        let workload = plan.workload
        let tokens = workload.requestsPerMonth * workload.tokensPerRequest
        var apiPerMTok: [Decimal] = []
        for api in plan.api {
            let cost = try APICost.monthly(workload, api.prices).monthly
            apiPerMTok.append(tokens > 0 ? cost / tokens * 1_000_000 : 0)
        }
        var curves: [SpeedCurve] = []
        var without: [SelfHostingPlan] = []
        let ttft = plan.serviceLevel?.maxTTFTSeconds
        for hosting in plan.selfHosting {
            let deployment = hosting.deployment
            guard !deployment.curves.isEmpty else {
                without.append(hosting)
                continue
            }
            // Only speeds every measured shape reaches: above the slowest shape's fastest point that
            // shape drops out of the fit, and the cost would fall for want of data, not of load.
            var speeds: Set<Decimal> = []
            var limit: Decimal?
            for shape in ServiceLevelCurves.shapes(deployment.curves) {
                let points = deployment.curves.filter { ($0.inputLength, $0.outputLength) == shape }
                let front = ServiceLevelCurves.front(points, maxTTFT: ttft)
                for point in front { speeds.insert(point.tokensPerSecondPerUser) }
                let fastest = front.first?.tokensPerSecondPerUser ?? 0
                limit = min(limit ?? fastest, fastest)
            }
            var points: [SpeedPoint] = []
            for speed in speeds.sorted() where speed <= limit ?? 0 {
                if let point = try evaluate(
                    hosting, at: speed, ttft: ttft, workload: workload, tokens: tokens)
                {
                    points.append(point)
                }
            }
            var crossovers: [SpeedCrossover] = []
            for price in apiPerMTok {
                crossovers.append(
                    try crossover(
                        hosting, points: points, apiPerMTok: price, ttft: ttft, workload: workload,
                        tokens: tokens))
            }
            curves.append(SpeedCurve(hosting: hosting, points: points, crossovers: crossovers))
        }
        return PriceOfSpeed(apiPerMTok: apiPerMTok, curves: curves, withoutCurves: without)
    }

    /// The option's cost at speed `v`, or nil when no shape reaches it.
    static func evaluate(
        _ hosting: SelfHostingPlan, at speed: Decimal, ttft: Decimal?, workload: Workload, tokens: Decimal
    ) throws(ScenarioError) -> SpeedPoint? {
        let level = ServiceLevel(minTokensPerSecondPerUser: speed, maxTTFTSeconds: ttft)
        let (points, status) = ServiceLevelCurves.fitPoints(hosting.deployment, level: level)
        guard case .met = status else { return nil }
        let fit = try ThroughputModel.fit(points)
        var option = hosting.option
        option.secondsPerRequest = fit.secondsPerRequest(for: workload)
        let cost = try option.monthly(workload)
        return SpeedPoint(
            speed: speed, secondsPerRequest: option.secondsPerRequest, replicas: cost.replicas,
            monthly: cost.monthly, perMTok: tokens > 0 ? cost.monthly / tokens * 1_000_000 : 0)
    }

    /// Where the self-hosted cost first rises above the API's, by bisection to 0.1 tokens/s
    /// between the last measured speed that is cheaper and the first that is not.
    static func crossover(
        _ hosting: SelfHostingPlan, points: [SpeedPoint], apiPerMTok: Decimal, ttft: Decimal?,
        workload: Workload,
        tokens: Decimal
    ) throws(ScenarioError) -> SpeedCrossover {
        guard let firstDearer = points.firstIndex(where: { $0.perMTok > apiPerMTok }) else {
            return .selfHostingAlwaysCheaper
        }
        guard firstDearer > 0 else { return .apiAlwaysCheaper }
        var low = points[firstDearer - 1].speed
        var high = points[firstDearer].speed
        let step = Decimal(1) / 10
        while high - low > step {
            let middle = (low + high) / 2
            guard
                let point = try evaluate(hosting, at: middle, ttft: ttft, workload: workload, tokens: tokens),
                point.perMTok <= apiPerMTok
            else {
                high = middle
                continue
            }
            low = middle
        }
        return .above(low)
    }
}

import Foundation
import Pricing

/// The speed users must see: a minimum output speed per user and a maximum time to first token (SPEC §6.5).
public struct ServiceLevel: Sendable, Hashable {
    /// v*, output tokens per second each user must see; nil: any speed.
    public var minTokensPerSecondPerUser: Decimal?
    /// t*, the longest acceptable median time to first token in seconds; nil: any.
    public var maxTTFTSeconds: Decimal?

    public init(minTokensPerSecondPerUser: Decimal? = nil, maxTTFTSeconds: Decimal? = nil) {
        self.minTokensPerSecondPerUser = minTokensPerSecondPerUser
        self.maxTTFTSeconds = maxTTFTSeconds
    }
}

/// The throughput per GPU a profile reaches at one request shape at the service level.
public struct OperatingPoint: Sendable, Hashable {
    public var inputLength: Int
    public var outputLength: Int
    /// T(v*), output tokens per second per GPU.
    public var throughputPerGPU: Decimal
    /// The user speed the throughput is read at (v*, or the slowest front point's when v* is below it).
    public var tokensPerSecondPerUser: Decimal
    /// The front point at or just faster than v*.
    public var faster: CurvePoint
    /// The front point just slower than v*, when T was interpolated between two points.
    public var slower: CurvePoint?
}

/// A request shape that cannot meet the level, and the best speed it reaches.
public struct ShapeShortfall: Sendable, Hashable {
    public var inputLength: Int
    public var outputLength: Int
    /// The fastest user speed among the points within the TTFT limit; nil when no point is.
    public var fastestTokensPerSecondPerUser: Decimal?
    /// The shortest median TTFT the shape measured, for "no point meets the TTFT limit".
    public var shortestTTFTSeconds: Decimal
    /// The level's TTFT limit it is held against, so the shortest TTFT can be shown apart from it.
    public var maxTTFTSeconds: Decimal? = nil
}

/// How a profile stands against a scenario's service level.
public enum ServiceLevelStatus: Sendable, Hashable {
    /// No service level: max-load points (`measured`, or each curve's highest throughput).
    case notApplied
    /// The level is met at these shapes (others, if any, fall short and were left out of the fit).
    case met(points: [OperatingPoint], shortfalls: [ShapeShortfall])
    /// No measured shape meets the level.
    case unmet(shortfalls: [ShapeShortfall])
    /// The profile has only max-load points: its latency is unknown, so it is priced at full load.
    case latencyNotMeasured

    /// The fastest user speed any shape reaches within the TTFT limit, for "reaches … tokens/s".
    public var bestSpeed: Decimal? {
        guard case .unmet(let shortfalls) = self else { return nil }
        return shortfalls.compactMap(\.fastestTokensPerSecondPerUser).max()
    }
}

/// Turns measured curves into the points the throughput fit takes, at a service level (SPEC §6.5).
public enum ServiceLevelCurves {
    /// The request shapes of a profile's curves, in the order first measured.
    public static func shapes(_ curves: [CurvePoint]) -> [(input: Int, output: Int)] {
        var seen: [(input: Int, output: Int)] = []
        for point in curves where !seen.contains(where: { $0 == (point.inputLength, point.outputLength) }) {
            seen.append((point.inputLength, point.outputLength))
        }
        return seen
    }

    /// The Pareto front of one shape's points within the TTFT limit, fastest first.
    ///
    /// Sorted by user speed descending (higher throughput first on a tie), a point stays when its
    /// throughput per GPU exceeds that of every faster point, so throughput rises as speed falls.
    public static func front(_ points: [CurvePoint], maxTTFT: Decimal? = nil) -> [CurvePoint] {
        let kept = points.filter { point in maxTTFT.map { point.ttftSeconds <= $0 } ?? true }
        let sorted = kept.sorted {
            if $0.tokensPerSecondPerUser != $1.tokensPerSecondPerUser {
                return $0.tokensPerSecondPerUser > $1.tokensPerSecondPerUser
            }
            if $0.outputTokensPerSecondPerGPU != $1.outputTokensPerSecondPerGPU {
                return $0.outputTokensPerSecondPerGPU > $1.outputTokensPerSecondPerGPU
            }
            return $0.concurrency < $1.concurrency
        }
        var front: [CurvePoint] = []
        for point in sorted
        where front.last.map({ point.outputTokensPerSecondPerGPU > $0.outputTokensPerSecondPerGPU }) ?? true {
            front.append(point)
        }
        return front
    }

    /// T(v*) on a front (fastest first): linear in user speed between the two points that bracket
    /// v*, the slowest point's throughput below it, nil above the fastest point.
    public static func throughput(on front: [CurvePoint], atSpeed speed: Decimal?) -> OperatingPoint? {
        guard let fastest = front.first, let slowest = front.last else { return nil }
        guard let speed else {
            return OperatingPoint(
                inputLength: slowest.inputLength, outputLength: slowest.outputLength,
                throughputPerGPU: slowest.outputTokensPerSecondPerGPU,
                tokensPerSecondPerUser: slowest.tokensPerSecondPerUser, faster: slowest, slower: nil)
        }
        if speed > fastest.tokensPerSecondPerUser { return nil }
        if speed <= slowest.tokensPerSecondPerUser {
            return OperatingPoint(
                inputLength: slowest.inputLength, outputLength: slowest.outputLength,
                throughputPerGPU: slowest.outputTokensPerSecondPerGPU,
                tokensPerSecondPerUser: slowest.tokensPerSecondPerUser, faster: slowest, slower: nil)
        }
        if let exact = front.first(where: { $0.tokensPerSecondPerUser == speed }) {
            return OperatingPoint(
                inputLength: exact.inputLength, outputLength: exact.outputLength,
                throughputPerGPU: exact.outputTokensPerSecondPerGPU, tokensPerSecondPerUser: speed,
                faster: exact, slower: nil)
        }
        for index in front.indices.dropLast() {
            let upper = front[index]
            let lower = front[index + 1]
            guard speed <= upper.tokensPerSecondPerUser, speed >= lower.tokensPerSecondPerUser else {
                continue
            }
            // T = T_slow + (T_fast − T_slow)·(v* − v_slow)/(v_fast − v_slow); the front's speeds are
            // distinct. Multiplied before the one division, so whole-number cases stay exact.
            let throughput =
                lower.outputTokensPerSecondPerGPU
                + (upper.outputTokensPerSecondPerGPU - lower.outputTokensPerSecondPerGPU)
                * (speed - lower.tokensPerSecondPerUser)
                / (upper.tokensPerSecondPerUser - lower.tokensPerSecondPerUser)
            return OperatingPoint(
                inputLength: upper.inputLength, outputLength: upper.outputLength,
                throughputPerGPU: throughput,
                tokensPerSecondPerUser: speed, faster: upper, slower: lower)
        }
        return nil
    }

    /// The profile's points for the fit at `level`, and how it stands against the level.
    ///
    /// Each operating point becomes a replica throughput T·G at its shape, so the fit's
    /// s = O/(T·G) is SPEC §6.5's s_k. Without a level, `measured` is used when present, else
    /// each curve shape's highest throughput (the front's slowest point).
    public static func fitPoints(_ deployment: Deployment, level: ServiceLevel?) -> (
        [ThroughputPoint], ServiceLevelStatus
    ) {
        let g = Decimal(deployment.gpusPerReplica)
        guard let level else {
            if !deployment.measured.isEmpty || deployment.curves.isEmpty {
                return (deployment.measured, .notApplied)
            }
            let points = shapes(deployment.curves).compactMap { shape -> ThroughputPoint? in
                let front = front(deployment.curves.filter { ($0.inputLength, $0.outputLength) == shape })
                return front.last.map {
                    ThroughputPoint(
                        inputLength: shape.input, outputLength: shape.output,
                        outputTokensPerSecond: $0.outputTokensPerSecondPerGPU * g)
                }
            }
            return (points, .notApplied)
        }
        guard !deployment.curves.isEmpty else { return (deployment.measured, .latencyNotMeasured) }
        var met: [OperatingPoint] = []
        var shortfalls: [ShapeShortfall] = []
        for shape in shapes(deployment.curves) {
            let all = deployment.curves.filter { ($0.inputLength, $0.outputLength) == shape }
            let front = front(all, maxTTFT: level.maxTTFTSeconds)
            if let point = throughput(on: front, atSpeed: level.minTokensPerSecondPerUser) {
                met.append(point)
            } else {
                shortfalls.append(
                    ShapeShortfall(
                        inputLength: shape.input, outputLength: shape.output,
                        fastestTokensPerSecondPerUser: front.first?.tokensPerSecondPerUser,
                        shortestTTFTSeconds: all.map(\.ttftSeconds).min() ?? 0,
                        maxTTFTSeconds: level.maxTTFTSeconds))
            }
        }
        guard !met.isEmpty else { return ([], .unmet(shortfalls: shortfalls)) }
        let points = met.map {
            ThroughputPoint(
                inputLength: $0.inputLength, outputLength: $0.outputLength,
                outputTokensPerSecond: $0.throughputPerGPU * g)
        }
        return (points, .met(points: met, shortfalls: shortfalls))
    }
}

extension ThroughputModel {
    /// A profile's time model at a service level, and how the profile stands against it.
    ///
    /// An unmet level gives no model (nil); a max-load-only or estimated profile is fitted at
    /// full load and marked `latencyNotMeasured`.
    public static func profile(
        _ deployment: Deployment, gpu: GPU, serviceLevel: ServiceLevel?
    ) throws(ScenarioError) -> (FittedThroughput?, ServiceLevelStatus) {
        if deployment.estimated {
            return (
                try RooflineEstimate.throughput(deployment, gpu: gpu),
                serviceLevel == nil ? .notApplied : .latencyNotMeasured
            )
        }
        let (points, status) = ServiceLevelCurves.fitPoints(deployment, level: serviceLevel)
        if case .unmet = status { return (nil, status) }
        return (try fit(points), status)
    }
}

extension OperatingPoint {
    /// The trail from the measured front to s_k: T(v*) and the replica's throughput T·G at this shape.
    public func explain(gpusPerReplica g: Int) -> [ExplainStep] {
        let shape = "\(inputLength)/\(outputLength)"
        var steps: [ExplainStep] = []
        if let slower {
            steps.append(
                ExplainStep(
                    quantity: .throughputPerGPUAtSpeed, argument: "\(tokensPerSecondPerUser)", segment: shape,
                    formula: "T = T_slow + (T_fast − T_slow)·(v* − v_slow)/(v_fast − v_slow)",
                    substituted: FormulaText(
                        "\(slower.outputTokensPerSecondPerGPU) + (\(faster.outputTokensPerSecondPerGPU) − "
                            + "\(slower.outputTokensPerSecondPerGPU)) × (\(tokensPerSecondPerUser) − "
                            + "\(slower.tokensPerSecondPerUser)) / (\(faster.tokensPerSecondPerUser) − "
                            + "\(slower.tokensPerSecondPerUser))"),
                    result: "\(throughputPerGPU)"))
        } else {
            steps.append(
                ExplainStep(
                    quantity: .throughputPerGPUMeasured, argument: "\(faster.concurrency)", segment: shape,
                    formula: "\(word: .frontPoint)", substituted: "\(faster.outputTokensPerSecondPerGPU)",
                    result: "\(throughputPerGPU)"))
        }
        let replica = throughputPerGPU * Decimal(g)
        steps.append(
            ExplainStep(
                quantity: .replicaSecondsAtServiceLevel, segment: shape,
                formula: "s_k = O_k / (T·G)",
                substituted: "\(outputLength) / (\(throughputPerGPU) × \(g))",
                result: "\(Decimal(outputLength) / replica)"))
        return steps
    }
}

import Foundation
import Pricing

/// A volume expressed three ways: requests, tokens, and a multiple of today's volume.
public struct Volume: Sendable, Hashable {
    public var requestsPerMonth: Decimal
    /// requests · (I + O).
    public var tokensPerMonth: Decimal
    /// requests / R; nil when the current volume R is zero.
    public var multipleOfCurrent: Decimal?
}

/// Where self-hosting starts to pay, or why it never does.
public enum BreakEvenOutcome: Sendable, Hashable {
    /// Self-hosting is cheaper from `first`, and at every volume from `always` (equal when no dip follows).
    case breaksEven(first: Volume, firstReplicas: Int, always: Volume, alwaysReplicas: Int)
    /// Self-hosting is never cheaper: a = 0, or one full replica costs at least what the API charges for it.
    case never(reason: NeverReason, apiPerMTok: Decimal, selfHostingPerMTokAtFullUtilization: Decimal)
}

/// The break-even analysis with the constants it rests on.
public struct BreakEven: Sendable, Hashable {
    /// a, API cost per request.
    public var apiPerRequest: Decimal
    /// C, one replica's running cost per month (without F).
    public var perReplica: Decimal
    /// F, fixed monthly cost of self-hosting.
    public var fixed: Decimal
    /// R_1, the most requests a month one replica serves.
    public var oneReplicaCapacity: Decimal
    /// V = a·R_1, what the API charges for one replica's full capacity.
    public var apiValueOfOneReplica: Decimal
    public var outcome: BreakEvenOutcome
    /// The workload and option the constants were computed from, kept for `explain`.
    var workload: Workload
    var option: SelfHostingOption

    /// How each constant and volume was reached.
    ///
    /// Built on demand: writing every exact value out as text costs far more than the
    /// arithmetic, and only `--explain` shows it.
    public var explain: [ExplainStep] {
        let (a, c, f, r1, v, m) = (
            apiPerRequest, perReplica, fixed, oneReplicaCapacity, apiValueOfOneReplica, option.minReplicas
        )
        var explain = [
            ExplainStep(quantity: .apiCostPerRequest, formula: "a", substituted: "a", result: "\(a)"),
            ExplainStep(
                quantity: .replicaPerMonth, formula: "C", substituted: "\(word: .replicaCostWithoutFixed)",
                result: "\(c)"),
            ExplainStep(quantity: .fixedPerMonth, formula: "F", substituted: "F", result: "\(f)"),
            ExplainStep(
                quantity: .replicaCapacity, formula: "R_1 = h·3600·u / (s·p)",
                substituted: """
                    \(workload.servingHoursPerMonth) × 3600 × \(option.utilization) / \
                    (\(option.secondsPerRequest) × \(workload.peakToAverage))
                    """,
                result: "\(r1)"),
            ExplainStep(
                quantity: .apiCostOfReplicaCapacity, formula: "V = a·R_1",
                substituted: "\(a) × \(r1)",
                result: "\(v)"),
        ]
        switch outcome {
        case .never(.beyondAnyFleet, _, _):
            explain.append(
                ExplainStep(
                    quantity: .breakEven, formula: "\(word: .neverBeyondAnyFleet)",
                    substituted: "\(f) / (\(v) − \(c))", result: "", never: .beyondAnyFleet))
        case .never:
            explain.append(
                ExplainStep(
                    quantity: .breakEven, formula: "\(word: .neverFreeOrNotCheaper)",
                    substituted: "\(v) ≤ \(c)",
                    result: "", never: a == 0 ? .apiFree : .replicaNotCheaper))
        case .breaksEven(let firstVolume, let kStar, let alwaysVolume, let kAlways):
            let (first, always) = (firstVolume.requestsPerMonth, alwaysVolume.requestsPerMonth)
            let q = (f + v) / (v - c)
            let qCeiling = DecimalMath.ceilingInt(q).map { "\($0)" } ?? "\(DecimalMath.ceiling(q))"
            explain += [
                ExplainStep(
                    quantity: .firstBreakEvenReplicas, formula: "k* = max(m, ceil(F / (V − C)))",
                    substituted: "max(\(m), ceil(\(f) / (\(v) − \(c))))", result: "\(kStar)"),
                ExplainStep(
                    quantity: .firstBreakEvenVolume, formula: "R* = (F + k*·C) / a",
                    substituted: "(\(f) + \(kStar) × \(c)) / \(a)", result: "\(first)"),
                ExplainStep(
                    quantity: .dipBound, formula: "q = (F + V) / (V − C)",
                    substituted: "(\(f) + \(v)) / (\(v) − \(c))",
                    result: "\(q)"),
                ExplainStep(
                    quantity: .alwaysCheaperReplicas, formula: "K = max(k*, ceil(q) − 1)",
                    substituted: "max(\(kStar), \(qCeiling) − 1)", result: "\(kAlways)"),
                ExplainStep(
                    quantity: .alwaysCheaperVolume, formula: "X = (F + K·C) / a",
                    substituted: "(\(f) + \(kAlways) × \(c)) / \(a)", result: "\(always)"),
            ]
        }
        return explain
    }

    /// Finds R* and X for the workload's request shape (SPEC §3, break-even volume).
    ///
    /// "Cheaper" means self-hosting cost ≤ API cost. k* = max(m, ceil(F/(V−C))),
    /// R* = (F + k*·C)/a; q = (F+V)/(V−C), K = max(k*, ceil(q) − 1), X = (F + K·C)/a.
    public static func analyse(
        _ workload: Workload, prices: PriceSet, selfHosting option: SelfHostingOption
    ) throws(ScenarioError) -> BreakEven {
        try analyse(workload, api: APICost.monthly(workload, prices), selfHosting: option)
    }

    /// As `analyse(_:prices:selfHosting:)`, with the workload already priced on the API.
    static func analyse(
        _ workload: Workload, api: APICostBreakdown, selfHosting option: SelfHostingOption
    ) throws(ScenarioError) -> BreakEven {
        try option.validate()
        let a = api.perRequest
        let c = option.perReplicaMonthly(workload)
        let f = option.fixedMonthly
        let r1 = option.capacity(replicas: 1, workload)
        let v = a * r1
        let m = option.minReplicas
        let tokens = workload.tokensPerRequest
        let million: Decimal = 1_000_000
        func volume(_ requests: Decimal) -> Volume {
            let current = workload.requestsPerMonth
            return Volume(
                requestsPerMonth: requests, tokensPerMonth: requests * tokens,
                multipleOfCurrent: current > 0 ? requests / current : nil)
        }
        if a == 0 || v <= c {
            let apiPerMTok = a / tokens * million
            let selfPerMTok = c / (r1 * tokens) * million
            let reason =
                a == 0 ? NeverReason.apiFree : .replicaNotCheaper
            return BreakEven(
                apiPerRequest: a, perReplica: c, fixed: f, oneReplicaCapacity: r1, apiValueOfOneReplica: v,
                outcome: .never(
                    reason: reason, apiPerMTok: apiPerMTok, selfHostingPerMTokAtFullUtilization: selfPerMTok),
                workload: workload, option: option)
        }
        let margin = v - c
        guard let ratioCeiling = DecimalMath.ceilingInt(f / margin),
            let qCeiling = DecimalMath.ceilingInt((f + v) / margin)
        else {
            // F/(V−C) beyond Int32: break-even lies past any fleet llmcost sizes, so say "never".
            return BreakEven(
                apiPerRequest: a, perReplica: c, fixed: f, oneReplicaCapacity: r1, apiValueOfOneReplica: v,
                outcome: .never(
                    reason: .beyondAnyFleet, apiPerMTok: a / tokens * million,
                    selfHostingPerMTokAtFullUtilization: c / (r1 * tokens) * million),
                workload: workload, option: option)
        }
        let kStar = max(m, ratioCeiling)
        let first = (f + Decimal(kStar) * c) / a
        let kAlways = max(kStar, qCeiling - 1)
        let always = (f + Decimal(kAlways) * c) / a
        return BreakEven(
            apiPerRequest: a, perReplica: c, fixed: f, oneReplicaCapacity: r1, apiValueOfOneReplica: v,
            outcome: .breaksEven(
                first: volume(first), firstReplicas: kStar, always: volume(always), alwaysReplicas: kAlways),
            workload: workload, option: option)
    }
}

import Foundation
import Pricing

/// One volume of a sweep: both monthly costs and which is cheaper.
public struct SweepRow: Sendable, Hashable {
    /// Why the row is there.
    public enum Kind: Sendable, Hashable {
        /// A 1-2-5 point of the logarithmic grid (or an end of the range).
        case grid
        /// R_k rounded down to a whole request, the most `k` replicas serve; above it, replica k + 1.
        case replicaStep(Int)
        /// A volume at which both options cost exactly the same, (F + k·C)/a inside k's block.
        case breakEven
        /// The scenario's current volume.
        case current
    }

    public var requestsPerMonth: Decimal
    public var kind: Kind
    public var replicas: Int
    public var api: Decimal
    public var selfHosting: Decimal
    /// self-hosting ≤ API (SPEC's "cheaper").
    public var selfHostingCheaper: Bool
    /// The cheaper side differs from the row before, or the row is an exact break-even.
    public var crossover: Bool
}

/// Both costs across volumes on a log grid, with every replica step and crossover in range.
public struct VolumeSweep: Sendable, Hashable {
    public var from: Decimal
    public var to: Decimal
    public var rows: [SweepRow]
    /// Replica steps in range that were left out (more than `maxSteps`; only those around the crossovers stay).
    public var omittedSteps: Int

    /// At most this many replica-step rows; beyond it, the steps from k* − 1 to K + 1 are kept.
    public static let maxSteps = 60

    /// The default range: from a power of ten at least 10× below the smallest of today's volume,
    /// R₁ and the break-even volumes, to one at least 10× above the largest.
    public static func automaticRange(_ breakEven: BreakEven, current: Decimal) -> (Decimal, Decimal) {
        var volumes = [current, breakEven.oneReplicaCapacity]
        if case .breaksEven(let first, _, let always, _) = breakEven.outcome {
            volumes += [first.requestsPerMonth, always.requestsPerMonth]
        }
        let positive = volumes.filter { $0 > 0 }
        let smallest = positive.min() ?? 1
        let largest = positive.max() ?? 1
        var from: Decimal = 1
        while from * 10 <= smallest / 10 { from *= 10 }
        var to: Decimal = 10
        while to < largest * 10 { to *= 10 }
        // No further than the largest fleet llmcost sizes (2^31 − 2 replicas, less one for rounding):
        // a break-even that needs nearly that many replicas would otherwise push the sweep past it.
        let sizable = breakEven.oneReplicaCapacity * Decimal(Int32.max - 2)
        if sizable > from * 10 { to = min(to, sizable) }
        return (from, max(to, from * 10))
    }

    /// Sweeps `from`…`to` (0 < from < to) with the same engine calls as `compare`.
    public static func run(
        _ workload: Workload, prices: PriceSet, selfHosting option: SelfHostingOption, from: Decimal,
        to: Decimal
    ) throws(ScenarioError) -> VolumeSweep {
        try Check.positive(from, "sweep from")
        if to <= from { throw .outOfRange(field: "sweep to", value: to, lower: from, upper: to) }
        let breakEven = try BreakEven.analyse(workload, prices: prices, selfHosting: option)
        var volumes: [(Decimal, SweepRow.Kind)] = []
        // 1-2-5 per decade.
        var decade: Decimal = 1
        while decade * 10 <= from { decade *= 10 }
        volumes.append((from, .grid))
        outer: while true {
            for multiple in [1, 2, 5] as [Decimal] {
                let volume = decade * multiple
                if volume > to { break outer }
                if volume > from { volumes.append((volume, .grid)) }
            }
            decade *= 10
        }
        if volumes.last?.0 != to { volumes.append((to, .grid)) }
        let current = workload.requestsPerMonth
        if current >= from && current <= to { volumes.append((current, .current)) }

        var steps: [Int] = []
        let r1 = breakEven.oneReplicaCapacity
        var omitted = 0
        if r1 > 0, let firstK = DecimalMath.ceilingInt(from / r1), let lastK = DecimalMath.ceilingInt(to / r1)
        {
            let low = max(option.minReplicas, firstK)
            let high = lastK - 1
            if high >= low {
                if high - low + 1 <= maxSteps {
                    steps = Array(low...high)
                } else {
                    var keepLow = low
                    var keepHigh = low + maxSteps - 1
                    if case .breaksEven(_, let kStar, _, let kAlways) = breakEven.outcome {
                        keepLow = max(low, kStar - 1)
                        keepHigh = min(high, max(kAlways + 1, keepLow), keepLow + maxSteps - 1)
                    }
                    if keepHigh >= keepLow { steps = Array(keepLow...keepHigh) }
                    omitted = (high - low + 1) - steps.count
                }
            }
        }
        for k in steps {
            // The whole number of requests at or just below R_k, so the row shows k replicas even
            // where R_k does not terminate in decimal (R_k·s·p/(h·3600·u) can then land a hair above k).
            var exact = option.capacity(replicas: k, workload)
            var volume = Decimal()
            NSDecimalRound(&volume, &exact, 0, .down)
            if volume >= from && volume <= to { volumes.append((volume, .replicaStep(k))) }
        }
        if case .breaksEven(_, let kStar, _, let kAlways) = breakEven.outcome, breakEven.apiPerRequest > 0 {
            for k in kStar...max(kStar, kAlways) {
                let volume = (breakEven.fixed + Decimal(k) * breakEven.perReplica) / breakEven.apiPerRequest
                let lower = option.capacity(replicas: k - 1, workload)
                let upper = option.capacity(replicas: k, workload)
                if volume > lower || k == option.minReplicas, volume <= upper, volume >= from, volume <= to {
                    volumes.append((volume, .breakEven))
                }
            }
        }
        // Sort by volume; at the same volume keep one row, preferring break-even, then step, current, grid.
        func rank(_ kind: SweepRow.Kind) -> Int {
            switch kind {
            case .breakEven: 0
            case .replicaStep: 1
            case .current: 2
            case .grid: 3
            }
        }
        volumes.sort { $0.0 != $1.0 ? $0.0 < $1.0 : rank($0.1) < rank($1.1) }
        var rows: [SweepRow] = []
        for (volume, kind) in volumes where rows.last?.requestsPerMonth != volume {
            let at = workload.with(requestsPerMonth: volume)
            let api = try APICost.monthly(at, prices).monthly
            let cost = try option.monthly(at)
            let cheaper = cost.monthly <= api
            let changed = rows.last.map { $0.selfHostingCheaper != cheaper } ?? false
            rows.append(
                SweepRow(
                    requestsPerMonth: volume, kind: kind, replicas: cost.replicas, api: api,
                    selfHosting: cost.monthly, selfHostingCheaper: cheaper,
                    crossover: changed || kind == .breakEven))
        }
        return VolumeSweep(from: from, to: to, rows: rows, omittedSteps: omitted)
    }
}

/// Both monthly costs at one volume of a dense sweep.
public struct SweepPoint: Sendable, Hashable {
    /// Whole requests a month.
    public var requestsPerMonth: Int
    public var replicas: Int
    public var api: Decimal
    public var selfHosting: Decimal
    /// self-hosting ≤ API (SPEC's "cheaper").
    public var selfHostingCheaper: Bool
}

extension VolumeSweep {
    /// Both monthly costs at `count` evenly spaced whole-request volumes from `from` to `to`.
    ///
    /// The same figures as `APICost.monthly(…).monthly` and `SelfHostingOption.monthly(…)` at each
    /// volume: the API cost a·R and the fleet's N·C + F are exact on `ScaledDecimal` when a, C and
    /// F have at most 18 significant digits (an owned fleet's C = price / months usually does not
    /// terminate; it then takes the `Decimal` path at every volume). The fleet
    /// N = max(m, ⌈R·s·p / (h·3600·u)⌉) is exact on integers when s·p and h·3600·u fit; a fitted
    /// s rarely does, and then N is read from a `Double` quotient wherever that lies more than a
    /// billionth from a whole number (its error is ~1e-15, the engine's `Decimal` ~1e-37, so both
    /// round up to the same N) and computed by the engine itself at every other volume.
    public static func dense(
        _ workload: Workload, prices: PriceSet, selfHosting option: SelfHostingOption, from: Int, to: Int,
        count: Int
    ) throws(ScenarioError) -> [SweepPoint] {
        try Check.nonNegative(Decimal(from), "sweep from")
        if to <= from {
            throw .outOfRange(field: "sweep to", value: Decimal(to), lower: Decimal(from), upper: Decimal(to))
        }
        try Check.range(Decimal(count), "sweep points", 2, 10_000_000)
        try workload.validate()
        try option.validate()
        let load = option.secondsPerRequest * workload.peakToAverage
        let capacity = workload.servingHoursPerMonth * 3600 * option.utilization
        let exactLoad = ScaledDecimal(load)
        let exactCapacity = ScaledDecimal(capacity)
        let loadPerCapacity = DecimalMath.double(load) / DecimalMath.double(capacity)
        let a = try APICost.monthly(workload, prices).perRequest
        let exactCosts = ScaledDecimal(a).flatMap { a in
            ScaledDecimal(option.perReplicaMonthly(workload)).flatMap { perReplica in
                ScaledDecimal(option.fixedMonthly).map { (a: a, perReplica: perReplica, fixed: $0) }
            }
        }

        /// ⌈R·s·p / (h·3600·u)⌉ as the engine computes it, or nil where only the engine can say.
        func needed(_ volume: Int) -> Int? {
            if let exactLoad, let exactCapacity,
                let needed = exactLoad.times(Int64(volume))?.ceilingQuotient(exactCapacity)
            {
                return needed < Int64(Int32.max) ? Int(needed) : nil
            }
            let quotient = Double(volume) * loadPerCapacity
            guard quotient < Double(Int32.max), abs(quotient - quotient.rounded()) > 1e-9 * max(1, quotient)
            else { return nil }
            return Int(quotient.rounded(.up))
        }

        let span = to - from
        let steps = count - 1
        var points: [SweepPoint] = []
        points.reserveCapacity(count)
        for index in 0..<count {
            // from + span·index/steps without overflowing span·index.
            let volume = from + span / steps * index + span % steps * index / steps
            let at = workload.with(requestsPerMonth: Decimal(volume))
            let replicas: Int
            if let count = needed(volume) {
                replicas = max(option.minReplicas, count)
            } else {
                replicas = try option.replicas(for: at)
            }
            if let exactCosts, let api = exactCosts.a.times(Int64(volume)),
                let selfHosting = exactCosts.perReplica.times(Int64(replicas))?.plus(exactCosts.fixed),
                let cheaper = selfHosting.isAtMost(api)
            {
                points.append(
                    SweepPoint(
                        requestsPerMonth: volume, replicas: replicas, api: api.decimal,
                        selfHosting: selfHosting.decimal, selfHostingCheaper: cheaper))
                continue
            }
            let api = try APICost.monthly(at, prices).monthly
            let cost = try option.monthly(at)
            points.append(
                SweepPoint(
                    requestsPerMonth: volume, replicas: cost.replicas, api: api, selfHosting: cost.monthly,
                    selfHostingCheaper: cost.monthly <= api))
        }
        return points
    }
}

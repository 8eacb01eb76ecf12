import Foundation
import Pricing

/// P10, P50 and P90 of a simulated figure, by nearest rank.
public struct Percentiles: Sendable, Hashable {
    public var p10: Double
    public var p50: Double
    public var p90: Double

    /// The p-th percentile of `sorted` (ascending) by nearest rank: the ⌈p·N/100⌉-th value, 1-based.
    public static func nearestRank(_ percent: Int, of sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = max(1, (percent * sorted.count + 99) / 100)
        return sorted[min(sorted.count, rank) - 1]
    }

    init(sorted: [Double]) {
        p10 = Self.nearestRank(10, of: sorted)
        p50 = Self.nearestRank(50, of: sorted)
        p90 = Self.nearestRank(90, of: sorted)
    }
}

/// One option's simulated monthly cost at the current volume.
public struct SimulatedOption: Sendable, Hashable {
    public var label: String
    public var id: OptionID
    public var isAPI: Bool
    public var monthly: Percentiles
}

/// The result of a Monte Carlo run over a scenario's ranges, in double precision.
public struct Simulation: Sendable, Hashable {
    public var samples: Int
    public var seed: UInt64
    /// The ranges drawn, in the order they are drawn for each sample.
    public var ranges: [ScenarioRange]
    public var options: [SimulatedOption]
    public var apiLabel: String
    public var selfHostingLabel: String
    public var selfHostingID: OptionID
    /// The first break-even volume (requests a month); +∞ is "never".
    public var breakEven: Percentiles
    /// The share of draws in which self-hosting never breaks even.
    public var neverShare: Decimal
    public var npvOfSwitching: Percentiles
    /// API − self-hosting per month at the current volume.
    public var saving: Percentiles
    /// Draws in which self-hosting costs at most the API at the current volume, over all draws (exact).
    public var probabilitySelfHostingCheaper: Decimal
    /// A histogram of the monthly saving: bin lower edges, the bin width and counts.
    public var histogram: Histogram

    /// Equal-width bins from the smallest to the largest saving.
    public struct Histogram: Sendable, Hashable {
        public var lower: Double
        public var width: Double
        public var counts: [Int]
    }

    /// Draws `samples` scenarios from the ranges and evaluates every option and the chosen pair.
    ///
    /// Each sample draws the ranges in file order from one xoshiro256** stream seeded with `seed`.
    /// A range's draw replaces the planned value: amounts are multiplied by the plan's currency
    /// factor, requests per day by 365/12. Everything after the draw mirrors the exact engine in
    /// `Double` (see docs/method.md, "Simulation"), using only +, −, ×, ÷ and √, which IEEE 754
    /// rounds the same way on every platform.
    public static func run(
        _ plan: ScenarioPlan, api: Int, selfHosting: Int, samples: Int, seed: UInt64
    ) throws(ScenarioError) -> Simulation {
        try Check.range(Decimal(samples), "samples", 1, 10_000_000)
        guard plan.api.indices.contains(api), plan.selfHosting.indices.contains(selfHosting) else {
            throw .unfittable(reason: "the simulation needs one api and one self-hosting option")
        }
        try plan.workload.validate()
        // The sampled model prices one request shape; a mix would be priced at its means, wrongly.
        if plan.workload.isMixed { throw .mixedShapes(computation: "simulate") }
        for hosting in plan.selfHosting { try hosting.option.validate() }
        let base = DoubleModel(plan)
        for range in plan.scenario.ranges where range.input == .serviceSpeed {
            // Throughput falls as speed rises, so a level met at the range's high is met at every draw.
            for host in base.hosts {
                guard let (deployment, level) = host.serviceCurves else { continue }
                var fastest = level
                fastest.minTokensPerSecondPerUser = range.range.high
                let status = ServiceLevelCurves.fitPoints(deployment, level: fastest).1
                if case .met = status { continue }
                throw .rangeBeyondReach(path: range.path, high: range.range.high, deployment: deployment.id)
            }
        }
        var generator = Xoshiro256StarStar(seed: seed)
        let ranges = plan.scenario.ranges
        let draws = ranges.map { range in
            (
                range.input, range.range.low.double, range.range.mode.double, range.range.high.double
            )
        }
        let factor = plan.scenarioCurrencyFactor.double
        let optionCount = base.apis.count + base.hosts.count
        var monthly = [[Double]](repeating: [], count: optionCount)
        for index in monthly.indices { monthly[index].reserveCapacity(samples) }
        var breakEvens: [Double] = []
        var npvs: [Double] = []
        var savings: [Double] = []
        breakEvens.reserveCapacity(samples)
        npvs.reserveCapacity(samples)
        savings.reserveCapacity(samples)
        var cheaper = 0
        var never = 0
        for _ in 0..<samples {
            var model = base
            for (input, low, mode, high) in draws {
                let value = generator.triangular(low: low, mode: mode, high: high)
                model.apply(input, value, currencyFactor: factor)
            }
            try model.refitAtDrawnSpeed()
            let shape = model.shape()
            for (index, option) in model.apis.enumerated() {
                monthly[index].append(option.perRequest(shape) * model.requests)
            }
            for (index, host) in model.hosts.enumerated() {
                monthly[model.apis.count + index].append(host.monthly(model, shape: shape))
            }
            let apiCost = monthly[api].last ?? 0
            let selfCost = monthly[model.apis.count + selfHosting].last ?? 0
            if selfCost <= apiCost { cheaper += 1 }
            savings.append(apiCost - selfCost)
            let a = model.apis[api].perRequest(shape)
            let host = model.hosts[selfHosting]
            let point = host.breakEven(model, shape: shape, a: a)
            if point == .infinity { never += 1 }
            breakEvens.append(point)
            npvs.append(host.npvOfSwitching(model, shape: shape, a: a))
        }
        let labels =
            plan.api.map { ($0.label, $0.id, true) } + plan.selfHosting.map { ($0.label, $0.id, false) }
        let options = zip(labels, monthly).map { label, values in
            SimulatedOption(
                label: label.0, id: label.1, isAPI: label.2, monthly: Percentiles(sorted: values.sorted()))
        }
        let sortedSavings = savings.sorted()
        return Simulation(
            samples: samples, seed: seed, ranges: ranges, options: options, apiLabel: plan.api[api].label,
            selfHostingLabel: plan.selfHosting[selfHosting].label,
            selfHostingID: plan.selfHosting[selfHosting].id,
            breakEven: Percentiles(sorted: breakEvens.sorted()),
            neverShare: Decimal(never) / Decimal(samples),
            npvOfSwitching: Percentiles(sorted: npvs.sorted()), saving: Percentiles(sorted: sortedSavings),
            probabilitySelfHostingCheaper: Decimal(cheaper) / Decimal(samples),
            histogram: histogram(sortedSavings, bins: 30))
    }

    static func histogram(_ sorted: [Double], bins: Int) -> Histogram {
        guard let lower = sorted.first, let upper = sorted.last, upper > lower else {
            return Histogram(lower: sorted.first ?? 0, width: 0, counts: [sorted.count])
        }
        let width = (upper - lower) / Double(bins)
        var counts = [Int](repeating: 0, count: bins)
        for value in sorted {
            // Clamped in `Double` first: `Int` of a NaN or an infinity would trap.
            let position = (value - lower) / width
            let clamped = position.isNaN ? 0 : min(Double(bins - 1), max(0, position))
            counts[Int(clamped)] += 1
        }
        return Histogram(lower: lower, width: width, counts: counts)
    }
}

extension Decimal {
    /// The nearest `Double`, for the simulation only: parsed from the exact text, which
    /// rounds correctly on every platform (Foundation's own conversion need not).
    var double: Double { Double(description) ?? NSDecimalNumber(decimal: self).doubleValue }
}

/// The request shape of one draw, shared by every option.
struct Shape {
    var input: Double
    var output: Double
    var cached: Double
    var batch: Double
    /// Whether I or O was drawn; if not, s is the plan's.
    var drawn: Bool
}

/// The exact engine's formulas in `Double`, for the simulation's inner loop.
struct DoubleModel {
    struct API {
        var inputPerMTok: Double
        var cachedPerMTok: Double?
        var outputPerMTok: Double
        var batchDiscount: Double
        /// (above input tokens, input, cached, output), highest threshold first.
        var tiers: [(Double, Double, Double?, Double)]
        /// w, the share of input written into the cache (not drawn), and p_write of the base
        /// prices and of each tier (p_in where absent).
        var writeShare: Double = 0
        var writePerMTok: Double?
        var tierWrites: [Double?] = []

        /// a = (I·((1−c−w)·p_in + c·p_cached + w·p_write) + O·p_out) / 1,000,000 · (1 − b·d), tier by I.
        func perRequest(_ shape: Shape) -> Double {
            var pIn = inputPerMTok
            var pCached = cachedPerMTok ?? inputPerMTok
            var pWrite = writePerMTok ?? inputPerMTok
            var pOut = outputPerMTok
            if let index = tiers.firstIndex(where: { shape.input > $0.0 }) {
                let tier = tiers[index]
                pIn = tier.1
                pCached = tier.2 ?? tier.1
                pWrite = (index < tierWrites.count ? tierWrites[index] : nil) ?? tier.1
                pOut = tier.3
            }
            let (c, w) = (shape.cached, writeShare)
            return (shape.input * ((1 - c - w) * pIn + c * pCached + w * pWrite) + shape.output * pOut)
                / 1_000_000 * (1 - shape.batch * batchDiscount)
        }
    }

    struct Host {
        var prefill: Double?
        var decode: Double?
        var context: Double?
        var gpus: Double
        var minReplicas: Double
        var utilization: Double
        var owned: Bool
        var rate: Double
        var installed: Double
        var amortizationMonths: Double
        var kwPerGPU: Double
        var pue: Double
        var pricePerKWh: Double
        var hosting: Double

        /// The plan's exact s at the scenario's shape, used while the shape is not drawn.
        var planSeconds: Double
        /// The profile and level to refit at a drawn user speed; nil without curves at a level.
        var serviceCurves: (Deployment, ServiceLevel)?
        /// True once P, D, K were refitted at a drawn speed: s then comes from them.
        var refitted = false

        /// s = I/P + O/D + O·(I + O/2)/K.
        func seconds(_ shape: Shape) -> Double {
            guard shape.drawn || refitted else { return planSeconds }
            var s = 0.0
            if let p = prefill, p > 0 { s += shape.input / p }
            if let d = decode, d > 0 { s += shape.output / d }
            if let k = context, k > 0 { s += shape.output * (shape.input + shape.output / 2) / k }
            return s
        }

        /// N = max(m, ceil(R·s·p / (h·3600·u))).
        func replicas(_ requests: Double, _ model: DoubleModel, seconds: Double) -> Double {
            max(
                minReplicas,
                (requests * seconds * model.peak / (model.hours * 3600 * utilization)).rounded(.up))
        }

        var powerPerGPU: Double { kwPerGPU * pue * 730 * pricePerKWh }

        /// C: rent G·h·rate; own G·(price/amortisation + power + hosting).
        func perReplica(_ model: DoubleModel) -> Double {
            owned
                ? gpus * (installed / amortizationMonths) + gpus * powerPerGPU + gpus * hosting
                : gpus * model.hours * rate
        }

        func monthly(_ model: DoubleModel, shape: Shape) -> Double {
            replicas(model.requests, model, seconds: seconds(shape)) * perReplica(model) + model.fixed
        }

        /// R* = (F + k*·C)/a with k* = max(m, ceil(F/(V − C))); +∞ when a = 0 or V ≤ C.
        func breakEven(_ model: DoubleModel, shape: Shape, a: Double) -> Double {
            let c = perReplica(model)
            let r1 = model.hours * 3600 * utilization / (seconds(shape) * model.peak)
            let v = a * r1
            guard a > 0, v > c else { return .infinity }
            let k = max(minReplicas, (model.fixed / (v - c)).rounded(.up))
            return (model.fixed + k * c) / a
        }

        /// Σ (API_t − self_t)/(1+r)^(t/12) − one-time costs, as `CashFlow.project`.
        func npvOfSwitching(_ model: DoubleModel, shape: Shape, a: Double) -> Double {
            let s = seconds(shape)
            let cash = owned ? gpus * powerPerGPU + gpus * hosting : perReplica(model)
            let purchase = owned ? gpus * installed : 0
            let root = twelfthRoot(1 + model.discount)
            let first = replicas(model.requests, model, seconds: s)
            var fleet = owned ? first : 0
            var npv = -(model.setup + (owned ? first * purchase : 0))
            var growth = 1.0
            var factor = 1.0
            for t in 1...max(1, model.horizon) {
                if t > 1 { growth *= 1 + model.growth }
                factor *= root
                let requests = model.requests * growth
                let needed = replicas(requests, model, seconds: s)
                var bought = 0.0
                if owned, needed > fleet {
                    bought = needed - fleet
                    fleet = needed
                }
                let running = (owned ? fleet : needed) * cash + model.fixed
                npv += (a * requests - (running + bought * purchase)) / factor
            }
            return npv
        }

        /// (1+r)^(1/12) by Newton's method with +, −, ×, ÷ only, so every platform agrees.
        func twelfthRoot(_ y: Double) -> Double {
            var x = 1 + (y - 1) / 12
            for _ in 0..<60 {
                var power11 = 1.0
                for _ in 0..<11 { power11 *= x }
                let next = x - (power11 * x - y) / (12 * power11)
                if next == x { break }
                x = next
            }
            return x
        }
    }

    var requests: Double
    var input: Double
    var output: Double
    var cached: Double
    var batch: Double
    var growth: Double
    var peak: Double
    var hours: Double
    var opsFTE: Double
    var fteCost: Double
    var otherFixed: [Double]
    var setup: Double
    var discount: Double
    var horizon: Int
    var apis: [API]
    var hosts: [Host]

    /// F = ops FTE · FTE cost + other fixed items.
    var fixed: Double { otherFixed.reduce(opsFTE * fteCost, +) }

    var shapeDrawn = false
    /// v*, the service level's user speed, when a range of it was drawn.
    var speed: Double?
    var speedDrawn = false

    /// Refits every curve profile's P, D, K at the drawn speed (SPEC §6.5, then §3's fit).
    mutating func refitAtDrawnSpeed() throws(ScenarioError) {
        guard speedDrawn, let speed else { return }
        for index in hosts.indices {
            guard let (deployment, level) = hosts[index].serviceCurves else { continue }
            var moved = level
            moved.minTokensPerSecondPerUser = DecimalMath.significant(speed, digits: 12)
            let (points, status) = ServiceLevelCurves.fitPoints(deployment, level: moved)
            guard case .met = status else {
                throw .drawnSpeedBeyondReach(deployment: deployment.id, speed: speed)
            }
            let fit = try ThroughputModel.fit(points)
            hosts[index].prefill = fit.prefillTokensPerSecond?.double
            hosts[index].decode = fit.decodeTokensPerSecond?.double
            hosts[index].context = fit.contextTokensSquaredPerSecond?.double
            hosts[index].refitted = true
        }
    }

    func shape() -> Shape {
        Shape(input: input, output: output, cached: cached, batch: batch, drawn: shapeDrawn)
    }

    init(_ plan: ScenarioPlan) {
        let w = plan.workload
        requests = w.requestsPerMonth.double
        input = w.inputTokens.double
        output = w.outputTokens.double
        cached = w.cachedInputShare.double
        batch = w.batchShare.double
        growth = w.growthPerMonth.double
        peak = w.peakToAverage.double
        hours = w.servingHoursPerMonth.double
        let first = plan.selfHosting.first?.option
        opsFTE = (first?.opsFTE ?? 0).double
        fteCost = (first?.fteMonthlyCost ?? 0).double
        otherFixed = (first?.otherFixedCosts ?? []).map(\.monthly.double)
        setup = (first?.setup ?? 0).double
        discount = plan.discountRate.double
        horizon = plan.horizonMonths
        apis = plan.api.map { option in
            let p = option.prices
            let tiers = p.tiers.sorted { $0.aboveInputTokens > $1.aboveInputTokens }
            var api = API(
                inputPerMTok: p.inputPerMTok.double, cachedPerMTok: p.cachedInputPerMTok?.double,
                outputPerMTok: p.outputPerMTok.double, batchDiscount: p.batchDiscount.double,
                tiers: p.tiers.sorted { $0.aboveInputTokens > $1.aboveInputTokens }.map {
                    (
                        Double($0.aboveInputTokens), $0.inputPerMTok.double, $0.cachedInputPerMTok?.double,
                        $0.outputPerMTok.double
                    )
                })
            api.writeShare = w.cacheWriteShare.double
            api.writePerMTok = p.cacheWritePerMTok?.double
            api.tierWrites = tiers.map { $0.cacheWritePerMTok?.double }
            return api
        }
        hosts = plan.selfHosting.map { hosting in
            let option = hosting.option
            var host = Host(
                prefill: hosting.throughput.prefillTokensPerSecond?.double,
                decode: hosting.throughput.decodeTokensPerSecond?.double,
                context: hosting.throughput.contextTokensSquaredPerSecond?.double,
                gpus: Double(option.gpusPerReplica), minReplicas: Double(option.minReplicas),
                utilization: option.utilization.double, owned: false, rate: 0, installed: 0,
                amortizationMonths: 1, kwPerGPU: 0, pue: 1, pricePerKWh: 0, hosting: 0,
                planSeconds: option.secondsPerRequest.double)
            if let level = plan.serviceLevel, !hosting.deployment.curves.isEmpty {
                host.serviceCurves = (hosting.deployment, level)
            }
            switch option.mode {
            case .rent(let rate):
                host.rate = rate.double
            case .own(let hardware):
                host.owned = true
                host.installed = hardware.installedPricePerGPU.double
                host.amortizationMonths = Double(hardware.amortizationMonths)
                host.kwPerGPU = hardware.serverKWPerGPU.double
                host.pue = hardware.pue.double
                host.pricePerKWh = hardware.pricePerKWh.double
                host.hosting = hardware.hostingPerGPUMonth.double
            }
            return host
        }
    }

    /// Puts one drawn value (in the scenario's units) in its place.
    mutating func apply(_ input: ScenarioInput, _ value: Double, currencyFactor fx: Double) {
        switch input {
        case .requestsPerMonth: requests = value
        case .requestsPerDay: requests = value * 365 / 12
        case .inputTokens:
            self.input = value
            shapeDrawn = true
        case .outputTokens:
            output = value
            shapeDrawn = true
        case .cachedInputShare: cached = value
        case .batchShare: batch = value
        case .growthPerMonth: growth = value
        case .peakToAverage: peak = value
        case .servingHoursPerMonth: hours = value
        case .opsFTE: opsFTE = value
        case .fteMonthlyCost: fteCost = value * fx
        case .setup: setup = value * fx
        case .fixedMonthly(let index):
            if otherFixed.indices.contains(index) { otherFixed[index] = value * fx }
        case .discountRate: discount = value
        case .selfHosting(let index, let field):
            guard hosts.indices.contains(index) else { return }
            switch field {
            case .ratePerGPUHour: hosts[index].rate = value * fx
            case .perGPUInstalled: hosts[index].installed = value * fx
            case .pricePerKWh: hosts[index].pricePerKWh = value * fx
            case .pue: hosts[index].pue = value
            case .hostingPerGPUMonth: hosts[index].hosting = value * fx
            case .utilization: hosts[index].utilization = value
            }
        case .serviceSpeed:
            speed = value
            speedDrawn = true
        case .benefit: break
        }
    }
}

import Foundation
import Pricing

/// Bought GPUs: their installed price, how long they are written off over, and what they draw.
public struct OwnedHardware: Sendable, Hashable {
    /// GPU plus its share of server, network and installation.
    public var installedPricePerGPU: Decimal
    public var amortizationMonths: Int
    /// Months the GPUs serve before the cash view buys them again; nil: they outlast any horizon.
    public var lifeMonths: Int?
    /// The whole server's draw divided by its GPUs, in kW.
    public var serverKWPerGPU: Decimal
    /// Power usage effectiveness of the data centre (total power over IT power).
    public var pue: Decimal
    public var pricePerKWh: Decimal
    /// Colocation, rack space, support contracts: per GPU per month.
    public var hostingPerGPUMonth: Decimal

    public init(
        installedPricePerGPU: Decimal, amortizationMonths: Int = 36, lifeMonths: Int? = nil,
        serverKWPerGPU: Decimal,
        pue: Decimal = Decimal(13) / 10,
        pricePerKWh: Decimal = Decimal(12) / 100, hostingPerGPUMonth: Decimal = 0
    ) {
        self.installedPricePerGPU = installedPricePerGPU
        self.amortizationMonths = amortizationMonths
        self.lifeMonths = lifeMonths
        self.serverKWPerGPU = serverKWPerGPU
        self.pue = pue
        self.pricePerKWh = pricePerKWh
        self.hostingPerGPUMonth = hostingPerGPUMonth
    }

    /// installed price / amortization months, per GPU per month.
    public var amortizationPerGPUMonth: Decimal { installedPricePerGPU / Decimal(amortizationMonths) }

    /// kW · PUE · 730 · price per kWh: owned GPUs draw power all month, not only in serving hours.
    public var powerPerGPUMonth: Decimal { serverKWPerGPU * pue * Workload.hoursPerMonth * pricePerKWh }
}

/// Whether the GPUs are rented by the hour or bought.
public enum HostingMode: Sendable, Hashable {
    /// Rented GPUs, billed per GPU-hour for the serving hours only.
    case rent(ratePerGPUHour: Decimal)
    /// Bought GPUs, amortised, plus power and hosting.
    case own(OwnedHardware)
}

/// A fixed monthly cost of running the service yourself, whatever the volume.
public struct FixedCost: Sendable, Hashable {
    public var label: String
    public var monthly: Decimal

    public init(label: String, monthly: Decimal) {
        self.label = label
        self.monthly = monthly
    }
}

/// One month of self-hosting at one volume, with its parts.
public struct SelfHostingCost: Sendable, Hashable {
    /// N, replicas running.
    public var replicas: Int
    /// N·G.
    public var gpus: Int
    /// C, the running cost of one replica for the month (without F).
    public var perReplica: Decimal
    /// Rent: N·G·h·rate; zero when owned.
    public var rental: Decimal
    /// Own: N·G·price/amortization months; zero when rented.
    public var amortization: Decimal
    /// Own: N·G·kW·PUE·730·kWh; zero when rented.
    public var power: Decimal
    /// Own: N·G·hosting per GPU-month; zero when rented.
    public var hosting: Decimal
    /// N·C.
    public var running: Decimal
    /// F, ops staff plus other fixed items.
    public var fixed: Decimal
    /// N·C + F.
    public var monthly: Decimal
    /// R_N, the most requests a month these replicas serve at the target utilisation.
    public var capacity: Decimal
    /// The option and workload the figures were computed from, kept for `explain`.
    var option: SelfHostingOption
    var workload: Workload

    /// How each figure was reached.
    ///
    /// Built on demand: writing every exact value out as text costs far more than the
    /// arithmetic, and only `--explain` shows it.
    public var explain: [ExplainStep] {
        let n = replicas
        let gpusPerReplica = option.gpusPerReplica
        let costStep: ExplainStep
        switch option.mode {
        case .rent(let rate):
            costStep = ExplainStep(
                quantity: .rentPerMonth, formula: "\(word: .rentRule)",
                substituted: "\(n) × \(gpusPerReplica) × \(workload.servingHoursPerMonth) × \(rate)",
                result: "\(rental)")
        case .own(let hardware):
            costStep = ExplainStep(
                quantity: .ownedGPUsPerMonth,
                formula: "\(word: .ownedGPUsRule)",
                substituted: FormulaText(
                    "\(n) × \(gpusPerReplica) × (\(hardware.installedPricePerGPU) / "
                        + "\(hardware.amortizationMonths)) + \(n) × \(gpusPerReplica) × \(hardware.serverKWPerGPU) × "
                        + "\(hardware.pue) × 730 × \(hardware.pricePerKWh) + \(n) × \(gpusPerReplica) × "
                        + "\(hardware.hostingPerGPUMonth)"),
                result: "\(amortization + power + hosting)")
        }
        let s = option.secondsPerRequest
        return [
            ExplainStep(
                quantity: .replicas, formula: "N = max(m, ceil(R·s·p / (h·3600·u)))",
                substituted: FormulaText(
                    "max(\(option.minReplicas), ceil(\(workload.requestsPerMonth) × \(s) × "
                        + "\(workload.peakToAverage) / (\(workload.servingHoursPerMonth) × 3600 × \(option.utilization))))"
                ),
                result: "\(n)"),
            costStep,
            ExplainStep(
                quantity: .fixedPerMonth, formula: "\(word: .fixedRule)",
                substituted: FormulaText(
                    ([("\(option.opsFTE) × \(option.fteMonthlyCost)")]
                        + option.otherFixedCosts.map { "\($0.monthly)" })
                        .joined(separator: " + ")),
                result: "\(fixed)"),
            ExplainStep(
                quantity: .selfHostingPerMonth, formula: "N·C + F",
                substituted: "\(n) × \(perReplica) + \(fixed)", result: "\(running + fixed)"),
        ]
    }
}

/// Serving the workload on your own replicas of a deployment (SPEC §3, self-hosting).
public struct SelfHostingOption: Sendable, Hashable {
    /// s, replica-seconds per request at full load (from `FittedThroughput.secondsPerRequest`).
    public var secondsPerRequest: Decimal
    /// G, GPUs in one replica.
    public var gpusPerReplica: Int
    /// u, the target utilisation a replica is planned to (0 < u ≤ 1).
    public var utilization: Decimal
    /// m, replicas kept running even at zero volume.
    public var minReplicas: Int
    public var mode: HostingMode
    /// Staff running the service, in full-time equivalents.
    public var opsFTE: Decimal
    /// What one full-time engineer costs a month.
    public var fteMonthlyCost: Decimal
    /// Fixed monthly items besides staff (monitoring, support, a VPC).
    public var otherFixedCosts: [FixedCost]
    /// One-time engineering, fine-tuning and migration, paid at month 0.
    public var setup: Decimal

    public init(
        secondsPerRequest: Decimal, gpusPerReplica: Int, utilization: Decimal = Decimal(8) / 10,
        minReplicas: Int = 1,
        mode: HostingMode, opsFTE: Decimal = Decimal(25) / 100, fteMonthlyCost: Decimal = 15_000,
        otherFixedCosts: [FixedCost] = [], setup: Decimal = 0
    ) {
        self.secondsPerRequest = secondsPerRequest
        self.gpusPerReplica = gpusPerReplica
        self.utilization = utilization
        self.minReplicas = minReplicas
        self.mode = mode
        self.opsFTE = opsFTE
        self.fteMonthlyCost = fteMonthlyCost
        self.otherFixedCosts = otherFixedCosts
        self.setup = setup
    }

    /// Throws the first field that is out of its range.
    public func validate() throws(ScenarioError) {
        try Check.positive(secondsPerRequest, "seconds_per_request")
        // Bounded so that replicas × GPUs per replica cannot overflow `Int`.
        try Check.positive(Decimal(gpusPerReplica), "gpus_per_replica")
        try Check.range(Decimal(gpusPerReplica), "gpus_per_replica", 1, Decimal(SanityBounds.gpusPerReplica))
        if utilization.isNaN || utilization <= 0 {
            throw .notPositive(field: "utilization", value: utilization)
        }
        try InputBounds.utilization.check(utilization)
        try Check.positive(Decimal(minReplicas), "min_replicas")
        try InputBounds.minReplicas.check(Decimal(minReplicas))
        try Check.nonNegative(opsFTE, "ops_fte")
        try Check.nonNegative(fteMonthlyCost, "fte_monthly_cost")
        for item in otherFixedCosts { try Check.nonNegative(item.monthly, "fixed cost '\(item.label)'") }
        try Check.nonNegative(setup, "setup")
        switch mode {
        case .rent(let rate):
            try Check.nonNegative(rate, "rate")
        case .own(let hardware):
            try Check.nonNegative(hardware.installedPricePerGPU, "per_gpu_installed")
            try Check.positive(Decimal(hardware.amortizationMonths), "amortization_months")
            if let life = hardware.lifeMonths { try Check.positive(Decimal(life), "life_months") }
            try Check.nonNegative(hardware.serverKWPerGPU, "server_kw_per_gpu")
            try InputBounds.pue.check(hardware.pue)
            try Check.nonNegative(hardware.pricePerKWh, "price_per_kwh")
            try Check.nonNegative(hardware.hostingPerGPUMonth, "hosting_per_gpu_month")
        }
    }

    /// F = ops FTE · FTE monthly cost + other fixed items.
    public var fixedMonthly: Decimal {
        otherFixedCosts.reduce(opsFTE * fteMonthlyCost) { $0 + $1.monthly }
    }

    /// The one-time cost of buying one replica's GPUs (zero when renting).
    public var purchasePerReplica: Decimal {
        switch mode {
        case .rent: 0
        case .own(let hardware): Decimal(gpusPerReplica) * hardware.installedPricePerGPU
        }
    }

    /// C, one replica's running cost for a month: G·h·rate, or G·(price/amortization + power + hosting).
    public func perReplicaMonthly(_ workload: Workload) -> Decimal {
        let g = Decimal(gpusPerReplica)
        switch mode {
        case .rent(let rate):
            return g * workload.servingHoursPerMonth * rate
        case .own(let hardware):
            return g * hardware.amortizationPerGPUMonth + g * hardware.powerPerGPUMonth
                + g * hardware.hostingPerGPUMonth
        }
    }

    /// One replica's monthly cash outlay: as C, but owned GPUs leave amortisation out.
    public func perReplicaMonthlyCash(_ workload: Workload) -> Decimal {
        let g = Decimal(gpusPerReplica)
        switch mode {
        case .rent:
            return perReplicaMonthly(workload)
        case .own(let hardware):
            return g * hardware.powerPerGPUMonth + g * hardware.hostingPerGPUMonth
        }
    }

    /// R_k = k·h·3600·u / (s·p), the most requests a month `k` replicas serve.
    public func capacity(replicas k: Int, _ workload: Workload) -> Decimal {
        Decimal(k) * workload.servingHoursPerMonth * 3600 * utilization
            / (secondsPerRequest * workload.peakToAverage)
    }

    /// N = max(m, ceil(R·s·p / (h·3600·u))).
    public func replicas(for workload: Workload) throws(ScenarioError) -> Int {
        try workload.validate()
        try validate()
        return try unvalidatedReplicas(workload)
    }

    func unvalidatedReplicas(_ workload: Workload) throws(ScenarioError) -> Int {
        let needed =
            workload.requestsPerMonth * secondsPerRequest * workload.peakToAverage
            / (workload.servingHoursPerMonth * 3600 * utilization)
        guard let count = DecimalMath.ceilingInt(needed) else {
            throw .volumeTooLarge(field: "requests", value: workload.requestsPerMonth)
        }
        return max(minReplicas, count)
    }

    /// The month's self-hosting cost at the workload's volume, N·C + F, with its parts.
    public func monthly(_ workload: Workload) throws(ScenarioError) -> SelfHostingCost {
        let n = try replicas(for: workload)
        let perReplica = perReplicaMonthly(workload)
        let nd = Decimal(n)
        let g = Decimal(gpusPerReplica)
        var rental: Decimal = 0
        var amortization: Decimal = 0
        var power: Decimal = 0
        var hosting: Decimal = 0
        switch mode {
        case .rent(let rate):
            rental = nd * g * workload.servingHoursPerMonth * rate
        case .own(let hardware):
            amortization = nd * g * hardware.amortizationPerGPUMonth
            power = nd * g * hardware.powerPerGPUMonth
            hosting = nd * g * hardware.hostingPerGPUMonth
        }
        let running = nd * perReplica
        let fixed = fixedMonthly
        return SelfHostingCost(
            replicas: n, gpus: n * gpusPerReplica, perReplica: perReplica, rental: rental,
            amortization: amortization, power: power, hosting: hosting, running: running, fixed: fixed,
            monthly: running + fixed, capacity: capacity(replicas: n, workload), option: self,
            workload: workload)
    }
}

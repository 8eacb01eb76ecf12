import Foundation
import Pricing

/// Converts amounts between currencies with rates given as units per US dollar.
public struct CurrencyConverter: Sendable, Hashable {
    /// Units per USD by ISO code; USD itself is always 1.
    public var perUSD: [String: Decimal]
    /// Where each rate came from (currencies.json, dated and sourced, or `--fx`), so reports can
    /// word it in any language.
    public var details: [String: ExchangeRateUse]

    public init(rates: [CurrencyRate], overrides: [String: Decimal] = [:]) {
        var perUSD: [String: Decimal] = ["USD": 1]
        var details: [String: ExchangeRateUse] = [:]
        for rate in rates {
            perUSD[rate.code] = rate.perUSD
            details[rate.code] = ExchangeRateUse(
                code: rate.code, perUSD: rate.perUSD, date: rate.date, source: rate.source,
                givenWithFX: false)
        }
        for (code, rate) in overrides {
            perUSD[code] = rate
            details[code] = ExchangeRateUse(
                code: code, perUSD: rate, date: nil, source: nil, givenWithFX: true)
        }
        self.perUSD = perUSD
        self.details = details
    }

    /// The factor that turns an amount in `from` into `to`: exactly 1 for the same currency.
    public func factor(from: String, to: String) -> Decimal? {
        if from == to { return 1 }
        guard let source = perUSD[from], let target = perUSD[to], source > 0 else { return nil }
        return source == 1 ? target : target / source
    }
}

/// A rate a plan converted with: units per USD, and whether it came from the data (dated, sourced) or `--fx`.
public struct ExchangeRateUse: Sendable, Hashable {
    public var code: String
    public var perUSD: Decimal
    public var date: CalendarDate?
    public var source: String?
    public var givenWithFX: Bool

    public init(code: String, perUSD: Decimal, date: CalendarDate?, source: String?, givenWithFX: Bool) {
        self.code = code
        self.perUSD = perUSD
        self.date = date
        self.source = source
        self.givenWithFX = givenWithFX
    }
}

/// An API option of a scenario, with the price set in force converted to the scenario's currency.
public struct APIOptionPlan: Sendable, Hashable {
    public var model: APIModel
    /// The set in force, every amount converted to the plan's currency.
    public var prices: PriceSet
    /// The same set in the model's own currency, as the vendor states it.
    public var originalPrices: PriceSet
    /// The service tier asked for (`--tier`, or the option's `tier`); nil: standard prices.
    public var requestedTier: String?
    /// True when the requested tier priced the option; false when the model has no such tier and
    /// was priced standard (reports say so).
    public var tierApplied = false
    /// With time-of-day prices: f, the share of the workload's minutes at peak, and the peak and
    /// off-peak prices blended into `prices` (both converted).
    public var peakShare: PeakShare?
    public var peakPrices: PeakPrices?
    public var offPeakPrices: PriceSet?
    /// True when every price of the set in force is 0 (a free preview); reports mark it free.
    public var isFree: Bool {
        originalPrices.inputPerMTok == 0 && originalPrices.outputPerMTok == 0
            && (originalPrices.cachedInputPerMTok ?? 0) == 0 && (originalPrices.cacheWritePerMTok ?? 0) == 0
    }
    /// The day the free price set ends: the next set's `effective` or the model's `retired` (nil: no end date).
    public var freeUntil: CalendarDate?

    /// The model's name, with its provider unless the name already says it.
    public var label: String {
        model.name.lowercased().contains(model.provider.lowercased())
            ? model.name : "\(model.name) (\(model.provider))"
    }
}

/// A self-hosting option of a scenario, resolved against the data: deployment, GPU, fit and costs.
public struct SelfHostingPlan: Sendable, Hashable {
    public var label: String
    public var spec: SelfHostingSpec
    public var deployment: Deployment
    public var gpu: GPU
    public var throughput: FittedThroughput
    /// The rental offer the rate came from, when renting at a data rate.
    public var offer: RentOffer?
    /// The purchase offer of the GPU's condition, when owning (even if `per_gpu_installed` overrides its price).
    public var purchase: PurchasePrice?
    public var option: SelfHostingOption
    /// How the profile stands against the scenario's service level (`.notApplied` without one).
    public var serviceLevel: ServiceLevelStatus = .notApplied
    /// True when throughput is a roofline estimate, not measured.
    public var estimated: Bool { deployment.estimated }
}

/// A self-hosting option the scenario names that cannot meet its service level, and why.
public struct UnmetServiceLevel: Sendable, Hashable {
    public var deployment: Deployment
    public var spec: SelfHostingSpec
    /// Each measured shape's shortfall, with the fastest speed it reaches within the TTFT limit.
    public var shortfalls: [ShapeShortfall]

    /// The fastest speed any shape reaches within the TTFT limit; nil when no point meets the TTFT.
    public var bestSpeed: Decimal? { shortfalls.compactMap(\.fastestTokensPerSecondPerUser).max() }
}

/// A hosting mode nobody asked for that the data cannot price: rent without a rental offer, or own
/// without a purchase price.
public struct LeftOutMode: Sendable, Hashable {
    public var deployment: Deployment
    public var gpu: GPU
    public var mode: HostingModeName
}

/// A scenario resolved against price data, in one currency, ready for the engine.
public struct ScenarioPlan: Sendable, Hashable {
    public var scenario: ScenarioFile
    public var currency: String
    public var asOf: CalendarDate
    public var workload: Workload
    public var api: [APIOptionPlan]
    public var selfHosting: [SelfHostingPlan]
    public var benefits: Benefits
    public var horizonMonths: Int
    public var discountRate: Decimal
    /// The factor from the scenario's currency to `currency`: what a scenario amount is multiplied by.
    public var scenarioCurrencyFactor: Decimal = 1
    /// The same rates as data, in code order, for footnotes in any language.
    public var exchangeRates: [ExchangeRateUse] = []
    /// Seat subscriptions for the scenario's users (empty unless it names users and seat plans).
    public var seats: [SeatOptionPlan] = []
    /// The speed users must see (SPEC §6.5); nil: self-hosting at full load.
    public var serviceLevel: ServiceLevel?
    /// Self-hosting options left out because they cannot meet the service level.
    public var unmetServiceLevel: [UnmetServiceLevel] = []
    /// Modes not asked for that cannot be priced, left out (a deployment keeps at least one mode).
    public var leftOutModes: [LeftOutMode] = []
}

/// Resolves scenarios against price tables.
public enum ScenarioPlanner {
    /// SPEC §3's defaults in US dollars, converted when the scenario's currency differs.
    public static let defaultFTEMonthlyCostUSD: Decimal = 15_000
    public static let defaultPricePerKWhUSD: Decimal = Decimal(string: "0.12") ?? 0

    /// The plan, or nil with the errors (unknown model, deployment, GPU, offer or currency) at their places.
    ///
    /// `currency` is the currency to compute in (`--currency`), else the scenario's own.
    public static func plan(
        _ scenario: ScenarioFile, table: PriceTable, asOf: CalendarDate, currency requested: String? = nil,
        converter: CurrencyConverter
    ) -> (ScenarioPlan?, [Diagnostic]) {
        var errors: [Diagnostic] = []
        func error(_ origin: Origin?, _ message: String) {
            errors.append(
                Diagnostic(
                    .error, file: origin?.file ?? scenario.file, location: origin?.location,
                    path: origin?.path,
                    message: message))
        }
        func error(_ origin: Origin?, _ reason: DiagnosticReason) {
            errors.append(
                Diagnostic(
                    .error, file: origin?.file ?? scenario.file, location: origin?.location,
                    path: origin?.path,
                    reason: reason))
        }
        let currency = requested ?? scenario.currency
        guard let fromScenario = converter.factor(from: scenario.currency, to: currency) else {
            error(nil, .noExchangeRate(scenarioCurrency: scenario.currency, currency: currency))
            return (nil, errors)
        }
        var rates: [String: ExchangeRateUse] = [:]
        func factor(from code: String, origin: Origin?) -> Decimal? {
            guard let value = converter.factor(from: code, to: currency) else {
                error(origin, .noExchangeRateFrom(code: code, currency: currency))
                return nil
            }
            if code != currency {
                for side in [code, currency] where side != "USD" {
                    if let use = converter.details[side] { rates[side] = use }
                }
            }
            return value
        }
        if scenario.currency != currency { _ = factor(from: scenario.currency, origin: nil) }

        var api: [APIOptionPlan] = []
        for reference in scenario.apiModels {
            guard let model = table.model(id: reference.id) else {
                let near = closestMatch(to: reference.id, among: table.models.map(\.id))
                error(reference.origin, .unknownModel(id: reference.id, suggestion: near))
                continue
            }
            if let retired = model.retired, model.isRetired(on: asOf) {
                // Named by a flag, the flag is where: `--api: 'x' retired on …`.
                let reason = DiagnosticReason.retired(
                    id: reference.id, on: retired, successor: model.successor)
                if reference.origin == nil, let flag = reference.flag {
                    errors.append(
                        Diagnostic(.error, file: "--\(flag)", location: nil, path: nil, reason: reason))
                } else {
                    error(reference.origin, reason)
                }
                continue
            }
            guard let prices = model.prices(asOf: asOf) else {
                error(
                    reference.origin,
                    .noPriceInForce(id: reference.id, asOf: asOf, firstPrice: model.prices.first?.effective))
                continue
            }
            // A tier no model has is a typo, not a request for standard prices.
            if let tier = reference.tier, !table.serviceTierNames.contains(tier) {
                error(
                    reference.tierOrigin ?? reference.origin, unknownTier(tier, among: table.serviceTierNames)
                )
                continue
            }
            guard let rate = factor(from: model.currency, origin: reference.origin) else { continue }
            api.append(
                option(
                    model, prices, rate: rate, tier: reference.tier,
                    activeHours: scenario.workload.activeHours,
                    asOf: asOf))
        }

        var hosting: [SelfHostingPlan] = []
        var unmet: [UnmetServiceLevel] = []
        // A mode not asked for that cannot be priced waits here: a note if another mode of the
        // deployment is priced, its refusal if none is.
        var leftOut: [(mode: LeftOutMode, refuse: () -> Void)] = []
        // Segments with shapes of their own make a mix; every option is priced on it.
        let workload = scenario.pricedWorkload
        let usd = converter.factor(from: "USD", to: currency)
        for spec in scenario.selfHosting {
            let reference = spec.deployment
            guard let deployment = table.deployment(id: reference.id) else {
                let near = closestMatch(to: reference.id, among: table.deployments.map(\.id))
                error(reference.origin, .unknownDeployment(id: reference.id, suggestion: near))
                continue
            }
            guard let gpu = table.gpu(id: deployment.gpu) else {
                error(reference.origin, .unknownGPU(deployment: deployment.id, gpu: deployment.gpu))
                continue
            }
            let throughput: FittedThroughput
            let status: ServiceLevelStatus
            do {
                let (fitted, standing) = try ThroughputModel.profile(
                    deployment, gpu: gpu, serviceLevel: scenario.serviceLevel)
                guard let fitted else {
                    if case .unmet(let shortfalls) = standing {
                        unmet.append(
                            UnmetServiceLevel(deployment: deployment, spec: spec, shortfalls: shortfalls))
                    }
                    continue
                }
                throughput = fitted
                status = standing
            } catch {
                errors.append(
                    Diagnostic(
                        .error, file: reference.origin?.file ?? scenario.file,
                        location: reference.origin?.location,
                        path: reference.origin?.path, message: "deployment '\(deployment.id)': \(error)"))
                continue
            }
            // Measurements at the edge of Decimal's range (10^±127 tokens/s) can fit constants whose
            // time per request underflows or is undefined: the data is at fault, so say so here.
            let seconds = throughput.secondsPerRequest(for: workload)
            guard !seconds.isNaN, seconds > 0 else {
                error(
                    reference.origin,
                    "deployment '\(deployment.id)': its fitted throughput gives no usable time per request "
                        + "(s = \(seconds.isNaN ? "undefined" : "\(seconds)")); check its measured points")
                continue
            }
            guard let gpuRate = factor(from: gpu.currency, origin: reference.origin), let usd else {
                continue
            }
            let mode: HostingMode
            var offer: RentOffer?
            var purchase: PurchasePrice?
            switch spec.mode {
            case .rent:
                if let rate = spec.ratePerGPUHour {
                    mode = .rent(ratePerGPUHour: rate * fromScenario)
                } else {
                    if let provider = spec.offer {
                        offer =
                            gpu.rent.filter { $0.provider == provider }
                            .min { lhs, rhs in
                                // Prefer on-demand, then the lower rate.
                                let (a, b) = (lhs.commitment == .onDemand, rhs.commitment == .onDemand)
                                return a != b ? a : lhs.perGPUHour < rhs.perGPUHour
                            }
                        if offer == nil {
                            let near = closestMatch(to: provider, among: gpu.rent.map(\.provider))
                            error(
                                reference.origin,
                                .noSuchOffer(provider: provider, gpu: gpu.id, suggestion: near))
                            continue
                        }
                    } else {
                        offer = gpu.cheapestOnDemand
                    }
                    guard let offer else {
                        if !spec.modeAskedFor {
                            leftOut.append(
                                (
                                    LeftOutMode(deployment: deployment, gpu: gpu, mode: .rent),
                                    {
                                        errors.append(
                                            Diagnostic(
                                                .error, file: "--deployments \(reference.id)", location: nil,
                                                path: nil, reason: .noRentalNoPurchase(gpu: gpu.id)))
                                    }
                                ))
                            continue
                        }
                        // Named by a flag, the fix is a flag too: a file's key cannot be given there.
                        if reference.origin == nil, let flag = reference.flag {
                            errors.append(
                                Diagnostic(
                                    .error, file: "--\(flag) \(reference.id)", location: nil, path: nil,
                                    reason: .noRentalForFlag(gpu: gpu.id)))
                        } else {
                            error(reference.origin, .noRentalForFile(gpu: gpu.id))
                        }
                        continue
                    }
                    mode = .rent(ratePerGPUHour: offer.perGPUHour * gpuRate)
                }
            case .own:
                let price: Decimal
                let condition = spec.condition ?? .new
                purchase = gpu.purchase(condition)
                if let given = spec.perGPUInstalled {
                    price = given * fromScenario
                } else if let purchase {
                    price = purchase.perGPUInstalled * gpuRate
                } else if !spec.modeAskedFor && condition == .new {
                    // Its refusal comes with the rent mode's when neither can be priced.
                    leftOut.append((LeftOutMode(deployment: deployment, gpu: gpu, mode: .own), {}))
                    continue
                } else if reference.origin == nil, let flag = reference.flag {
                    // Named by a flag, the flag is where: no file the user named lacks the price.
                    errors.append(
                        Diagnostic(
                            .error, file: "--\(flag) \(reference.id)", location: nil, path: nil,
                            reason: .noPurchasePriceForFlag(gpu: gpu.id)))
                    continue
                } else {
                    error(
                        reference.origin,
                        condition == .new
                            ? .noPurchasePrice(gpu: gpu.id)
                            : .noConditionOffer(gpu: gpu.id, condition: condition.rawValue))
                    continue
                }
                // A used offer's shorter life is both its default write-off and when the cash view re-buys it.
                let life = purchase?.lifeMonths
                mode = .own(
                    OwnedHardware(
                        installedPricePerGPU: price,
                        amortizationMonths: spec.amortizationMonths ?? life ?? 36,
                        lifeMonths: life,
                        serverKWPerGPU: gpu.serverKWPerGPU, pue: spec.pue ?? Decimal(13) / 10,
                        pricePerKWh: spec.pricePerKWh.map { $0 * fromScenario } ?? defaultPricePerKWhUSD
                            * usd,
                        hostingPerGPUMonth: (spec.hostingPerGPUMonth ?? 0) * fromScenario))
            }
            let option = SelfHostingOption(
                secondsPerRequest: seconds,
                gpusPerReplica: deployment.gpusPerReplica, utilization: spec.utilization ?? Decimal(8) / 10,
                minReplicas: spec.minReplicas ?? 1, mode: mode, opsFTE: scenario.opsFTE ?? Decimal(25) / 100,
                fteMonthlyCost: scenario.fteMonthlyCost.map { $0 * fromScenario } ?? defaultFTEMonthlyCostUSD
                    * usd,
                otherFixedCosts: scenario.otherFixedCosts.map {
                    FixedCost(label: $0.label, monthly: $0.monthly * fromScenario)
                },
                setup: scenario.setup * fromScenario)
            // A name the scenario gives, else a language-free one from ids; Reports names the
            // option in the report's language.
            let label =
                spec.label
                ?? ([deployment.id, spec.mode.rawValue]
                + (spec.mode == .rent ? offer.map { [$0.provider] } ?? [] : [])
                + (spec.mode == .own && spec.condition == .used ? ["used"] : [])).joined(separator: "/")
            hosting.append(
                SelfHostingPlan(
                    label: label, spec: spec, deployment: deployment, gpu: gpu, throughput: throughput,
                    offer: offer, purchase: purchase,
                    option: option, serviceLevel: status))
        }
        var leftOutModes: [LeftOutMode] = []
        for entry in leftOut {
            if hosting.contains(where: { $0.deployment.id == entry.mode.deployment.id }) {
                leftOutModes.append(entry.mode)
            } else {
                entry.refuse()
            }
        }
        let (seats, seatErrors) = seatOptions(scenario, table: table) { factor(from: $0, origin: $1) }
        errors += seatErrors
        guard errors.isEmpty else { return (nil, errors) }
        let benefits = scenario.benefits.map {
            Benefits(
                hoursSavedPerMonth: $0.hoursSavedPerMonth, hourlyCost: $0.hourlyCost * fromScenario,
                fixedPerMonth: $0.valuePerMonth * fromScenario)
        }
        var plan = ScenarioPlan(
            scenario: scenario, currency: currency, asOf: asOf, workload: workload, api: api,
            selfHosting: hosting, benefits: benefits ?? Benefits(), horizonMonths: scenario.horizonMonths,
            discountRate: scenario.discountRate,
            exchangeRates: rates.keys.sorted().compactMap { rates[$0] })
        plan.scenarioCurrencyFactor = fromScenario
        plan.seats = seats
        plan.serviceLevel = scenario.serviceLevel
        plan.unmetServiceLevel = unmet
        plan.leftOutModes = leftOutModes
        return (plan, [])
    }
}

extension ScenarioPlanner {
    /// "unknown service tier 'turbo' (tiers: flex, priority); did you mean 'flex'?", as a value.
    public static func unknownTier(_ tier: String, among known: [String]) -> DiagnosticReason {
        .unknownTier(tier: tier, known: known, suggestion: closestMatch(to: tier, among: known))
    }

    /// An API option priced as asked: the service tier's prices replacing the standard ones when
    /// the model has that tier, else time-of-day prices blended at the workload's peak share.
    ///
    /// A tier's prices stand alone (no long-context tiers, no peak); the batch discount applies
    /// to them as to the standard prices.
    static func option(
        _ model: APIModel, _ prices: PriceSet, rate: Decimal, tier: String?, activeHours: ActiveHours?,
        asOf: CalendarDate
    ) -> APIOptionPlan {
        var priced = prices
        var applied = false
        var share: PeakShare?
        var offPeak: PriceSet?
        if let tier, let tierPrices = prices.serviceTiers[tier] {
            priced.inputPerMTok = tierPrices.inputPerMTok
            priced.cachedInputPerMTok = tierPrices.cachedInputPerMTok
            priced.cacheWritePerMTok = tierPrices.cacheWritePerMTok
            priced.outputPerMTok = tierPrices.outputPerMTok
            priced.tiers = []
            priced.peak = nil
            applied = true
        } else if let peak = prices.peak {
            // SPEC §6.3: each price f·peak + (1 − f)·off-peak; cache writes and tiers stay off-peak
            // (a p_write left out defaults to p_in, so it follows the blended input price).
            let f = peak.share(of: activeHours)
            share = f
            offPeak = prices.converted(by: rate)
            priced.inputPerMTok = f.blend(peak: peak.inputPerMTok, offPeak: prices.inputPerMTok)
            priced.outputPerMTok = f.blend(peak: peak.outputPerMTok, offPeak: prices.outputPerMTok)
            let cachedOff = prices.cachedInputPerMTok ?? prices.inputPerMTok
            let cachedPeak = peak.cachedInputPerMTok ?? peak.inputPerMTok
            if prices.cachedInputPerMTok != nil || peak.cachedInputPerMTok != nil {
                priced.cachedInputPerMTok = f.blend(peak: cachedPeak, offPeak: cachedOff)
            }
        }
        var plan = APIOptionPlan(model: model, prices: priced.converted(by: rate), originalPrices: prices)
        plan.requestedTier = tier
        plan.tierApplied = applied
        plan.peakShare = share
        plan.peakPrices = share == nil ? nil : prices.peak.map { $0.converted(by: rate) }
        plan.offPeakPrices = offPeak
        plan.freeUntil = model.priceEnd(asOf: asOf)
        return plan
    }
}

extension APIOptionPlan {
    /// The service tier that priced the option, or how time-of-day prices were blended, for
    /// `--explain` (empty with standard prices).
    public var pricingExplain: [ExplainStep] {
        if tierApplied, let tier = requestedTier {
            let p = prices
            return [
                ExplainStep(
                    quantity: .serviceTier, argument: tier,
                    formula: "\(word: .tierPrices)",
                    substituted:
                        "\(p.inputPerMTok), \(p.cachedInputPerMTok ?? p.inputPerMTok), \(p.cacheWritePerMTok ?? p.inputPerMTok), \(p.outputPerMTok)",
                    result: "\(word: .replacesStandardPrices)")
            ]
        }
        guard let f = peakShare, let peak = peakPrices, let off = offPeakPrices else { return [] }
        let (n, total) = (f.peakMinutes, f.activeMinutes)
        var steps = [
            ExplainStep(
                quantity: .peakShare, formula: "\(word: .peakShareRule)",
                substituted: "\(n) / \(total)", result: "\(f.fraction)")
        ]
        func blend(_ name: String, _ peakPrice: Decimal, _ offPrice: Decimal, _ result: Decimal) {
            steps.append(
                ExplainStep(
                    quantity: .blendedPerMTok, argument: name, formula: "\(word: .blendRule)",
                    substituted: "(\(n) × \(peakPrice) + \(total - n) × \(offPrice)) / \(total)",
                    result: "\(result)"))
        }
        blend("p_in", peak.inputPerMTok, off.inputPerMTok, prices.inputPerMTok)
        if let cached = prices.cachedInputPerMTok {
            blend(
                "p_cached", peak.cachedInputPerMTok ?? peak.inputPerMTok,
                off.cachedInputPerMTok ?? off.inputPerMTok,
                cached)
        }
        blend("p_out", peak.outputPerMTok, off.outputPerMTok, prices.outputPerMTok)
        return steps
    }
}

extension PeakPrices {
    /// Every amount multiplied by `factor`.
    public func converted(by factor: Decimal) -> PeakPrices {
        guard factor != 1 else { return self }
        var copy = self
        copy.inputPerMTok *= factor
        copy.outputPerMTok *= factor
        copy.cachedInputPerMTok = cachedInputPerMTok.map { $0 * factor }
        return copy
    }
}

extension PriceSet {
    /// Every amount multiplied by `factor` (a currency conversion); shares and dates unchanged.
    public func converted(by factor: Decimal) -> PriceSet {
        guard factor != 1 else { return self }
        var copy = self
        copy.inputPerMTok *= factor
        copy.outputPerMTok *= factor
        copy.cachedInputPerMTok = cachedInputPerMTok.map { $0 * factor }
        copy.cacheWritePerMTok = cacheWritePerMTok.map { $0 * factor }
        copy.tiers = tiers.map { tier in
            var tier = tier
            tier.inputPerMTok *= factor
            tier.outputPerMTok *= factor
            tier.cachedInputPerMTok = tier.cachedInputPerMTok.map { $0 * factor }
            tier.cacheWritePerMTok = tier.cacheWritePerMTok.map { $0 * factor }
            return tier
        }
        copy.serviceTiers = serviceTiers.mapValues { tier in
            var tier = tier
            tier.inputPerMTok *= factor
            tier.outputPerMTok *= factor
            tier.cachedInputPerMTok = tier.cachedInputPerMTok.map { $0 * factor }
            tier.cacheWritePerMTok = tier.cacheWritePerMTok.map { $0 * factor }
            return tier
        }
        copy.peak = peak?.converted(by: factor)
        return copy
    }
}

extension ThroughputModel {
    /// A profile's time model: fitted to its measurements, or the roofline estimate when it has none.
    public static func profile(_ deployment: Deployment, gpu: GPU) throws(ScenarioError) -> FittedThroughput {
        if deployment.estimated { return try RooflineEstimate.throughput(deployment, gpu: gpu) }
        return try fit(deployment)
    }
}

/// Throughput of a profile with no measurements, from the GPUs' compute ceiling.
///
/// Prefill and decode at full load are compute-bound: each token costs about 2 × parameters
/// FLOPs, and a well-tuned engine reaches about half of the dense peak at the profile's
/// precision (the TensorRT-LLM points for Llama 70B on 2×H100 fit P ≈ 14,400 and D ≈ 15,600
/// tokens/s, 51–56% of 2 × 1,979 TFLOPS / 141 GFLOP). Without a measured context term the
/// estimate is optimistic for long prompts; every output labels it "estimated".
public enum RooflineEstimate {
    /// The share of the dense peak reached at full load.
    public static let efficiency: Decimal = Decimal(5) / 10

    public static func throughput(_ deployment: Deployment, gpu: GPU) throws(ScenarioError)
        -> FittedThroughput
    {
        guard let parameters = deployment.parametersB, parameters > 0 else {
            throw .unfittable(reason: "an estimated profile needs parameters_b")
        }
        let precision = deployment.precision.lowercased()
        let tflops: Decimal? =
            precision.contains("fp4") || precision.contains("int4")
            ? (gpu.fp4TFLOPS ?? gpu.fp8TFLOPS ?? gpu.bf16TFLOPS)
            : precision.contains("fp8") || precision.contains("int8")
                ? (gpu.fp8TFLOPS ?? gpu.bf16TFLOPS) : gpu.bf16TFLOPS
        guard let tflops, tflops > 0 else { throw .unfittable(reason: "\(gpu.id) has no compute figure") }
        // tokens/s = G · TFLOPS·1e12 · efficiency / (2 · parameters_b·1e9) = G · TFLOPS · efficiency · 500 / parameters_b
        let rate = Decimal(deployment.gpusPerReplica) * tflops * efficiency * 500 / parameters
        let rounded = DecimalMath.significant(DecimalMath.double(rate), digits: 6)
        return FittedThroughput(
            prefillTokensPerSecond: rounded, decodeTokensPerSecond: rounded,
            contextTokensSquaredPerSecond: nil)
    }
}

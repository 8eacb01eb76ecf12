import Foundation
import Pricing

/// A name in a scenario that the price data must define, with where it was written.
public struct ScenarioReference: Sendable, Hashable {
    public var id: String
    public var origin: Origin?
    /// For an API model: the service tier asked for (`flex`, `priority`); nil: standard prices.
    public var tier: String?
    /// The command-line flag that named it, for messages about a name that came from no file.
    public var flag: String?
    /// Where the file wrote `tier`, for a refusal of the tier itself.
    public var tierOrigin: Origin?

    public init(
        id: String, origin: Origin? = nil, tier: String? = nil, flag: String? = nil, tierOrigin: Origin? = nil
    ) {
        self.id = id
        self.origin = origin
        self.tier = tier
        self.flag = flag
        self.tierOrigin = tierOrigin
    }
}

/// Whether a self-hosted option rents its GPUs or buys them.
public enum HostingModeName: String, Sendable, Hashable, CaseIterable {
    case rent
    case own
}

/// One self-hosting option of a scenario as written; nil fields take the data's or SPEC's defaults.
public struct SelfHostingSpec: Sendable, Hashable {
    public var deployment: ScenarioReference
    public var mode: HostingModeName
    public var label: String?
    /// A rental provider in the GPU's offers (`lambda`); default: the cheapest on-demand offer.
    public var offer: String?
    public var ratePerGPUHour: Decimal?
    public var perGPUInstalled: Decimal?
    public var amortizationMonths: Int?
    public var pricePerKWh: Decimal?
    public var pue: Decimal?
    public var hostingPerGPUMonth: Decimal?
    public var utilization: Decimal?
    public var minReplicas: Int?
    /// Own mode: buy the GPU's `new` (default) or `used` purchase offer.
    public var condition: GPUCondition?
    /// False when the mode was not asked for (`compare --deployments` without `--mode`): a mode
    /// the data cannot price is then left out with a note, unless no mode of the deployment can be.
    public var modeAskedFor = true

    public init(deployment: ScenarioReference, mode: HostingModeName) {
        self.deployment = deployment
        self.mode = mode
    }
}

/// The one-time costs of moving from an API onto self-hosting, paid in the month of the move.
public struct MigrationCosts: Sendable, Hashable {
    /// Re-integration, evaluation and cut-over work.
    public var oneTime: Decimal
    /// Fine-tuning the open model to match what the API did.
    public var fineTuning: Decimal
    public var note: String?

    public init(oneTime: Decimal = 0, fineTuning: Decimal = 0, note: String? = nil) {
        self.oneTime = oneTime
        self.fineTuning = fineTuning
        self.note = note
    }

    /// one-time + fine-tuning.
    public var total: Decimal { oneTime + fineTuning }
}

/// What a scenario says the LLM feature is worth, per month or per year.
public struct BenefitsSpec: Sendable, Hashable {
    public var hoursSavedPerMonth: Decimal = 0
    public var hourlyCost: Decimal = 0
    public var valuePerMonth: Decimal = 0
    public var note: String?

    public init(
        hoursSavedPerMonth: Decimal = 0, hourlyCost: Decimal = 0, valuePerMonth: Decimal = 0,
        note: String? = nil
    ) {
        self.hoursSavedPerMonth = hoursSavedPerMonth
        self.hourlyCost = hourlyCost
        self.valuePerMonth = valuePerMonth
        self.note = note
    }
}

/// A saved scenario (`"schema": "llmcost/scenario@1"`): workload, options to compare, costs and horizon.
///
/// Money in it is in `currency`; nil fields take SPEC §3's defaults, which are in US dollars
/// and converted when the scenario's currency differs.
public struct ScenarioFile: Sendable, Hashable {
    public static let schemaID = "llmcost/scenario@1"

    public var file: String
    public var name: String
    public var description: String?
    public var currency: String
    /// The date prices are taken in force on, unless `--as-of` says otherwise.
    public var asOf: CalendarDate?
    public var workload: Workload
    public var apiModels: [ScenarioReference]
    public var selfHosting: [SelfHostingSpec]
    public var opsFTE: Decimal?
    public var fteMonthlyCost: Decimal?
    public var otherFixedCosts: [FixedCost]
    public var setup: Decimal
    public var benefits: BenefitsSpec?
    /// What moving onto self-hosting costs once (`plan`); nil: nothing beyond `setup`.
    public var migration: MigrationCosts?
    public var horizonMonths: Int
    public var discountRate: Decimal
    public var notes: [String]
    /// Every number written as a range `{"low", "mode", "high"}` with low < high; the fields hold the mode.
    public var ranges: [ScenarioRange] = []
    /// Hybrid routing: the workload split into shares, some of which must stay self-hosted (empty: no split).
    public var segments: [WorkloadSegment] = []
    /// Staff who would hold a seat, for seat subscriptions.
    public var users: Int?
    /// Per-user chat plans (seats.json) to price against the API and self-hosting for the same staff.
    public var seatPlans: [ScenarioReference] = []
    /// The speed users must see; self-hosting is then priced at that operating point (SPEC §6.5).
    public var serviceLevel: ServiceLevel?
    /// Where `service_level` was written, for errors about it.
    public var serviceLevelOrigin: Origin?

    public init(
        file: String, name: String, currency: String = "USD", workload: Workload,
        apiModels: [ScenarioReference] = [], selfHosting: [SelfHostingSpec] = []
    ) {
        self.file = file
        self.name = name
        self.currency = currency
        self.workload = workload
        self.apiModels = apiModels
        self.selfHosting = selfHosting
        self.otherFixedCosts = []
        self.setup = 0
        // InputBounds.horizonMonths.defaultValue and .discountRate's, as whole months and a rate.
        self.horizonMonths = 36
        self.discountRate = InputBounds.discountRate.defaultValue ?? Decimal(8) / 100
        self.notes = []
    }

    /// Days in an average month, for `requests_per_day`: 365/12.
    public static let daysPerMonth: Decimal = Decimal(365) / Decimal(12)
}

/// Reads scenario files, reporting every problem with its line, column and path.
public enum ScenarioReader {
    /// The scenario, or nil with the errors that stopped it; warnings may come with a scenario.
    public static func read(_ data: Data, file: String, options: ValidationOptions) -> (
        ScenarioFile?, [Diagnostic]
    ) {
        let (scenario, diagnostics, _) = readRecordingKeys(data, file: file, options: options)
        return (scenario, diagnostics)
    }

    /// As `read`, with the keys accepted in each object by path, so tests can hold the JSON schema to them.
    package static func readRecordingKeys(_ data: Data, file: String, options: ValidationOptions) -> (
        ScenarioFile?, [Diagnostic], [JSONPath: Set<String>]
    ) {
        let root: JSONNode
        do {
            root = try JSONReader().parse(data)
        } catch {
            return (
                nil,
                [Diagnostic(syntaxError: error, file: file)],
                [:]
            )
        }
        let sink = DiagnosticCollector(file: file)
        let ranges = RangeLog(file: file)
        var scenario = ObjectReader(root, sink: sink, options: options).flatMap {
            read($0, file: file, sink: sink, ranges: ranges)
        }
        scenario?.ranges = ranges.ranges
        let diagnostics = Diagnostic.sortedByPosition(sink.diagnostics)
        return (sink.hasErrors ? nil : scenario, diagnostics, sink.acceptedKeys)
    }

    private static func read(
        _ object: ObjectReader, file: String, sink: DiagnosticCollector, ranges: RangeLog
    ) -> ScenarioFile? {
        if let schema = object.string("schema"), schema != ScenarioFile.schemaID,
            let node = object.value("schema", required: false)
        {
            // Another kind of file (a models.json passed as a scenario): its keys would only add noise.
            sink.error(
                node, .notAScenarioFile(expected: ScenarioFile.schemaID, found: schema))
            return nil
        }
        let name = object.string("name")
        let description = object.string("description", required: false)
        let currency = object.string("currency", required: false) ?? "USD"
        let asOf = object.date("as_of", required: false, notAfterToday: false)
        let workload = object.object("workload").flatMap { readWorkload($0, sink: sink, ranges: ranges) }
        var apiModels: [ScenarioReference] = []
        for element in object.array("api_models", required: false) ?? [] {
            if let id = element.string {
                apiModels.append(ScenarioReference(id: id, origin: origin(element, file)))
            } else if element.members != nil,
                let option = ObjectReader(element, sink: sink, options: object.options)
            {
                // {"id": "openai/gpt-5.4", "tier": "flex"}: an API option at a service tier.
                let id = option.string("id")
                let tier = option.string("tier", required: false)
                if let tier, let node = option.value("tier", required: false),
                    !tier.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
                {
                    sink.error(
                        node, .badTierName(tier: tier))
                }
                option.finish()
                if let id, let node = element["id"] {
                    apiModels.append(
                        ScenarioReference(
                            id: id, origin: origin(node, file), tier: tier,
                            tierOrigin: option.value("tier", required: false).map { origin($0, file) }))
                }
            } else {
                sink.error(
                    element, .expectedModelReference(found: element.kindName))
            }
        }
        var selfHosting: [SelfHostingSpec] = []
        for element in object.array("self_hosting", required: false) ?? [] {
            guard let option = ObjectReader(element, sink: sink, options: object.options) else { continue }
            if let spec = readSelfHosting(option, file: file, index: selfHosting.count, ranges: ranges) {
                selfHosting.append(spec)
            }
            option.finish()
        }
        if apiModels.isEmpty && selfHosting.isEmpty {
            sink.error(object.node, .scenarioNeedsOptions)
        }
        var opsFTE: Decimal?
        var fteCost: Decimal?
        var fixed: [FixedCost] = []
        var setup: Decimal = 0
        if let operations = object.object("operations", required: false) {
            opsFTE = ranges.read(operations, "ops_fte", .opsFTE)
            fteCost = ranges.read(operations, "fte_monthly_cost", .fteMonthlyCost)
            setup = ranges.read(operations, "setup", .setup) ?? 0
            for element in operations.array("fixed_monthly", required: false) ?? [] {
                guard let item = ObjectReader(element, sink: sink, options: object.options) else { continue }
                let label = item.string("label")
                let monthly = ranges.read(item, "monthly", .fixedMonthly(fixed.count), required: true)
                item.finish()
                if let label, let monthly { fixed.append(FixedCost(label: label, monthly: monthly)) }
            }
            operations.finish()
        }
        var benefits: BenefitsSpec?
        if let reader = object.object("benefits", required: false) {
            benefits = readBenefits(reader, sink: sink, ranges: ranges)
            reader.finish()
        }
        var migration: MigrationCosts?
        if let reader = object.object("migration", required: false) {
            migration = MigrationCosts(
                oneTime: reader.quantity("one_time", required: false) ?? 0,
                fineTuning: reader.quantity("fine_tuning", required: false) ?? 0,
                note: reader.string("note", required: false))
            reader.finish()
        }
        let horizon = object.integer("horizon_months", required: false, minimum: 1)
        if let horizon, !InputBounds.horizonMonths.contains(Decimal(horizon)),
            let node = object.value("horizon_months", required: false)
        {
            sink.error(
                node,
                .horizonTooLong(months: "\(horizon)", bound: "\(InputBounds.horizonMonths.upper ?? 600)"))
        }
        let discount = ranges.read(object, "discount_rate", .discountRate, rule: .share)
        var serviceLevel: ServiceLevel?
        var serviceLevelOrigin: Origin?
        if let reader = object.object("service_level", required: false) {
            serviceLevel = readServiceLevel(reader, sink: sink, ranges: ranges)
            serviceLevelOrigin = origin(reader.node, file)
            reader.finish()
        }
        let strategies = readStrategies(
            object, file: file, hasSelfHosting: !selfHosting.isEmpty, workload: workload)
        var notes: [String] = []
        for element in object.array("notes", required: false) ?? [] {
            if let note = element.string {
                notes.append(note)
            } else {
                sink.error(element, .expectedString)
            }
        }
        object.finish()
        guard let name, let workload else { return nil }
        var scenario = ScenarioFile(
            file: file, name: name, currency: currency, workload: workload, apiModels: apiModels,
            selfHosting: selfHosting)
        scenario.description = description
        scenario.asOf = asOf
        scenario.opsFTE = opsFTE
        scenario.fteMonthlyCost = fteCost
        scenario.otherFixedCosts = fixed
        scenario.setup = setup
        scenario.benefits = benefits
        scenario.migration = migration
        if let horizon { scenario.horizonMonths = horizon }
        if let discount { scenario.discountRate = discount }
        scenario.serviceLevel = serviceLevel
        scenario.serviceLevelOrigin = serviceLevelOrigin
        scenario.notes = notes
        (scenario.segments, scenario.users, scenario.seatPlans) = strategies
        return scenario
    }

    private static func origin(_ node: JSONNode, _ file: String) -> Origin {
        Origin(file: file, location: node.location, path: node.path)
    }

    private static func readWorkload(_ object: ObjectReader, sink: DiagnosticCollector, ranges: RangeLog)
        -> Workload?
    {
        let perMonth = ranges.read(object, "requests_per_month", .requestsPerMonth)
        let perDay = ranges.read(object, "requests_per_day", .requestsPerDay)
        var requests: Decimal?
        switch (perMonth, perDay) {
        case (let month?, nil): requests = month
        case (nil, let day?): requests = day * ScenarioFile.daysPerMonth
        case (_?, _?):
            sink.error(object.node, .eitherNotBoth(first: "requests_per_month", second: "requests_per_day"))
        case (nil, nil):
            if object.value("requests_per_month", required: false) == nil
                && object.value("requests_per_day", required: false) == nil
            {
                sink.error(
                    at: object.node.location, path: object.node.path.appending(key: "requests_per_month"),
                    .missingRequests)
            }
        }
        // The bound --requests has: past a quadrillion a month no fleet can be sized.
        let requestsBound = InputBounds.requestsPerMonth
        for (key, input, factor) in [
            ("requests_per_month", ScenarioInput.requestsPerMonth, Decimal(1)),
            ("requests_per_day", .requestsPerDay, ScenarioFile.daysPerMonth),
        ] {
            let given = key == "requests_per_month" ? perMonth : perDay
            if let value = ranges.extreme(given, input, { !requestsBound.contains($0 * factor) }),
                let node = object.value(key, required: false)
            {
                sink.error(
                    node,
                    factor == 1
                        ? .tooManyRequestsAMonth(value: "\(value)", bound: "\(requestsBound.upper ?? 0)")
                        : .tooManyRequestsADay(value: "\(value)", bound: "\(requestsBound.upper ?? 0)"))
            }
        }
        let input = ranges.read(object, "input_tokens", .inputTokens, required: true)
        let output = ranges.read(object, "output_tokens", .outputTokens, required: true)
        if input == 0 && output == 0 {
            sink.error(object.node, .noTokens)
        }
        let cached = ranges.read(object, "cached_input_share", .cachedInputShare, rule: .share)
        let batch = ranges.read(object, "batch_share", .batchShare, rule: .share)
        let writes = object.quantity("cache_write_share", required: false, rule: .share)
        // With a range for the cached share, its high end must leave room for the writes too.
        if let writes, let node = object.value("cache_write_share", required: false),
            let share = ranges.extreme(cached ?? 0, .cachedInputShare, { $0 + writes > 1 })
        {
            sink.error(
                node,
                .cacheSharesAboveOne(cached: "\(share)", writes: "\(writes)"))
        }
        var active: ActiveHours?
        if let reader = object.object("active_hours", required: false) {
            let offsetText = reader.string("utc_offset")
            var offset: Int?
            if let offsetText, let node = reader.value("utc_offset", required: false) {
                offset = WeekWindow.offset(offsetText)
                if offset == nil {
                    sink.error(
                        node, .badUTCOffset(text: offsetText))
                }
            }
            let window = reader.weekWindow()
            reader.finish()
            if let offset, let window { active = ActiveHours(utcOffsetMinutes: offset, window: window) }
        }
        let growth = ranges.read(object, "growth_per_month", .growthPerMonth, rule: .any)
        if let growth = ranges.extreme(growth, .growthPerMonth, { !InputBounds.growthPerMonth.contains($0) }),
            let node = object.value("growth_per_month", required: false)
        {
            sink.error(node, .growthOutside(percent: "\(growth * 100)"))
        }
        let peak = ranges.read(object, "peak_to_average", .peakToAverage, rule: .positive)
        let peakBound = InputBounds.peakToAverage
        if let peak = ranges.extreme(peak, .peakToAverage, { !peakBound.contains($0) }),
            let node = object.value("peak_to_average", required: false)
        {
            sink.error(
                node,
                peak < peakBound.lower
                    ? .peakBelowAverage(peak: "\(peak)")
                    : .peakAboveBound(
                        peak: "\(peak)", upper: "\(peakBound.upper ?? 1000)", lower: "\(peakBound.lower)")
            )
        }
        let hours = ranges.read(object, "serving_hours_per_month", .servingHoursPerMonth, rule: .positive)
        if let hours = ranges.extreme(
            hours, .servingHoursPerMonth, { $0 > 0 && !InputBounds.servingHoursPerMonth.contains($0) }),
            let node = object.value("serving_hours_per_month", required: false)
        {
            sink.error(node, .hoursAboveMonth(hours: "\(hours)"))
        }
        object.finish()
        guard let requests, let input, let output else { return nil }
        var workload = Workload(
            requestsPerMonth: requests, inputTokens: input, outputTokens: output,
            cachedInputShare: cached ?? InputBounds.cachedInputShare.defaultValue ?? 0,
            batchShare: batch ?? InputBounds.batchShare.defaultValue ?? 0,
            growthPerMonth: growth ?? InputBounds.growthPerMonth.defaultValue ?? 0,
            peakToAverage: peak ?? InputBounds.peakToAverage.defaultValue ?? 2,
            servingHoursPerMonth: hours ?? InputBounds.servingHoursPerMonth.defaultValue
                ?? Workload.hoursPerMonth)
        workload.cacheWriteShare = writes ?? InputBounds.cacheWriteShare.defaultValue ?? 0
        workload.activeHours = active
        return workload
    }

    /// `service_level`: a minimum speed per user (a range for `simulate`) and a maximum TTFT.
    private static func readServiceLevel(_ object: ObjectReader, sink: DiagnosticCollector, ranges: RangeLog)
        -> ServiceLevel?
    {
        let speed = ranges.read(object, "min_tokens_per_s_per_user", .serviceSpeed, rule: .positive)
        let speedBound = InputBounds.serviceSpeed
        if let speed = ranges.extreme(speed, .serviceSpeed, { $0 > 0 && !speedBound.contains($0) }),
            let node = object.value("min_tokens_per_s_per_user", required: false)
        {
            sink.error(node, .speedAboveBound(speed: "\(speed)", bound: "\(speedBound.upper ?? 0)"))
        }
        let ttft = object.decimal("max_ttft_s", required: false, rule: .positive)
        let ttftBound = InputBounds.serviceTTFT
        if let ttft, ttft > 0, !ttftBound.contains(ttft),
            let node = object.value("max_ttft_s", required: false)
        {
            sink.error(
                node,
                .ttftAboveBound(seconds: "\(ttft)", bound: "\(ttftBound.upper ?? 0)"))
        }
        if speed == nil && ttft == nil && !sink.isCutOff(object.node) {
            sink.error(object.node, .emptyServiceLevel)
            return nil
        }
        return ServiceLevel(minTokensPerSecondPerUser: speed, maxTTFTSeconds: ttft)
    }

    private static func readSelfHosting(_ object: ObjectReader, file: String, index: Int, ranges: RangeLog)
        -> SelfHostingSpec?
    {
        let deployment = object.string("deployment")
        let mode = object.oneOf("mode", HostingModeName.allCases.map(\.rawValue)).flatMap(
            HostingModeName.init)
        guard let deployment, let mode, let node = object.value("deployment", required: false) else {
            _ = object.string("label", required: false)
            return nil
        }
        var spec = SelfHostingSpec(
            deployment: ScenarioReference(id: deployment, origin: origin(node, file)), mode: mode)
        spec.label = object.string("label", required: false)
        spec.offer = object.string("offer", required: false)
        func read(_ key: String, _ input: SelfHostingInput, rule: NumberRule = .nonNegative) -> Decimal? {
            ranges.read(object, key, .selfHosting(index, input), rule: rule)
        }
        spec.ratePerGPUHour = read("rate_per_gpu_hour", .ratePerGPUHour)
        spec.perGPUInstalled = read("per_gpu_installed", .perGPUInstalled)
        spec.amortizationMonths = object.integer("amortization_months", required: false, minimum: 1)
        spec.pricePerKWh = read("price_per_kwh", .pricePerKWh)
        spec.pue = read("pue", .pue, rule: .positive)
        if let pue = ranges.extreme(spec.pue, .selfHosting(index, .pue), { !InputBounds.pue.contains($0) }),
            let node = object.value("pue", required: false)
        {
            object.sink.error(
                node,
                pue < InputBounds.pue.lower
                    ? .pueBelowOne(pue: "\(pue)")
                    : .pueAboveBound(
                        pue: "\(pue)", upper: "\(InputBounds.pue.upper ?? 10)",
                        lower: "\(InputBounds.pue.lower)")
            )
        }
        spec.hostingPerGPUMonth = read("hosting_per_gpu_month", .hostingPerGPUMonth)
        spec.utilization = read("utilization", .utilization, rule: .share)
        if ranges.extreme(spec.utilization, .selfHosting(index, .utilization), { $0 == 0 }) != nil,
            let node = object.value("utilization", required: false)
        {
            object.sink.error(node, .zeroUtilization)
        }
        spec.minReplicas = object.integer("min_replicas", required: false, minimum: 1)
        spec.condition = object.oneOf("condition", GPUCondition.allCases.map(\.rawValue), required: false)
            .flatMap(GPUCondition.init(rawValue:))
        if mode == .own && (spec.offer != nil || spec.ratePerGPUHour != nil) {
            object.sink.error(object.node, .rentKeysOnOwn)
        }
        if mode == .rent
            && (spec.perGPUInstalled != nil || spec.amortizationMonths != nil || spec.pricePerKWh != nil
                || spec.pue != nil || spec.hostingPerGPUMonth != nil || spec.condition != nil)
        {
            object.sink.error(
                object.node,
                .ownKeysOnRent)
        }
        return spec
    }

    private static func readBenefits(_ object: ObjectReader, sink: DiagnosticCollector, ranges: RangeLog)
        -> BenefitsSpec
    {
        var benefits = BenefitsSpec()
        let perMonth = ranges.read(object, "hours_saved_per_month", .benefit("hours_saved_per_month"))
        let perYear = ranges.read(object, "hours_saved_per_year", .benefit("hours_saved_per_year"))
        if perMonth != nil && perYear != nil {
            sink.error(
                object.node, .eitherNotBoth(first: "hours_saved_per_month", second: "hours_saved_per_year"))
        }
        benefits.hoursSavedPerMonth = perMonth ?? (perYear.map { $0 / 12 } ?? 0)
        benefits.hourlyCost =
            ranges.read(
                object, "hourly_cost", .benefit("hourly_cost"), required: benefits.hoursSavedPerMonth > 0)
            ?? 0
        let valueMonth = ranges.read(object, "value_per_month", .benefit("value_per_month"))
        let valueYear = ranges.read(object, "value_per_year", .benefit("value_per_year"))
        if valueMonth != nil && valueYear != nil {
            sink.error(object.node, .eitherNotBoth(first: "value_per_month", second: "value_per_year"))
        }
        benefits.valuePerMonth = valueMonth ?? (valueYear.map { $0 / 12 } ?? 0)
        benefits.note = object.string("note", required: false)
        return benefits
    }
}

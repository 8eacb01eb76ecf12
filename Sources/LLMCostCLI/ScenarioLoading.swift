import DefaultData
import Foundation
import Pricing
import Reports
import Scenarios

extension Invocation {
    /// The scenario of `--scenario FILE`, else the embedded default; invalid files stop with exit 1.
    func scenarioFile() throws(CLIError) -> ScenarioFile {
        let options = ValidationOptions(today: environment.today)
        let label: String
        let data: Data
        if let path = parsed.value("scenario") {
            label = inputLabel(path)
            data = try read(path)
        } else {
            label = "Data/scenarios/default.json"
            guard let embedded = DefaultData.files["scenarios/default.json"] else {
                throw .io(
                    "the embedded data has no scenarios/default.json; rebuild llmcost or pass --scenario FILE"
                )
            }
            data = embedded
        }
        let (scenario, diagnostics) = ScenarioReader.read(data, file: label, options: options)
        let errors = diagnostics.filter { $0.severity == .error }
        guard let scenario, errors.isEmpty else {
            throw .diagnostics(
                errors, summary: "\(counted(errors.count, "error")) in \(label)")
        }
        return scenario
    }

    /// A share flag such as `--cached 30%` (or `0.3`), checked to lie in 0–1.
    func share(_ name: String, allowZero: Bool = true) throws(CLIError) -> Decimal? {
        guard let value = try decimal(name) else { return nil }
        guard value >= 0, value <= 1, allowZero || value > 0 else {
            let example = Options.spec(name)?.example ?? "--\(name) 30%"
            let range = allowZero ? "from 0 to 100%" : "above 0 and at most 100%"
            throw .usage(
                "invalid value '\(parsed.value(name) ?? "")' for --\(name); expected a share \(range), e.g. \(example)"
            )
        }
        return value
    }

    /// A non-negative (or positive) number flag, at most `maximum` when given, with its example when it is not.
    func amount(
        _ name: String, positive: Bool = false, minimum: Decimal? = nil, maximum: Decimal? = nil
    ) throws(CLIError) -> Decimal? {
        guard let value = try decimal(name) else { return nil }
        let floor = minimum ?? 0
        guard positive ? value > floor : value >= floor, maximum.map({ value <= $0 }) ?? true else {
            let example = Options.spec(name)?.example ?? "--\(name) 1"
            var bound = positive ? "greater than \(floor)" : "at least \(floor)"
            if let maximum {
                bound = positive ? "above \(floor) and at most \(maximum)" : "from \(floor) to \(maximum)"
            }
            throw .usage(
                "invalid value '\(parsed.value(name) ?? "")' for --\(name); expected a number \(bound), e.g. \(example)"
            )
        }
        return value
    }

    /// A money flag such as `--rate 2.5` (in `currency`, the scenario's) or `--rate 2.5USD`,
    /// converted from the suffix's currency to `currency` at the rate in force; at least 0.
    ///
    /// The rate in force is the one on `--as-of`, else the scenario's `as_of` (`scenarioAsOf`), else today, as for the report.
    func money(_ name: String, in currency: String, asOf scenarioAsOf: CalendarDate?) throws(CLIError)
        -> Decimal?
    {
        guard let text = parsed.value(name) else { return nil }
        let code = String(text.suffix(3))
        guard text.count > 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            return try amount(name)
        }
        let example = Options.spec(name)?.example ?? "--\(name) 1"
        let number = String(text.dropLast(3))
        guard let value = Quantity.parse(number) else {
            throw .usage("invalid value '\(text)' for --\(name); expected a number, e.g. \(example)")
        }
        if let problem = SanityBounds.magnitudeProblem(value) {
            throw .usage("invalid value '\(text)' for --\(name): it \(problem), e.g. \(example)")
        }
        guard value >= 0 else {
            throw .usage(
                "invalid value '\(text)' for --\(name); expected a number at least 0, e.g. \(example)")
        }
        guard code != currency else { return value }
        let asOf = parsed.value("as-of") != nil ? try asOfDate() : (scenarioAsOf ?? environment.today)
        let converter = try converter(loadTable(), asOf: asOf)
        // Multiplied before divided, so 1,500,000 JPY at 150 per USD is exactly 10,000 USD.
        guard let source = converter.perUSD[code], let target = converter.perUSD[currency], source > 0 else {
            throw .usage(
                CLIMessage.unknownSuffixCurrency(
                    flag: name, value: text, code: code, known: converter.perUSD.keys.sorted()
                ).text(messageLanguage))
        }
        return value * target / source
    }

    /// `--requests 3M/month`, `100k/day` (× 365/12) or a bare monthly count.
    func requestsPerMonth() throws(CLIError) -> Decimal? {
        guard var text = parsed.value("requests") else { return nil }
        var factor: Decimal = 1
        if text.hasSuffix("/day") {
            text.removeLast(4)
            factor = ScenarioFile.daysPerMonth
        } else if text.hasSuffix("/month") {
            text.removeLast(6)
        }
        // A quadrillion requests a month is past any fleet the engine can size; say so here, at the flag.
        guard let value = Quantity.parse(text), InputBounds.requestsPerMonth.contains(value * factor),
            SanityBounds.magnitudeProblem(value) == nil
        else {
            throw .usage(
                "invalid value '\(parsed.value("requests") ?? "")' for --requests; expected a count per month or day, at most a quadrillion a month, e.g. --requests 3M/month or --requests 100k/day"
            )
        }
        return value * factor
    }

    /// The scenario with every workload, cost and self-hosting flag laid over its values.
    func applyingFlags(to original: ScenarioFile) throws(CLIError) -> ScenarioFile {
        var scenario = original
        if let requests = try requestsPerMonth() { scenario.workload.requestsPerMonth = requests }
        if let input = try amount("input") { scenario.workload.inputTokens = input }
        if let output = try amount("output") { scenario.workload.outputTokens = output }
        if scenario.workload.inputTokens + scenario.workload.outputTokens == 0 {
            throw .usage("a request needs input or output tokens; e.g. --input 1500 --output 400")
        }
        if let cached = try share("cached") {
            let writes = scenario.workload.cacheWriteShare
            guard cached + writes <= 1 else {
                throw .usage(
                    "invalid value '\(parsed.value("cached") ?? "")' for --cached; with the scenario's cache_write_share \(writes) it may be at most \((1 - writes) * 100)%, e.g. --cached \((1 - writes) * 50)%"
                )
            }
            scenario.workload.cachedInputShare = cached
        }
        if let batch = try share("batch") { scenario.workload.batchShare = batch }
        if let growth = try decimal("growth") {
            guard InputBounds.growthPerMonth.contains(growth) else {
                throw .usage(
                    "invalid value '\(parsed.value("growth") ?? "")' for --growth; expected −99%…1000% a month, e.g. --growth 3%"
                )
            }
            scenario.workload.growthPerMonth = growth
        }
        let peakBound = InputBounds.peakToAverage
        if let peak = try amount("peak", minimum: peakBound.lower, maximum: peakBound.upper) {
            scenario.workload.peakToAverage = peak
        }
        if let hours = try amount("hours", positive: true) {
            guard InputBounds.servingHoursPerMonth.contains(hours) else {
                throw .usage(
                    "invalid value '\(parsed.value("hours") ?? "")' for --hours; a month has 730 hours, e.g. --hours 200"
                )
            }
            scenario.workload.servingHoursPerMonth = hours
        }
        scenario = try applyingServiceLevelFlags(to: scenario)
        if let fte = try amount("ops-fte") { scenario.opsFTE = fte }
        if let cost = try money("fte-cost", in: scenario.currency, asOf: scenario.asOf) {
            scenario.fteMonthlyCost = cost
        }
        if let setup = try money("setup", in: scenario.currency, asOf: scenario.asOf) {
            scenario.setup = setup
        }
        if let horizon = try integer("horizon", minimum: 1) {
            guard InputBounds.horizonMonths.contains(Decimal(horizon)) else {
                throw .usage(
                    "invalid value '\(parsed.value("horizon") ?? "")' for --horizon; at most 600 months, e.g. --horizon 36"
                )
            }
            scenario.horizonMonths = horizon
        }
        if let rate = try share("discount") { scenario.discountRate = rate }
        let rate = try money("rate", in: scenario.currency, asOf: scenario.asOf)
        let offer = parsed.value("offer")
        if rate != nil && offer != nil {
            throw .usage("give --rate or --offer, not both, e.g. --rate 2.99 or --offer lambda")
        }
        let utilization = try share("utilization", allowZero: false)
        let minReplicas = try integer("min-replicas", minimum: 1)
        let amortization = try integer("amortization", minimum: 1)
        let kwh = try money("kwh", in: scenario.currency, asOf: scenario.asOf)
        let pue = try amount("pue", minimum: InputBounds.pue.lower, maximum: InputBounds.pue.upper)
        scenario.selfHosting = scenario.selfHosting.map { original in
            var spec = original
            if spec.mode == .rent {
                if let rate {
                    spec.ratePerGPUHour = rate
                    spec.offer = nil
                }
                if let offer {
                    spec.offer = offer
                    spec.ratePerGPUHour = nil
                }
            } else {
                if let amortization { spec.amortizationMonths = amortization }
                if let kwh { spec.pricePerKWh = kwh }
                if let pue { spec.pue = pue }
            }
            if let utilization { spec.utilization = utilization }
            if let minReplicas { spec.minReplicas = minReplicas }
            return spec
        }
        return scenario
    }

    /// `--speed` and `--ttft` laid over the scenario's `service_level` (a flag replaces a range's mode and drops the range).
    func applyingServiceLevelFlags(to original: ScenarioFile) throws(CLIError) -> ScenarioFile {
        var scenario = original
        let speed = try amount("speed", positive: true, maximum: InputBounds.serviceSpeed.upper)
        let ttft = try amount("ttft", positive: true, maximum: InputBounds.serviceTTFT.upper)
        guard speed != nil || ttft != nil else { return scenario }
        var level = scenario.serviceLevel ?? ServiceLevel()
        if let speed {
            level.minTokensPerSecondPerUser = speed
            scenario.ranges.removeAll { $0.input == .serviceSpeed }
        }
        if let ttft { level.maxTTFTSeconds = ttft }
        scenario.serviceLevel = level
        return scenario
    }

    /// Stops with exit 1 when the scenario's self-hosting options cannot meet its service level,
    /// saying the speed each reaches; `all` also stops when any one of several cannot (simulate).
    func requireServiceLevelMet(_ plan: ScenarioPlan, all: Bool = false) throws(CLIError) {
        guard let first = plan.unmetServiceLevel.first, all || plan.selfHosting.isEmpty else { return }
        let level = plan.serviceLevel ?? ServiceLevel()
        var wanted: [String] = []
        if let speed = level.minTokensPerSecondPerUser { wanted.append("\(speed) tokens/s per user") }
        if let ttft = level.maxTTFTSeconds { wanted.append("a first token within \(ttft) s") }
        let reach =
            first.bestSpeed.map {
                "its fastest measured point within the TTFT limit gives \(NumberFormatting.grouped($0, places: 1)) tokens/s per user"
            }
            ?? "none of its measured points has a first token that fast"
        // A level set by --speed or --ttft is the flag's, not the scenario file's.
        let flags = ["speed", "ttft"].compactMap { name in parsed.value(name).map { "--\(name) \($0)" } }
        let place = flags.isEmpty ? "\(plan.scenario.file): service_level" : flags.joined(separator: " ")
        let fix =
            parsed.value("ttft") != nil && parsed.value("speed") == nil ? "raise --ttft" : "lower --speed"
        throw .invalid(
            "\(place): '\(first.deployment.id)' cannot serve \(wanted.joined(separator: " with ")): \(reach); \(fix) or choose another deployment"
        )
    }

    /// Rates for conversion: currencies.json, overridden by each `--fx CODE=RATE`.
    func converter(_ table: PriceTable, asOf: CalendarDate) throws(CLIError) -> CurrencyConverter {
        var overrides: [String: Decimal] = [:]
        for text in parsed.values("fx") {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0].count == 3,
                parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }),
                let rate = Quantity.parse(parts[1]), rate > 0, SanityBounds.magnitudeProblem(rate) == nil
            else {
                throw .usage(
                    "invalid value '\(text)' for --fx; expected CODE=UNITS_PER_USD, e.g. --fx JPY=151.2")
            }
            overrides[parts[0]] = rate
        }
        return CurrencyConverter(rates: table.currencies(asOf: asOf), overrides: overrides)
    }

    /// The currency asked for with `--currency`, checked against the known rates.
    ///
    /// Without `--currency`, one `--fx CODE=RATE` shows money in CODE (the rate is never ignored);
    /// several are refused, since which one to show is not said.
    func requestedCurrency(_ converter: CurrencyConverter) throws(CLIError) -> String? {
        guard let code = parsed.value("currency") else {
            let codes = parsed.values("fx").compactMap { $0.split(separator: "=").first.map(String.init) }
            guard codes.count <= 1 else {
                throw .usage(CLIMessage.fxWithoutCurrency(parsed.values("fx")).text(messageLanguage))
            }
            return codes.first
        }
        guard converter.perUSD[code] != nil else {
            let hint = closestMatch(to: code, among: converter.perUSD.keys.sorted()).map {
                "; did you mean '\($0)'?"
            }
            let known = converter.perUSD.keys.sorted()
            // A code-shaped value may be meant with a rate of the user's own; anything else needs an example.
            let isCode = code.count == 3 && code.allSatisfy { $0.isASCII && $0.isUppercase }
            let fx = isCode ? "--fx \(code)=RATE" : "--fx CODE=RATE"
            throw .usage(
                "unknown currency '\(code)' for --currency\(hint ?? ", e.g. --currency \(known.first { $0 != "USD" } ?? "USD")") (known: \(known.joined(separator: ", ")); or pass \(fx))"
            )
        }
        return code
    }

    /// Resolves a scenario against the data, in the requested currency, on the `--as-of` date.
    func plan(_ scenario: ScenarioFile, table: PriceTable) throws(CLIError) -> ScenarioPlan {
        let asOf = parsed.value("as-of") != nil ? try asOfDate() : (scenario.asOf ?? environment.today)
        let converter = try converter(table, asOf: asOf)
        let currency = try requestedCurrency(converter)
        try checkOffer(scenario, table: table)
        var scenario = scenario
        if let tier = try tier(known: table.serviceTierNames) {
            scenario.apiModels = scenario.apiModels.map {
                var reference = $0
                reference.tier = tier
                return reference
            }
        }
        let (plan, errors) = ScenarioPlanner.plan(
            scenario, table: table, asOf: asOf, currency: currency, converter: converter)
        guard let plan else {
            // A refusal of what a flag named (a retired --api model) is the flag's, not the file's.
            if !errors.isEmpty, errors.allSatisfy({ $0.file.hasPrefix("--") }) {
                throw .invalid(errors.map(\.description).joined(separator: "\n"))
            }
            throw .diagnostics(
                errors, summary: "\(counted(errors.count, "error")) in \(scenario.file)")
        }
        warnAboutOldRates(plan)
        return plan
    }

    /// `--tier NAME`: the service tier every API option is priced at, one of the tiers the data has.
    func tier(known: [String]) throws(CLIError) -> String? {
        guard let tier = parsed.value("tier") else { return nil }
        guard !tier.isEmpty, tier.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        else {
            throw .usage("invalid value '\(tier)' for --tier; expected a tier name, e.g. --tier flex")
        }
        guard known.contains(tier) else {
            // Accepted, it would price every model at its standard prices without a word.
            let example =
                closestMatch(to: tier, among: known) == nil
                ? known.first.map { ", e.g. --tier \($0)" } ?? "" : ""
            throw .usage(
                "invalid value '\(tier)' for --tier: \(ScenarioPlanner.unknownTier(tier, among: known))\(example)"
            )
        }
        return tier
    }

    /// One stderr line per exchange rate more than 30 days older than the as-of date (SPEC §6.4).
    func warnAboutOldRates(_ plan: ScenarioPlan) {
        for rate in plan.exchangeRates where !rate.givenWithFX {
            guard let date = rate.date else { continue }
            let age = plan.asOf.dayNumber - date.dayNumber
            guard age > 30 else { continue }
            notices.add(
                Phrases.text(
                    .cliOldRate, messageLanguage, "\(rate.code)", "\(rate.perUSD)", "\(date)", "\(age)",
                    "\(plan.asOf)"))
        }
    }

    /// `--offer PROVIDER` must be one of the providers renting each GPU it applies to: the value
    /// came from the command line, so it is a usage error (exit 2), not the scenario's.
    func checkOffer(_ scenario: ScenarioFile, table: PriceTable) throws(CLIError) {
        guard let provider = parsed.value("offer") else { return }
        for spec in scenario.selfHosting where spec.mode == .rent {
            guard let deployment = table.deployment(id: spec.deployment.id),
                let gpu = table.gpu(id: deployment.gpu)
            else { continue }
            let providers = gpu.rent.map(\.provider).reduce(into: [String]()) {
                if !$0.contains($1) { $0.append($1) }
            }
            guard !providers.contains(provider) else { continue }
            let hint = closestMatch(to: provider, among: providers).map { "; did you mean '\($0)'?" } ?? ""
            let known = providers.isEmpty ? "" : " (offers: \(providers.joined(separator: ", ")))"
            throw .usage(
                "invalid value '\(provider)' for --offer; no such offer for \(gpu.id)\(known)\(hint), e.g. --offer \(providers.first ?? "lambda")"
            )
        }
    }

    /// The digits after the point that money in `currency` is shown with.
    func minorUnits(_ currency: String, table: PriceTable) -> Int {
        table.currency(code: currency)?.minorUnits ?? Money.minorUnits(of: currency)
    }
}

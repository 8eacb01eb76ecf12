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
                throw .io(t(.cliNoEmbeddedFile, "scenarios/default.json", "--scenario FILE"))
            }
            data = embedded
        }
        let (scenario, diagnostics) = ScenarioReader.read(data, file: label, options: options)
        let errors = diagnostics.filter { $0.severity == .error }
        guard let scenario, errors.isEmpty else {
            throw .diagnostics(errors, summary: errorCount(.cliErrorsIn, errors.count, label))
        }
        return scenario
    }

    /// A share flag such as `--cached 30%` (or `0.3`), checked to lie in 0–1.
    func share(_ name: String, allowZero: Bool = true) throws(CLIError) -> Decimal? {
        guard let value = try decimal(name) else { return nil }
        guard value >= 0, value <= 1, allowZero || value > 0 else {
            let example = Options.spec(name)?.example ?? "--\(name) 30%"
            let range = allowZero ? t(.cliExpectShareFrom0) : t(.cliExpectShareAbove0)
            throw .usage(invalidValue(parsed.value(name) ?? "", name, expected: range, example: example))
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
            var bound = t(positive ? .cliExpectNumberAbove : .cliExpectNumberAtLeast, "\(floor)")
            if let maximum {
                bound = t(
                    positive ? .cliExpectNumberAboveAtMost : .cliExpectNumberFromTo, "\(floor)", "\(maximum)")
            }
            throw .usage(invalidValue(parsed.value(name) ?? "", name, expected: bound, example: example))
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
            throw .usage(invalidValue(text, name, expected: t(.cliExpectNumber), example: example))
        }
        if let problem = magnitudeProblem(value) {
            throw .usage(t(.cliValueOutOfReach, text, name, problem, example))
        }
        guard value >= 0 else {
            throw .usage(
                invalidValue(text, name, expected: t(.cliExpectNumberAtLeast, "0"), example: example))
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
                invalidValue(
                    parsed.value("requests") ?? "", "requests", expected: t(.cliExpectRequests),
                    example: t(.cliExpectEither, "--requests 3M/month", "--requests 100k/day")))
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
            throw .usage(t(.cliRequestNeedsTokens, "--input 1500 --output 400"))
        }
        if let cached = try share("cached") {
            let writes = scenario.workload.cacheWriteShare
            guard cached + writes <= 1 else {
                throw .usage(
                    t(
                        .cliCachedWithWrites, parsed.value("cached") ?? "", "\(writes)",
                        "\((1 - writes) * 100)",
                        "--cached \((1 - writes) * 50)%"))
            }
            scenario.workload.cachedInputShare = cached
        }
        if let batch = try share("batch") { scenario.workload.batchShare = batch }
        if let growth = try decimal("growth") {
            guard InputBounds.growthPerMonth.contains(growth) else {
                throw .usage(
                    invalidValue(
                        parsed.value("growth") ?? "", "growth", expected: t(.cliExpectGrowth),
                        example: "--growth 3%"))
            }
            scenario.workload.growthPerMonth = growth
        }
        let peakBound = InputBounds.peakToAverage
        if let peak = try amount("peak", minimum: peakBound.lower, maximum: peakBound.upper) {
            scenario.workload.peakToAverage = peak
        }
        if let hours = try amount("hours", positive: true) {
            guard InputBounds.servingHoursPerMonth.contains(hours) else {
                throw .usage(t(.cliHoursInAMonth, parsed.value("hours") ?? "", "--hours 200"))
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
                throw .usage(t(.cliHorizonAtMost, parsed.value("horizon") ?? "", "--horizon 36"))
            }
            scenario.horizonMonths = horizon
        }
        if let rate = try share("discount") { scenario.discountRate = rate }
        let rate = try money("rate", in: scenario.currency, asOf: scenario.asOf)
        let offer = parsed.value("offer")
        if rate != nil && offer != nil {
            throw .usage(t(.cliRateOrOffer, t(.cliExpectEither, "--rate 2.99", "--offer lambda")))
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
        if let speed = level.minTokensPerSecondPerUser { wanted.append(t(.cliLevelSpeed, "\(speed)")) }
        if let ttft = level.maxTTFTSeconds { wanted.append(t(.cliLevelTTFT, "\(ttft)")) }
        let reach =
            first.bestSpeed.map { t(.cliLevelReaches, NumberFormatting.grouped($0, places: 1)) }
            ?? t(.cliLevelNoFirstToken)
        // A level set by --speed or --ttft is the flag's, not the scenario file's.
        let flags = ["speed", "ttft"].compactMap { name in parsed.value(name).map { "--\(name) \($0)" } }
        let place = flags.isEmpty ? "\(plan.scenario.file): service_level" : flags.joined(separator: " ")
        let fix =
            parsed.value("ttft") != nil && parsed.value("speed") == nil ? t(.cliRaiseTTFT) : t(.cliLowerSpeed)
        throw .invalid(
            t(
                .cliCannotServe, place, first.deployment.id, wanted.joined(separator: t(.cliLevelWith)),
                reach, fix))
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
                throw .usage(invalidValue(text, "fx", expected: t(.cliExpectFX), example: "--fx JPY=151.2"))
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
            let hint = didYouMean(code, among: converter.perUSD.keys.sorted(), messageLanguage)
            let known = converter.perUSD.keys.sorted()
            // A code-shaped value may be meant with a rate of the user's own; anything else needs an example.
            let isCode = code.count == 3 && code.allSatisfy { $0.isASCII && $0.isUppercase }
            let fx = isCode ? "--fx \(code)=RATE" : "--fx CODE=RATE"
            let help =
                hint.isEmpty
                ? forExample("--currency \(known.first { $0 != "USD" } ?? "USD")", messageLanguage) : hint
            throw .usage(t(.cliUnknownCurrency, code, help, known.joined(separator: ", "), fx))
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
                throw .invalid(errors.map { describe($0) }.joined(separator: "\n"))
            }
            throw .diagnostics(
                errors, summary: errorCount(.cliErrorsIn, errors.count, scenario.file))
        }
        warnAboutOldRates(plan)
        return plan
    }

    /// `--tier NAME`: the service tier every API option is priced at, one of the tiers the data has.
    func tier(known: [String]) throws(CLIError) -> String? {
        guard let tier = parsed.value("tier") else { return nil }
        guard !tier.isEmpty, tier.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        else {
            throw .usage(invalidValue(tier, "tier", expected: t(.cliExpectTierName), example: "--tier flex"))
        }
        guard known.contains(tier) else {
            // Accepted, it would price every model at its standard prices without a word.
            let example =
                closestMatch(to: tier, among: known) == nil
                ? known.first.map { forExample("--tier \($0)", messageLanguage) } ?? "" : ""
            throw .usage(
                t(
                    .cliUnknownTierValue, tier, Phrases.unknownTier(tier, among: known, messageLanguage),
                    example))
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
            let hint = didYouMean(provider, among: providers, messageLanguage)
            let known = providers.isEmpty ? "" : t(.cliOffersKnown, providers.joined(separator: ", "))
            throw .usage(
                t(.cliNoSuchOffer, provider, gpu.id, known, hint, "--offer \(providers.first ?? "lambda")"))
        }
    }

    /// The digits after the point that money in `currency` is shown with.
    func minorUnits(_ currency: String, table: PriceTable) -> Int {
        table.currency(code: currency)?.minorUnits ?? Money.minorUnits(of: currency)
    }
}

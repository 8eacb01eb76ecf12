import Foundation

/// The kinds of data file, named by their `schema` field (`llmcost/models@1`, …).
public enum DataFileKind: String, Sendable, Hashable, CaseIterable {
    case models
    case gpus
    case deployments
    case currencies
    case seats

    /// The `schema` value a file of this kind carries.
    public var schemaID: String { "llmcost/\(rawValue)@1" }

    /// The file name this kind has in a data directory (`models.json`).
    public var fileName: String { "\(rawValue).json" }
}

/// A value in one file that names something another file must define.
public struct Reference: Sendable, Hashable {
    public enum Target: String, Sendable, Hashable {
        case gpu
        case modelFamily = "model family"
        case currency
    }

    public var target: Target
    public var value: String
    public var file: String
    public var location: SourceLocation
    public var path: JSONPath
}

/// What reading one data file produced: its part of the price table and its problems.
public struct PriceFile: Sendable {
    public var file: String
    /// Nil when the file is not JSON or names no known schema.
    public var kind: DataFileKind?
    /// The `schema` the file declares, known or not (so a caller can hand a scenario file on).
    public var schema: String?
    public var table: PriceTable
    public var references: [Reference]
    public var diagnostics: [Diagnostic]
    /// True when a syntax error cut the file short: its table holds only what came before it.
    public var isCutShort = false
    /// The keys the reader accepts in each object it read, by path, when asked for
    /// (`recordingAcceptedKeys`); tests hold the JSON schemas to it.
    package var acceptedKeys: [JSONPath: Set<String>] = [:]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads data files into price tables, reporting every problem with its position.
public enum PriceFileReader {
    /// Reads one file; never throws: every problem becomes a diagnostic.
    ///
    /// A syntax error does not hide the file's other faults: the part before it is checked too,
    /// except for what the cut itself explains (a required field, a `source` or measured points
    /// missing from an object or array the error cut off).
    ///
    /// `recordingAcceptedKeys` fills `acceptedKeys`; it costs a tenth of the time of a large file.
    public static func read(
        _ data: Data, file: String, options: ValidationOptions, reader: JSONReader = JSONReader(),
        recordingAcceptedKeys: Bool = false
    ) -> PriceFile {
        var result = PriceFile(file: file, kind: nil, table: PriceTable(), references: [], diagnostics: [])
        let document = reader.parsePartial(data)
        var syntax: [Diagnostic] = []
        if let error = document.error {
            result.isCutShort = true
            syntax = [Diagnostic(syntaxError: error, file: file)]
        }
        guard let root = document.root else {
            result.diagnostics = syntax
            return result
        }
        let sink = DiagnosticCollector(
            file: file, cutOff: document.incomplete, recordsAcceptedKeys: recordingAcceptedKeys)
        let context = Context(file: file, sink: sink, options: options)
        if let object = ObjectReader(root, sink: sink, options: options) {
            context.readDocument(object, into: &result)
        }
        result.references = context.references
        result.diagnostics = syntax + sink.diagnostics
        result.acceptedKeys = sink.acceptedKeys
        return result
    }

    final class Context {
        let file: String
        let sink: DiagnosticCollector
        let options: ValidationOptions
        var references: [Reference] = []

        init(file: String, sink: DiagnosticCollector, options: ValidationOptions) {
            self.file = file
            self.sink = sink
            self.options = options
        }

        func readDocument(_ object: ObjectReader, into result: inout PriceFile) {
            let kinds = DataFileKind.allCases.map(\.schemaID)
            // Without a schema the file's keys cannot be judged, so none are reported as unknown.
            guard let schema = object.string("schema") else { return }
            result.schema = schema
            guard let kind = DataFileKind.allCases.first(where: { $0.schemaID == schema }) else {
                if let node = object.value("schema", required: false) {
                    sink.error(
                        node,
                        .unknownSchema(
                            schema: schema, suggestion: closestMatch(to: schema, among: kinds),
                            expected: kinds.joined(separator: ", ")))
                }
                return
            }
            result.kind = kind
            switch kind {
            case .models:
                let currency = fileCurrency(object)
                result.table.models = readList(object, key: "models") { readModel($0, currency: currency) }
                if !result.isCutShort { checkSuccessors(object, models: result.table.models) }
            case .gpus:
                let currency = fileCurrency(object)
                result.table.gpus = readList(object, key: "gpus") { readGPU($0, currency: currency) }
            case .deployments:
                result.table.deployments = readList(object, key: "deployments") { readDeployment($0) }
            case .currencies:
                if let base = object.string("base"), base != "USD",
                    let node = object.value("base", required: false)
                {
                    sink.error(node, .baseNotUSD)
                }
                // A code may appear once per date: its dated history (SPEC §6.4).
                result.table.currencies = readList(
                    object, key: "rates", idKey: "code",
                    identity: { "\($0["code"]?.string ?? "") on \($0["date"]?.string ?? "no date")" },
                    entry: { readRate($0) })
                warnAboutOldRates(object, rates: result.table.currencies)
            case .seats:
                let currency = fileCurrency(object)
                result.table.seatPlans = readList(object, key: "plans") {
                    readSeatPlan($0, currency: currency)
                }
            }
            object.finish()
        }

        private func fileCurrency(_ object: ObjectReader) -> String {
            guard let code = object.string("currency"), let node = object.value("currency", required: false)
            else {
                return "USD"
            }
            references.append(
                Reference(
                    target: .currency, value: code, file: file, location: node.location, path: node.path))
            return code
        }

        /// Reads a list of entries keyed by a unique `id`, reporting duplicates at the second one.
        private func readList<Entry>(
            _ object: ObjectReader, key: String, idKey: String = "id",
            identity: ((JSONNode) -> String)? = nil, entry: (ObjectReader) -> Entry?
        ) -> [Entry] {
            guard let elements = object.array(key) else { return [] }
            var entries: [Entry] = []
            var seen: [String: SourceLocation] = [:]
            for element in elements {
                guard let reader = ObjectReader(element, sink: sink, options: options) else { continue }
                if let idNode = element[idKey], let plain = idNode.string {
                    let id = identity?(element) ?? plain
                    if let first = seen[id] {
                        sink.error(idNode, .duplicateID(key: idKey, id: id, line: "\(first.line)"))
                    } else {
                        seen[id] = idNode.location
                    }
                }
                if let value = entry(reader) { entries.append(value) }
                reader.finish()
            }
            return entries
        }

        private func origin(_ reader: ObjectReader) -> Origin {
            Origin(file: file, location: reader.node.location, path: reader.node.path)
        }

        private func readModel(_ object: ObjectReader, currency: String) -> APIModel? {
            let id = object.string("id")
            if let id, let node = object.value("id", required: false) {
                let parts = id.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
                if parts.count != 2 || parts[0].isEmpty || parts[1].isEmpty {
                    sink.error(node, .notProviderModel(id: id))
                }
            }
            let name = object.string("name")
            let provider = object.string("provider")
            let family = object.string("family")
            let openWeights = object.bool("open_weights", required: false) ?? false
            let contextWindow = object.integer("context_window", required: false, minimum: 1)
            let note = object.string("note", required: false)
            var prices: [PriceSet] = []
            if let elements = object.array("prices", nonEmpty: true) {
                var dates: [CalendarDate: SourceLocation] = [:]
                for element in elements {
                    guard let reader = ObjectReader(element, sink: sink, options: options) else { continue }
                    if let set = readPriceSet(reader) {
                        if let first = dates[set.effective],
                            let node = reader.value("effective", required: false)
                        {
                            sink.error(node, .twoPriceSets(date: "\(set.effective)", line: "\(first.line)"))
                        } else {
                            dates[set.effective] = element.location
                            prices.append(set)
                        }
                    }
                    reader.finish()
                }
            }
            let deprecated = object.date("deprecated", required: false)
            // An announced end may lie ahead; so `retired` alone may be after today.
            let retired = object.date("retired", required: false, notAfterToday: false)
            if let deprecated, let retired, retired < deprecated,
                let node = object.value("retired", required: false)
            {
                sink.error(node, .retiredBeforeDeprecated(retired: "\(retired)", deprecated: "\(deprecated)"))
            }
            let successor = object.string("successor", required: false)
            warnIfFreeWithoutEnd(object, prices: prices, retired: retired)
            if let successor, successor == id, let node = object.value("successor", required: false) {
                sink.error(node, .ownSuccessor)
            }
            guard let id, let name, let provider, let family else { return nil }
            var model = APIModel(
                id: id, name: name, provider: provider, family: family, openWeights: openWeights,
                contextWindow: contextWindow, note: note, prices: prices, currency: currency,
                origin: origin(object))
            model.deprecated = deprecated
            model.retired = retired
            model.successor = successor
            return model
        }

        /// A $0 price set with no end (the model's last set, and no `retired` date) would rank first
        /// forever: a warning. A free preview that a paid set or a retirement ended is history.
        private func warnIfFreeWithoutEnd(_ object: ObjectReader, prices: [PriceSet], retired: CalendarDate?)
        {
            guard retired == nil, let last = prices.max(by: { $0.effective < $1.effective }),
                last.inputPerMTok == 0, last.outputPerMTok == 0, (last.cachedInputPerMTok ?? 0) == 0,
                (last.cacheWritePerMTok ?? 0) == 0
            else { return }
            let node =
                object.node["prices"]?.elements?.first {
                    $0["effective"]?.string == last.effective.description
                } ?? object.node
            sink.warning(node, .freeWithoutEnd(date: "\(last.effective)"))
        }

        /// Each `successor` must name a model of the file.
        func checkSuccessors(_ object: ObjectReader, models: [APIModel]) {
            let ids = Set(models.map(\.id))
            for element in object.node["models"]?.elements ?? [] {
                guard let node = element["successor"], let successor = node.string, !ids.contains(successor)
                else { continue }
                sink.error(
                    node,
                    .unknownSuccessor(
                        successor: successor, suggestion: closestMatch(to: successor, among: ids.sorted())))
            }
        }

        private func readPriceSet(_ object: ObjectReader) -> PriceSet? {
            let effective = object.date("effective")
            let input = object.decimal("input_per_mtok", rule: .pricePerMTok)
            let cached = object.decimal("cached_input_per_mtok", required: false, rule: .pricePerMTok)
            let write = object.decimal("cache_write_per_mtok", required: false, rule: .pricePerMTok)
            let output = object.decimal("output_per_mtok", rule: .pricePerMTok)
            let batch = object.decimal("batch_discount", required: false, rule: .share)
            warnIfOutputBelowInput(object, input: input, output: output)
            var tiers: [PriceTier] = []
            for element in object.array("tiers", required: false) ?? [] {
                guard let tier = ObjectReader(element, sink: sink, options: options) else { continue }
                let above = tier.integer("above_input_tokens", minimum: 1)
                let tierInput = tier.decimal("input_per_mtok", rule: .pricePerMTok)
                let tierOutput = tier.decimal("output_per_mtok", rule: .pricePerMTok)
                let tierCached = tier.decimal("cached_input_per_mtok", required: false, rule: .pricePerMTok)
                let tierWrite = tier.decimal("cache_write_per_mtok", required: false, rule: .pricePerMTok)
                warnIfOutputBelowInput(tier, input: tierInput, output: tierOutput)
                tier.finish()
                if let above, let tierInput, let tierOutput {
                    tiers.append(
                        PriceTier(
                            aboveInputTokens: above, inputPerMTok: tierInput, outputPerMTok: tierOutput,
                            cachedInputPerMTok: tierCached, cacheWritePerMTok: tierWrite))
                }
            }
            var serviceTiers: [String: ServiceTierPrices] = [:]
            if let map = object.object("service_tiers", required: false) {
                for member in map.node.members ?? [] {
                    guard let tier = map.object(member.key) else { continue }
                    if !member.key.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
                    {
                        sink.error(
                            at: member.keyLocation, path: map.node.path.appending(key: member.key),
                            .badTierName(tier: member.key))
                    }
                    let tierInput = tier.decimal("input_per_mtok", rule: .pricePerMTok)
                    let tierCached = tier.decimal(
                        "cached_input_per_mtok", required: false, rule: .pricePerMTok)
                    let tierWrite = tier.decimal("cache_write_per_mtok", required: false, rule: .pricePerMTok)
                    let tierOutput = tier.decimal("output_per_mtok", rule: .pricePerMTok)
                    warnIfOutputBelowInput(tier, input: tierInput, output: tierOutput)
                    tier.finish()
                    if let tierInput, let tierOutput {
                        serviceTiers[member.key] = ServiceTierPrices(
                            inputPerMTok: tierInput, cachedInputPerMTok: tierCached,
                            cacheWritePerMTok: tierWrite,
                            outputPerMTok: tierOutput)
                    }
                }
                map.finish()
            }
            var peak: PeakPrices?
            if let reader = object.object("peak", required: false) {
                peak = readPeak(reader)
                if !tiers.isEmpty {
                    sink.error(reader.node, .peakWithTiers)
                }
                reader.finish()
            }
            let source = object.source()
            let checked = object.checkedDate()
            let note = object.string("note", required: false)
            guard let effective, let input, let output else { return nil }
            var set = PriceSet(
                effective: effective, inputPerMTok: input, outputPerMTok: output, cachedInputPerMTok: cached,
                cacheWritePerMTok: write,
                batchDiscount: batch ?? 0, tiers: tiers, source: source, checked: checked, note: note)
            set.serviceTiers = serviceTiers
            set.peak = peak
            return set
        }

        /// A price set's `peak`: its prices and UTC windows.
        private func readPeak(_ object: ObjectReader) -> PeakPrices? {
            let input = object.decimal("input_per_mtok", rule: .pricePerMTok)
            let cached = object.decimal("cached_input_per_mtok", required: false, rule: .pricePerMTok)
            let output = object.decimal("output_per_mtok", rule: .pricePerMTok)
            warnIfOutputBelowInput(object, input: input, output: output)
            var windows: [WeekWindow] = []
            for element in object.array("windows", nonEmpty: true) ?? [] {
                guard let reader = ObjectReader(element, sink: sink, options: options) else { continue }
                if let window = reader.weekWindow() { windows.append(window) }
                reader.finish()
            }
            guard let input, let output, !windows.isEmpty else { return nil }
            return PeakPrices(
                inputPerMTok: input, cachedInputPerMTok: cached, outputPerMTok: output, windows: windows)
        }

        private func warnIfOutputBelowInput(_ object: ObjectReader, input: Decimal?, output: Decimal?) {
            guard let input, let output, output < input,
                let node = object.value("output_per_mtok", required: false)
            else { return }
            sink.warning(node, .outputBelowInput(output: "\(output)", input: "\(input)"))
        }

        private func readGPU(_ object: ObjectReader, currency: String) -> GPU? {
            let id = object.string("id")
            let name = object.string("name")
            let vendor = object.string("vendor", required: false)
            let memory = object.decimal("memory_gb", rule: .positive)
            let bandwidth = object.decimal("bandwidth_tb_s", rule: .positive)
            let bf16 = object.decimal("bf16_tflops", rule: .positive)
            let fp8 = object.decimal("fp8_tflops", required: false, rule: .positive)
            let fp4 = object.decimal("fp4_tflops", required: false, rule: .positive)
            let tdp = object.decimal("tdp_w", rule: .positive)
            let serverKW = object.decimal("server_kw_per_gpu", rule: .positive)
            let source = object.source()
            let checked = object.checkedDate(required: false)
            let note = object.string("note", required: false)
            var offers: [RentOffer] = []
            for element in object.array("rent", required: false) ?? [] {
                guard let offer = ObjectReader(element, sink: sink, options: options) else { continue }
                let provider = offer.string("provider")
                let name = offer.string("offer", required: false)
                let rate = offer.decimal("per_gpu_hour", rule: .positive)
                let commitment = offer.oneOf("commitment", Commitment.allCases.map(\.rawValue))
                    .flatMap(Commitment.init(rawValue:))
                let source = offer.source()
                let checked = offer.checkedDate()
                let note = offer.string("note", required: false)
                offer.finish()
                if let provider, let rate, let commitment {
                    offers.append(
                        RentOffer(
                            provider: provider, offer: name, perGPUHour: rate, commitment: commitment,
                            source: source,
                            checked: checked, note: note))
                }
            }
            var purchases: [PurchasePrice] = []
            if let buy = object.value("buy", required: false) {
                // One offer (new GPUs, as before) or a list of offers, at most one per condition.
                let isList = buy.elements != nil
                for element in buy.elements ?? [buy] {
                    guard let reader = ObjectReader(element, sink: sink, options: options) else { continue }
                    let offer = readPurchase(reader)
                    if let offer {
                        if purchases.contains(where: { $0.condition == offer.condition }) {
                            sink.error(element, .secondPurchaseOffer(condition: offer.condition.rawValue))
                        } else {
                            purchases.append(offer)
                        }
                    }
                }
                if isList && (buy.elements ?? []).isEmpty { sink.error(buy, .isEmpty) }
            }
            guard let id, let name, let memory, let bandwidth, let bf16, let tdp, let serverKW else {
                return nil
            }
            return GPU(
                id: id, name: name, vendor: vendor, memoryGB: memory, bandwidthTBs: bandwidth,
                bf16TFLOPS: bf16,
                fp8TFLOPS: fp8, fp4TFLOPS: fp4, tdpW: tdp, serverKWPerGPU: serverKW, rent: offers,
                buyOffers: purchases,
                source: source, checked: checked, note: note, currency: currency, origin: origin(object))
        }

        /// One purchase offer: its installed price, condition (default new), life, source and date.
        private func readPurchase(_ buy: ObjectReader) -> PurchasePrice? {
            let price = buy.decimal("per_gpu_installed", rule: .positive)
            let condition =
                buy.oneOf("condition", GPUCondition.allCases.map(\.rawValue), required: false)
                .flatMap(GPUCondition.init(rawValue:))
            let conditionGiven = buy.value("condition", required: false) != nil
            let life = buy.integer("life_months", required: false, minimum: 1)
            let source = buy.source()
            let checked = buy.checkedDate()
            let note = buy.string("note", required: false)
            buy.finish()
            guard let price, condition != nil || !conditionGiven else { return nil }
            return PurchasePrice(
                perGPUInstalled: price, condition: condition ?? .new, lifeMonths: life, source: source,
                checked: checked, note: note)
        }

        private func readDeployment(_ object: ObjectReader) -> Deployment? {
            let id = object.string("id")
            let name = object.string("name")
            let family = object.string("model_family")
            let gpu = object.string("gpu")
            for (key, target) in [("model_family", Reference.Target.modelFamily), ("gpu", .gpu)] {
                if let node = object.value(key, required: false), let value = node.string {
                    references.append(
                        Reference(
                            target: target, value: value, file: file, location: node.location, path: node.path
                        ))
                }
            }
            let gpus = object.integer("gpus_per_replica", minimum: 1, maximum: SanityBounds.gpusPerReplica)
            let precision = object.string("precision")
            let engine = object.string("engine", required: false)
            let parameters = object.decimal("parameters_b", required: false, rule: .positive)
            let estimated = object.bool("estimated", required: false) ?? false
            var points: [ThroughputPoint] = []
            let measuredNode = object.value("measured", required: false)
            for element in object.array("measured", required: false) ?? [] {
                guard let point = ObjectReader(element, sink: sink, options: options) else { continue }
                let input = point.integer("input_len", minimum: 0)
                let output = point.integer("output_len", minimum: 1)
                let rate = point.decimal("output_tokens_per_s", rule: .positive)
                point.finish()
                if let input, let output, let rate {
                    points.append(
                        ThroughputPoint(inputLength: input, outputLength: output, outputTokensPerSecond: rate)
                    )
                }
            }
            let curvesNode = object.value("curves", required: false)
            var curves: [CurvePoint] = []
            for element in object.array("curves", required: false) ?? [] {
                guard let point = ObjectReader(element, sink: sink, options: options) else { continue }
                if let curve = readCurvePoint(point) { curves.append(curve) }
            }
            // What a profile cut off by a syntax error lacks may be in the part that was lost.
            let cutOff = sink.isCutOff(object.node)
            let hasCurves = !(curvesNode?.elements?.isEmpty ?? true)
            if estimated {
                if !cutOff && parameters == nil && object.value("parameters_b", required: false) == nil {
                    sink.error(
                        at: object.node.location, path: object.node.path.appending(key: "parameters_b"),
                        .estimatedNeedsParameters)
                }
            } else if !cutOff && !hasCurves
                && (measuredNode == nil || (measuredNode?.elements?.isEmpty ?? false))
            {
                sink.error(measuredNode ?? object.node, .noMeasuredPoints)
            }
            let source = object.source()
            let checked = object.checkedDate()
            let note = object.string("note", required: false)
            guard let id, let name, let family, let gpu, let gpus, let precision else { return nil }
            var deployment = Deployment(
                id: id, name: name, modelFamily: family, gpu: gpu, gpusPerReplica: gpus, precision: precision,
                engine: engine, parametersB: parameters, estimated: estimated, measured: points,
                source: source,
                checked: checked, note: note, origin: origin(object))
            deployment.curves = curves
            return deployment
        }

        /// One point of `curves`: a run at one concurrency, with its own source and date.
        private func readCurvePoint(_ point: ObjectReader) -> CurvePoint? {
            let input = point.integer("input_len", minimum: 0)
            let output = point.integer("output_len", minimum: 1)
            let concurrency = point.integer("concurrency", minimum: 1)
            let throughput = point.decimal("output_tokens_per_s_per_gpu", rule: .positive)
            let speed = point.decimal("tokens_per_s_per_user", rule: .positive)
            let ttft = point.decimal("ttft_s", rule: .nonNegative)
            let p99 = point.decimal("ttft_s_p99", required: false, rule: .nonNegative)
            if let ttft, let p99, p99 < ttft, let node = point.value("ttft_s_p99", required: false) {
                sink.error(node, .p99BelowMedian(p99: "\(p99)", median: "\(ttft)"))
            }
            let source = point.source()
            // The run's date: old runs stay valid measurements, so no age warning (the profile's
            // own `checked` says when the source was last read).
            let checked = point.date("checked")
            point.finish()
            guard let input, let output, let concurrency, let throughput, let speed, let ttft else {
                return nil
            }
            return CurvePoint(
                inputLength: input, outputLength: output, concurrency: concurrency,
                outputTokensPerSecondPerGPU: throughput, tokensPerSecondPerUser: speed, ttftSeconds: ttft,
                ttftSecondsP99: p99, source: source, checked: checked)
        }

        /// Each code's latest rate is warned about when older than `--max-age`; the earlier ones
        /// are its history, old by design.
        private func warnAboutOldRates(_ object: ObjectReader, rates: [CurrencyRate]) {
            var latest: [String: CalendarDate] = [:]
            for rate in rates {
                if let date = rate.date, date > latest[rate.code] ?? .distantPast { latest[rate.code] = date }
            }
            for element in object.node["rates"]?.elements ?? [] {
                guard let code = element["code"]?.string, let node = element["date"],
                    let text = node.string, let date = CalendarDate(iso: text), date == latest[code]
                else { continue }
                let age = options.today.dayNumber - date.dayNumber
                if age > options.maxAgeDays {
                    sink.warning(
                        node,
                        .checkedTooLongAgo(date: "\(date)", days: "\(age)", maxAge: "\(options.maxAgeDays)"))
                }
            }
        }

        private func readRate(_ object: ObjectReader) -> CurrencyRate? {
            let code = object.string("code")
            if let code, let node = object.value("code", required: false),
                code.count != 3 || !code.allSatisfy({ $0.isASCII && $0.isUppercase })
            {
                sink.error(node, .notISOCode(code: code))
            }
            let rate = object.decimal("per_usd", rule: .positive)
            let minor = object.integer("minor_units", minimum: 0, maximum: SanityBounds.minorUnits)
            if let minor, minor > 4, let node = object.value("minor_units", required: false) {
                sink.error(node, .tooManyMinorUnits(minor: "\(minor)"))
            }
            // Its age is judged once the file is read: only a code's latest rate must be recent.
            let date = object.date("date")
            let source = object.source()
            let note = object.string("note", required: false)
            guard let code, let rate, let minor else { return nil }
            if code == "USD", rate != 1, let node = object.value("per_usd", required: false) {
                sink.error(node, .usdNotOne)
            }
            return CurrencyRate(
                code: code, perUSD: rate, minorUnits: minor, date: date, source: source, note: note)
        }
    }
}

extension DataFileKind {
    /// What references to a file of this kind name: the ids or codes it defines.
    public var referenceTarget: Reference.Target? {
        switch self {
        case .models: .modelFamily
        case .gpus: .gpu
        case .currencies: .currency
        case .deployments, .seats: nil
        }
    }
}

extension [PriceFile] {
    /// The reference targets defined by a file of these that a syntax error cut short.
    public var cutShortTargets: Set<Reference.Target> {
        Set(filter(\.isCutShort).compactMap { $0.kind?.referenceTarget })
    }
}

extension PriceTable {
    /// This table with `other` laid over it: an entry with the same id replaces, a new id adds.
    public func overlaid(with other: PriceTable) -> PriceTable {
        func merge<Entry>(_ base: [Entry], _ top: [Entry], id: (Entry) -> String) -> [Entry] {
            // An index by id keeps a 4,000-model overlay linear rather than quadratic.
            var merged = base
            var positions: [String: Int] = [:]
            for (position, entry) in merged.enumerated() where positions[id(entry)] == nil {
                positions[id(entry)] = position
            }
            for entry in top {
                if let position = positions[id(entry)] {
                    merged[position] = entry
                } else {
                    positions[id(entry)] = merged.count
                    merged.append(entry)
                }
            }
            return merged
        }
        return PriceTable(
            models: merge(models, other.models, id: \.id),
            gpus: merge(gpus, other.gpus, id: \.id),
            deployments: merge(deployments, other.deployments, id: \.id),
            // A code's rates are a dated history: the overlay's history of a code replaces the whole of it.
            currencies: currencies.filter { rate in !other.currencies.contains { $0.code == rate.code } }
                + other.currencies,
            seatPlans: merge(seatPlans, other.seatPlans, id: \.id))
    }

    /// An error for each reference this table does not define: an unknown GPU, model family or currency.
    ///
    /// References to a target in `cutShort` are not judged: the file defining those was cut
    /// short by a syntax error, so the name may be in the part that was lost.
    public func unresolved(_ references: [Reference], cutShort: Set<Reference.Target> = []) -> [Diagnostic] {
        let families = Set(models.map(\.family))
        let gpuIDs = Set(gpus.map(\.id))
        let codes = Set(currencies.map(\.code) + ["USD"])
        return references.compactMap { reference in
            guard !cutShort.contains(reference.target) else { return nil }
            let known: Set<String> =
                switch reference.target {
                case .gpu: gpuIDs
                case .modelFamily: families
                case .currency: codes
                }
            guard !known.contains(reference.value) else { return nil }
            let near = closestMatch(to: reference.value, among: known.sorted())
            let reason: DiagnosticReason =
                switch reference.target {
                case .gpu: .unknownGPUReference(value: reference.value, suggestion: near)
                case .modelFamily: .unknownFamilyReference(value: reference.value, suggestion: near)
                case .currency: .unknownCurrencyReference(value: reference.value, suggestion: near)
                }
            return Diagnostic(
                .error, file: reference.file, location: reference.location, path: reference.path,
                reason: reason)
        }
    }
}

/// Upper bounds on counts in data files, far above any real figure, so that products such as
/// replicas × GPUs per replica stay inside `Int` and money is never padded to absurd widths.
public enum SanityBounds {
    /// GPUs in one replica (the largest real ones span a few racks).
    public static let gpusPerReplica = 100_000
    /// Digits after the point in a currency (ISO 4217 uses at most 4).
    public static let minorUnits = 8
    /// The smallest size of a non-zero input number: 10^-9.
    public static let smallest = Decimal(sign: .plus, exponent: -9, significand: 1)
    /// The largest size of an input number: 10^18.
    public static let largest = Decimal(sign: .plus, exponent: 18, significand: 1)

    /// Why `value` lies outside the magnitudes llmcost computes with, or nil when it is inside.
    ///
    /// Foundation's `Decimal` traps (rather than rounding to zero) when a product's exponent falls
    /// below −128, so a chain of tiny factors could crash the engine; no real price, share, count
    /// or rate is below 10^-9 or above 10^18 in size, so inputs are held to that range.
    public static func magnitudeProblem(_ value: Decimal) -> String? {
        guard value != 0 else { return nil }
        if value.magnitude < smallest {
            return "is too small to compute with (zero, or at least 1e-9 in size)"
        }
        if value.magnitude > largest { return "is too large to compute with (at most 1e18 in size)" }
        return nil
    }
}

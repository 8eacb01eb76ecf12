import Foundation

/// A calendar date without time or zone, ordered and printed as ISO 8601 (`2025-09-05`).
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses a strict `YYYY-MM-DD` that names a real day of the Gregorian calendar.
    public init?(iso text: String) {
        // Byte by byte: a price file has thousands of dates.
        var fields = [0, 0, 0]
        var field = 0
        var digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard digits == (field == 0 ? 4 : 2), field < 2 else { return nil }
                field += 1
                digits = 0
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                // A field longer than its width is no date; stopping here also keeps a long run of
                // digits from overflowing `Int` (found by the mutation fuzzer, seed 3002997).
                guard digits < (field == 0 ? 4 : 2) else { return nil }
                fields[field] = fields[field] * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
        }
        let (year, month, day) = (fields[0], fields[1], fields[2])
        guard field == 2, digits == 2, (1...12).contains(month), day >= 1,
            day <= CalendarDate.days(inMonth: month, year: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for ages and differences.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The UTC calendar date of an instant, for the callers that own the clock.
    public init(_ date: Date) {
        // Howard Hinnant's civil_from_days on the UTC day number: no `Calendar`, so no time-zone
        // data is loaded (it was 1.7 MB of every run's memory). Instants beyond ±10¹⁵ s fall back.
        let seconds = date.timeIntervalSince1970
        if seconds.isFinite, seconds.magnitude < 1e15 {
            let days = Int((seconds / 86_400).rounded(.down)) + 719_468
            let era = (days >= 0 ? days : days - 146_096) / 146_097
            let dayOfEra = days - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let shiftedMonth = (5 * dayOfYear + 2) / 153
            let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
            let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
            self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
            return
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// A date before any the data holds, for sorting undated entries first.
    public static let distantPast = CalendarDate(year: 0, month: 1, day: 1)

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }
}

/// Where a loaded value came from, so later messages can point at it.
public struct Origin: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var location: SourceLocation
    public var path: JSONPath

    public init(file: String, location: SourceLocation, path: JSONPath) {
        self.file = file
        self.location = location
        self.path = path
    }

    public var description: String { "\(file):\(location): \(path)" }
}

/// Prices that apply to requests whose input exceeds `aboveInputTokens`, for the whole request.
public struct PriceTier: Sendable, Hashable {
    public var aboveInputTokens: Int
    public var inputPerMTok: Decimal
    public var outputPerMTok: Decimal
    public var cachedInputPerMTok: Decimal?
    /// p_write for writing input into the prompt cache (Anthropic-style); p_in where absent.
    public var cacheWritePerMTok: Decimal?

    public init(
        aboveInputTokens: Int, inputPerMTok: Decimal, outputPerMTok: Decimal,
        cachedInputPerMTok: Decimal? = nil, cacheWritePerMTok: Decimal? = nil
    ) {
        self.aboveInputTokens = aboveInputTokens
        self.inputPerMTok = inputPerMTok
        self.outputPerMTok = outputPerMTok
        self.cachedInputPerMTok = cachedInputPerMTok
        self.cacheWritePerMTok = cacheWritePerMTok
    }
}

/// One dated set of API prices per million tokens, in force from `effective` until the next set.
public struct PriceSet: Sendable, Hashable {
    public var effective: CalendarDate
    public var inputPerMTok: Decimal
    public var outputPerMTok: Decimal
    public var cachedInputPerMTok: Decimal?
    /// p_write for writing input into the prompt cache (Anthropic-style); p_in where absent.
    public var cacheWritePerMTok: Decimal?
    /// The share taken off batch requests (0.5 = half price); zero where the vendor has no batch API.
    public var batchDiscount: Decimal
    /// Long-context tiers, sorted by `aboveInputTokens`.
    public var tiers: [PriceTier]
    /// Service tiers by name (`flex`, `priority`), whose prices replace these when an option asks for one.
    public var serviceTiers: [String: ServiceTierPrices] = [:]
    /// Time-of-day prices: inside their UTC windows these apply, and the set's own prices are off-peak.
    public var peak: PeakPrices?
    public var source: String?
    public var checked: CalendarDate?
    public var note: String?

    public init(
        effective: CalendarDate, inputPerMTok: Decimal, outputPerMTok: Decimal,
        cachedInputPerMTok: Decimal? = nil, cacheWritePerMTok: Decimal? = nil,
        batchDiscount: Decimal = 0, tiers: [PriceTier] = [], source: String? = nil,
        checked: CalendarDate? = nil,
        note: String? = nil
    ) {
        self.effective = effective
        self.inputPerMTok = inputPerMTok
        self.outputPerMTok = outputPerMTok
        self.cachedInputPerMTok = cachedInputPerMTok
        self.cacheWritePerMTok = cacheWritePerMTok
        self.batchDiscount = batchDiscount
        self.tiers = tiers.sorted { $0.aboveInputTokens < $1.aboveInputTokens }
        self.source = source
        self.checked = checked
        self.note = note
    }
}

/// An API model offered by a provider, with its dated price history.
public struct APIModel: Sendable, Hashable {
    public var id: String
    public var name: String
    public var provider: String
    public var family: String
    public var openWeights: Bool
    public var contextWindow: Int?
    public var note: String?
    /// The date the end of the model was announced.
    public var deprecated: CalendarDate?
    /// The first date the model no longer serves: from then on it has no price in force.
    public var retired: CalendarDate?
    /// The model id the vendor moves its users to.
    public var successor: String?
    /// Price sets sorted by `effective`.
    public var prices: [PriceSet]
    /// The ISO 4217 code its prices are in (the file's `currency`).
    public var currency: String
    public var origin: Origin?

    public init(
        id: String, name: String, provider: String, family: String, openWeights: Bool,
        contextWindow: Int? = nil,
        note: String? = nil, prices: [PriceSet], currency: String = "USD", origin: Origin? = nil
    ) {
        self.id = id
        self.name = name
        self.provider = provider
        self.family = family
        self.openWeights = openWeights
        self.contextWindow = contextWindow
        self.note = note
        self.prices = prices.sorted { $0.effective < $1.effective }
        self.currency = currency
        self.origin = origin
    }

    /// The price set in force on `date`: the one with the latest `effective` not after it, and
    /// none from the model's `retired` date on.
    public func prices(asOf date: CalendarDate) -> PriceSet? {
        if isRetired(on: date) { return nil }
        return prices.last { $0.effective <= date }
    }

    /// True from the model's `retired` date on.
    public func isRetired(on date: CalendarDate) -> Bool {
        retired.map { date >= $0 } ?? false
    }

    /// The day after the price set in force on `date` ends: the next set's `effective`, else
    /// `retired`; nil when nothing is announced.
    public func priceEnd(asOf date: CalendarDate) -> CalendarDate? {
        prices.first { $0.effective > date }?.effective ?? retired
    }
}

/// How long a GPU rental is committed for.
public enum Commitment: String, Sendable, Hashable, CaseIterable {
    case onDemand = "on-demand"
    case oneYear = "1y"
    case threeYears = "3y"
}

/// A rental offer for one GPU of a kind, per hour.
public struct RentOffer: Sendable, Hashable {
    public var provider: String
    public var offer: String?
    public var perGPUHour: Decimal
    public var commitment: Commitment
    public var source: String?
    public var checked: CalendarDate?
    public var note: String?

    public init(
        provider: String, offer: String? = nil, perGPUHour: Decimal, commitment: Commitment,
        source: String? = nil,
        checked: CalendarDate? = nil, note: String? = nil
    ) {
        self.provider = provider
        self.offer = offer
        self.perGPUHour = perGPUHour
        self.commitment = commitment
        self.source = source
        self.checked = checked
        self.note = note
    }
}

/// Whether a purchase offer is for new GPUs or used (second-hand, refurbished) ones.
public enum GPUCondition: String, Sendable, Hashable, CaseIterable {
    case new
    case used
}

/// What one GPU costs to buy, including its share of server, network and installation.
public struct PurchasePrice: Sendable, Hashable {
    public var perGPUInstalled: Decimal
    public var condition: GPUCondition
    /// Months the GPUs are expected to serve before they must be replaced; nil: not stated (the
    /// amortisation default applies and the fleet is never replaced within the horizon).
    public var lifeMonths: Int?
    public var source: String?
    public var checked: CalendarDate?
    public var note: String?

    public init(
        perGPUInstalled: Decimal, condition: GPUCondition = .new, lifeMonths: Int? = nil,
        source: String? = nil,
        checked: CalendarDate? = nil, note: String? = nil
    ) {
        self.perGPUInstalled = perGPUInstalled
        self.condition = condition
        self.lifeMonths = lifeMonths
        self.source = source
        self.checked = checked
        self.note = note
    }
}

/// An accelerator with its specifications, rental offers and purchase price.
public struct GPU: Sendable, Hashable {
    public var id: String
    public var name: String
    public var vendor: String?
    public var memoryGB: Decimal
    public var bandwidthTBs: Decimal
    public var bf16TFLOPS: Decimal
    public var fp8TFLOPS: Decimal?
    public var fp4TFLOPS: Decimal?
    public var tdpW: Decimal
    /// The whole server's draw divided by its GPUs, in kW.
    public var serverKWPerGPU: Decimal
    public var rent: [RentOffer]
    /// Purchase offers, at most one per condition (`buy` in gpus.json: one object, or a list).
    public var buyOffers: [PurchasePrice]
    public var source: String?
    public var checked: CalendarDate?
    public var note: String?
    /// The ISO 4217 code its rent and purchase prices are in (the file's `currency`).
    public var currency: String
    public var origin: Origin?

    public init(
        id: String, name: String, vendor: String? = nil, memoryGB: Decimal, bandwidthTBs: Decimal,
        bf16TFLOPS: Decimal, fp8TFLOPS: Decimal? = nil, fp4TFLOPS: Decimal? = nil, tdpW: Decimal,
        serverKWPerGPU: Decimal, rent: [RentOffer] = [], buyOffers: [PurchasePrice] = [],
        source: String? = nil,
        checked: CalendarDate? = nil, note: String? = nil, currency: String = "USD", origin: Origin? = nil
    ) {
        self.id = id
        self.name = name
        self.vendor = vendor
        self.memoryGB = memoryGB
        self.bandwidthTBs = bandwidthTBs
        self.bf16TFLOPS = bf16TFLOPS
        self.fp8TFLOPS = fp8TFLOPS
        self.fp4TFLOPS = fp4TFLOPS
        self.tdpW = tdpW
        self.serverKWPerGPU = serverKWPerGPU
        self.rent = rent
        self.buyOffers = buyOffers
        self.source = source
        self.checked = checked
        self.note = note
        self.currency = currency
        self.origin = origin
    }

    /// The purchase offer for GPUs in `condition`, if the data has one.
    public func purchase(_ condition: GPUCondition) -> PurchasePrice? {
        buyOffers.first { $0.condition == condition }
    }

    /// The cheapest on-demand rental offer, the default rate for `rent` mode.
    public var cheapestOnDemand: RentOffer? {
        rent.filter { $0.commitment == .onDemand }.min { $0.perGPUHour < $1.perGPUHour }
    }
}

/// One measured throughput point: a replica at full load serving requests of one shape.
public struct ThroughputPoint: Sendable, Hashable {
    public var inputLength: Int
    public var outputLength: Int
    /// Output tokens per second of the whole replica, all concurrent requests together.
    public var outputTokensPerSecond: Decimal

    public init(inputLength: Int, outputLength: Int, outputTokensPerSecond: Decimal) {
        self.inputLength = inputLength
        self.outputLength = outputLength
        self.outputTokensPerSecond = outputTokensPerSecond
    }
}

/// One measured run of a replica at one concurrency: throughput per GPU, the speed each user sees, TTFT.
public struct CurvePoint: Sendable, Hashable {
    public var inputLength: Int
    public var outputLength: Int
    /// Requests in flight at once.
    public var concurrency: Int
    /// Output tokens per second per GPU of the replica, all concurrent requests together.
    public var outputTokensPerSecondPerGPU: Decimal
    /// Output tokens per second one user sees (the source's median).
    public var tokensPerSecondPerUser: Decimal
    /// Median time to first token, seconds.
    public var ttftSeconds: Decimal
    /// 99th-percentile time to first token, seconds, when the source gives it.
    public var ttftSecondsP99: Decimal?
    /// The run this point was measured in.
    public var source: String?
    /// The run's date.
    public var checked: CalendarDate?

    public init(
        inputLength: Int, outputLength: Int, concurrency: Int, outputTokensPerSecondPerGPU: Decimal,
        tokensPerSecondPerUser: Decimal, ttftSeconds: Decimal, ttftSecondsP99: Decimal? = nil,
        source: String? = nil, checked: CalendarDate? = nil
    ) {
        self.inputLength = inputLength
        self.outputLength = outputLength
        self.concurrency = concurrency
        self.outputTokensPerSecondPerGPU = outputTokensPerSecondPerGPU
        self.tokensPerSecondPerUser = tokensPerSecondPerUser
        self.ttftSeconds = ttftSeconds
        self.ttftSecondsP99 = ttftSecondsP99
        self.source = source
        self.checked = checked
    }
}

/// A way to serve an open model: GPU kind and count per replica, precision, engine and measurements.
public struct Deployment: Sendable, Hashable {
    public var id: String
    public var name: String
    public var modelFamily: String
    public var gpu: String
    public var gpusPerReplica: Int
    public var precision: String
    public var engine: String?
    /// Billions of parameters, for roofline estimates.
    public var parametersB: Decimal?
    /// True when throughput is a roofline estimate rather than measured.
    public var estimated: Bool
    public var measured: [ThroughputPoint]
    /// Points at several concurrencies per request shape: speed against throughput (SPEC §6.5).
    public var curves: [CurvePoint] = []
    public var source: String?
    public var checked: CalendarDate?
    public var note: String?
    public var origin: Origin?

    public init(
        id: String, name: String, modelFamily: String, gpu: String, gpusPerReplica: Int, precision: String,
        engine: String? = nil, parametersB: Decimal? = nil, estimated: Bool = false,
        measured: [ThroughputPoint] = [],
        source: String? = nil, checked: CalendarDate? = nil, note: String? = nil, origin: Origin? = nil
    ) {
        self.id = id
        self.name = name
        self.modelFamily = modelFamily
        self.gpu = gpu
        self.gpusPerReplica = gpusPerReplica
        self.precision = precision
        self.engine = engine
        self.parametersB = parametersB
        self.estimated = estimated
        self.measured = measured
        self.source = source
        self.checked = checked
        self.note = note
        self.origin = origin
    }
}

/// A currency's rate against the US dollar.
public struct CurrencyRate: Sendable, Hashable {
    public var code: String
    /// Units of this currency per one US dollar.
    public var perUSD: Decimal
    /// Digits after the decimal point when amounts are shown (JPY 0, USD 2).
    public var minorUnits: Int
    public var date: CalendarDate?
    public var source: String?
    public var note: String?

    public init(
        code: String, perUSD: Decimal, minorUnits: Int, date: CalendarDate? = nil, source: String? = nil,
        note: String? = nil
    ) {
        self.code = code
        self.perUSD = perUSD
        self.minorUnits = minorUnits
        self.date = date
        self.source = source
        self.note = note
    }
}

/// Everything the engine reads: API models, GPUs, deployments, currency rates and seat plans.
public struct PriceTable: Sendable, Hashable {
    public var models: [APIModel]
    public var gpus: [GPU]
    public var deployments: [Deployment]
    public var currencies: [CurrencyRate]
    /// Per-user chat subscriptions (seats.json), priced against the API and self-hosting.
    public var seatPlans: [SeatPlan]

    public init(
        models: [APIModel] = [], gpus: [GPU] = [], deployments: [Deployment] = [],
        currencies: [CurrencyRate] = [], seatPlans: [SeatPlan] = []
    ) {
        self.models = models
        self.gpus = gpus
        self.deployments = deployments
        self.currencies = currencies
        self.seatPlans = seatPlans
    }

    public func model(id: String) -> APIModel? { models.first { $0.id == id } }
    public func gpu(id: String) -> GPU? { gpus.first { $0.id == id } }
    public func deployment(id: String) -> Deployment? { deployments.first { $0.id == id } }
    /// Every service tier some price set of some model has (`flex`, `priority`), sorted.
    public var serviceTierNames: [String] {
        Set(models.flatMap { $0.prices.flatMap(\.serviceTiers.keys) }).sorted()
    }
    /// The currency's rate: the one in force today in the data's own order (the latest dated).
    public func currency(code: String) -> CurrencyRate? {
        currencies.filter { $0.code == code }.max { ($0.date ?? .distantPast) < ($1.date ?? .distantPast) }
    }

    /// The rates in force on `date`, one per code: the latest `date` not after it (SPEC §6.4); a
    /// code whose every rate is later than `date` keeps its earliest.
    public func currencies(asOf date: CalendarDate) -> [CurrencyRate] {
        var chosen: [String: CurrencyRate] = [:]
        var order: [String] = []
        for rate in currencies {
            guard let current = chosen[rate.code] else {
                chosen[rate.code] = rate
                order.append(rate.code)
                continue
            }
            let (old, new) = (current.date ?? .distantPast, rate.date ?? .distantPast)
            let better =
                new <= date ? (old > date || new > old) : (old > date && new < old)
            if better { chosen[rate.code] = rate }
        }
        return order.compactMap { chosen[$0] }
    }
}

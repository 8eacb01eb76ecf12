/// What an explanation step's result measures, declared once per quantity.
///
/// A key, not words: Reports shows the result with the unit in the report's language and
/// currency (`$7,677.40/month`, `¥993,860／月`, `month 7`, `20.8%`), and JSON writes the raw value.
/// Money is in the plan's currency: the engine converts every price before it computes.
public enum ExplainUnit: String, Sendable, Hashable, CaseIterable {
    /// An amount of money, once (one-time costs, NPV, a total over the horizon).
    case money
    case moneyPerMonth = "money_per_month"
    case moneyPerRequest = "money_per_request"
    case moneyPerMTok = "money_per_mtok"
    case requestsPerMonth = "requests_per_month"
    case requestsPerUserMonth = "requests_per_user_month"
    /// Replica-seconds a request takes.
    case secondsPerRequest = "seconds_per_request"
    case replicas
    case seats
    /// A month of the horizon, counted from 1.
    case month
    /// A share where 0.3 means 30%.
    case share
    case tokensPerSecondPerGPU = "tokens_per_second_per_gpu"
    /// A number without a unit (a batch factor, a discount root).
    case factor
    /// Words only, no number (a service tier replacing the standard prices).
    case none
}

extension ExplainQuantity {
    /// The unit of the quantity's result.
    public var unit: ExplainUnit {
        switch self {
        case .pricesPerMTok, .tierPricesPerMTok, .apiCostPerMTokBlended, .blendedPerMTok: .moneyPerMTok
        case .apiCostPerRequest: .moneyPerRequest
        case .apiCostPerMonth, .apiCostOfReplicaCapacity, .fixedPerMonth, .hybridPerMonth, .replicaPerMonth,
            .ownedGPUsPerMonth, .rentPerMonth, .seatsPerMonth, .selfHostingPerMonth:
            .moneyPerMonth
        case .oneTimeCostsAtStart, .oneTimeCostsAtMonth, .oneTimeCostsPresentValue, .npvOfSwitching,
            .fixedAndSetup, .switchInMonth, .switchOnDayOne, .switchNever:
            .money
        case .segmentRequests, .alwaysCheaperVolume, .apiRequests, .breakEven, .firstBreakEvenVolume,
            .replicaCapacity, .selfHostedRequests, .volumeInMonth, .flexibleRequests,
            .spareRoomInFlexibleRequests,
            .spareRoom:
            .requestsPerMonth
        case .breakEvenRequestsPerUser, .requestsPerUser: .requestsPerUserMonth
        case .secondsPerRequest, .secondsPerRequestMean, .replicaSecondsAtServiceLevel: .secondsPerRequest
        case .alwaysCheaperReplicas, .firstBreakEvenReplicas, .replicas: .replicas
        case .seatsBilled: .seats
        case .paybackMonth: .month
        case .roiOfSelfHosting, .peakShare, .selfHostedShare: .share
        case .throughputPerGPUAtSpeed, .throughputPerGPUMeasured: .tokensPerSecondPerGPU
        case .batchFactor, .dipBound, .monthlyDiscountRoot: .factor
        case .serviceTier: .none
        }
    }
}

/// The words of the formula trail, as keys: Reports says them in the report's language.
///
/// Each is a whole phrase with its symbols (`setup + first fleet × G × installed price`), so that
/// word order can differ between languages; numbers stay outside, in the text around it.
public enum FormulaWord: String, Sendable, Hashable, CaseIterable {
    case neverBeyondAnyFleet = "never_beyond_any_fleet"
    case neverFreeOrNotCheaper = "never_free_or_not_cheaper"
    case replicaCostWithoutFixed = "replica_cost_without_fixed"
    case oneTimeAtStart = "one_time_at_start"
    case oneTimeAtMonth = "one_time_at_month"
    case oneTimePresentValue = "one_time_present_value"
    case monthlyRootNewton = "monthly_root_newton"
    case paybackRule = "payback_rule"
    case cumulative
    case againstOneTime = "against_one_time"
    case npvRule = "npv_rule"
    case roiRule = "roi_rule"
    case undefinedNothingSpent = "undefined_nothing_spent"
    case noFleet = "no_fleet"
    case tierPrices = "tier_prices"
    case replacesStandardPrices = "replaces_standard_prices"
    case peakShareRule = "peak_share_rule"
    case blendRule = "blend_rule"
    case seatsBilledRule = "seats_billed_rule"
    case seatsPerMonthRule = "seats_per_month_rule"
    case requestsPerUserRule = "requests_per_user_rule"
    case breakEvenPerUserRule = "break_even_per_user_rule"
    case rentRule = "rent_rule"
    case ownedGPUsRule = "owned_gpus_rule"
    case fixedRule = "fixed_rule"
    case frontPoint = "front_point"
    case mustSelfHostShare = "must_self_host_share"
    case paidByConstrainedFleet = "paid_by_constrained_fleet"
    case switchTotalCostRule = "switch_total_cost_rule"
    case switchNPVRule = "switch_npv_rule"
    case totalCost = "total_cost"
}

/// A text of the formula trail: symbols and numbers as written, words as ``FormulaWord`` keys.
///
/// Written like a string: `"(1 + \(r))^(1/12)"` is symbols, `"\(word: .cumulative) \(list)"`
/// puts a key where the words go.
public struct FormulaText: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// A run of symbols and numbers, or a key for words.
    public enum Part: Sendable, Hashable {
        case symbols(String)
        case word(FormulaWord)
    }

    public private(set) var parts: [Part]

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: Interpolation) {
        parts = stringInterpolation.parts
    }

    /// Symbols and numbers only.
    public init(_ symbols: String) {
        parts = symbols.isEmpty ? [] : [.symbols(symbols)]
    }

    /// The text when it holds no words (a number, a list of numbers, a formula in symbols), else nil.
    public var symbols: String? {
        var text = ""
        for part in parts {
            guard case .symbols(let run) = part else { return nil }
            text += run
        }
        return text
    }

    public var isEmpty: Bool { parts.isEmpty }

    /// The symbols with each word's key in angle brackets, for tests and debugging (`⟨cumulative⟩ 1, 2`).
    public var description: String {
        parts.map {
            switch $0 {
            case .symbols(let run): run
            case .word(let word): "⟨\(word.rawValue)⟩"
            }
        }.joined()
    }

    /// Builds a ``FormulaText`` from literal symbols and interpolated values and words.
    public struct Interpolation: StringInterpolationProtocol {
        var parts: [Part] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            appendSymbols(literal)
        }

        /// The words of `word`, in the report's language.
        public mutating func appendInterpolation(word: FormulaWord) {
            parts.append(.word(word))
        }

        /// Another trail text, words and all.
        public mutating func appendInterpolation(_ text: FormulaText) {
            for part in text.parts {
                switch part {
                case .symbols(let run): appendSymbols(run)
                case .word: parts.append(part)
                }
            }
        }

        /// A number or symbol, as its exact text.
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            appendSymbols(value.description)
        }

        private mutating func appendSymbols(_ run: String) {
            guard !run.isEmpty else { return }
            if case .symbols(let previous)? = parts.last {
                parts[parts.count - 1] = .symbols(previous + run)
            } else {
                parts.append(.symbols(run))
            }
        }
    }
}

import Foundation
import Pricing

/// A self-hosting option's number that a scenario may give as a range.
public enum SelfHostingInput: String, Sendable, Hashable, CaseIterable {
    case ratePerGPUHour = "rate_per_gpu_hour"
    case perGPUInstalled = "per_gpu_installed"
    case pricePerKWh = "price_per_kwh"
    case pue
    case hostingPerGPUMonth = "hosting_per_gpu_month"
    case utilization
}

/// Which number of a scenario file a range belongs to.
public enum ScenarioInput: Sendable, Hashable {
    case requestsPerMonth
    /// Converted to a month with 365/12 days.
    case requestsPerDay
    case inputTokens
    case outputTokens
    case cachedInputShare
    case batchShare
    case growthPerMonth
    case peakToAverage
    case servingHoursPerMonth
    case opsFTE
    case fteMonthlyCost
    case setup
    /// `operations.fixed_monthly[i].monthly`.
    case fixedMonthly(Int)
    case discountRate
    /// `self_hosting[i]`'s number.
    case selfHosting(Int, SelfHostingInput)
    /// `service_level.min_tokens_per_s_per_user`, v*: self-hosting is refitted at each drawn speed.
    case serviceSpeed
    /// A benefits figure; benefits are the same for both options, so they move no simulated figure.
    case benefit(String)
}

/// A range written in a scenario, with the place it was written.
public struct ScenarioRange: Sendable, Hashable {
    public var input: ScenarioInput
    public var range: Triangular
    /// The JSON path, such as `workload.requests_per_month`.
    public var path: String
    public var origin: Origin?

    public init(input: ScenarioInput, range: Triangular, path: String, origin: Origin? = nil) {
        self.input = input
        self.range = range
        self.path = path
        self.origin = origin
    }
}

/// Collects the ranges of one scenario file while it is read; each read gives back the mode.
final class RangeLog {
    let file: String
    private(set) var ranges: [ScenarioRange] = []

    init(file: String) {
        self.file = file
    }

    /// The number at `key` (its mode when a range), recording a range whose low differs from its high.
    func read(
        _ object: ObjectReader, _ key: String, _ input: ScenarioInput, required: Bool = false,
        rule: NumberRule = .nonNegative
    ) -> Decimal? {
        guard let range = object.uncertainQuantity(key, required: required, rule: rule) else { return nil }
        if !range.isPoint, let node = object.value(key, required: false) {
            ranges.append(
                ScenarioRange(
                    input: input, range: range, path: node.path.description,
                    origin: Origin(file: file, location: node.location, path: node.path)))
        }
        return range.mode
    }

    /// The first of low, mode and high that `violates` the field's bound, for the error message.
    func extreme(_ mode: Decimal?, _ input: ScenarioInput, _ violates: (Decimal) -> Bool) -> Decimal? {
        guard let mode else { return nil }
        let range = ranges.last { $0.input == input }?.range ?? Triangular(mode)
        return [range.low, range.mode, range.high].first(where: violates)
    }
}

import Foundation

/// Why the engine refused its input: every message is one lowercase line naming the field and the fix.
public enum ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A value that may be zero but not below it.
    case negative(field: String, value: Decimal)
    /// A value that must be strictly above zero (a divisor, a count, a horizon).
    case notPositive(field: String, value: Decimal)
    /// A value outside the closed range it must lie in.
    case outOfRange(field: String, value: Decimal, lower: Decimal, upper: Decimal)
    /// A request with neither input nor output tokens has no cost per token and no serving time.
    case emptyRequest
    /// The throughput fit was given no measured points.
    case noMeasurements
    /// One measured point cannot be used (its index in the profile's list and why).
    case invalidMeasurement(index: Int, reason: String)
    /// The points do not determine any non-negative time model.
    case unfittable(reason: String)
    /// A volume so large that its replica count does not fit in an `Int32` (the fleets llmcost sizes).
    case volumeTooLarge(field: String, value: Decimal)
    /// A service-speed range whose high end is faster than the deployment reaches (simulate).
    case rangeBeyondReach(path: String, high: Decimal, deployment: String)
    /// A drawn service speed faster than the deployment reaches (simulate).
    case drawnSpeedBeyondReach(deployment: String, speed: Double)
    /// A computation that cannot yet price a workload whose segments have request shapes of their own.
    case mixedShapes(computation: String)

    public var description: String {
        switch self {
        case .negative(let field, let value):
            "\(field) must not be negative (got \(value))"
        case .notPositive(let field, let value):
            "\(field) must be greater than zero (got \(value))"
        case .outOfRange(let field, let value, let lower, let upper):
            "\(field) must be between \(lower) and \(upper) (got \(value))"
        case .emptyRequest:
            "a request needs at least one token (input_tokens + output_tokens is 0)"
        case .noMeasurements:
            "the throughput fit needs at least one measured point (add one or mark the profile estimated)"
        case .invalidMeasurement(let index, let reason):
            "measured[\(index)]: \(reason)"
        case .unfittable(let reason):
            "cannot fit the throughput model: \(reason)"
        case .rangeBeyondReach(let path, let high, let deployment):
            "cannot fit the throughput model: \(path)'s high of \(high) tokens/s per user is faster than '\(deployment)' reaches; lower the range's high"
        case .drawnSpeedBeyondReach(let deployment, let speed):
            "cannot fit the throughput model: '\(deployment)' does not reach a drawn speed of \(speed) tokens/s per user"
        case .volumeTooLarge(let field, let value):
            "\(field) of \(DecimalMath.rounded(value, places: 0)) a month would need more than 2147483647 replicas; lower the volume, the tokens per request or the peak factor"
        case .mixedShapes(let computation):
            "\(computation) cannot price segments with request shapes of their own yet; remove the segments' input_tokens, output_tokens, cached_input_share and batch_share"
        }
    }
}

/// The checks every entry point shares, so each field is validated and named the same way.
enum Check {
    static func nonNegative(_ value: Decimal, _ field: String) throws(ScenarioError) {
        if value.isNaN || value < 0 { throw .negative(field: field, value: value) }
    }

    static func positive(_ value: Decimal, _ field: String) throws(ScenarioError) {
        if value.isNaN || value <= 0 { throw .notPositive(field: field, value: value) }
    }

    static func share(_ value: Decimal, _ field: String) throws(ScenarioError) {
        try range(value, field, 0, 1)
    }

    static func range(
        _ value: Decimal, _ field: String, _ lower: Decimal, _ upper: Decimal
    ) throws(ScenarioError) {
        if value.isNaN || value < lower || value > upper {
            throw .outOfRange(field: field, value: value, lower: lower, upper: upper)
        }
    }
}

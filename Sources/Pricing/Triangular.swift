import Foundation

/// A number given as a range, `{"low": …, "mode": …, "high": …}`, read as a triangular distribution.
///
/// A plain number is the range that collapses to one point (low = mode = high).
public struct Triangular: Sendable, Hashable {
    public var low: Decimal
    /// The most likely value; deterministic commands use it.
    public var mode: Decimal
    public var high: Decimal

    /// Creates a range; callers check low ≤ mode ≤ high.
    public init(low: Decimal, mode: Decimal, high: Decimal) {
        self.low = low
        self.mode = mode
        self.high = high
    }

    /// The range of one point.
    public init(_ value: Decimal) {
        self.init(low: value, mode: value, high: value)
    }

    /// True when low = mode = high.
    public var isPoint: Bool { low == high }
}

extension ObjectReader {
    /// As `quantity`, but the value may also be a range object `{"low", "mode", "high"}`.
    ///
    /// Each bound follows `rule`; low ≤ mode ≤ high, else an error at the object's position.
    package func uncertainQuantity(_ key: String, required: Bool = true, rule: NumberRule = .nonNegative)
        -> Triangular?
    {
        guard let value = value(key, required: required) else { return nil }
        guard value.members != nil else {
            return ObjectReader.decimal(value, rule: rule, sink: sink, options: options, quantities: true)
                .map { Triangular($0) }
        }
        guard let range = ObjectReader(value, sink: sink, options: options) else { return nil }
        let low = range.quantity("low", rule: rule)
        let mode = range.quantity("mode", rule: rule)
        let high = range.quantity("high", rule: rule)
        range.finish()
        guard let low, let mode, let high else { return nil }
        guard low <= mode, mode <= high else {
            sink.error(value, .rangeOutOfOrder(low: "\(low)", mode: "\(mode)", high: "\(high)"))
            return nil
        }
        return Triangular(low: low, mode: mode, high: high)
    }
}

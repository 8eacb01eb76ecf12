import Foundation

/// An exact decimal `significand × 10^exponent` held in an `Int64`, for loops that run a
/// million times.
///
/// Foundation's `Decimal` costs thousands of instructions per operation on Linux (it works on
/// arrays of 16-bit words and strips trailing zeros one division by ten at a time). This type
/// does the same exact arithmetic on one machine integer, and every operation that would not
/// fit returns nil instead of rounding or trapping: callers then take the `Decimal` path, so a
/// result is either exact or not given. Values from `Decimal` convert only when they have at
/// most 18 significant digits, so a quotient rounded to 38 digits never enters.
public struct ScaledDecimal: Sendable, Hashable {
    public var significand: Int64
    public var exponent: Int

    public init(significand: Int64, exponent: Int) {
        self.significand = significand
        self.exponent = exponent
    }

    /// The same value exactly, or nil when it has more than 18 significant digits.
    public init?(_ value: Decimal) {
        guard !value.isNaN else { return nil }
        if value.isZero {
            self.init(significand: 0, exponent: 0)
            return
        }
        // `significand` is a whole number; its text is its digits (no exponent notation).
        let digits = value.significand.magnitude
        guard digits < Decimal(ScaledDecimal.powersOfTen[18]), let whole = Int64(digits.description) else {
            return nil
        }
        self.init(significand: value.sign == .minus ? -whole : whole, exponent: value.exponent)
        // Guard the conversion itself: the value must come back unchanged.
        guard decimal == value else { return nil }
    }

    /// 10⁰ … 10¹⁸, every power of ten an `Int64` holds.
    static let powersOfTen: [Int64] = {
        var powers: [Int64] = [1]
        for _ in 1...18 { powers.append((powers.last ?? 1) * 10) }
        return powers
    }()

    /// The value as a `Decimal`, trailing zeros moved into the exponent as `Decimal` keeps them.
    public var decimal: Decimal {
        var magnitude = significand.magnitude
        var exponent = exponent
        guard magnitude != 0 else { return 0 }
        while magnitude % 10 == 0 {
            magnitude /= 10
            exponent += 1
        }
        return Decimal(
            sign: significand < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(magnitude))
    }

    /// The significand at a smaller or equal `exponent`, or nil when it does not fit.
    @inline(__always)
    func significand(atExponent target: Int) -> Int64? {
        let shift = exponent - target
        guard shift >= 0 else { return nil }
        if significand == 0 { return 0 }
        guard shift <= 18 else { return nil }
        let (scaled, overflow) = significand.multipliedReportingOverflow(by: ScaledDecimal.powersOfTen[shift])
        return overflow ? nil : scaled
    }

    /// `self × other`, or nil on overflow.
    @inline(__always)
    func times(_ other: ScaledDecimal) -> ScaledDecimal? {
        let (product, overflow) = significand.multipliedReportingOverflow(by: other.significand)
        return overflow ? nil : ScaledDecimal(significand: product, exponent: exponent + other.exponent)
    }

    /// `self × n`, or nil on overflow.
    @inline(__always)
    func times(_ n: Int64) -> ScaledDecimal? {
        let (product, overflow) = significand.multipliedReportingOverflow(by: n)
        return overflow ? nil : ScaledDecimal(significand: product, exponent: exponent)
    }

    /// `self + other`, or nil on overflow.
    @inline(__always)
    func plus(_ other: ScaledDecimal) -> ScaledDecimal? {
        let common = min(exponent, other.exponent)
        guard let a = significand(atExponent: common), let b = other.significand(atExponent: common) else {
            return nil
        }
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : ScaledDecimal(significand: sum, exponent: common)
    }

    /// Whether `self ≤ other`, or nil when the two cannot be brought to one exponent.
    @inline(__always)
    func isAtMost(_ other: ScaledDecimal) -> Bool? {
        let common = min(exponent, other.exponent)
        guard let a = significand(atExponent: common), let b = other.significand(atExponent: common) else {
            return nil
        }
        return a <= b
    }

    /// ⌈self / other⌉ for a non-negative `self` and positive `other`, or nil when it does not fit.
    @inline(__always)
    func ceilingQuotient(_ other: ScaledDecimal) -> Int64? {
        let common = min(exponent, other.exponent)
        guard let a = significand(atExponent: common), let b = other.significand(atExponent: common),
            a >= 0, b > 0
        else { return nil }
        let (quotient, remainder) = a.quotientAndRemainder(dividingBy: b)
        return remainder == 0 ? quotient : quotient + 1
    }
}

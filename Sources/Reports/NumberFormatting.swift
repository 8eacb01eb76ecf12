import Foundation

/// The one place where money and other exact numbers are rounded for display.
///
/// Values are rounded half away from zero, on the exact decimal value, only when shown;
/// arithmetic elsewhere keeps every digit. A result of zero never carries a minus sign.
///
/// | value   | places | result | why                                                   |
/// | ------- | ------ | ------ | ----------------------------------------------------- |
/// | 0.005   | 2      | 0.01   | a half goes up                                        |
/// | 0.015   | 2      | 0.02   | exact decimal; the `Double` 0.015 is just below a half |
/// | 0.025   | 2      | 0.03   | banker's rounding would give 0.02                     |
/// | -0.005  | 2      | -0.01  | a half goes away from zero for negatives too           |
/// | -2.5    | 0      | -3     | `.plain` alone is half-up only for positives; checked |
/// | 2.675   | 2      | 2.68   | exact decimal; the `Double` 2.675 would give 2.67     |
/// | 1234.5  | 0      | 1235   | JPY has no minor unit                                 |
/// | -0.4    | 0      | 0      | printed `0`, never `-0`                               |
public enum Rounding {
    /// The value rounded half away from zero to `places` decimal places (0 or more).
    public static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var output = Decimal()
        // NSDecimalRound's .plain rounds halves away from zero for both signs (-2.5 → -3).
        NSDecimalRound(&output, &input, max(0, places), .plain)
        return output.isZero ? Decimal(0) : output
    }
}

/// Plain-text formatting of exact decimals, independent of any locale.
///
/// Digits are always ASCII, the decimal point is `.`, and zeros are padded here because
/// `Decimal.description` drops them. `NumberFormatter` is avoided: on Linux it ignores
/// `maximumFractionDigits` once `minimumFractionDigits` is set, and its default locale
/// prints `US$`.
public enum NumberFormatting {
    /// Digits with exactly `places` decimals and no grouping, as in `1234567.50` (CSV).
    public static func plain(_ value: Decimal, places: Int) -> String {
        let (negative, integer, fraction) = parts(value, places: places)
        let body = fraction.isEmpty ? integer : integer + "." + fraction
        return negative ? "-" + body : body
    }

    /// Digits with exactly `places` decimals and comma thousands groups, as in `1,234,567.50`.
    public static func grouped(_ value: Decimal, places: Int) -> String {
        let (negative, integer, fraction) = parts(value, places: places)
        let groupedInteger = group(integer)
        let body = fraction.isEmpty ? groupedInteger : groupedInteger + "." + fraction
        return negative ? "-" + body : body
    }

    /// The exact value with every significant digit and no exponent, as in `1234.5` (JSON).
    public static func exact(_ value: Decimal) -> String {
        // Decimal.description never uses an exponent and drops trailing zeros; fix its -0.
        value.isZero ? "0" : value.description
    }

    /// A per-1M-token price: up to 4 decimals, trailing zeros trimmed to no fewer than 2.
    ///
    /// `0.075` → `0.075`, `2.5` → `2.50`, `0.0280` → `0.028`, `0.00004` → `0.00`.
    public static func pricePerMTok(_ value: Decimal, grouping: Bool) -> String {
        let text = grouping ? grouped(value, places: 4) : plain(value, places: 4)
        var characters = Array(text)
        var trimmed = 0
        while trimmed < 2, characters.last == "0" {
            characters.removeLast()
            trimmed += 1
        }
        return String(characters)
    }

    /// A count in short form for chart ticks and headlines: `950`, `250k`, `1.5M`, `3M`, `12.3B`.
    ///
    /// One decimal below 100 of a unit, none above; the decimal is dropped when it is zero.
    public static func compact(_ value: Decimal) -> String {
        let units: [(Decimal, String)] = [
            (Decimal(sign: .plus, exponent: 12, significand: 1), "T"),
            (Decimal(sign: .plus, exponent: 9, significand: 1), "B"),
            (Decimal(sign: .plus, exponent: 6, significand: 1), "M"),
            (Decimal(sign: .plus, exponent: 3, significand: 1), "k"),
        ]
        // 999,950 rounds to 1000.0k: that is said 1M.
        return compact(value, units: units, step: 1000, digits: plain)
    }

    /// `value` in the largest of `units` (largest first, each `step` times the next) it reaches,
    /// one decimal below 100 of the unit and none above, the decimal dropped when zero; a value
    /// that rounds up to `step` of its unit is said in the unit above. Below every unit, plain.
    private static func compact(
        _ value: Decimal, units: [(Decimal, String)], step: Decimal, digits: (Decimal, Int) -> String
    ) -> String {
        let magnitude = abs(value)
        let sign = value < 0 ? "-" : ""
        for (index, (size, suffix)) in units.enumerated() where magnitude >= size {
            var shown = Rounding.rounded(magnitude / size, places: magnitude / size < 100 ? 1 : 0)
            var shownSuffix = suffix
            if shown >= step, index > 0 {
                shown = Rounding.rounded(magnitude / units[index - 1].0, places: 1)
                shownSuffix = units[index - 1].1
            }
            return sign + trimZeroDecimal(digits(shown, shown < 100 ? 1 : 0)) + shownSuffix
        }
        let small = trimZeroDecimal(digits(magnitude, magnitude < 10 ? 1 : 0))
        return small == "0" ? "0" : sign + small
    }

    /// ``compact(_:)`` for a chart coordinate; charts are pictures, so a `Double` is fine here.
    public static func compact(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        return compact(Decimal(value))
    }

    /// ``compact(_:)`` in the units a reader of `language` counts in: Japanese groups by 10⁴
    /// (`8,350` → `8,350`, `835,000` → `83.5万`, `3,000,000` → `300万`, `150,000,000` → `1.5億`).
    public static func compact(_ value: Decimal, _ language: Language) -> String {
        guard language == .ja else { return compact(value) }
        let units: [(Decimal, String)] = [
            (Decimal(sign: .plus, exponent: 12, significand: 1), "兆"),
            (Decimal(sign: .plus, exponent: 8, significand: 1), "億"),
            (Decimal(sign: .plus, exponent: 4, significand: 1), "万"),
        ]
        // 9,999.96万 rounds to 10,000万: that is said 1億.
        return compact(value, units: units, step: 10_000, digits: grouped)
    }

    /// `value` in Japanese in the unit ``compact(_:_:)`` gives `largest`, so the ticks of one axis
    /// share a unit: below 10万 no unit (`5,000`, `15,000`), then 万, 億 or 兆 (`0.5億`, `1億`, `1.5億`).
    public static func compact(_ value: Double, unitOf largest: Double) -> String {
        guard value.isFinite, largest.isFinite else { return "" }
        func power(_ exponent: Int) -> Decimal { Decimal(sign: .plus, exponent: exponent, significand: 1) }
        // (from this largest tick, count in this unit)
        let units: [(from: Decimal, unit: Decimal, suffix: String)] = [
            (power(12), power(12), "兆"), (power(8), power(8), "億"), (power(5), power(4), "万"),
        ]
        let sign = value < 0 ? "-" : ""
        let magnitude = Decimal(abs(value))
        let top = Decimal(abs(largest))
        guard let chosen = units.first(where: { top >= $0.from }) else {
            let plain = trimZeroDecimal(grouped(magnitude, places: magnitude < 10 ? 1 : 0))
            return plain == "0" ? "0" : sign + plain
        }
        let shown = Rounding.rounded(magnitude / chosen.unit, places: 1)
        return shown == 0 ? "0" : sign + trimZeroDecimal(grouped(shown, places: 1)) + chosen.suffix
    }

    /// ``compact(_:_:)`` for a chart coordinate.
    public static func compact(_ value: Double, _ language: Language) -> String {
        guard value.isFinite else { return "" }
        return compact(Decimal(value), language)
    }

    private static func trimZeroDecimal(_ text: String) -> String {
        text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// Sign, integer digits and exactly `places` fraction digits of the rounded value.
    private static func parts(_ value: Decimal, places: Int) -> (Bool, String, String) {
        let places = max(0, places)
        let rounded = Rounding.rounded(value, places: places)
        let negative = rounded < 0
        let digits = (negative ? -rounded : rounded).description
        let pieces = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = pieces.first.map(String.init) ?? "0"
        var fraction = pieces.count > 1 ? String(pieces[1]) : ""
        fraction += String(repeating: "0", count: max(0, places - fraction.count))
        return (negative, integer.isEmpty ? "0" : integer, fraction)
    }

    private static func group(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}

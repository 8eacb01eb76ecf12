import Foundation

/// Exact conversions between decimal text and `Decimal`, never through a `Double`.
public enum ExactDecimal {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The exact value of a JSON number literal, or nil when the text is not one or
    /// `Decimal` cannot hold it exactly (over 38 significant digits, exponent out of range).
    public static func parse(jsonLiteral text: String) -> Decimal? {
        guard isJSONNumber(text) else { return nil }
        let mantissa = text.prefix { $0 != "e" && $0 != "E" }
        let digits = mantissa.filter(\.isASCIIDigit).drop { $0 == "0" }
        let significant = digits.reversed().drop { $0 == "0" }
        guard significant.count <= 38 else { return nil }
        guard let value = Decimal(string: text, locale: posix), !value.isNaN else { return nil }
        return value
    }

    /// Whether `text` follows JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    public static func isJSONNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        func digits() -> Int {
            var count = 0
            while let first = scalars.first, ("0"..."9").contains(first) {
                scalars.removeFirst()
                count += 1
            }
            return count
        }
        if scalars.first == "-" { scalars.removeFirst() }
        if scalars.first == "0" {
            scalars.removeFirst()
        } else if digits() == 0 {
            return false
        }
        if scalars.first == "." {
            scalars.removeFirst()
            if digits() == 0 { return false }
        }
        if scalars.first == "e" || scalars.first == "E" {
            scalars.removeFirst()
            if scalars.first == "+" || scalars.first == "-" { scalars.removeFirst() }
            if digits() == 0 { return false }
        }
        return scalars.isEmpty
    }
}

extension Character {
    /// True for the ten ASCII digits only (`Character.isNumber` also accepts other scripts' digits).
    public var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

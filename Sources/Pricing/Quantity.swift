import Foundation

/// Exact parsing of the numbers people type into flags and scenario files.
///
/// | text | value | why |
/// | --- | --- | --- |
/// | `1500`, `-3`, `2.99`, `2.5e3` | 1500, −3, 2.99, 2500 | plain decimals, optional exponent |
/// | `1_000_000` | 1000000 | `_` groups digits, one at a time, between digits only |
/// | `250k`, `250K`, `1.5M`, `2B` | 250000, 250000, 1500000, 2000000000 | thousand, million, billion |
/// | `30%` | 0.3 | a share |
/// | `1.5m` | nil | `m` reads as milli in SI and as million in finance, so neither is guessed |
/// | `.5`, `1.`, `+3` | nil | strict like JSON: a digit on both sides of `.`, and only `-` as a sign |
/// | `1,5`, `12abc`, ` 5`, `1__0`, `_1`, `%`, `nan`, `inf`, `1e3k` | nil | nothing is ignored or guessed |
///
/// Values that `Decimal` cannot hold exactly (over 38 significant digits) are refused
/// rather than rounded.
public enum Quantity {
    /// The exact value of `text`, or nil when it is not a quantity in the form above.
    public static func parse(_ text: String) -> Decimal? {
        var scanner = QuantityScanner(bytes: Array(text.utf8))
        let negative = scanner.take("-")
        guard let integer = scanner.digits() else { return nil }
        var fraction = ""
        if scanner.take(".") {
            guard let digits = scanner.digits() else { return nil }
            fraction = digits
        }
        var exponent = 0
        var hasExponent = false
        if scanner.take("e") || scanner.take("E") {
            hasExponent = true
            let negativeExponent = scanner.take("-")
            if !negativeExponent { _ = scanner.take("+") }
            // Beyond a few digits the exponent is out of `Decimal`'s range anyway.
            guard let digits = scanner.digits(), digits.count <= 4, let magnitude = Int(digits) else {
                return nil
            }
            exponent = negativeExponent ? -magnitude : magnitude
        }
        if let shift = scanner.suffixShift() {
            guard !hasExponent else { return nil }
            exponent += shift
        }
        guard scanner.atEnd else { return nil }

        let wholeDigits = integer.drop { $0 == "0" }
        let literal =
            (negative ? "-" : "") + (wholeDigits.isEmpty ? "0" : String(wholeDigits))
            + (fraction.isEmpty ? "" : "." + fraction) + "e\(exponent)"
        return ExactDecimal.parse(jsonLiteral: literal)
    }
}

/// A cursor over the UTF-8 bytes of a quantity.
private struct QuantityScanner {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index == bytes.count }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    /// Digits with single `_` separators between them, without the separators; nil when none.
    mutating func digits() -> String? {
        var result = ""
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                result.unicodeScalars.append(Unicode.Scalar(byte))
                index += 1
            } else if byte == UInt8(ascii: "_"), !result.isEmpty, index + 1 < bytes.count,
                bytes[index + 1] >= UInt8(ascii: "0") && bytes[index + 1] <= UInt8(ascii: "9")
            {
                index += 1
            } else {
                break
            }
        }
        return result.isEmpty ? nil : result
    }

    /// The power of ten a suffix multiplies by, consuming it.
    mutating func suffixShift() -> Int? {
        if take("k") || take("K") { return 3 }
        if take("M") { return 6 }
        if take("B") { return 9 }
        if take("%") { return -2 }
        return nil
    }
}

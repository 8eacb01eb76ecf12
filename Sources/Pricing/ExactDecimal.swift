import Foundation

/// Exact conversions between decimal text and `Decimal`, never through a `Double`.
public enum ExactDecimal {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The exact value of a JSON number literal, or nil when the text is not one or
    /// `Decimal` cannot hold it exactly (over 38 significant digits, exponent out of range).
    public static func parse(jsonLiteral text: String) -> Decimal? {
        guard isJSONNumber(text) else { return nil }
        if let value = parseSmall(validLiteral: text) { return value }
        let mantissa = text.prefix { $0 != "e" && $0 != "E" }
        let digits = mantissa.filter(\.isASCIIDigit).drop { $0 == "0" }
        let significant = digits.reversed().drop { $0 == "0" }
        guard significant.count <= 38 else { return nil }
        guard let value = Decimal(string: text, locale: posix), !value.isNaN else { return nil }
        return value
    }

    /// The common case without `Decimal(string:)`: a literal of at most 19 significant
    /// digits whose exponent `Decimal` holds. Nil for anything else, which `parse` then reads
    /// the general way.
    ///
    /// `Decimal(string:locale:)` asks ICU for the locale's decimal separator on every call: it
    /// was most of the time spent on numbers when validating a large price map, and loading
    /// ICU's locale data cost a few megabytes of memory at start-up. The value is built from
    /// the digits as `significand × 10^exponent` with trailing zeros moved into the exponent,
    /// which is what `Decimal(string:)` returns (ExactDecimalTests compares the two).
    static func parseSmall(validLiteral text: String) -> Decimal? {
        let zero = UInt8(ascii: "0")
        var bytes = text.utf8.makeIterator()
        var byte = bytes.next()
        let negative = byte == UInt8(ascii: "-")
        if negative { byte = bytes.next() }
        var significand: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var inFraction = false
        while let current = byte, current != UInt8(ascii: "e"), current != UInt8(ascii: "E") {
            if current == UInt8(ascii: ".") {
                inFraction = true
            } else {
                if significand != 0 || current != zero {
                    digits += 1
                    // 19 digits always fit in a UInt64.
                    guard digits <= 19 else { return nil }
                    significand = significand * 10 + UInt64(current - zero)
                }
                if inFraction { fractionDigits += 1 }
            }
            byte = bytes.next()
        }
        var exponent = 0
        if byte != nil {
            byte = bytes.next()
            let negativeExponent = byte == UInt8(ascii: "-")
            if negativeExponent || byte == UInt8(ascii: "+") { byte = bytes.next() }
            while let current = byte {
                exponent = exponent * 10 + Int(current - zero)
                guard exponent <= 1_000 else { return nil }
                byte = bytes.next()
            }
            if negativeExponent { exponent = -exponent }
        }
        exponent -= fractionDigits
        guard significand != 0 else {
            // `Decimal(string:)` keeps a zero's exponent ("0.00" has exponent −2), which no public
            // initialiser reproduces; it prints and computes as 0 all the same, and llmcost never
            // reads a zero's exponent, so every zero it would accept reads as `Decimal.zero`.
            return !negative && (-128...127).contains(exponent) ? Decimal.zero : nil
        }
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        guard (-128...127).contains(exponent) else { return nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }

    /// ⌊log₁₀|x|⌋ of a nonzero literal in JSON's number grammar, read from its digits; nil for
    /// zero and for text that is not such a literal.
    static func magnitude(ofLiteral text: String) -> Int? {
        let scan = Scan(text)
        guard scan.valid, scan.seenNonzero, let exponent = scan.exponent else { return nil }
        return (scan.wholeDigits > 0 ? scan.wholeDigits - 1 : -(scan.leadingFractionZeros + 1)) + exponent
    }

    /// Whether `text` follows JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    public static func isJSONNumber(_ text: String) -> Bool {
        Scan(text).valid
    }

    /// One pass over a literal's bytes: whether it is a JSON number, and where its digits lie.
    /// (Every number of a price file passes through here, so it is a plain state machine.)
    private struct Scan {
        var valid = false
        /// Significant digits before the point.
        var wholeDigits = 0
        /// Zeros between the point and the first nonzero digit, when no digit before the point is.
        var leadingFractionZeros = 0
        var seenNonzero = false
        /// The exponent's value; nil when it is beyond ±100,000.
        var exponent: Int? = 0

        init(_ text: String) {
            enum State { case start, sign, zero, whole, point, fraction, mark, exponentSign, exponentDigits }
            var state = State.start
            var exponentValue = 0
            var negativeExponent = false
            for byte in text.utf8 {
                let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                switch state {
                case .start, .sign:
                    if byte == UInt8(ascii: "-") && state == .start {
                        state = .sign
                    } else if byte == UInt8(ascii: "0") {
                        state = .zero
                    } else if digit {
                        state = .whole
                        seenNonzero = true
                        wholeDigits = 1
                    } else {
                        return
                    }
                case .zero, .whole:
                    if digit && state == .whole {
                        wholeDigits += 1
                    } else if byte == UInt8(ascii: ".") {
                        state = .point
                    } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                        state = .mark
                    } else {
                        return
                    }
                case .point, .fraction:
                    if digit {
                        if byte != UInt8(ascii: "0") { seenNonzero = true }
                        if !seenNonzero { leadingFractionZeros += 1 }
                        state = .fraction
                    } else if state == .fraction && (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) {
                        state = .mark
                    } else {
                        return
                    }
                case .mark, .exponentSign, .exponentDigits:
                    if digit {
                        if exponentValue < 100_000 {
                            exponentValue = exponentValue * 10 + Int(byte - UInt8(ascii: "0"))
                        }
                        state = .exponentDigits
                    } else if state == .mark && (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")) {
                        negativeExponent = byte == UInt8(ascii: "-")
                        state = .exponentSign
                    } else {
                        return
                    }
                }
            }
            switch state {
            case .zero, .whole, .fraction, .exponentDigits: valid = true
            default: return
            }
            exponent = exponentValue >= 100_000 ? nil : (negativeExponent ? -exponentValue : exponentValue)
        }
    }
}

extension Character {
    /// True for the ten ASCII digits only (`Character.isNumber` also accepts other scripts' digits).
    public var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

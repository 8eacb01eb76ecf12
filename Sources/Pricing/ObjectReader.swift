import Foundation

/// Rules that depend on the caller rather than on the file: today's date and the sane bounds.
public struct ValidationOptions: Sendable, Hashable {
    /// The date `effective` may not be after, and `checked` ages are measured from.
    public var today: CalendarDate
    /// `checked` dates older than this many days are warned about.
    public var maxAgeDays: Int
    /// A price per 1M tokens above this is an error (a per-1k or per-token mix-up, or a typo).
    public var maxPricePerMTok: Decimal {
        didSet { maxPriceMagnitude = Self.magnitude(of: maxPricePerMTok) }
    }
    /// ⌊log₁₀⌋ of a positive bound, so most prices are judged against it without a `Decimal`
    /// comparison (thousands of instructions each, a seventh of validating a large file).
    private(set) var maxPriceMagnitude: Int?

    public init(today: CalendarDate, maxAgeDays: Int = 180, maxPricePerMTok: Decimal = 1000) {
        self.today = today
        self.maxAgeDays = maxAgeDays
        self.maxPricePerMTok = maxPricePerMTok
        self.maxPriceMagnitude = Self.magnitude(of: maxPricePerMTok)
    }

    private static func magnitude(of bound: Decimal) -> Int? {
        bound > 0 ? ExactDecimal.magnitude(ofLiteral: bound.description) : nil
    }

    /// Whether a non-negative price is above the bound; `magnitude` is its literal's
    /// `ExactDecimal.magnitude(ofLiteral:)`.
    func isAboveBound(_ price: Decimal, magnitude: Int?) -> Bool {
        if let bound = maxPriceMagnitude, let magnitude {
            // 10^m ≤ price < 10^(m+1) and 10^M ≤ bound < 10^(M+1).
            if magnitude < bound { return false }
            if magnitude > bound { return true }
        }
        return price > maxPricePerMTok
    }
}

/// What a number must be, beyond being an exact decimal.
package enum NumberRule {
    case any
    case nonNegative
    /// A share from 0 to 1 inclusive.
    case share
    /// A strictly positive amount (throughput, a rate used as a divisor).
    case positive
    /// Money per 1M tokens: non-negative and at most the sane bound.
    case pricePerMTok
}

/// Reads the members of one JSON object, reporting wrong types, missing and unknown keys.
///
/// Every key asked for becomes a known key, so `finish()` can report the rest as unknown
/// with a "did you mean" drawn from exactly the keys this reader accepts.
package final class ObjectReader {
    package let node: JSONNode
    private let members: [JSONMember]
    package let sink: DiagnosticCollector
    package let options: ValidationOptions
    private var known: [String] = []

    /// Returns nil, after reporting it, when `node` is not an object.
    package init?(_ node: JSONNode, sink: DiagnosticCollector, options: ValidationOptions) {
        guard let members = node.members else {
            sink.error(node, .expectedKind(expected: .object, found: node.kindName))
            return nil
        }
        self.node = node
        self.members = members
        self.sink = sink
        self.options = options
        // A linear scan for the usual handful of keys (hashing every key of thousands of objects
        // cost a tenth of validating a large file); a dictionary beyond that.
        func reportDuplicate(_ member: JSONMember, first: SourceLocation) {
            sink.error(
                at: member.keyLocation, path: node.path.appending(key: member.key),
                .duplicateKey(key: member.key, line: "\(first.line)"))
        }
        if members.count <= 16 {
            for (index, member) in members.enumerated() {
                if let first = members[..<index].first(where: { $0.key == member.key }) {
                    reportDuplicate(member, first: first.keyLocation)
                }
            }
        } else {
            var seen: [String: SourceLocation] = [:]
            for member in members {
                if let first = seen[member.key] {
                    reportDuplicate(member, first: first)
                } else {
                    seen[member.key] = member.keyLocation
                }
            }
        }
    }

    /// The member's value, registering the key as known; reports a missing required key unless
    /// the object was cut off by a syntax error.
    package func value(_ key: String, required: Bool) -> JSONNode? {
        known.append(key)
        if let member = members.first(where: { $0.key == key }) { return member.value }
        if required && !sink.isCutOff(node) {
            sink.error(at: node.location, path: node.path.appending(key: key), .missingField(key: key))
        }
        return nil
    }

    package func string(_ key: String, required: Bool = true) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard let string = value.string else {
            sink.error(value, .expectedKind(expected: .string, found: value.kindName))
            return nil
        }
        // Scalar by scalar rather than `trimmingCharacters`, which bridges every string to NSString
        // (a quarter of the time of validating a large price map).
        if string.unicodeScalars.allSatisfy({ CharacterSet.whitespaces.contains($0) }) {
            sink.error(value, .isEmpty)
            return nil
        }
        return string
    }

    package func bool(_ key: String, required: Bool = true) -> Bool? {
        guard let value = value(key, required: required) else { return nil }
        guard case .bool(let flag) = value.value else {
            sink.error(value, .expectedKind(expected: .boolean, found: value.kindName))
            return nil
        }
        return flag
    }

    package func oneOf(_ key: String, _ allowed: [String], required: Bool = true) -> String? {
        guard let text = string(key, required: required) else { return nil }
        guard allowed.contains(text) else {
            if let value = value(key, required: false) {
                sink.error(
                    value,
                    .notOneOf(
                        text: text, allowed: allowed, suggestion: closestMatch(to: text, among: allowed)))
            }
            return nil
        }
        return text
    }

    package func decimal(_ key: String, required: Bool = true, rule: NumberRule = .nonNegative) -> Decimal? {
        guard let value = value(key, required: required) else { return nil }
        return ObjectReader.decimal(value, rule: rule, sink: sink, options: options)
    }

    /// As `decimal`, but a string may also be written as people type it: `3M`, `250k`, `30%`, `1_000_000`.
    package func quantity(_ key: String, required: Bool = true, rule: NumberRule = .nonNegative) -> Decimal? {
        guard let value = value(key, required: required) else { return nil }
        return ObjectReader.decimal(value, rule: rule, sink: sink, options: options, quantities: true)
    }

    /// Reads an exact decimal from a JSON number or a string holding one, applying `rule`.
    package static func decimal(
        _ value: JSONNode, rule: NumberRule, sink: DiagnosticCollector, options: ValidationOptions,
        quantities: Bool = false
    ) -> Decimal? {
        let literal: String
        switch value.value {
        case .number(let number): literal = number.literal
        case .string(let text) where quantities && !ExactDecimal.isJSONNumber(text):
            guard let number = Quantity.parse(text) else {
                sink.error(value, .notANumber(text: text))
                return nil
            }
            return check(number, literal: text, node: value, rule: rule, sink: sink, options: options)
        case .string(let text):
            guard ExactDecimal.isJSONNumber(text) else {
                sink.error(value, .notADecimal(text: text))
                return nil
            }
            literal = text
        default:
            sink.error(value, .expectedKind(expected: .number, found: value.kindName))
            return nil
        }
        guard let number = ExactDecimal.parse(jsonLiteral: literal) else {
            sink.error(value, .notFinite(literal: literal))
            return nil
        }
        if FloatArtifact.isArtifact(literal) {
            sink.warning(value, .floatArtifact(literal: literal, cleaned: "\(FloatArtifact.cleaned(number))"))
        }
        return check(number, literal: literal, node: value, rule: rule, sink: sink, options: options)
    }

    /// Applies `rule` to a parsed number, reporting a violation at `value`.
    private static func check(
        _ number: Decimal, literal: String, node value: JSONNode, rule: NumberRule, sink: DiagnosticCollector,
        options: ValidationOptions
    ) -> Decimal? {
        // ⌊log₁₀|x|⌋ from the literal's digits (nil for zero), read once for every test below.
        let magnitude = ExactDecimal.magnitude(ofLiteral: literal)
        // Inputs are held to 1e-9…1e18 in size (see `SanityBounds`); a literal whose leading digit
        // sits at 10^-9…10^17 is inside without any `Decimal` comparison (thousands of instructions).
        let inside = number.isZero || magnitude.map { (-9...17).contains($0) } == true
        if !inside, SanityBounds.magnitudeProblem(number) != nil {
            sink.error(
                value, number.magnitude < 1 ? .tooSmall(literal: literal) : .tooLarge(literal: literal))
            return nil
        }
        // Sign tests on the sign itself: a `Decimal` comparison costs thousands of instructions.
        let negative = number.sign == .minus && !number.isZero
        switch rule {
        case .any:
            break
        case .nonNegative:
            if negative {
                sink.error(value, .negative(literal: literal))
                return nil
            }
        case .positive:
            if negative || number.isZero {
                sink.error(value, .notPositive(literal: literal))
                return nil
            }
        case .share:
            if negative || number > 1 {
                sink.error(value, .outsideShare(literal: literal))
                return nil
            }
        case .pricePerMTok:
            if negative {
                sink.error(value, .negative(literal: literal))
                return nil
            }
            if options.isAboveBound(number, magnitude: magnitude) {
                sink.error(value, .priceAboveBound(literal: literal, bound: "\(options.maxPricePerMTok)"))
                return nil
            }
            // Below 0.001 = 10⁻³ exactly when the leading digit is at 10⁻⁴ or smaller.
            let small =
                magnitude.map { $0 < -3 }
                ?? (!number.isZero && number < FloatArtifact.perTokenSuspicion)
            if small {
                sink.warning(value, .priceImplausiblySmall(literal: literal, scaled: "\(number * 1_000_000)"))
            }
        }
        return number
    }

    /// A whole number from `minimum` to `maximum`; the bound keeps later `Int` arithmetic from overflowing.
    package func integer(
        _ key: String, required: Bool = true, minimum: Int = 0, maximum: Int = Int(Int32.max)
    )
        -> Int?
    {
        guard let value = value(key, required: required) else { return nil }
        guard case .number(let number) = value.value else {
            sink.error(value, .expectedKind(expected: .wholeNumber, found: value.kindName))
            return nil
        }
        guard let integer = number.integer else {
            sink.error(value, .notWholeNumber(literal: number.literal))
            return nil
        }
        guard integer >= minimum else {
            sink.error(
                value,
                integer < 0
                    ? .negative(literal: "\(integer)")
                    : .belowMinimum(value: "\(integer)", minimum: "\(minimum)"))
            return nil
        }
        guard integer <= maximum else {
            sink.error(value, .aboveBound(value: "\(integer)", bound: "\(maximum)"))
            return nil
        }
        return integer
    }

    /// A `YYYY-MM-DD` date; `notAfterToday` makes a future date an error.
    package func date(_ key: String, required: Bool = true, notAfterToday: Bool = true) -> CalendarDate? {
        guard let value = value(key, required: required) else { return nil }
        guard let text = value.string else {
            sink.error(value, .expectedKind(expected: .date, found: value.kindName))
            return nil
        }
        guard let date = CalendarDate(iso: text) else {
            sink.error(value, .notADate(text: text))
            return nil
        }
        if notAfterToday && date > options.today {
            sink.error(value, .inTheFuture(date: "\(date)", today: "\(options.today)"))
            return nil
        }
        return date
    }

    /// A `checked` date, warned about when older than the allowed age.
    package func checkedDate(_ key: String = "checked", required: Bool = true) -> CalendarDate? {
        guard let date = date(key, required: required), let value = value(key, required: false) else {
            return nil
        }
        let age = options.today.dayNumber - date.dayNumber
        if age > options.maxAgeDays {
            sink.warning(
                value, .checkedTooLongAgo(date: "\(date)", days: "\(age)", maxAge: "\(options.maxAgeDays)"))
        }
        return date
    }

    /// A `source` URL; missing is a warning, since a figure without a source cannot be re-checked.
    package func source(_ key: String = "source") -> String? {
        guard value(key, required: false) != nil else {
            if !sink.isCutOff(node) {
                sink.warning(node, .missingSource(key: key))
            }
            return nil
        }
        guard let text = string(key, required: false), let value = value(key, required: false) else {
            return nil
        }
        guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
            sink.error(value, .notAURL(text: text))
            return nil
        }
        return text
    }

    package func array(_ key: String, required: Bool = true, nonEmpty: Bool = false) -> [JSONNode]? {
        guard let value = value(key, required: required) else { return nil }
        guard let elements = value.elements else {
            sink.error(value, .expectedKind(expected: .array, found: value.kindName))
            return nil
        }
        if nonEmpty && elements.isEmpty && !sink.isCutOff(value) {
            sink.error(value, .isEmpty)
        }
        return elements
    }

    package func object(_ key: String, required: Bool = true) -> ObjectReader? {
        guard let value = value(key, required: required) else { return nil }
        return ObjectReader(value, sink: sink, options: options)
    }

    /// Reports every member not asked for, with the nearest accepted key as a suggestion.
    package func finish() {
        sink.accepted(known, at: node.path)
        for member in members where !known.contains(member.key) {
            sink.error(
                at: member.keyLocation, path: node.path.appending(key: member.key),
                .unknownKey(key: member.key, suggestion: closestMatch(to: member.key, among: known)))
        }
    }
}

/// Recognises numbers that came from binary floating point, like `1.5000300000000002e-06`.
enum FloatArtifact {
    /// Nonzero prices per 1M tokens below this look like per-token prices.
    static let perTokenSuspicion: Decimal = Decimal(string: "0.001") ?? 0

    /// True when the literal has 15 or more significant digits: no vendor states a price so,
    /// but a `Double` printed in full does.
    static func isArtifact(_ literal: String) -> Bool {
        significantDigits(literal) >= 15
    }

    static func significantDigits(_ literal: String) -> Int {
        // The digits of the mantissa from the first nonzero one to the last nonzero one, byte by byte.
        var counted = 0
        var trailingZeros = 0
        for byte in literal.utf8 {
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { break }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { continue }
            if byte == UInt8(ascii: "0") {
                if counted > 0 { trailingZeros += 1 }
            } else {
                counted += trailingZeros + 1
                trailingZeros = 0
            }
        }
        return counted
    }

    /// The value rounded to 10 significant digits, the likely intended figure.
    static func cleaned(_ value: Decimal) -> Decimal {
        guard value != 0 else { return 0 }
        var magnitude = 0
        var probe = value < 0 ? -value : value
        while probe >= 1 {
            probe /= 10
            magnitude += 1
        }
        while probe < Decimal(string: "0.1") ?? 0 {
            probe *= 10
            magnitude -= 1
        }
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, max(0, 10 - magnitude), .plain)
        return result
    }
}

import Foundation

/// A problem in an ECB reference-rate file, with the line it is on.
public struct ECBImportError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var problem: ECBProblem

    /// The problem in English.
    public var message: String { problem.description }

    public var description: String { "\(line): \(message)" }
}

/// What is wrong with an ECB reference-rate file, as a value; the words are made in Reports.
public enum ECBProblem: Sendable, Hashable, CustomStringConvertible {
    case notADate(time: String)
    case notACurrencyCode(String)
    case notAPositiveRate(code: String, rate: String)
    case rateOutsideADay(code: String)
    case noDays

    public var description: String {
        switch self {
        case .notADate(let time): "time '\(time)' is not a date (YYYY-MM-DD)"
        case .notACurrencyCode(let code): "currency '\(code)' is not an ISO 4217 code"
        case .notAPositiveRate(let code, let rate): "\(code): rate '\(rate)' is not a positive number"
        case .rateOutsideADay(let code): "a rate for \(code) outside any <Cube time=…>"
        case .noDays:
            "no <Cube time=…> found; expected the ECB's eurofxref XML (daily, 90-day or full history)"
        }
    }
}

/// One day's euro reference rates: units of each currency per 1 EUR, exactly as published.
public struct ECBDay: Sendable, Hashable {
    public var date: CalendarDate
    /// (code, rate per EUR) in the file's order.
    public var rates: [(code: String, perEUR: Decimal)]

    public static func == (lhs: ECBDay, rhs: ECBDay) -> Bool {
        lhs.date == rhs.date && lhs.rates.map(\.code) == rhs.rates.map(\.code)
            && lhs.rates.map(\.perEUR) == rhs.rates.map(\.perEUR)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(date)
        for rate in rates {
            hasher.combine(rate.code)
            hasher.combine(rate.perEUR)
        }
    }
}

/// Reads the ECB's euro reference-rate XML (`eurofxref-daily.xml`, `-hist-90d.xml`, `-hist.xml`)
/// and turns it into per-USD rates (SPEC §6.4).
public enum ECBImport {
    /// The page the ECB publishes the rates on, the `source` of every imported rate.
    public static let source =
        "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html"

    /// Significant digits a per-USD rate is rounded to.
    public static let significantDigits = 8

    /// Every `<Cube time='…'>` of the file with its `<Cube currency='…' rate='…'/>` children.
    ///
    /// The format is fixed and flat, so a scan for the two kinds of `Cube` element is enough; a
    /// rate is read from its literal exactly, and a file with no dated cube is an error.
    public static func parse(_ data: Data) throws(ECBImportError) -> [ECBDay] {
        let text = String(decoding: data, as: UTF8.self)
        var days: [ECBDay] = []
        var line = 1
        for (index, piece) in text.components(separatedBy: "<").enumerated() {
            defer { line += piece.count { $0 == "\n" } }
            guard index > 0, piece.hasPrefix("Cube") else { continue }
            let attributes = Self.attributes(piece)
            if let time = attributes["time"] {
                guard let date = CalendarDate(iso: time) else {
                    throw ECBImportError(line: line, problem: .notADate(time: time))
                }
                days.append(ECBDay(date: date, rates: []))
            } else if let code = attributes["currency"] {
                guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                    throw ECBImportError(line: line, problem: .notACurrencyCode(code))
                }
                guard let literal = attributes["rate"], ExactDecimal.isJSONNumber(literal),
                    let rate = ExactDecimal.parse(jsonLiteral: literal), rate > 0,
                    SanityBounds.magnitudeProblem(rate) == nil
                else {
                    throw ECBImportError(
                        line: line, problem: .notAPositiveRate(code: code, rate: attributes["rate"] ?? ""))
                }
                guard !days.isEmpty else {
                    throw ECBImportError(line: line, problem: .rateOutsideADay(code: code))
                }
                days[days.count - 1].rates.append((code, rate))
            }
        }
        guard !days.isEmpty else {
            throw ECBImportError(line: 1, problem: .noDays)
        }
        return days
    }

    /// `name='value'` or `name="value"` pairs of one element's text.
    static func attributes(_ element: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(element.prefix { $0 != ">" })
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
            var after = rest[rest.index(after: equals)...].drop { $0.isWhitespace }
            guard let quote = after.first, quote == "'" || quote == "\"" else { break }
            after = after.dropFirst()
            guard let end = after.firstIndex(of: quote) else { break }
            result[name] = String(after[..<end])
            rest = after[after.index(after: end)...]
        }
        return result
    }

    /// The days' rates per US dollar: per_usd(X) = rate(X) / rate(USD), per_usd(EUR) = 1 / rate(USD),
    /// each rounded half away from zero to 8 significant digits; USD itself is 1.
    ///
    /// A day without a USD rate cannot be converted and is left out (it is named in `skipped`).
    /// `codes` keeps only those currencies (USD always); nil keeps all.
    public static func perUSD(_ days: [ECBDay], codes: Set<String>? = nil) -> (
        rates: [CurrencyRate], skipped: [CalendarDate]
    ) {
        var rates: [CurrencyRate] = []
        var skipped: [CalendarDate] = []
        for day in days.sorted(by: { $0.date < $1.date }) {
            guard let usd = day.rates.first(where: { $0.code == "USD" })?.perEUR else {
                skipped.append(day.date)
                continue
            }
            func rate(_ code: String, _ value: Decimal) -> CurrencyRate {
                CurrencyRate(
                    code: code, perUSD: value, minorUnits: minorUnits(of: code), date: day.date,
                    source: source)
            }
            rates.append(rate("USD", 1))
            if codes?.contains("EUR") ?? true {
                rates.append(rate("EUR", rounded(1 / usd)))
            }
            for (code, perEUR) in day.rates where code != "USD" && (codes?.contains(code) ?? true) {
                rates.append(rate(code, rounded(perEUR / usd)))
            }
        }
        return (rates, skipped)
    }

    /// `value` rounded half away from zero to `significantDigits` significant digits.
    public static func rounded(_ value: Decimal, digits: Int = significantDigits) -> Decimal {
        guard value != 0 else { return 0 }
        // e with 10^e ≤ |value| < 10^(e+1).
        var exponent = 0
        let magnitude = value.magnitude
        while Decimal(sign: .plus, exponent: exponent + 1, significand: 1) <= magnitude { exponent += 1 }
        while Decimal(sign: .plus, exponent: exponent, significand: 1) > magnitude { exponent -= 1 }
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, digits - 1 - exponent, .plain)
        return result
    }

    /// ISO 4217 minor units of the ECB's currencies (0 for JPY, ISK and KRW; 2 otherwise).
    public static func minorUnits(of code: String) -> Int {
        ["JPY", "ISK", "KRW"].contains(code) ? 0 : 2
    }

    /// A currencies.json (`llmcost/currencies@1`) holding `rates`, one line per rate.
    public static func currenciesJSON(_ rates: [CurrencyRate]) -> String {
        var lines: [String] = []
        for rate in rates {
            func quoted(_ text: String) -> String {
                var out = ""
                JSONOutput.writeString(text, into: &out)
                return out
            }
            var line = "    { \"code\": \(quoted(rate.code)), \"per_usd\": \(rate.perUSD), "
            line += "\"minor_units\": \(rate.minorUnits)"
            if let date = rate.date { line += ", \"date\": \"\(date)\"" }
            if let source = rate.source { line += ", \"source\": \(quoted(source))" }
            lines.append(line + " }")
        }
        return """
            {
              "schema": "llmcost/currencies@1",
              "base": "USD",
              "rates": [
            \(lines.joined(separator: ",\n"))
              ]
            }

            """
    }
}

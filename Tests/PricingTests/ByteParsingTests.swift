import Foundation
import Testing

@testable import Pricing

/// The byte-by-byte readers that replaced `split` and `filter` on hot paths of validation.
@Suite("Byte parsing")
struct ByteParsingTests {
    @Test(arguments: [
        ("2024-02-29", CalendarDate(year: 2024, month: 2, day: 29)),
        ("2026-11-24", CalendarDate(year: 2026, month: 11, day: 24)),
        ("0001-01-01", CalendarDate(year: 1, month: 1, day: 1)),
    ])
    func readsRealDays(_ text: String, _ date: CalendarDate) {
        #expect(CalendarDate(iso: text) == date)
    }

    @Test(arguments: [
        "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "24-01-01", "2024-01-1",
        "2024-01-01-", "-2024-01-01", "2024/01/01", "2024-01-0a", "２０２４-01-01", "", "2024--01", "2024-01",
        // Fields past their width, long enough to overflow `Int` if summed (mutation fuzzer, seed 3002997;
        // also found in review).
        "2026-11-24" + String(repeating: "9", count: 40),
        "2026-11" + String(repeating: "9", count: 40) + "-01",
        String(repeating: "9", count: 40) + "-01-01", "20266-01-01", "2026-011-01", "2026-01-011",
        "99999999999999999999", "20240",
    ])
    func refusesAnythingElse(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test(arguments: [
        // Leading zeros, the point, the sign and the exponent do not count; inner zeros do.
        ("1.5000300000000002e-06", 17), ("8.900000000000001e-07", 16), ("2.50", 2), ("100", 1),
        ("0.000120", 2), ("-1005", 4), ("0", 0), ("0.0", 0), ("12E5", 2),
    ])
    func countsSignificantDigits(_ literal: String, _ count: Int) {
        #expect(FloatArtifact.significantDigits(literal) == count)
    }
}

/// Duplicate keys are found by a scan in objects of up to 16 members and a dictionary in larger ones; both report alike.
@Suite("Duplicate keys")
struct DuplicateKeyTests {
    static func messages(_ text: String) -> [String] {
        PriceFileReader.read(
            Data(text.utf8), file: "d.json",
            options: ValidationOptions(today: CalendarDate(year: 2026, month: 11, day: 24))
        ).diagnostics.map(\.message).filter { $0.hasPrefix("duplicate") }
    }

    /// An object on line 2 whose `count` members are `k0`…, with `k1` repeated on each of `repeats` more lines.
    static func object(members count: Int, repeats: Int) -> String {
        let members = (0..<count).map { "\"k\($0)\": \($0)" } + (0..<repeats).map { "\"k1\": \($0)" }
        return "{\n" + members.joined(separator: ",\n") + "\n}\n"
    }

    @Test(arguments: [3, 14, 40])
    func everyRepeatNamesTheFirstLine(_ count: Int) {
        // k1 is first on line 3 (line 1 is "{", k0 is on line 2); the two repeats follow the members.
        #expect(
            Self.messages(Self.object(members: count, repeats: 2))
                == Array(repeating: "duplicate key 'k1' (first at line 3)", count: 2))
        #expect(Self.messages(Self.object(members: count, repeats: 0)).isEmpty)
    }
}

/// `CalendarDate(Date)` computes the UTC day arithmetically; it must agree with a UTC `Calendar`.
@Suite("UTC date of an instant")
struct UTCDateTests {
    static func byCalendar(_ date: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
    }

    @Test func agreesWithAUTCCalendar() {
        // Every 7 h 13 min from 1901 to 2099 (about 240,000 instants, all times of day and
        // leap days), plus the last instant of a day and the first of the next.
        var instants: [Double] = [-1, 0, 86_399.999, 86_400, 951_782_399.5, 951_782_400, 4_107_542_399]
        var t = -2_177_452_800.0
        while t < 4_102_444_800 {
            instants.append(t)
            t += 25_980
        }
        let mismatches = instants.filter {
            CalendarDate(Date(timeIntervalSince1970: $0)) != Self.byCalendar(Date(timeIntervalSince1970: $0))
        }
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(3))")
    }

    @Test func handComputed() {
        // 2026-11-24T00:00Z is 20,781 days after 1970-01-01 (2025-11-24 is day 20,416; 2026 is no leap year): 1,795,478,400 s.
        #expect(
            CalendarDate(Date(timeIntervalSince1970: 1_795_478_400))
                == CalendarDate(year: 2026, month: 11, day: 24))
        #expect(
            CalendarDate(Date(timeIntervalSince1970: 1_795_478_399))
                == CalendarDate(year: 2026, month: 11, day: 23))
    }
}

/// Prices are judged against the bounds by the magnitude of their literal, and exactly at equal magnitudes.
@Suite("Price bounds by magnitude")
struct PriceBoundTests {
    @Test(arguments: [
        ("2.50", 0), ("1500", 3), ("0.0015", -3), ("0.001", -3), ("0.00099", -4), ("1e3", 3),
        ("8.900000000000001e-07", -7), ("-5", 0), ("12.5E+2", 3), ("0.5e-1", -2),
    ])
    func magnitudeOfALiteral(_ literal: String, _ magnitude: Int) {
        #expect(ExactDecimal.magnitude(ofLiteral: literal) == magnitude)
    }

    @Test(arguments: ["0", "0.000", "3M", "", "1e999999"])
    func noMagnitude(_ literal: String) {
        #expect(ExactDecimal.magnitude(ofLiteral: literal) == nil)
    }

    @Test(arguments: [
        // Bound 1,000 (magnitude 3): below by magnitude, equal magnitude decided exactly, above by magnitude.
        ("1000", "999.99", false), ("1000", "1000", false), ("1000", "1000.01", true), ("1000", "1e4", true),
        // Bound 0.5 (magnitude −1).
        ("0.5", "0.05", false), ("0.5", "0.5", false), ("0.5", "0.6", true), ("0.5", "7", true),
    ])
    func aboveTheBound(_ bound: String, _ price: String, _ above: Bool) throws {
        let posix = Locale(identifier: "en_US_POSIX")
        var options = ValidationOptions(today: CalendarDate(year: 2026, month: 11, day: 24))
        options.maxPricePerMTok = try #require(Decimal(string: bound, locale: posix))
        let value = try #require(Decimal(string: price, locale: posix))
        #expect(options.isAboveBound(value, magnitude: ExactDecimal.magnitude(ofLiteral: price)) == above)
        // The text of a quantity has no magnitude; the exact comparison answers alike.
        #expect(options.isAboveBound(value, magnitude: nil) == above)
    }
}

import Foundation
import Testing

@testable import Reports

/// Exact decimal from text, so a test never starts from a `Double`.
func dec(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}

@Suite("Rounding and number text")
struct NumberFormattingTests {
    // The rows of the table in `Rounding`'s documentation.
    @Test(
        "half away from zero on the exact decimal",
        arguments: [
            ("0.005", 2, "0.01"),
            ("0.015", 2, "0.02"),
            ("0.025", 2, "0.03"),
            ("-0.005", 2, "-0.01"),
            ("-2.5", 0, "-3"),
            ("2.675", 2, "2.68"),
            ("1234.5", 0, "1235"),
            ("-0.4", 0, "0"),
        ])
    func roundingTable(input: String, places: Int, expected: String) {
        #expect(NumberFormatting.plain(dec(input), places: places) == expected)
        #expect(Rounding.rounded(dec(input), places: places) == dec(expected))
    }

    @Test func roundedZeroHasNoSign() {
        #expect(!Rounding.rounded(dec("-0.004"), places: 2).isSignMinus)
        #expect(NumberFormatting.plain(dec("-0.004"), places: 2) == "0.00")
        #expect(Money.format(dec("-0.4"), currency: "JPY") == "¥0")
    }

    @Test func plainAndGroupedPadZeros() {
        #expect(NumberFormatting.plain(dec("1234567.5"), places: 2) == "1234567.50")
        #expect(NumberFormatting.grouped(dec("1234567.5"), places: 2) == "1,234,567.50")
        #expect(NumberFormatting.grouped(dec("-1234"), places: 0) == "-1,234")
        #expect(NumberFormatting.grouped(dec("999.995"), places: 2) == "1,000.00")
        #expect(NumberFormatting.grouped(dec("12"), places: 3) == "12.000")
        #expect(NumberFormatting.plain(dec("0.5"), places: 0) == "1")
    }

    @Test func exactKeepsEveryDigit() {
        #expect(NumberFormatting.exact(dec("1234.5000")) == "1234.5")
        #expect(NumberFormatting.exact(dec("8.900000000000001e-07")) == "0.0000008900000000000001")
        #expect(NumberFormatting.exact(dec("1e20")) == "100000000000000000000")
    }

    @Test(
        "money display",
        arguments: [
            ("1234.5", "USD", "$1,234.50"),
            ("1234.5", "JPY", "¥1,235"),
            ("1234.5", "EUR", "€1,234.50"),
            ("1234.5", "GBP", "£1,234.50"),
            ("1234.5", "CHF", "CHF 1,234.50"),
            ("-12", "USD", "-$12.00"),
            ("-12", "CHF", "-CHF 12.00"),
            ("-0.004", "USD", "$0.00"),
        ])
    func money(amount: String, currency: String, expected: String) {
        #expect(Money.format(dec(amount), currency: currency) == expected)
    }

    @Test(
        "per-1M-token prices: up to 4 decimals, at least 2",
        arguments: [
            ("0.075", "0.075"), ("2.5", "2.50"), ("0.0280", "0.028"), ("15", "15.00"),
            ("0.00005", "0.0001"), ("1234.56789", "1234.5679"),
        ])
    func pricePerMTok(price: String, expected: String) {
        #expect(NumberFormatting.pricePerMTok(dec(price), grouping: false) == expected)
    }

    @Test func pricePerMTokDisplay() {
        #expect(Money.formatPricePerMTok(dec("0.075"), currency: "USD") == "$0.075")
        #expect(Money.formatPricePerMTok(dec("1234.5"), currency: "JPY") == "¥1,234.50")
        #expect(Cell.pricePerMTok(dec("2.5"), currency: "EUR").displayText(.en) == "€2.50")
    }

    @Test(
        "compact counts",
        arguments: [
            ("0", "0"), ("950", "950"), ("1000", "1k"), ("250000", "250k"), ("1500000", "1.5M"),
            ("3000000", "3M"), ("12300000000", "12.3B"), ("999950", "1M"), ("123456", "123k"),
            ("1250000", "1.3M"), ("-2500", "-2.5k"), ("2.5", "2.5"), ("2000000000000", "2T"),
        ])
    func compact(value: String, expected: String) {
        #expect(NumberFormatting.compact(dec(value)) == expected)
    }

    @Test func compactDouble() {
        #expect(NumberFormatting.compact(1e6) == "1M")
        #expect(NumberFormatting.compact(Double.nan) == "")
    }

    @Test func displayWidthCountsWideCharactersTwice() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("月額コスト") == 10)
        #expect(DisplayWidth.of("ｱ") == 1)  // halfwidth katakana
        #expect(DisplayWidth.of("e\u{301}") == 1)  // e + combining acute
        #expect(DisplayWidth.padLeft("最安", to: 6) == "  最安")
    }

    @Test func labelsExistInBothLanguages() {
        for key in Phrase.allCases {
            #expect(!Phrases.text(key, .en).isEmpty)
            #expect(Phrases.text(key, .en) != Phrases.text(key, .ja), "\(key) is not translated")
        }
        #expect(Phrases.text(.monthlyCost, .ja) == "月額コスト")
        #expect(Phrases.text(.breakEven, .ja) == "損益分岐点")
    }
}

@Suite struct TTFTAgainstItsLimitTests {
    // A shortest TTFT above the limit must not read as within it once rounded:
    // 0.503 at 2 places is 0.50 ≤ 0.5, at 3 places 0.503 > 0.5; 0.5001 needs 4 places;
    // 0.5052 against 0.505 is 0.51 at 2 places, already above; 1.25 needs nothing more.
    @Test(
        arguments: [
            ("0.503", "0.5", "0.503"), ("0.5001", "0.5", "0.5001"), ("0.5052", "0.505", "0.51"),
            ("1.25", "0.5", "1.25"), ("0.503", nil, "0.50"),
        ] as [(String, String?, String)])
    func secondsAboveTheLimitDifferFromIt(value: String, limit: String?, expected: String) throws {
        let v = try #require(Decimal(string: value))
        let l = limit.flatMap { Decimal(string: $0) }
        #expect(ScenarioReports.secondsAbove(v, limit: l) == expected)
    }
}

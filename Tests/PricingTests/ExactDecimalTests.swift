import Foundation
import Testing

@testable import Pricing

@Suite("ExactDecimal")
struct ExactDecimalTests {
    static func exact(_ significand: UInt64, e exponent: Int, negative: Bool = false) -> Decimal {
        Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }

    static let exactValues: [(literal: String, value: Decimal)] = [
        // The float artifacts keep every digit: 15000300000000002 × 10⁻²² and 8900000000000001 × 10⁻²².
        ("1.5000300000000002e-06", exact(15_000_300_000_000_002, e: -22)),
        ("8.900000000000001e-07", exact(8_900_000_000_000_001, e: -22)),
        ("2.50", exact(25, e: -1)),
        ("2.5", exact(25, e: -1)),
        ("0.1", exact(1, e: -1)),
        ("-0.125", exact(125, e: -3, negative: true)),
        ("1E+2", exact(1, e: 2)),
        ("15e-1", exact(15, e: -1)),
        ("0", exact(0, e: 0)),
        ("1e127", exact(1, e: 127)),
    ]

    @Test(arguments: exactValues)
    func parsesExactly(_ literal: String, _ value: Decimal) throws {
        let parsed = try #require(ExactDecimal.parse(jsonLiteral: literal))
        #expect(parsed == value)
        #expect(JSONNumber(literal: literal).decimal == value)
    }

    @Test func trailingZerosDoNotChangeTheValue() {
        #expect(ExactDecimal.parse(jsonLiteral: "2.50") == ExactDecimal.parse(jsonLiteral: "2.5"))
        #expect(ExactDecimal.parse(jsonLiteral: "2.50")?.description == "2.5")
    }

    @Test func floatArtifactIsNotTheRoundedValue() {
        #expect(
            ExactDecimal.parse(jsonLiteral: "1.5000300000000002e-06")
                != ExactDecimal.parse(jsonLiteral: "1.50003e-06"))
    }

    @Test(arguments: [
        "1234567890123456789012345678901234567890",  // 40 significant digits
        "0.1234567890123456789012345678901234567890",
        "1e200",
        "1e128",
        "-1e200",
    ])
    func refusesWhatDecimalCannotHold(_ literal: String) {
        #expect(ExactDecimal.parse(jsonLiteral: literal) == nil)
    }

    @Test func thirtyEightDigitsFitAndPaddingZerosDoNotCount() {
        #expect(ExactDecimal.parse(jsonLiteral: "12345678901234567890123456789012345678") != nil)
        #expect(
            ExactDecimal.parse(jsonLiteral: "0.000000000000000000000000000000000000000001")
                == Self.exact(1, e: -42))
        #expect(
            ExactDecimal.parse(jsonLiteral: "1000000000000000000000000000000000000000000")
                == Self.exact(1, e: 42))
    }

    @Test(arguments: [
        "12abc", "1,5", "01", "1.", ".5", "+1", "-", "", " 1", "NaN", "Infinity", "0x10", "1e", "1e+",
    ])
    func refusesTextThatIsNotAJSONNumber(_ text: String) {
        #expect(!ExactDecimal.isJSONNumber(text))
        #expect(ExactDecimal.parse(jsonLiteral: text) == nil)
    }

    @Test(arguments: ["0", "-0", "10", "0.5", "-12.34e+5", "1E9", "3e-07"])
    func acceptsJSONNumbers(_ text: String) {
        #expect(ExactDecimal.isJSONNumber(text))
    }

    @Test func jsonNumberIntegerIgnoresFractionsAndExponents() {
        #expect(JSONNumber(literal: "128000").integer == 128_000)
        #expect(JSONNumber(literal: "-3").integer == -3)
        #expect(JSONNumber(literal: "1.0").integer == nil)
        #expect(JSONNumber(literal: "1e3").integer == nil)
        #expect(JSONNumber(literal: "99999999999999999999").integer == nil)
    }
}

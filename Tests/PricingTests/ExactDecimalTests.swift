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
        "١٢", "1٫5", "1e5e5", "--1", "1.2.3", "1e+-5", "1 ", "0.e1",
    ])
    func refusesTextThatIsNotAJSONNumber(_ text: String) {
        #expect(!ExactDecimal.isJSONNumber(text))
        #expect(ExactDecimal.parse(jsonLiteral: text) == nil)
    }

    @Test(arguments: [
        "0", "-0", "10", "0.5", "-12.34e+5", "1E9", "3e-07", "0e0", "-0.0E-0", "1234567890.0987654321",
    ])
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

/// The fast path of `ExactDecimal.parse` against `Decimal(string:)`, which it stands in for.
@Suite("ExactDecimal fast path")
struct ExactDecimalFastPathTests {
    static let posix = Locale(identifier: "en_US_POSIX")

    /// What can tell two `Decimal`s apart from outside: value, text, exponent, significand and
    /// how they go on to compute.
    static func fingerprint(_ value: Decimal) -> String {
        let tenth = Decimal(sign: .plus, exponent: -1, significand: 1)
        // A zero's exponent is left out: `Decimal(string: "0.00")` keeps −2, the fast path gives
        // `Decimal.zero`, and llmcost never reads a zero's exponent.
        let exponent = value.isZero ? 0 : value.exponent
        return
            "\(value) \(exponent) \(value.significand) \(value.isSignMinus) \(value * 3) \(value / 7) "
            + "\(value + tenth)"
    }

    /// Literals of every shape the fast path takes or declines, from a fixed seed.
    static func literals() -> [String] {
        var literals = [
            "2.50", "0.5", "1", "10", "1500", "0.000001", "8.900000000000001e-07", "1.5000300000000002e-06",
            "-3.25", "1e5", "1E+5", "2.5e-3", "1234567890123456789", "12345678901234567890", "0.30",
            "1e-130", "1e127", "1e128", "99999999999999999.99", "0", "-0", "0.0", "0e5", "0.00", "0e0",
            "0e-2", "0.000",
            "0.0e1", "3.0e2",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: UInt64) -> UInt64 {
            // SplitMix64: enough to vary the shapes, and the same on every run.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return (z ^ (z >> 31)) % bound
        }
        for _ in 0..<5_000 {
            var literal = next(4) == 0 ? "-" : ""
            literal += next(6) == 0 ? "0" : String(1 + next(10_000_000_000))
            if next(2) == 0 {
                literal +=
                    "." + String(repeating: "0", count: Int(next(5))) + String(next(1_000_000))
                    + String(repeating: "0", count: Int(next(4)))
            }
            if next(4) == 0 {
                literal += ["e", "E"][Int(next(2))] + ["", "+", "-"][Int(next(3))] + String(next(45))
            }
            literals.append(literal)
        }
        return literals
    }

    @Test func matchesDecimalStringWhereverItAnswers() throws {
        var answered = 0
        for literal in Self.literals() {
            guard let fast = ExactDecimal.parseSmall(validLiteral: literal) else { continue }
            answered += 1
            let reference = try #require(Decimal(string: literal, locale: Self.posix), "\(literal)")
            #expect(Self.fingerprint(fast) == Self.fingerprint(reference), "\(literal)")
        }
        // Most of these literals take the fast path (over 19 digits and -0 do not), so the check has teeth.
        #expect(answered > 3_000)
    }

    @Test(arguments: ["-0", "-0.0", "12345678901234567890", "1e-130", "1e128"])
    func declinesWhatItCannotHoldAndParseStillReadsIt(_ literal: String) {
        #expect(ExactDecimal.parseSmall(validLiteral: literal) == nil)
        #expect(ExactDecimal.parse(jsonLiteral: literal) == Decimal(string: literal, locale: Self.posix))
    }
}

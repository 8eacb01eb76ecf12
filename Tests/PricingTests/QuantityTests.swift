import Foundation
import Testing

@testable import Pricing

@Suite("Quantity.parse")
struct QuantityTests {
    /// Builds the expected value from an integer significand and a power of ten, never from a float.
    static func exact(_ significand: Int, e exponent: Int = 0) -> Decimal {
        Decimal(
            sign: significand < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(abs(significand))
        )
    }

    static let accepted: [(text: String, value: Decimal)] = [
        ("1500", exact(1500)),
        ("2.99", exact(299, e: -2)),
        ("-3", exact(-3)),
        ("0", exact(0)),
        ("007", exact(7)),
        ("1_000_000", exact(1_000_000)),
        ("1_000.000_5", exact(10_000_005, e: -4)),
        ("250k", exact(250_000)),
        ("250K", exact(250_000)),
        ("1.5M", exact(1_500_000)),
        ("2B", exact(2_000_000_000)),
        ("0.1B", exact(100_000_000)),
        ("30%", exact(3, e: -1)),
        ("12.5%", exact(125, e: -3)),
        ("-0.5%", exact(-5, e: -3)),
        ("2.5e3", exact(2500)),
        ("2.5E-3", exact(25, e: -4)),
        ("1e+2", exact(100)),
        // 0.1 + 0.2 style values stay exact: 3 × 10⁻¹⁷.
        ("0.00000000000000003", exact(3, e: -17)),
        (
            "12345678901234567890123456789012345678",
            Decimal(string: "12345678901234567890123456789012345678") ?? 0
        ),
    ]

    @Test(arguments: accepted)
    func accepts(_ text: String, _ value: Decimal) {
        #expect(Quantity.parse(text) == value)
    }

    static let rejected = [
        "", " ", "  \t", "12abc", "1,5", "1,000", "%", "k", "-", "1__0", "_1", "1_", "1_.5", "1._5", "1.",
        ".5", "+3",
        "nan", "NaN", "inf", "-inf", "Infinity", "1.5m", "2mm", "1e3k", "1kk", "1k%", "5 ", " 5", "1e", "1e+",
        "0x10", "1T", "1e99999", "1234567890123456789012345678901234567890", "٣", "１２",
    ]

    @Test(arguments: rejected)
    func rejects(_ text: String) {
        #expect(Quantity.parse(text) == nil)
    }
}

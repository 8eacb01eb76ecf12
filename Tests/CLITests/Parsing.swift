import Foundation
import Pricing

/// A decimal from plain ASCII digits, or nil; strict, unlike `Decimal(string:)`.
func strictDecimal(_ text: String) -> Decimal? {
    let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) })
    else { return nil }
    return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
}

/// The number of digits after the point in a plain number.
func decimalPlaces(_ text: String) -> Int {
    text.split(separator: ".").dropFirst().first?.count ?? 0
}

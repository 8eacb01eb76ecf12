import Foundation

/// Money shown to people: a currency symbol or code, grouped digits, the minor unit's places.
public enum Money {
    /// The number of decimals a currency is shown with (ISO 4217 minor unit; 2 when unknown).
    public static func minorUnits(of currency: String) -> Int {
        switch currency.uppercased() {
        case "JPY", "KRW", "VND", "CLP", "ISK", "HUF", "TWD": 0
        case "BHD", "KWD", "OMR", "JOD", "TND": 3
        default: 2
        }
    }

    /// The symbol written before the amount, or nil where the ISO code is written instead.
    public static func symbol(of currency: String) -> String? {
        switch currency.uppercased() {
        case "USD": "$"
        case "JPY": "¥"
        case "EUR": "€"
        case "GBP": "£"
        default: nil
        }
    }

    /// An amount for display: `$1,234.50`, `¥1,235`, `€1,234.50`, `CHF 1,234.50`, `-$12.00`.
    ///
    /// A negative sign goes before the symbol; an amount that rounds to zero has no sign.
    public static func format(_ amount: Decimal, currency: String, places: Int? = nil) -> String {
        let shownPlaces = places ?? minorUnits(of: currency)
        return decorate(NumberFormatting.grouped(amount, places: shownPlaces), currency: currency)
    }

    /// A price per 1M tokens for display: `$0.075`, `$2.50`, `¥375.00`.
    public static func formatPricePerMTok(_ price: Decimal, currency: String) -> String {
        decorate(NumberFormatting.pricePerMTok(price, grouping: true), currency: currency)
    }

    private static func decorate(_ digits: String, currency: String) -> String {
        let negative = digits.hasPrefix("-")
        let magnitude = negative ? String(digits.dropFirst()) : digits
        let prefix = symbol(of: currency) ?? currency.uppercased() + " "
        return (negative ? "-" : "") + prefix + magnitude
    }
}

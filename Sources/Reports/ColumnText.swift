import Foundation
import Scenarios

extension Table {
    /// The text people read in every cell, row by row, with the prices per 1M tokens of a column
    /// shown to one number of decimals (the most any of them needs, at most 4), so a column never
    /// reads `$0.137`, `$0.6321`, `$0.88` but `$0.1370`, `$0.6321`, `$0.8800`.
    func displayTexts(_ language: Language) -> [[String]] {
        let places = columns.indices.map { index -> Int? in
            let decimals = rows.compactMap { row -> Int? in
                guard index < row.cells.count, case .pricePerMTok(let value, _) = row.cells[index] else {
                    return nil
                }
                let text = NumberFormatting.pricePerMTok(value, grouping: false)
                return text.split(separator: ".").dropFirst().first?.count ?? 0
            }
            return decimals.max()
        }
        return rows.map { row in
            columns.indices.map { index in
                guard index < row.cells.count else { return "" }
                if case .pricePerMTok(let value, let currency) = row.cells[index], let shown = places[index] {
                    return Money.format(value, currency: currency, places: shown)
                }
                if id == "explain", case .text(let text) = row.cells[index] {
                    return ExplainText.readable(text)
                }
                return row.cells[index].displayText(language)
            }
        }
    }
}

/// The formula trail made readable: its exact values rounded for people.
enum ExplainText {
    /// `text` with each number of more than 6 significant digits after its point rounded (half away
    /// from zero) to 6 significant digits, and to no fewer than 2 decimals from 1 up: 0.1763413133…
    /// → 0.176341, 42845.88708005… → 42845.89, 1.1972687166… → 1.19727. Whole numbers and short
    /// decimals (0.0071875, 13885.1) stay as they are.
    static func readable(_ text: String) -> String {
        guard let regex = try? Regex(#"\d+\.\d+"#) else { return text }
        var result = ""
        var rest = text[...]
        for match in text.matches(of: regex) {
            let number = text[match.range]
            let decimals = number.split(separator: ".").last?.count ?? 0
            let places = places(number)
            guard places < decimals, let value = Decimal(string: String(number)) else { continue }
            result += rest[rest.startIndex..<match.range.lowerBound]
            result += NumberFormatting.plain(value, places: places)
            rest = text[match.range.upperBound...]
        }
        return result + rest
    }
}

extension ExplainText {
    /// The decimals ``readable(_:)`` shows of the number `text`: its own when it has few, else
    /// 6 significant digits (and at least 2 from 1 up).
    static func places(_ text: Substring) -> Int {
        let parts = text.drop { $0 == "-" }.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return 0 }
        let integerDigits = parts[0].drop { $0 == "0" }.count
        let leadingZeros = integerDigits == 0 ? parts[1].prefix { $0 == "0" }.count : 0
        let places = integerDigits == 0 ? leadingZeros + 6 : max(2, 6 - integerDigits)
        return min(parts[1].count, places)
    }
}

/// The results of one formula trail as people read them: rounded, with units, in the report's
/// language and currency.
///
/// Money shows the currency's minor units (`$20,000.00`, `¥3,173,946`), per request 4 more (as
/// the options table) or 6 significant digits where that is more, per 1M tokens as many decimals
/// as the trail's prices need (2 to 4); each the same for the whole trail. Requests, replicas,
/// seats and months are whole; shares are percentages with 1 decimal; seconds, throughputs and
/// factors keep 6 significant digits as ``ExplainText/readable(_:)`` does.
struct ExplainDisplay {
    let currency: String
    let context: ReportContext
    /// The decimals of every price per 1M tokens in the trail.
    let perMTokPlaces: Int
    /// The decimals of every cost per request in the trail: 4 more than the currency's, or as
    /// many as the longest needs for 6 significant digits.
    let perRequestPlaces: Int

    init(_ steps: [ExplainStep], currency: String, context: ReportContext) {
        self.currency = currency
        self.context = context
        let prices = steps.filter { $0.quantity.unit == .moneyPerMTok && $0.never == nil }
            .flatMap { Self.numbers($0.result)?.values ?? [] }
        perMTokPlaces =
            prices.map { price in
                let text = NumberFormatting.pricePerMTok(price, grouping: false)
                return text.split(separator: ".").dropFirst().first?.count ?? 0
            }.max() ?? 2
        let perRequest = steps.filter { $0.quantity.unit == .moneyPerRequest && $0.never == nil }
            .flatMap { Self.numbers($0.result)?.values ?? [] }
        perRequestPlaces = perRequest.reduce(context.minorUnits + 4) { places, value in
            max(places, ExplainText.places(NumberFormatting.exact(value)[...]))
        }
    }

    /// A result made of numbers only (`20000`, `2 / 0.1 / 10`, `3000000, 3090000`): the numbers
    /// and what separates them; nil when it holds words or anything else.
    static func numbers(_ result: FormulaText) -> (values: [Decimal], separator: String)? {
        guard let symbols = result.symbols, !symbols.isEmpty else { return nil }
        let separator = symbols.contains(" / ") ? " / " : ", "
        var values: [Decimal] = []
        for item in symbols.components(separatedBy: separator) {
            guard item.wholeMatch(of: /-?[0-9]+(\.[0-9]+)?/) != nil, let value = Decimal(string: item) else {
                return nil
            }
            values.append(value)
        }
        return (values, separator)
    }

    /// The step's result, rounded, with its unit; words and anything not a number list as
    /// ``ExplainText/readable(_:)`` makes them.
    func result(_ step: ExplainStep) -> String {
        let unit = step.quantity.unit
        let language = context.language
        guard unit != .none, let (values, separator) = Self.numbers(step.result) else {
            return ExplainText.readable(Phrases.formula(step.result, language))
        }
        let shown = values.map { number($0, unit) }
        // Grouped digits make ", " ambiguous between list items, and a terminal breaks a long list
        // only at spaces (never inside an amount), so items are parted by "; " in every language.
        let list = shown.joined(separator: separator == ", " ? "; " : separator)
        let one = values.count == 1 && values[0] == 1
        return Phrases.unit(unit, one: one)(language).replacingOccurrences(of: "{1}", with: list)
    }

    /// One number of a result, rounded for its unit, with the currency sign where it is money.
    func number(_ value: Decimal, _ unit: ExplainUnit) -> String {
        let minor = context.minorUnits
        switch unit {
        case .money, .moneyPerMonth: return Money.format(value, currency: currency, places: minor)
        case .moneyPerRequest: return Money.format(value, currency: currency, places: perRequestPlaces)
        case .moneyPerMTok: return Money.format(value, currency: currency, places: perMTokPlaces)
        case .requestsPerMonth, .replicas, .seats, .month: return NumberFormatting.grouped(value, places: 0)
        case .requestsPerUserMonth: return NumberFormatting.grouped(value, places: 2)
        case .share: return NumberFormatting.grouped(value * 100, places: 1) + "%"
        case .secondsPerRequest, .tokensPerSecondPerGPU, .factor, .none:
            let text = NumberFormatting.exact(value)
            return NumberFormatting.grouped(value, places: ExplainText.places(text[...]))
        }
    }
}

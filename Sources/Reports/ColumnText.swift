import Foundation

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
            let parts = number.split(separator: ".")
            guard parts.count == 2, let value = Decimal(string: String(number)) else { continue }
            let integerDigits = parts[0].drop { $0 == "0" }.count
            let leadingZeros = integerDigits == 0 ? parts[1].prefix { $0 == "0" }.count : 0
            let places =
                integerDigits == 0 ? leadingZeros + 6 : max(2, 6 - integerDigits)
            guard parts[1].count > places else { continue }
            result += rest[rest.startIndex..<match.range.lowerBound]
            result += NumberFormatting.plain(value, places: places)
            rest = text[match.range.upperBound...]
        }
        return result + rest
    }
}

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
                return row.cells[index].displayText(language)
            }
        }
    }
}

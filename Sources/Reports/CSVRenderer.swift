import Foundation

/// RFC 4180 CSV for spreadsheets, in UTF-8 with a byte-order mark so Excel and LibreOffice
/// read Japanese (and `×`) right with their default import.
///
/// - The file opens with a block naming the report, the scenario, the as-of date and the
///   currency (whichever the report has), then an empty record.
/// - Each table follows, introduced by its title (its section heading, else the report title),
///   then its header row, its rows and an empty record.
/// - Records end with CRLF; a field containing `,`, `"`, CR or LF is quoted, with `"` doubled.
/// - The header row holds each column's label and unit, as in `Monthly cost (USD/month)`.
/// - Number columns hold numbers only: rounded as displayed, no grouping, no currency sign;
///   percentages in the header's unit (`84.7` under `ROI (%)`). A value that does not exist is
///   an empty field, its reason in a column of its own after it (`Payback month (reason)`). A
///   fleet (`1 × 2 = 2`) takes three number columns: replicas, GPUs per replica, GPUs.
/// - Where money appears, the currency code gets its own column: one `currency` column at the
///   end when the table uses a single currency, otherwise a `<label> currency` column after
///   each money column.
/// - A text field that starts with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` so a
///   spreadsheet does not run it as a formula (OWASP CSV injection); numeric cells, such as
///   negative amounts, are left as numbers.
/// - The footnotes close the file as a table of their own (`footnote,text`); paragraphs are
///   left out. With ``RenderOptions/table`` only that table is written, after the first block.
public enum CSVRenderer {
    /// The UTF-8 byte-order mark that opens the file unless ``RenderOptions/byteOrderMark`` is false.
    public static let byteOrderMark = "\u{FEFF}"

    /// The whole file: the first block, each table under its title, the footnotes.
    public static func render(_ report: Report, options: RenderOptions) -> String {
        let language = options.language
        var about: [(Phrase, String?)] = [
            (.report, report.title), (.scenario, report.about.scenario), (.asOf, report.about.asOf),
            (.currency, report.about.currency),
        ]
        about.removeAll { $0.1 == nil }
        var blocks = [
            about.map { record([Phrases.text($0.0, language), $0.1 ?? ""].map { field(neutralised($0)) }) }
                .joined()
        ]
        var index = 0
        for section in report.sections {
            guard let table = section.table else { continue }
            index += 1
            if let wanted = options.table,
                !TableSelection.matches(wanted, table: table, index: index, in: report)
            {
                continue
            }
            let title = record([field(neutralised(section.heading ?? report.title))])
            blocks.append(title + render(table, options: options))
        }
        if options.table == nil, !report.footnotes.isEmpty {
            let header = [Phrases.text(.footnote, language), Phrases.text(.text, language)]
            let records =
                [header.map(field)]
                + report.footnotes.map { [String($0.number), field(neutralised($0.text))] }
            blocks.append(records.map(record).joined())
        }
        return (options.byteOrderMark ? byteOrderMark : "") + blocks.joined(separator: "\r\n")
    }

    /// One table with its header row, every record ending in CRLF.
    public static func render(_ table: Table, options: RenderOptions) -> String {
        let language = options.language
        let currencies = Set(table.rows.flatMap { $0.cells.compactMap(\.currency) })
        func cells(_ index: Int) -> [Cell] {
            table.rows.map { index < $0.cells.count ? $0.cells[index] : .empty }
        }
        let moneyColumns = Set(table.columns.indices.filter { cells($0).contains { $0.currency != nil } })
        let reasonColumns = Set(
            table.columns.indices.filter { index in
                cells(index).contains { if case .never = $0 { true } else { false } }
            })
        let fleetColumns = Set(
            table.columns.indices.filter { index in
                cells(index).contains { if case .fleet = $0 { true } else { false } }
            })
        let perColumn = currencies.count > 1
        func isPercent(_ cell: Cell) -> Bool { if case .percent = cell { true } else { false } }
        let percentColumns = Set(table.columns.indices.filter { cells($0).contains(where: isPercent) })
        // A column whose other rows hold counts or amounts (sensitivity's moved values) cannot say
        // `(%)` in its header: the rows whose cells there are percentages say it after their label.
        let mixedPercentColumns = Set(
            percentColumns.filter { index in
                cells(index).contains { !isPercent($0) && $0 != .empty && $0.isNumeric }
            })
        let currencyLabel = Phrases.text(.currency, language)

        var header: [String] = []
        for (index, column) in table.columns.enumerated() {
            if fleetColumns.contains(index) {
                header += [Phrase.replicas, .gpusPerReplica, .gpus].map { Phrases.text($0, language) }
            } else if percentColumns.contains(index), !mixedPercentColumns.contains(index),
                !(column.unit ?? "").contains("%")
            {
                // A percentage is written as the number of percent, so the header must say so.
                header.append(column.header + " (%)")
            } else {
                header.append(column.header)
            }
            if reasonColumns.contains(index) {
                header.append(column.label + language.parenthesized(Phrases.text(.reason, language)))
            }
            if perColumn, moneyColumns.contains(index) { header.append(column.label + " " + currencyLabel) }
        }
        if !perColumn, !currencies.isEmpty { header.append(currencyLabel) }

        var records = [record(header.map { field(neutralised($0)) })]
        for row in table.rows {
            var fields: [String] = []
            for index in table.columns.indices {
                let cell = index < row.cells.count ? row.cells[index] : .empty
                if fleetColumns.contains(index) {
                    if case .fleet(let replicas, let perReplica) = cell {
                        fields += [String(replicas), String(perReplica), Cell.gpus(replicas, perReplica)]
                    } else {
                        fields += ["", "", ""]
                    }
                } else if index == 0,
                    row.cells.indices.contains(where: {
                        mixedPercentColumns.contains($0) && isPercent(row.cells[$0])
                    }),
                    !cell.plainText.contains("%")
                {
                    fields.append(field(neutralised(cell.plainText + " (%)")))
                } else {
                    fields.append(field(cell.isNumeric ? cell.plainText : neutralised(cell.plainText)))
                }
                if reasonColumns.contains(index) {
                    if case .never(let reason, let text) = cell {
                        let words = reason == .notWithinHorizon ? text : Phrases.reason(reason, language)
                        fields.append(field(neutralised(words)))
                    } else {
                        fields.append("")
                    }
                }
                if perColumn, moneyColumns.contains(index) { fields.append(field(cell.currency ?? "")) }
            }
            if !perColumn, !currencies.isEmpty {
                fields.append(field(row.cells.compactMap(\.currency).first ?? ""))
            }
            records.append(record(fields))
        }
        return records.joined()
    }

    private static func record(_ fields: [String]) -> String { fields.joined(separator: ",") + "\r\n" }

    /// `text` with a leading `'` when a spreadsheet would read it as a formula.
    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + text : text
    }

    /// `text` as one RFC 4180 field, quoted when needed.
    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Which table `--table KEY` picks: `KEY`, or `KEY.N` for the N-th of several with one key.
public enum TableSelection {
    /// The selectors a report accepts, one per table: `options`, `cash_flow.1`, `cash_flow.2`.
    public static func selectors(in report: Report) -> [String] {
        let keys = report.tables.map(\.id)
        var seen: [String: Int] = [:]
        return keys.map { key in
            let count = keys.filter { $0 == key }.count
            seen[key, default: 0] += 1
            return count > 1 ? "\(key).\(seen[key] ?? 1)" : key
        }
    }

    /// Whether `selector` picks `table`, the `index`-th table (from 1) of `report`.
    static func matches(_ selector: String, table: Table, index: Int, in report: Report) -> Bool {
        let all = selectors(in: report)
        return index - 1 < all.count && all[index - 1] == selector
    }
}

extension Language {
    /// Words in parentheses, spaced as the language writes them: ` (reason)`, `（理由）`.
    func parenthesized(_ text: String) -> String {
        switch self {
        case .en: " (\(text))"
        case .ja: "（\(text)）"
        }
    }
}

import Foundation

/// RFC 4180 CSV for spreadsheets.
///
/// - Records end with CRLF; a field containing `,`, `"`, CR or LF is quoted, with `"` doubled.
/// - The header row holds each column's label and unit, as in `Monthly cost (USD/month)`.
/// - Numbers are plain: rounded as displayed, no grouping, no currency sign; percentages are
///   fractions (`0.3` for 30%). Where money appears, the currency code gets its own column:
///   one `currency` column at the end when the table uses a single currency, otherwise a
///   `<label> currency` column after each money column.
/// - A text field that starts with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` so a
///   spreadsheet does not run it as a formula (OWASP CSV injection); numeric cells, such as
///   negative amounts, are left as numbers.
/// - Several tables are written one after another, separated by one empty line, each with
///   its own header row; the footnotes follow last as a table of their own
///   (`footnote,text`). Titles and paragraphs are left out: CSV carries data only.
public enum CSVRenderer {
    /// The report's tables (and footnotes) as CSV blocks separated by an empty line.
    public static func render(_ report: Report, options: RenderOptions) -> String {
        var blocks = report.tables.map { render($0, options: options) }
        if !report.footnotes.isEmpty {
            let header = [Labels.text(.footnote, options.language), Labels.text(.text, options.language)]
            let records =
                [header.map(field)]
                + report.footnotes.map { [String($0.number), field(neutralised($0.text))] }
            blocks.append(records.map { $0.joined(separator: ",") + "\r\n" }.joined())
        }
        return blocks.joined(separator: "\r\n")
    }

    /// One table with its header row, every record ending in CRLF.
    public static func render(_ table: Table, options: RenderOptions) -> String {
        let currencies = Set(table.rows.flatMap { $0.cells.compactMap(\.currency) })
        let moneyColumns = Set(
            table.columns.indices.filter { index in
                table.rows.contains { index < $0.cells.count && $0.cells[index].currency != nil }
            })
        let perColumn = currencies.count > 1
        let currencyLabel = Labels.text(.currency, options.language)

        var header: [String] = []
        for (index, column) in table.columns.enumerated() {
            header.append(column.header)
            if perColumn, moneyColumns.contains(index) { header.append(column.label + " " + currencyLabel) }
        }
        if !perColumn, !currencies.isEmpty { header.append(currencyLabel) }

        var records = [header.map { field(neutralised($0)) }]
        for row in table.rows {
            var fields: [String] = []
            for index in table.columns.indices {
                let cell = index < row.cells.count ? row.cells[index] : .empty
                fields.append(field(cell.isNumeric ? cell.plainText : neutralised(cell.plainText)))
                if perColumn, moneyColumns.contains(index) { fields.append(field(cell.currency ?? "")) }
            }
            if !perColumn, !currencies.isEmpty {
                fields.append(field(row.cells.compactMap(\.currency).first ?? ""))
            }
            records.append(fields)
        }
        return records.map { $0.joined(separator: ",") + "\r\n" }.joined()
    }

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

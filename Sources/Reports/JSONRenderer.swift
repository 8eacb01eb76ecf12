import Pricing

/// The versioned machine format `llmcost/report@1`, described in `docs/json-output.md`.
///
/// Keys come in a fixed order and every amount is an exact, unrounded decimal string, so
/// output is byte-for-byte deterministic and no consumer loses precision to a float.
public enum JSONRenderer {
    /// The value of the top-level `schema` key.
    public static let schema = "llmcost/report@1"

    /// The report as one pretty-printed JSON object, ending with a line break.
    public static func render(_ report: Report, options: RenderOptions) -> String {
        var fields: [(String, String)] = [
            ("schema", string(schema)),
            ("language", string(options.language.rawValue)),
            ("title", string(report.title)),
            ("subtitle", report.subtitle.map(string) ?? "null"),
        ]
        let tables = report.sections.compactMap { section in
            section.table.map { table(section.heading, $0, indent: 2) }
        }
        fields.append(("tables", array(tables, indent: 1)))
        let paragraphs = report.sections.flatMap(\.paragraphs).map(string)
        fields.append(("paragraphs", array(paragraphs, indent: 1)))
        let footnotes = report.footnotes.map { footnote in
            object([("number", String(footnote.number)), ("text", string(footnote.text))], indent: 2)
        }
        fields.append(("footnotes", array(footnotes, indent: 1)))
        return object(fields, indent: 0) + "\n"
    }

    private static func table(_ heading: String?, _ table: Table, indent: Int) -> String {
        let columns = table.columns.map { column in
            object(
                [
                    ("key", string(column.key)), ("label", string(column.label)),
                    ("unit", column.unit.map(string) ?? "null"),
                ], inline: true)
        }
        let rows = table.rows.map { row in
            let values = table.columns.indices.map { index in
                (table.columns[index].key, value(index < row.cells.count ? row.cells[index] : .empty))
            }
            return object(
                [
                    ("values", object(values, inline: true)),
                    ("marked", row.marked ? "true" : "false"),
                    ("footnotes", "[" + row.footnoteRefs.map(String.init).joined(separator: ", ") + "]"),
                ], inline: true)
        }
        return object(
            [
                ("id", string(table.id)),
                ("heading", heading.map(string) ?? "null"),
                ("columns", array(columns, indent: indent + 1)),
                ("rows", array(rows, indent: indent + 1)),
            ], indent: indent)
    }

    /// A cell's JSON value: exact decimal strings for amounts, a number for counts.
    static func value(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): string(text)
        case .integer(let value): NumberFormatting.exact(value)
        case .money(let value, let currency, _), .pricePerMTok(let value, let currency):
            object(
                [("amount", string(NumberFormatting.exact(value))), ("currency", string(currency))],
                inline: true)
        case .decimal(let value, _), .percent(let value, _): string(NumberFormatting.exact(value))
        case .never(let reason): object([("never", "true"), ("reason", string(reason))], inline: true)
        case .empty: "null"
        }
    }

    /// `text` as a JSON string literal, escaped as every JSON this tool writes is.
    static func string(_ text: String) -> String {
        var result = ""
        JSONOutput.writeString(text, into: &result)
        return result
    }

    private static func object(_ fields: [(String, String)], indent: Int = 0, inline: Bool = false) -> String
    {
        let members = fields.map { string($0.0) + ": " + $0.1 }
        if inline || members.isEmpty { return "{" + members.joined(separator: ", ") + "}" }
        let inner = String(repeating: "  ", count: indent + 1)
        let outer = String(repeating: "  ", count: indent)
        return "{\n" + members.map { inner + $0 }.joined(separator: ",\n") + "\n" + outer + "}"
    }

    private static func array(_ elements: [String], indent: Int) -> String {
        if elements.isEmpty { return "[]" }
        let inner = String(repeating: "  ", count: indent + 1)
        let outer = String(repeating: "  ", count: indent)
        return "[\n" + elements.map { inner + $0 }.joined(separator: ",\n") + "\n" + outer + "]"
    }
}

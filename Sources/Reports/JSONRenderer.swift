import Pricing
import Scenarios

/// The versioned machine format `llmcost/report@2`, described in `docs/json-output.md` and
/// `Data/schema/report.schema.json`.
///
/// The same in every `--lang` except display words, which sit only under `title`, `subtitle`,
/// `heading`, `label`, `labels`, `paragraphs` and a footnote's `text`. Tables and rows carry
/// stable keys, options carry ids, an absent value is `null` with a reason code in the row's
/// `reasons`, counts and ratios are JSON numbers, and money is `{"amount": "exact decimal",
/// "currency": "USD"}` so no consumer loses precision to a float. Keys come in a fixed order,
/// so output is byte-for-byte deterministic.
public enum JSONRenderer {
    /// The value of the top-level `schema` key.
    public static let schema = "llmcost/report@2"

    /// The report as one pretty-printed JSON object, ending with a line break.
    public static func render(_ report: Report, options: RenderOptions) -> String {
        var fields: [(String, String)] = [
            ("schema", string(schema)),
            ("report", string(report.key)),
            ("language", string(options.language.rawValue)),
            ("scenario", report.about.scenario.map(string) ?? "null"),
            ("as_of", report.about.asOf.map(string) ?? "null"),
            ("currency", report.about.currency.map(string) ?? "null"),
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

    /// The kind of value a column holds, from its cells: `money`, `price_per_mtok`, `count`,
    /// `number`, `percent`, `key`, `fleet`, `text` or `label`.
    static func type(of column: Int, in table: Table) -> String {
        var found: String?
        for row in table.rows where column < row.cells.count {
            let kind: String? =
                switch row.cells[column] {
                case .money: "money"
                case .pricePerMTok: "price_per_mtok"
                case .integer: "count"
                case .decimal: "number"
                case .percent: "percent"
                case .key: "key"
                case .fleet: "fleet"
                case .text, .trail: "text"
                case .label: "label"
                case .never, .empty: nil
                }
            guard let kind else { continue }
            if let current = found, current != kind {
                // A column mixing counts and decimals is a number column; any other mix is text.
                found = Set([current, kind]).isSubset(of: ["count", "number"]) ? "number" : "text"
            } else {
                found = kind
            }
        }
        return found ?? "text"
    }

    private static func table(_ heading: String?, _ table: Table, indent: Int) -> String {
        let types = table.columns.indices.map { type(of: $0, in: table) }
        let columns = table.columns.indices.map { index in
            let column = table.columns[index]
            return object(
                [
                    ("key", string(column.key)), ("label", string(column.header)),
                    ("type", string(types[index])),
                ], inline: true)
        }
        let rows = table.rows.map { row in
            var values: [(String, String)] = []
            var labels: [(String, String)] = []
            var reasons: [(String, String)] = []
            for (index, column) in table.columns.enumerated() {
                let cell = index < row.cells.count ? row.cells[index] : .empty
                if case .label(let text) = cell {
                    labels.append((column.key, string(text)))
                    continue
                }
                if types[index] == "label" { continue }
                if case .never(let reason, _) = cell { reasons.append((column.key, string(reason.rawValue))) }
                values.append((column.key, value(cell)))
            }
            var fields = [
                ("key", row.key.map(string) ?? "null"),
                ("option", row.option.map(optionID) ?? "null"),
                ("labels", object(labels, inline: true)),
                ("values", object(values, inline: true)),
                ("reasons", object(reasons, inline: true)),
                ("marked", row.marked ? "true" : "false"),
                ("footnotes", "[" + row.footnoteRefs.map(String.init).joined(separator: ", ") + "]"),
            ]
            // Only explain rows carry a unit (`money_per_month`); money is in the report's currency.
            if let unit = row.unit { fields.append(("unit", string(unit))) }
            // Only rows whose API model is deprecated or retires within the horizon carry it.
            if let lifecycle = row.lifecycle {
                fields.append(
                    (
                        "lifecycle",
                        object(
                            [
                                ("deprecated", lifecycle.deprecated.map { string($0.description) } ?? "null"),
                                ("retires", lifecycle.retires.map { string($0.description) } ?? "null"),
                                ("successor", lifecycle.successor.map(string) ?? "null"),
                            ], inline: true)
                    ))
            }
            return object(fields, inline: true)
        }
        return object(
            [
                ("key", string(table.id)),
                ("option", table.option.map(optionID) ?? "null"),
                ("heading", heading.map(string) ?? "null"),
                ("columns", array(columns, indent: indent + 1)),
                ("rows", array(rows, indent: indent + 1)),
            ], indent: indent)
    }

    /// An option id as a JSON object: `{"api": ID, "tier": null}`, `{"deployment": ID, "mode":
    /// "rent", "offer": "lambda", "used": false}`, `{"hybrid": {...}, "api": {...}}`, `{"seats": ID}`.
    static func optionID(_ id: OptionID) -> String {
        switch id {
        case .api(let model, let tier):
            object([("api", string(model)), ("tier", tier.map(string) ?? "null")], inline: true)
        case .deployment(let deployment, let mode, let offer, let used):
            object(
                [
                    ("deployment", string(deployment)), ("mode", string(mode.rawValue)),
                    ("offer", offer.map(string) ?? "null"), ("used", used ? "true" : "false"),
                ], inline: true)
        case .hybrid(let selfHosted, let api):
            object([("hybrid", optionID(selfHosted)), ("via", optionID(api))], inline: true)
        case .seats(let plan):
            object([("seats", string(plan))], inline: true)
        case .pair(let api, let selfHosted):
            object(
                [("api_option", optionID(api)), ("self_hosting_option", optionID(selfHosted))], inline: true)
        }
    }

    /// A cell's JSON value: exact decimal strings for money, numbers for counts and ratios.
    static func value(_ cell: Cell) -> String {
        switch cell {
        case .text(let text), .label(let text), .trail(let text, _, _): string(text)
        case .key(let key, _): string(key)
        case .integer(let value), .decimal(let value, _), .percent(let value, _):
            value.isNaN ? "null" : NumberFormatting.exact(value)
        case .money(let value, let currency, _), .pricePerMTok(let value, let currency):
            object(
                [("amount", string(NumberFormatting.exact(value))), ("currency", string(currency))],
                inline: true)
        case .fleet(let replicas, let perReplica):
            object(
                [
                    ("replicas", String(replicas)), ("gpus_per_replica", String(perReplica)),
                    ("gpus", Cell.gpus(replicas, perReplica)),
                ], inline: true)
        case .never, .empty: "null"
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

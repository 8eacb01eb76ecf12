/// One self-contained XHTML-compatible page: inline CSS, inline SVG charts, no external assets.
///
/// Every string from the report is escaped (`& < > " '`), and the markup is well-formed XML
/// (`<meta … />`), so it opens in any browser and parses with an XML parser.
public enum HTMLRenderer {
    private static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans JP",sans-serif;\
        margin:2rem;color:#222;line-height:1.5}
        table{border-collapse:collapse;margin:1rem 0}
        th,td{border:1px solid #ccc;padding:.3rem .6rem;vertical-align:top}
        th{background:#f4f4f4;text-align:left}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        .unit{display:block;font-weight:normal;font-size:.85em;color:#555}
        tr.marked td{background:#e8f5e9;font-weight:bold}
        .subtitle{color:#555}
        .footnotes{font-size:.9em;color:#444}
        figure{margin:1rem 0}
        """

    /// The report as a complete HTML document, ending with a line break.
    public static func render(_ report: Report, options: RenderOptions) -> String {
        let lang = Markup.escape(options.language.rawValue)
        var lines = [
            "<!DOCTYPE html>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(lang)\" xml:lang=\"\(lang)\">",
            "<head>",
            "<meta charset=\"utf-8\" />",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
            "<title>\(Markup.escape(report.title))</title>",
            "<style>\n\(style)\n</style>",
            "</head>",
            "<body>",
            "<h1>\(Markup.escape(report.title))</h1>",
        ]
        if let subtitle = report.subtitle {
            lines.append("<p class=\"subtitle\">\(Markup.escape(subtitle))</p>")
        }
        for section in report.sections {
            lines.append("<section>")
            if let heading = section.heading { lines.append("<h2>\(Markup.escape(heading))</h2>") }
            if let table = section.table { lines.append(render(table, options: options)) }
            for paragraph in section.paragraphs { lines.append("<p>\(linked(paragraph))</p>") }
            lines.append("</section>")
        }
        for chart in report.charts {
            lines.append("<figure>\n" + SVGRenderer.render(chart, options: options) + "\n</figure>")
        }
        if !report.footnotes.isEmpty {
            lines.append("<ol class=\"footnotes\">")
            for footnote in report.footnotes {
                lines.append(
                    "<li id=\"fn-\(footnote.number)\" value=\"\(footnote.number)\">\(linked(footnote.text))</li>"
                )
            }
            lines.append("</ol>")
        }
        lines.append(contentsOf: ["</body>", "</html>"])
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` escaped, with each `http(s)://` address made a link; only those two schemes are
    /// ever linked, so data cannot smuggle in a `javascript:` link.
    static func linked(_ text: String) -> String {
        Links.pieces(text).map { piece in
            switch piece {
            case .url(let url): "<a href=\"\(Markup.escape(url))\">\(Markup.escape(url))</a>"
            case .text(let text): Markup.escape(text)
            }
        }.joined()
    }

    /// One `<table>`; headers carry units, numeric columns and the marked row have classes.
    static func render(_ table: Table, options: RenderOptions) -> String {
        var lines = ["<table id=\"table-\(Markup.identifier(table.id))\">", "<thead>", "<tr>"]
        for column in table.columns {
            let unit = column.unit.map { "<span class=\"unit\">\(Markup.escape($0))</span>" } ?? ""
            let numeric = column.alignment == .right ? " class=\"num\"" : ""
            lines.append("<th scope=\"col\"\(numeric)>\(Markup.escape(column.label))\(unit)</th>")
        }
        lines.append(contentsOf: ["</tr>", "</thead>", "<tbody>"])
        for row in table.rows {
            lines.append(row.marked ? "<tr class=\"marked\">" : "<tr>")
            for (index, column) in table.columns.enumerated() {
                let cell = index < row.cells.count ? row.cells[index] : .empty
                var text = Markup.escape(cell.displayText(options.language))
                if index == 0 {
                    text += row.footnoteRefs.map { "<sup><a href=\"#fn-\($0)\">\($0)</a></sup>" }.joined()
                }
                var attributes = column.alignment == .right ? " class=\"num\"" : ""
                // The reason a value does not exist shows on hover.
                if case .never(let reason, _) = cell, reason != .notWithinHorizon {
                    attributes += " title=\"\(Markup.escape(Phrases.reason(reason, options.language)))\""
                }
                lines.append("<td\(attributes)>\(text)</td>")
            }
            lines.append("</tr>")
        }
        lines.append(contentsOf: ["</tbody>", "</table>"])
        return lines.joined(separator: "\n")
    }
}

/// One self-contained XHTML-compatible page: inline CSS, inline SVG charts, no external assets.
///
/// Every string from the report is escaped (`& < > " '`), and the markup is well-formed XML
/// (`<meta … />`), so it opens in any browser and parses with an XML parser.
public enum HTMLRenderer {
    private static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans CJK JP","Noto Sans JP",\
        sans-serif;margin:2rem;color:#222;line-height:1.5}
        :lang(ja){word-break:keep-all;line-break:strict;overflow-wrap:break-word}
        .nw{white-space:nowrap}
        table{border-collapse:collapse;margin:1rem 0}
        th,td{border:1px solid #ccc;padding:.3rem .6rem;vertical-align:top}
        th{background:#f4f4f4;text-align:left}
        td:first-child{min-width:12em}
        .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .amount{white-space:nowrap}
        .unit{display:block;font-weight:normal;font-size:.85em;color:#555;white-space:nowrap}
        sup.refs{white-space:nowrap;margin-left:.15em}
        tr.marked td{background:#e8f5e9;font-weight:bold}
        .subtitle{color:#555}
        .footnotes{font-size:.9em;color:#444}
        .footnotes a{overflow-wrap:anywhere}
        figure{margin:1rem 0}
        @page{size:landscape;margin:10mm}
        @media print{
        body{margin:0;font-size:8pt;line-height:1.3}
        h1{font-size:14pt;margin:0 0 .3em}
        h2{font-size:10.5pt;margin:.8em 0 .3em;break-after:avoid}
        table{margin:.4em 0;width:100%;page-break-inside:auto}
        th,td{padding:.1em .35em}
        td{white-space:nowrap}
        thead{display:table-header-group}
        tr,figure{break-inside:avoid}
        td:first-child{min-width:16em}
        .footnotes{font-size:6.5pt;line-height:1.25;columns:3;column-gap:1.5em;margin:.5em 0;padding-left:2.5em}
        .footnotes li{break-inside:avoid}
        figure{margin:.5em 0}
        figure svg{width:auto;height:auto;max-width:100%;max-height:74mm}
        a{color:inherit;text-decoration:none}
        }
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
            lines.append("<p class=\"subtitle\">\(linked(subtitle))</p>")
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
            case .text(let text): unsplitAmounts(text)
            }
        }.joined()
    }

    /// `text` escaped, each amount such as `-$233,364.76`, `¥1,250,000` or `30%` (and each date) in
    /// a `nowrap` span, so a line never breaks inside it or between its sign and its digits.
    static func unsplitAmounts(_ text: String) -> String {
        let pattern = #"\d{4}-\d{2}-\d{2}|[-−+]?[$¥€£]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?"#
        guard let regex = try? Regex(pattern) else { return Markup.escape(text) }
        var result = ""
        var rest = text[...]
        for match in text.matches(of: regex) {
            let range = match.range
            let amount = text[range]
            guard amount.contains(where: { "$¥€£-−+,.%".contains($0) }) else { continue }
            // A hyphen inside a name (`GPT-4o`, `gpt-oss-120b`) is no minus sign.
            if let sign = amount.first, "-−+".contains(sign), range.lowerBound > text.startIndex,
                text[text.index(before: range.lowerBound)].isLetter
                    || text[text.index(before: range.lowerBound)].isNumber
            {
                continue
            }
            result += Markup.escape(String(rest[rest.startIndex..<range.lowerBound]))
            result += "<span class=\"amount\">\(Markup.escape(String(amount)))</span>"
            rest = text[range.upperBound...]
        }
        return result + Markup.escape(String(rest))
    }

    /// `text` escaped; in Japanese with a `<wbr/>` between its phrases (`TableRenderer.phrases`:
    /// after の, は, 、 …), which the page's `word-break:keep-all` makes the only places a line
    /// breaks besides spaces (`2か|月目に` no more), and each hyphenated Latin word (`GPT-4o`) in
    /// a `nowrap` span. A phrase wider than the page still breaks (`overflow-wrap:break-word`).
    static func phrased(_ text: String, _ language: Language) -> String {
        guard language == .ja else { return Markup.escape(text) }
        func piece(_ phrase: String) -> String {
            let hyphenated = phrase.split(whereSeparator: { !$0.isASCII || $0 == " " })
                .contains { $0.dropFirst().dropLast().contains("-") }
            return hyphenated ? "<span class=\"nw\">\(Markup.escape(phrase))</span>" : Markup.escape(phrase)
        }
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            TableRenderer.phrases(of: word).map(piece).joined(separator: "<wbr/>")
        }.joined(separator: " ")
    }

    /// One `<table>`; headers carry units, numeric columns and the marked row have classes.
    static func render(_ table: Table, options: RenderOptions) -> String {
        var lines = ["<table id=\"table-\(Markup.identifier(table.id))\">", "<thead>", "<tr>"]
        for column in table.columns {
            let unit = column.unit.map { "<span class=\"unit\">\(Markup.escape($0))</span>" } ?? ""
            let numeric = column.alignment == .right ? " class=\"num\"" : ""
            lines.append("<th scope=\"col\"\(numeric)>\(phrased(column.label, options.language))\(unit)</th>")
        }
        lines.append(contentsOf: ["</tr>", "</thead>", "<tbody>"])
        for (row, shown) in zip(table.rows, table.displayTexts(options.language)) {
            lines.append(row.marked ? "<tr class=\"marked\">" : "<tr>")
            for (index, column) in table.columns.enumerated() {
                let cell = index < row.cells.count ? row.cells[index] : .empty
                var text = phrased(shown[index], options.language)
                if index == 0, !row.footnoteRefs.isEmpty {
                    // "owned<sup>6, 7</sup>", never "owned⁶⁷" (which reads as note 67).
                    text +=
                        "<sup class=\"refs\">"
                        + row.footnoteRefs.map { "<a href=\"#fn-\($0)\">\($0)</a>" }.joined(separator: ", ")
                        + "</sup>"
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

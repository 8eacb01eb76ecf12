/// GitHub-flavoured Markdown: pipe tables with an alignment row, and numbered notes.
///
/// Notes are plain text, `[1]` after a row's first cell and a list of `- [1] …` at the end, the
/// same numbers as the terminal, HTML and JSON: GitHub's own `[^n]` footnotes renumber by order of
/// first use and vanish when pasted into chat tools. URLs become `<…>` autolinks, so escaping
/// never breaks them.
public enum MarkdownRenderer {
    /// The report as GitHub-flavoured Markdown, ending with a line break.
    public static func render(_ report: Report, options: RenderOptions) -> String {
        var blocks: [String] = ["# " + escape(report.title)]
        if let subtitle = report.subtitle { blocks.append(escape(subtitle)) }
        for section in report.sections {
            if let heading = section.heading { blocks.append("## " + escape(heading)) }
            if let table = section.table { blocks.append(render(table, options: options)) }
            blocks.append(contentsOf: section.paragraphs.map(escape))
        }
        if !report.footnotes.isEmpty {
            blocks.append(
                report.footnotes.map { "- [\($0.number)] " + escape($0.text) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// One pipe table; marked rows are bold, numeric columns right-aligned (`---:`).
    static func render(_ table: Table, options: RenderOptions) -> String {
        var lines = ["| " + table.columns.map { escape($0.header) }.joined(separator: " | ") + " |"]
        lines.append(
            "| " + table.columns.map { $0.alignment == .right ? "---:" : ":---" }.joined(separator: " | ")
                + " |")
        for (row, shown) in zip(table.rows, table.displayTexts(options.language)) {
            let texts = table.columns.indices.map { index -> String in
                var text = escape(shown[index])
                if row.marked, !text.isEmpty { text = "**" + text + "**" }
                if index == 0, !row.footnoteRefs.isEmpty {
                    text += " " + row.footnoteRefs.map { "[\($0)]" }.joined()
                }
                return text
            }
            lines.append("| " + texts.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// `text` safe inside a table cell or paragraph: Markdown punctuation, `|` and `<`
    /// are escaped and line breaks become `<br>`, so data cannot change the structure.
    ///
    /// `$` stays `$`, as pasted Markdown shows `\$` literally in chat tools; only a `$` that could
    /// close a GitHub maths formula (a second `$` in the text, right after a character that is not
    /// a space, as in `$5 … -$3`) is escaped. A URL becomes an autolink `<https://…>`, inside which
    /// nothing is escaped, so it stays clickable.
    static func escape(_ text: String) -> String {
        let pairs = text.unicodeScalars.filter { $0 == "$" }.count > 1
        return Links.pieces(text).map { piece in
            switch piece {
            case .url(let url): "<" + url + ">"
            case .text(let text): escapePlain(text, dollarsPair: pairs)
            }
        }.joined()
    }

    private static func escapePlain(_ text: String, dollarsPair: Bool) -> String {
        var result = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\\", "|", "*", "_", "`", "[", "]", "#", "~": result += "\\" + String(scalar)
            case "$":
                let closes = dollarsPair && previous.map { !$0.properties.isWhitespace } == true
                result += closes ? "\\$" : "$"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\r": result += "<br>"
            case "\n": if previous != "\r" { result += "<br>" }
            default:
                if scalar.properties.generalCategory != .control { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}

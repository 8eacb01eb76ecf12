/// GitHub-flavoured Markdown: pipe tables with an alignment row, `[^n]` footnotes.
///
/// GitHub shows only footnotes that something refers to, so footnotes no row refers to (such as
/// the assumptions) are referred to from the end of the subtitle. URLs become `<…>` autolinks,
/// so escaping never breaks them.
public enum MarkdownRenderer {
    /// The report as GitHub-flavoured Markdown, ending with a line break.
    public static func render(_ report: Report, options: RenderOptions) -> String {
        let referenced = Set(report.tables.flatMap { $0.rows.flatMap(\.footnoteRefs) })
        let general = report.footnotes.map(\.number).filter { !referenced.contains($0) }
            .map { "[^\($0)]" }.joined()
        var blocks: [String] = ["# " + escape(report.title)]
        if let subtitle = report.subtitle {
            blocks.append(escape(subtitle) + general)
        } else if !general.isEmpty {
            blocks.append(Phrases.text(.notes, options.language) + general)
        }
        for section in report.sections {
            if let heading = section.heading { blocks.append("## " + escape(heading)) }
            if let table = section.table { blocks.append(render(table, options: options)) }
            blocks.append(contentsOf: section.paragraphs.map(escape))
        }
        if !report.footnotes.isEmpty {
            blocks.append(
                report.footnotes.map { "[^\($0.number)]: " + escape($0.text) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// One pipe table; marked rows are bold, numeric columns right-aligned (`---:`).
    static func render(_ table: Table, options: RenderOptions) -> String {
        var lines = ["| " + table.columns.map { escape($0.header) }.joined(separator: " | ") + " |"]
        lines.append(
            "| " + table.columns.map { $0.alignment == .right ? "---:" : ":---" }.joined(separator: " | ")
                + " |")
        for row in table.rows {
            let texts = table.columns.indices.map { index -> String in
                let cell = index < row.cells.count ? row.cells[index] : .empty
                var text = escape(cell.displayText(options.language))
                if row.marked, !text.isEmpty { text = "**" + text + "**" }
                if index == 0 { text += row.footnoteRefs.map { "[^\($0)]" }.joined() }
                return text
            }
            lines.append("| " + texts.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// `text` safe inside a table cell or paragraph: Markdown punctuation, `|` and `<`
    /// are escaped and line breaks become `<br>`, so data cannot change the structure.
    ///
    /// `$` is escaped too, so GitHub never reads two amounts as a maths formula. A URL becomes
    /// an autolink `<https://…>`, inside which nothing is escaped, so it stays clickable.
    static func escape(_ text: String) -> String {
        Links.pieces(text).map { piece in
            switch piece {
            case .url(let url): "<" + url + ">"
            case .text(let text): escapePlain(text)
            }
        }.joined()
    }

    private static func escapePlain(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\", "|", "*", "_", "`", "[", "]", "#", "~", "$": result += "\\" + String(scalar)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\r": result += "<br>"
            case "\n": if !previousWasCR { result += "<br>" }
            default:
                if scalar.properties.generalCategory != .control { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}

/// GitHub-flavoured Markdown: pipe tables with an alignment row, `[^n]` footnotes.
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
    static func escape(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\", "|", "*", "_", "`", "[", "]", "#", "~": result += "\\" + String(scalar)
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

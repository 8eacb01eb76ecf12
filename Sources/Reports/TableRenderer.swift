/// The terminal format: aligned columns, units in headers, marked rows flagged with `*`.
///
/// Widths count terminal columns (a Japanese character takes two), so Japanese labels
/// align. Colour codes are added after padding, so they never disturb alignment.
public enum TableRenderer {
    private static let bold = "\u{1B}[1m"
    private static let markedStyle = "\u{1B}[1;32m"
    private static let reset = "\u{1B}[0m"

    /// The report as aligned plain text, ending with a line break.
    public static func render(_ report: Report, options: RenderOptions) -> String {
        var lines: [String] = []
        lines.append(options.color ? bold + report.title + reset : report.title)
        if let subtitle = report.subtitle { lines.append(contentsOf: wrap(subtitle, options.width)) }
        for section in report.sections {
            lines.append("")
            if let heading = section.heading {
                lines.append(options.color ? bold + heading + reset : heading)
            }
            if let table = section.table {
                lines.append(contentsOf: render(table, options: options))
                if !section.paragraphs.isEmpty { lines.append("") }
            }
            for paragraph in section.paragraphs {
                lines.append(contentsOf: wrap(paragraph, options.width))
            }
        }
        if !report.footnotes.isEmpty {
            lines.append("")
            for footnote in report.footnotes {
                lines.append(contentsOf: wrap("[\(footnote.number)] \(footnote.text)", options.width))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of one table: header, rule, rows. Each line starts with a two-column flag.
    static func render(_ table: Table, options: RenderOptions) -> [String] {
        let headers = table.columns.map(\.header)
        let body: [[String]] = table.rows.map { row in
            table.columns.indices.map { index in
                var text = index < row.cells.count ? row.cells[index].displayText(options.language) : ""
                text = text.replacingNewlines()
                if index == 0, !row.footnoteRefs.isEmpty {
                    text += " " + row.footnoteRefs.map { "[\($0)]" }.joined()
                }
                return text
            }
        }
        let widths = table.columns.indices.map { index in
            ([headers[index]] + body.map { $0[index] }).map(DisplayWidth.of).max() ?? 0
        }
        func line(_ texts: [String]) -> String {
            let padded = texts.enumerated().map { index, text in
                table.columns[index].alignment == .right
                    ? DisplayWidth.padLeft(text, to: widths[index])
                    : DisplayWidth.padRight(text, to: widths[index])
            }
            var text = padded.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var lines = ["  " + line(headers.map { $0.replacingNewlines() })]
        lines.append("  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for (row, texts) in zip(table.rows, body) {
            let text = (row.marked ? "* " : "  ") + line(texts)
            lines.append(row.marked && options.color ? markedStyle + text + reset : text)
        }
        return lines
    }

    /// `text` broken at spaces into lines of at most `width` columns (a longer word stays whole).
    static func wrap(_ text: String, _ width: Int?) -> [String] {
        let text = text.replacingNewlines()
        guard let width, width > 0, DisplayWidth.of(text) > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if DisplayWidth.of(candidate) > width, !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    /// The text on one line and free of terminal controls: CR, LF and tab become spaces,
    /// other control characters (such as ESC, which could restyle the terminal) are dropped.
    func replacingNewlines() -> String {
        // Most cells have no control character (U+0000–U+001F, U+007F–U+009F), so nothing to replace.
        if unicodeScalars.allSatisfy({ $0.value >= 0xA0 || ($0.value >= 0x20 && $0.value < 0x7F) }) {
            return self
        }
        var result = ""
        for scalar in unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                result.append(" ")
            } else if scalar.properties.generalCategory != .control {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

import Spreadsheet

/// How a report is rendered: language of built-in words, colour, terminal width.
public struct RenderOptions: Sendable, Equatable {
    public var language: Language
    /// ANSI colour in the terminal table; callers pass false without a terminal or with `NO_COLOR`.
    public var color: Bool
    /// Terminal columns to wrap paragraphs and footnotes at in the table format; nil for no wrapping.
    public var width: Int?
    /// CSV opens with a UTF-8 byte-order mark (false with `--no-bom`, for programs).
    public var byteOrderMark: Bool
    /// CSV writes only this table (`--table KEY`, see ``TableSelection``); nil for all.
    public var table: String?

    public init(
        language: Language = .en, color: Bool = false, width: Int? = nil, byteOrderMark: Bool = true,
        table: String? = nil
    ) {
        self.language = language
        self.color = color
        self.width = width
        self.byteOrderMark = byteOrderMark
        self.table = table
    }
}

/// The output formats of `--format`.
public enum OutputFormat: String, Sendable, CaseIterable, Equatable {
    case table
    case markdown
    case csv
    case json
    case html
    case svg
}

/// Renders a ``Report`` in any ``OutputFormat``.
public enum Renderer {
    /// The whole document in `format`, ending with a line break.
    public static func render(_ report: Report, as format: OutputFormat, options: RenderOptions) -> String {
        switch format {
        case .table: TableRenderer.render(report, options: options)
        case .markdown: MarkdownRenderer.render(report, options: options)
        case .csv: CSVRenderer.render(report, options: options)
        case .json: JSONRenderer.render(report, options: options)
        case .html: HTMLRenderer.render(report, options: options)
        case .svg: SVGRenderer.render(report, options: options)
        }
    }
}

/// Escaping shared by the XML-based formats.
enum Markup {
    /// `text` with `& < > " '` replaced by entities, safe in XML/HTML text and attributes.
    static func escape(_ text: String) -> String {
        XML.escape(text, apostrophe: true)
    }

    /// `text` reduced to a safe `id` attribute: ASCII letters, digits, `-` and `_`.
    static func identifier(_ text: String) -> String {
        String(
            text.unicodeScalars.map { scalar -> Character in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
                    ? Character(scalar) : "-"
            })
    }
}

/// Finds web addresses in text, so Markdown and HTML can keep them clickable.
enum Links {
    /// A piece of text: a URL, or anything else.
    enum Piece: Equatable {
        case text(String)
        case url(String)
    }

    /// `text` split into URLs (`http://` or `https://` up to a space, a control character or
    /// one of `<>"|` and a backtick) and the text between.
    ///
    /// Punctuation that ends a sentence (`.,;:!?`) and a `)` without its `(` stay out of the URL.
    static func pieces(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let start = [rest.range(of: "https://"), rest.range(of: "http://")].compactMap({ $0 })
            .min(by: { $0.lowerBound < $1.lowerBound })?.lowerBound
        {
            if start > rest.startIndex { pieces.append(.text(String(rest[..<start]))) }
            var end =
                rest[start...].firstIndex { character in
                    character.isWhitespace || "<>\"|`".contains(character)
                        || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
                } ?? rest.endIndex
            while end > start {
                let last = rest[rest.index(before: end)]
                let candidate = rest[start..<rest.index(before: end)]
                let unbalanced =
                    last == ")"
                    && candidate.filter({ $0 == "(" }).count <= candidate.filter({ $0 == ")" }).count
                guard ".,;:!?".contains(last) || unbalanced else { break }
                end = rest.index(before: end)
            }
            pieces.append(.url(String(rest[start..<end])))
            rest = rest[end...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }
}

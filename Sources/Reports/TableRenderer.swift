/// The terminal format: aligned columns, units in headers, marked rows flagged with `*`.
///
/// Widths count terminal columns (a Japanese character takes two), so Japanese labels
/// align. Colour codes are added after padding, so they never disturb alignment.
///
/// Without a width (`--wide`, a pipe or a file) every table is laid out on one line per row,
/// each header reading `Label (unit)`. With a width, a table that does not fit is laid out in
/// the first of these that does: headers in lines (label words, then the unit) and long text
/// cells wrapped; then the leading text columns on a line of their own above the numbers
/// ("stacked"); then narrower tables that each repeat the first column; then one
/// `label: value` line per cell. Text breaks only between words, and Japanese between phrases
/// or characters (`lines(of:width:hang:)`): a number, an id or a word is never split, a column
/// being at least as wide as its widest one. Only a word longer than its whole line (such as
/// a long URL in a footnote) is cut.
public enum TableRenderer {
    private static let bold = "\u{1B}[1m"
    private static let markedStyle = "\u{1B}[1;32m"
    private static let reset = "\u{1B}[0m"
    /// Columns between two table columns.
    private static let gap = 2
    /// The narrowest width honoured; a narrower terminal still gets this layout.
    public static let minimumWidth = 40

    /// The report as aligned plain text, ending with a line break.
    public static func render(_ report: Report, options: RenderOptions) -> String {
        let width = options.width.map { max(minimumWidth, $0) }
        var lines: [String] = []
        for line in wrap(report.title, width) {
            lines.append(options.color ? bold + line + reset : line)
        }
        if let subtitle = report.subtitle { lines.append(contentsOf: wrap(subtitle, width)) }
        for section in report.sections {
            lines.append("")
            if let heading = section.heading {
                for line in wrap(heading, width) {
                    lines.append(options.color ? bold + line + reset : line)
                }
            }
            if let table = section.table {
                lines.append(contentsOf: render(table, options: options))
                if !section.paragraphs.isEmpty { lines.append("") }
            }
            for paragraph in section.paragraphs {
                lines.append(contentsOf: wrap(paragraph, width))
            }
        }
        if !report.footnotes.isEmpty {
            lines.append("")
            for footnote in report.footnotes {
                lines.append(contentsOf: wrap(footnote.text, width, marker: "[\(footnote.number)] "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of one table: header, rule, rows. Each line starts with a two-column flag.
    static func render(_ table: Table, options: RenderOptions) -> [String] {
        let grid = Grid(table, language: options.language)
        let width = options.width.map { max(minimumWidth, $0) }
        let lines: [(text: String, marked: Bool)]
        if let width, grid.wideWidth > width {
            if let widths = grid.fit(Array(grid.columns.indices), into: width - 2) {
                lines = grid.wrapped(widths)
            } else if let stacked = grid.stacked(width: width) {
                lines = stacked
            } else if let groups = grid.groups(width: width) {
                lines = groups
            } else {
                lines = grid.records(width: width)
            }
        } else {
            lines = grid.wide()
        }
        return lines.map { line in
            line.marked && options.color ? markedStyle + line.text + reset : line.text
        }
    }

    /// `text` broken at spaces into lines of at most `width` columns; a word longer than
    /// `width` is cut at the width. Lines after the first are indented as wide as `marker`,
    /// which starts the first.
    static func wrap(_ text: String, _ width: Int?, marker: String = "") -> [String] {
        let text = text.replacingNewlines()
        guard let width, width > 0, DisplayWidth.of(marker + text) > width else { return [marker + text] }
        let indent = String(repeating: " ", count: DisplayWidth.of(marker))
        return lines(of: text, width: width - DisplayWidth.of(marker)).enumerated().map { index, line in
            (index == 0 ? marker : indent) + line
        }
    }

    /// `text` in lines of at most `width` columns; lines after the first are `hang` columns
    /// narrower and start with as many spaces.
    ///
    /// The one line-breaking rule of headers, cells, paragraphs and chart titles: a line breaks at
    /// a space; a word of wide (Japanese) characters also between its phrases (`phrases(of:)`),
    /// and, for a phrase wider than the line, between its pieces (`pieces(of:)`). Only a piece
    /// wider than the whole line (a long URL) is cut; table layouts keep columns wider than that.
    static func lines(of text: String, width: Int, hang: Int = 0) -> [String] {
        var lines: [String] = []
        var current = ""
        // The phrases on the current line, each with the space before it ("" after a phrase
        // break), so a number and the Japanese words kept with it (`月間成長率 1%`, `出力 300
        // トークン`) can move to the next line together.
        var placed: [(space: String, text: String)] = []
        func room() -> Int { max(1, lines.isEmpty ? width : width - hang) }
        func fits(_ text: String) -> Bool { DisplayWidth.of(text) <= room() }
        func finish() {
            lines.append((lines.isEmpty ? "" : String(repeating: " ", count: hang)) + current)
            current = ""
            placed = []
        }
        func place(_ space: String, _ text: String) {
            current += space + text
            placed.append((space, text))
        }
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            // A space before the word, unless it starts a line.
            var space = current.isEmpty ? "" : " "
            if fits(current + space + word) {
                for (index, phrase) in phrases(of: word).enumerated() {
                    place(index == 0 ? space : "", phrase)
                }
                continue
            }
            // The run of phrases at the line's end kept with the word moves down with it, when
            // something stays before it and the run fits a line.
            if let last = placed.last, keptTogether(last.text, word) {
                var start = placed.count - 1
                while start > 0, keptTogether(placed[start - 1].text, Substring(placed[start].text)) {
                    start -= 1
                }
                let run = placed[start...]
                let moved = run.dropFirst().reduce(run.first?.text ?? "") { $0 + $1.space + $1.text }
                // It goes on a continuation line, `hang` narrower.
                if start > 0, DisplayWidth.of(moved) <= max(1, width - hang) {
                    let kept = Array(placed[..<start])
                    current = kept.reduce("") { $0 + $1.space + $1.text }
                    finish()
                    place("", run.first?.text ?? "")
                    for phrase in run.dropFirst() { place(phrase.space, phrase.text) }
                    space = " "
                    if fits(current + space + word) {
                        for (index, phrase) in phrases(of: word).enumerated() {
                            place(index == 0 ? space : "", phrase)
                        }
                        continue
                    }
                }
            }
            for phrase in phrases(of: word) {
                defer { space = "" }
                if fits(current + space + phrase) {
                    place(space, phrase)
                    continue
                }
                if !current.isEmpty { finish() }
                if fits(phrase) {
                    place("", phrase)
                    continue
                }
                // A phrase wider than a line fills it piece by piece.
                for piece in pieces(of: phrase) {
                    if !current.isEmpty, !fits(current + piece) { finish() }
                    if fits(current + piece) {
                        current += piece
                        continue
                    }
                    for character in piece {
                        if !current.isEmpty, !fits(current + String(character)) { finish() }
                        current.append(character)
                    }
                }
                // What the pieces filled is one lump on the line: nothing in it moves down.
                placed = current.isEmpty ? [] : [("", current)]
            }
        }
        if !current.isEmpty || lines.isEmpty { finish() }
        return lines
    }

    /// A word in the pieces a line may break between: a run of narrow characters (a number, an
    /// id, `H100×2`, an English word) is one piece, a wide character is a piece of its own, and a
    /// piece keeps the closing punctuation, small kana and `ー` after it and an opening bracket
    /// before it, so no line starts with `、` or `）` or ends with `（`.
    ///
    /// `70B（ファインチューニング）H100×2` is `70B`, `（ファ`, `イ`, `ン`, `チュー`, `ニ`, `ン`,
    /// `グ）`, `H100×2`.
    static func pieces<S: StringProtocol>(of word: S) -> [String] {
        let text = String(word)
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return [text] }
        var pieces: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if let previous, mayBreak(between: previous, and: character), !current.isEmpty {
                pieces.append(current)
                current = ""
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// Characters no line starts with (Japanese kinsoku): closing brackets and punctuation,
    /// small kana, the prolonged sound mark and iteration marks.
    private static let noLineStart: Set<Character> = [
        ")", "]", "}", ",", ".", ":", ";", "!", "?", "%", "、", "。", "，", "．", "）", "」", "』", "】",
        "〕", "〉", "》", "］", "｝", "！", "？", "：", "；", "％", "・", "ー", "々", "ゝ", "ゞ", "ヽ", "ヾ",
        "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ゎ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ",
        "ュ", "ョ", "ヮ", "ヵ", "ヶ",
    ]

    /// Characters no line ends with: opening brackets.
    private static let noLineEnd: Set<Character> = [
        "(", "[", "{", "（", "「", "『", "【", "〔", "〈", "《", "［", "｛",
    ]

    /// Whether a line may break between two adjacent characters of a word: only next to a wide
    /// character, never before closing or after opening punctuation.
    private static func mayBreak(between before: Character, and after: Character) -> Bool {
        guard DisplayWidth.of(String(before)) > 1 || DisplayWidth.of(String(after)) > 1 else { return false }
        return !noLineEnd.contains(before) && !noLineStart.contains(after)
    }

    /// Whether a line should not break at the space between `before` and `after`: a number and
    /// a Japanese word beside it (`月間成長率 1%`, `1.38 倍）`, `40 トークン/秒`).
    static func keptTogether(_ before: String, _ after: Substring) -> Bool {
        guard let last = before.last, let first = after.first else { return false }
        // After 。、：and closing brackets a line may always end.
        let wide = { (c: Character) in DisplayWidth.of(String(c)) == 2 && !"。、：）」".contains(c) }
        let number = { (c: Character) in c.isNumber || c == "%" }
        return (wide(last) && (first.isNumber || "¥$-−".contains(first))) || (number(last) && wide(first))
    }

    /// A word of wide characters in the phrases a line should end after: after a particle (の, と,
    /// を, に, は, が, で, や) a comma, a full stop or a colon (、。：), and before "あたり", "(" or "（", never inside
    /// parentheses, so `最初の損益分岐点(リクエスト／月)` is `最初の`, `損益分岐点`,
    /// `(リクエスト／月)`. Phrases are made of whole `pieces(of:)`. A word of narrow characters
    /// is one phrase.
    static func phrases<S: StringProtocol>(of word: S) -> [String] {
        let text = String(word)
        guard DisplayWidth.of(text) > text.count else { return [text] }
        var phrases: [String] = []
        var current = ""
        var depth = 0
        var rest = Substring(text)
        for piece in pieces(of: text) {
            // "あたり" (per) starts a phrase: `100万トークン` `あたりの` `コスト`.
            let opens = piece.first == "(" || piece.first == "（" || rest.hasPrefix("あたり")
            if depth == 0, opens, !current.isEmpty {
                phrases.append(current)
                current = ""
            }
            current += piece
            rest = rest.dropFirst(piece.count)
            for character in piece {
                if character == "(" || character == "（" { depth += 1 }
                if character == ")" || character == "）" { depth = max(0, depth - 1) }
            }
            // A particle ends a phrase unless another follows (では, には) or it is the の of のみ (only).
            let ends = "のとをにはがでや、。："
            let next = rest.first
            if depth == 0, let last = piece.last, ends.contains(last),
                next.map({ !"のとをにはがでや".contains($0) && !(last == "の" && $0 == "み") }) ?? true
            {
                phrases.append(current)
                current = ""
            }
        }
        if !current.isEmpty { phrases.append(current) }
        return phrases
    }
}

/// A table's texts and the measures the layouts are chosen by.
private struct Grid {
    struct Column {
        var label: String
        var unit: String?
        var header: String
        var right: Bool
        /// Whether cells may wrap: text, not numbers.
        var wraps: Bool
        var cellWidest: Int
        var cellMinimum: Int
        /// The width that breaks Japanese text only between phrases, given when there is room.
        var cellPhrases: Int
        var headerMinimum: Int
        var headerNatural: Int
    }

    var columns: [Column] = []
    var rows: [(texts: [String], marked: Bool)] = []
    /// The colon after a record's label: `:` in English, the full-width `：` in Japanese.
    let colon: String

    init(_ table: Table, language: Language) {
        colon = Phrases.text(.pPunctU3a, language).trimmingCharacters(in: .whitespaces)
        rows = zip(table.rows, table.displayTexts(language)).map { row, shown in
            let texts = table.columns.indices.map { index in
                var text = shown[index].replacingNewlines()
                if index == 0, !row.footnoteRefs.isEmpty {
                    text += " " + row.footnoteRefs.map { "[\($0)]" }.joined()
                }
                return text
            }
            return (texts, row.marked)
        }
        for (index, column) in table.columns.enumerated() {
            let texts = rows.map { $0.texts[index] }
            let numeric =
                column.alignment == .right
                && table.rows.allSatisfy {
                    index >= $0.cells.count || $0.cells[index].isNumeric || $0.cells[index] == .empty
                }
            let widest = texts.map(DisplayWidth.of).max() ?? 0
            // The width that holds every text's widest unit of `split`: its first on the first
            // line, each other on a continuation line, indented 2.
            func holding(_ split: (Substring) -> [String]) -> Int {
                texts.map { text in
                    let units = text.split(separator: " ").flatMap(split)
                    let first = units.first.map(DisplayWidth.of) ?? 0
                    return units.dropFirst().map { DisplayWidth.of($0) + 2 }.reduce(first, max)
                }.max() ?? 0
            }
            // Short text (a kind, "never") stays whole; a long one wraps, never inside a piece (a
            // word, a number, an id); Japanese, when there is room, between phrases (up to 24).
            let cellMinimum =
                numeric || widest <= 14
                ? widest : min(widest, max(14, holding { TableRenderer.pieces(of: $0) }))
            let cellPhrases = max(
                cellMinimum, min(widest, 24, holding { TableRenderer.phrases(of: $0) }))
            let label = column.label.replacingNewlines()
            let unit = column.unit.flatMap { $0.isEmpty ? nil : "(\($0.replacingNewlines()))" }
            let headerWords = ([label] + (unit.map { [$0] } ?? [])).flatMap { $0.split(separator: " ") }
            // A header breaks between words, and Japanese (no spaces) between phrases: the column
            // is at least as wide as its widest word or phrase, so `(requests/user/month)` stays whole.
            let headerMinimum =
                headerWords.flatMap { TableRenderer.phrases(of: $0) }.map(DisplayWidth.of).max() ?? 0
            columns.append(
                Column(
                    label: label, unit: unit, header: column.header.replacingNewlines(),
                    right: column.alignment == .right, wraps: !numeric, cellWidest: widest,
                    cellMinimum: cellMinimum, cellPhrases: cellPhrases, headerMinimum: headerMinimum,
                    headerNatural: max(DisplayWidth.of(label), unit.map(DisplayWidth.of) ?? 0)))
        }
    }

    /// The wide layout's width: one-line headers, nothing wrapped, with the two-column flag.
    var wideWidth: Int {
        let widths = columns.map { max(DisplayWidth.of($0.header), $0.cellWidest) }
        return 2 + widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    func line(_ texts: [String], _ indices: [Int], _ widths: [Int]) -> String {
        let padded = zip(indices, zip(texts, widths)).map { index, pair in
            columns[index].right
                ? DisplayWidth.padLeft(pair.0, to: pair.1) : DisplayWidth.padRight(pair.0, to: pair.1)
        }
        var text = padded.joined(separator: "  ")
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Every row on one line, each header `Label (unit)`.
    func wide() -> [(text: String, marked: Bool)] {
        let indices = Array(columns.indices)
        let widths = columns.map { max(DisplayWidth.of($0.header), $0.cellWidest) }
        var lines = [("  " + line(columns.map(\.header), indices, widths), false)]
        lines.append(("  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "), false))
        for row in rows {
            lines.append(((row.marked ? "* " : "  ") + line(row.texts, indices, widths), row.marked))
        }
        return lines
    }

    /// The narrowest a column may be: its widest unbreakable piece of text or header.
    func narrowest(_ index: Int) -> Int { max(columns[index].cellMinimum, columns[index].headerMinimum, 1) }

    /// Whether `indices` side by side, each at its narrowest, fit `room` columns.
    func fits(_ indices: [Int], into room: Int) -> Bool {
        indices.map(narrowest).reduce(0, +) <= room - 2 * max(0, indices.count - 1)
    }

    /// Widths for `indices` that fit `room` columns with wrapped headers and text, or nil.
    ///
    /// Each column starts at its narrowest; spare room goes first to Japanese text (to break it
    /// between phrases), then to the text column where it saves the most lines of the whole
    /// table per column given (`shortening`), then to text columns and headers, widest need first.
    func fit(_ indices: [Int], into room: Int) -> [Int]? {
        guard fits(indices, into: room) else { return nil }
        let space = room - 2 * max(0, indices.count - 1)
        var widths = indices.map(narrowest)
        var spare = space - widths.reduce(0, +)
        for pass in 0..<3 {
            if pass == 1 { shortening(indices, &widths, &spare) }
            while spare > 0 {
                let needs = indices.enumerated().map { position, index -> Int in
                    let column = columns[index]
                    let wanted =
                        switch pass {
                        case 0: column.cellPhrases
                        case 1: column.wraps ? column.cellWidest : 0
                        default: column.headerNatural
                        }
                    return wanted - widths[position]
                }
                guard let most = needs.indices.max(by: { needs[$0] < needs[$1] }), needs[most] > 0 else {
                    break
                }
                widths[most] += 1
                spare -= 1
            }
        }
        return widths
    }

    /// Gives spare room, a few columns at a time, to the text column where it saves the most
    /// lines of the table (rows take as many lines as their tallest cell) per column given, until
    /// no column saves a line: a 36-amount list in a narrow column no longer takes 36 lines while
    /// a wide neighbour has room to spare.
    func shortening(_ indices: [Int], _ widths: inout [Int], _ spare: inout Int) {
        var known: [Int: [Int: [Int]]] = [:]
        func heights(_ position: Int, _ width: Int) -> [Int] {
            if let cached = known[position]?[width] { return cached }
            let index = indices[position]
            let lines = rows.map { row -> Int in
                let text = row.texts[index]
                guard columns[index].wraps, DisplayWidth.of(text) > width else { return 1 }
                return TableRenderer.lines(of: text, width: width, hang: width > 8 ? 2 : 0).count
            }
            known[position, default: [:]][width] = lines
            return lines
        }
        func total(_ replacing: Int, _ width: Int) -> Int {
            rows.indices.reduce(0) { sum, row in
                sum
                    + (indices.indices.map { position in
                        heights(position, position == replacing ? width : widths[position])[row]
                    }.max() ?? 1)
            }
        }
        while spare > 0 {
            let now = total(-1, 0)
            var best: (position: Int, step: Int, gain: Double)?
            for position in indices.indices where columns[indices[position]].wraps {
                let room = min(spare, columns[indices[position]].cellWidest - widths[position])
                guard room > 0 else { continue }
                // The step that saves the most lines per column given: a list of amounts
                // saves nothing until two fit on a line, then half its lines at once.
                for step in 1...room {
                    let saved = now - total(position, widths[position] + step)
                    let gain = Double(saved) / Double(step)
                    if saved > 0, gain > (best?.gain ?? 0) { best = (position, step, gain) }
                }
            }
            guard let best else { return }
            widths[best.position] += best.step
            spare -= best.step
        }
    }

    /// Header lines for `indices` at `widths`: label words, then the unit, bottom-aligned.
    func headerLines(_ indices: [Int], _ widths: [Int]) -> [String] {
        let blocks = zip(indices, widths).map { index, width -> [String] in
            let column = columns[index]
            return TableRenderer.lines(of: column.label, width: width)
                + (column.unit.map { TableRenderer.lines(of: $0, width: width) } ?? [])
        }
        let height = blocks.map(\.count).max() ?? 1
        let padded = blocks.map { Array(repeating: "", count: height - $0.count) + $0 }
        return (0..<height).map { lineIndex in line(padded.map { $0[lineIndex] }, indices, widths) }
    }

    /// The lines of a row's `indices` at `widths`: text wrapped, continuation lines indented.
    func rowLines(_ texts: [String], _ indices: [Int], _ widths: [Int]) -> [String] {
        let blocks = zip(indices, widths).map { index, width -> [String] in
            let text = texts[index]
            guard columns[index].wraps, DisplayWidth.of(text) > width else { return [text] }
            return TableRenderer.lines(of: text, width: width, hang: width > 8 ? 2 : 0)
        }
        let height = blocks.map(\.count).max() ?? 1
        return (0..<height).map { lineIndex in
            line(blocks.map { lineIndex < $0.count ? $0[lineIndex] : "" }, indices, widths)
        }
    }

    /// All columns side by side at `widths`, headers and text wrapped.
    func wrapped(_ widths: [Int]) -> [(text: String, marked: Bool)] {
        let indices = Array(columns.indices)
        var lines = headerLines(indices, widths).map { ("  " + $0, false) }
        lines.append(("  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "), false))
        for row in rows {
            for (number, text) in rowLines(row.texts, indices, widths).enumerated() {
                lines.append(((row.marked && number == 0 ? "* " : "  ") + text, row.marked))
            }
        }
        return lines
    }

    /// The leading text columns on a line of their own, the other columns in a grid below it,
    /// or nil when there are no leading text columns or the rest does not fit either.
    func stacked(width: Int) -> [(text: String, marked: Bool)]? {
        let leading = columns.prefix { !$0.right }.count
        let rest = Array(columns.indices.dropFirst(leading))
        let indent = 4
        guard leading > 0, !rest.isEmpty, let widths = fit(rest, into: width - indent) else { return nil }
        let pad = String(repeating: " ", count: indent)
        let titleHeader = columns.prefix(leading).map(\.header).joined(separator: " · ")
        var lines = TableRenderer.lines(of: titleHeader, width: width - 2).map { ("  " + $0, false) }
        lines += headerLines(rest, widths).map { (pad + $0, false) }
        lines.append(("  " + String(repeating: "-", count: width - 2), false))
        for row in rows {
            let title = row.texts.prefix(leading).filter { !$0.isEmpty }.joined(separator: " · ")
            for (number, text) in TableRenderer.lines(of: title, width: width - 2, hang: 2).enumerated() {
                lines.append(((row.marked && number == 0 ? "* " : "  ") + text, row.marked))
            }
            lines += rowLines(row.texts, rest, widths).map { (pad + $0, row.marked) }
        }
        return lines
    }

    /// The table cut into narrower tables that each repeat the first column, or nil when the
    /// first column and any one other do not fit side by side.
    func groups(width: Int) -> [(text: String, marked: Bool)]? {
        var groups: [[Int]] = []
        var current: [Int] = []
        for index in columns.indices.dropFirst() {
            if fits([0] + current + [index], into: width - 2) {
                current.append(index)
            } else {
                guard !current.isEmpty else { return nil }
                groups.append(current)
                current = [index]
            }
        }
        if !current.isEmpty { groups.append(current) }
        // Groups of one column each read worse than records.
        guard groups.dropLast().allSatisfy({ $0.count > 1 }) else { return nil }
        var lines: [(text: String, marked: Bool)] = []
        for group in groups {
            let indices = [0] + group
            guard let widths = fit(indices, into: width - 2) else { return nil }
            if !lines.isEmpty { lines.append(("", false)) }
            lines += headerLines(indices, widths).map { ("  " + $0, false) }
            lines.append(
                ("  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "), false))
            for row in rows {
                for (number, text) in rowLines(row.texts, indices, widths).enumerated() {
                    lines.append(((row.marked && number == 0 ? "* " : "  ") + text, row.marked))
                }
            }
        }
        return lines
    }

    /// One block per row: the first cell, then a `label (unit): value` line for each other cell.
    func records(width: Int) -> [(text: String, marked: Bool)] {
        var lines: [(text: String, marked: Bool)] = []
        // Labels share one width, so the values align: half the line, or more when the widest
        // number still fits after it ("    " + label + colon + " " + value).
        let widestNumber =
            columns.indices.dropFirst().filter { !columns[$0].wraps }.map { columns[$0].cellWidest }.max()
            ?? 0
        let labelWidth = min(
            max(width / 2, width - 5 - DisplayWidth.of(colon) - widestNumber),
            columns.dropFirst().map { DisplayWidth.of($0.header) }.max() ?? 0)
        for (rowNumber, row) in rows.enumerated() {
            if rowNumber > 0 { lines.append(("", false)) }
            let first = TableRenderer.wrap(row.texts.first ?? "", width - 2)
            for (number, text) in first.enumerated() {
                lines.append(((row.marked && number == 0 ? "* " : "  ") + text, row.marked))
            }
            for index in columns.indices.dropFirst() where !row.texts[index].isEmpty {
                let label = DisplayWidth.padRight(
                    columns[index].header + colon, to: labelWidth + DisplayWidth.of(colon))
                let value = row.texts[index]
                if DisplayWidth.of(label) + 1 + DisplayWidth.of(value) <= width - 4 {
                    lines.append(("    " + label + " " + value, row.marked))
                    continue
                }
                // Too long for one line: the label, then the value indented below it, never cut mid-number.
                for text in TableRenderer.lines(of: columns[index].header + colon, width: width - 4) {
                    lines.append(("    " + text, row.marked))
                }
                let valueWidth = columns[index].wraps ? width - 6 : max(width - 6, DisplayWidth.of(value))
                for text in TableRenderer.lines(of: value, width: valueWidth) {
                    lines.append(("      " + text, row.marked))
                }
            }
        }
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

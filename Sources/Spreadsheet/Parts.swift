import Foundation

/// XML text escaping for element content and attributes.
public enum XML {
    /// `& < > "` (and `'` when asked) replaced by entities; characters XML 1.0 forbids are dropped,
    /// since XML 1.0 refuses most control characters even as references.
    public static func escape(_ text: String, apostrophe: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'" where apostrophe: result += "&#39;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": break
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A number as `<v>` holds it: the nearest double, shortest form (17 significant digits at most).
    ///
    /// Parsed from the decimal's own text: `NSDecimalNumber.doubleValue` is off in the last digits on Linux.
    static func number(_ value: Decimal) -> String {
        guard let double = Double(value.description), double.isFinite else { return "0" }
        let text = "\(double)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

/// The workbook's strings, each stored once (xl/sharedStrings.xml).
struct SharedStrings {
    private var index: [String: Int] = [:]
    private var list: [String] = []
    private var uses = 0

    /// A cell holds at most 32,767 characters (UTF-16 units) in Excel; longer text is cut there.
    static let maximumLength = 32_767

    mutating func id(_ whole: String) -> Int {
        var text = whole
        if text.utf16.count > Self.maximumLength {
            // Whole characters only, so a surrogate pair or a combined character is never split.
            text = ""
            var units = 0
            for character in whole {
                units += character.utf16.count
                if units > Self.maximumLength { break }
                text.append(character)
            }
        }
        uses += 1
        if let known = index[text] { return known }
        index[text] = list.count
        list.append(text)
        return list.count - 1
    }

    var xml: String {
        Workbook.declaration
            + "<sst xmlns=\"\(Workbook.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(list.count)\">"
            + list.map { "<si><t xml:space=\"preserve\">\(XML.escape($0))</t></si>" }.joined() + "</sst>"
    }
}

/// The distinct cell styles in use, as xl/styles.xml's cell formats (index 0 is the plain style).
struct StyleTable {
    private var styles: [CellStyle] = [.plain]
    private var formats: [String] = []
    /// Distinct (bold, colour) fonts; index 0 is the plain font.
    private var fonts: [Font] = [Font(bold: false, color: nil)]

    private struct Font: Hashable {
        var bold: Bool
        var color: String?

        var xml: String {
            let rgb = color.map { $0.filter(\.isHexDigit).prefix(6) }.map { "<color rgb=\"FF\($0)\"/>" } ?? ""
            return "<font>" + (bold ? "<b/>" : "") + "<sz val=\"11\"/>" + rgb
                + "<name val=\"Calibri\"/></font>"
        }
    }

    mutating func id(_ style: CellStyle) -> Int {
        if let known = styles.firstIndex(of: style) { return known }
        styles.append(style)
        let font = Font(bold: style.bold, color: style.color)
        if !fonts.contains(font) { fonts.append(font) }
        let code = style.format.code
        if style.format != .general && !formats.contains(code) { formats.append(code) }
        return styles.count - 1
    }

    /// Custom number formats take ids from 164, the first one not built in.
    private func formatID(_ format: NumberFormat) -> Int {
        guard format != .general, let position = formats.firstIndex(of: format.code) else { return 0 }
        return 164 + position
    }

    var xml: String {
        let numberFormats = formats.enumerated().map {
            "<numFmt numFmtId=\"\(164 + $0.offset)\" formatCode=\"\(XML.escape($0.element))\"/>"
        }.joined()
        let cellFormats = styles.map { style in
            let format = formatID(style.format)
            let font = fonts.firstIndex(of: Font(bold: style.bold, color: style.color)) ?? 0
            var attributes =
                "numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
            if format != 0 { attributes += " applyNumberFormat=\"1\"" }
            if font != 0 { attributes += " applyFont=\"1\"" }
            guard style.wrap else { return "<xf \(attributes)/>" }
            return "<xf \(attributes) applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf>"
        }.joined()
        return Workbook.declaration
            + "<styleSheet xmlns=\"\(Workbook.mainNamespace)\">"
            + (formats.isEmpty ? "" : "<numFmts count=\"\(formats.count)\">\(numberFormats)</numFmts>")
            + "<fonts count=\"\(fonts.count)\">\(fonts.map(\.xml).joined())</fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(styles.count)\">\(cellFormats)</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }
}

/// One worksheet part (xl/worksheets/sheetN.xml).
enum SheetWriter {
    static func xml(_ sheet: Sheet, strings: inout SharedStrings, styles: inout StyleTable) -> String {
        var out = Workbook.declaration + "<worksheet xmlns=\"\(Workbook.mainNamespace)\">"
        let width = sheet.rows.map(\.count).max() ?? 0
        if !sheet.rows.isEmpty && width > 0 {
            out += "<dimension ref=\"A1:\(CellAddress.relative(row: sheet.rows.count, column: width))\"/>"
        }
        out += "<sheetViews><sheetView workbookViewId=\"0\">" + pane(sheet) + "</sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            out += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let r = rowIndex + 1
            out += "<row r=\"\(r)\">"
            for (columnIndex, cell) in row.enumerated() {
                out += self.cell(
                    cell, at: CellAddress.relative(row: r, column: columnIndex + 1),
                    strings: &strings, styles: &styles)
            }
            out += "</row>"
        }
        out += "</sheetData>"
        out +=
            "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        return out + "</worksheet>"
    }

    private static func pane(_ sheet: Sheet) -> String {
        let (rows, columns) = (sheet.frozenRows, sheet.frozenColumns)
        guard rows > 0 || columns > 0 else { return "" }
        let topLeft = CellAddress.relative(row: rows + 1, column: columns + 1)
        let active = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight"
        var attributes = ""
        if columns > 0 { attributes += " xSplit=\"\(columns)\"" }
        if rows > 0 { attributes += " ySplit=\"\(rows)\"" }
        return "<pane\(attributes) topLeftCell=\"\(topLeft)\" activePane=\"\(active)\" state=\"frozen\"/>"
            + "<selection pane=\"\(active)\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
    }

    private static func cell(
        _ cell: Cell, at address: String, strings: inout SharedStrings, styles: inout StyleTable
    ) -> String {
        let style = styles.id(cell.style)
        let styleAttribute = style == 0 ? "" : " s=\"\(style)\""
        switch cell.content {
        case .empty:
            return style == 0 ? "" : "<c r=\"\(address)\"\(styleAttribute)/>"
        case .number(let value):
            return "<c r=\"\(address)\"\(styleAttribute)><v>\(XML.number(value))</v></c>"
        case .text(let text):
            return "<c r=\"\(address)\"\(styleAttribute) t=\"s\"><v>\(strings.id(text))</v></c>"
        case .bool(let value):
            return "<c r=\"\(address)\"\(styleAttribute) t=\"b\"><v>\(value ? 1 : 0)</v></c>"
        case .formula(let formula, let cached):
            let f = "<f>\(XML.escape(formula))</f>"
            switch cached {
            case .number(let value):
                return "<c r=\"\(address)\"\(styleAttribute)>\(f)<v>\(XML.number(value))</v></c>"
            case .text(let text):
                return "<c r=\"\(address)\"\(styleAttribute) t=\"str\">\(f)<v>\(XML.escape(text))</v></c>"
            case .bool(let value):
                return "<c r=\"\(address)\"\(styleAttribute) t=\"b\">\(f)<v>\(value ? 1 : 0)</v></c>"
            }
        }
    }
}

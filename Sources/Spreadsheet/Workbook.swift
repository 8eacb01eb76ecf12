import Foundation

/// How a number is shown; the value underneath stays as written.
public enum NumberFormat: Sendable, Hashable {
    /// The spreadsheet's own choice.
    case general
    /// Thousands separators, no decimals: 1,234,567.
    case integer
    /// Thousands separators and this many decimals.
    case decimal(Int)
    /// A percentage with this many decimals: 0.03 shows as 3%.
    case percent(Int)
    /// An amount with the currency's code and its minor units: 1,234.50 USD, 1,235 JPY.
    case currency(code: String, minorUnits: Int)
    /// An ISO date (yyyy-mm-dd) held as a day number.
    case date

    /// The format code SpreadsheetML stores (ECMA-376 Part 1, §18.8.31).
    var code: String {
        switch self {
        case .general: "General"
        case .integer: "#,##0"
        case .decimal(let places): places > 0 ? "#,##0." + String(repeating: "0", count: places) : "#,##0"
        case .percent(let places): places > 0 ? "0." + String(repeating: "0", count: places) + "%" : "0%"
        case .currency(let code, let minorUnits):
            Self.currencyCode(
                (minorUnits > 0 ? "#,##0." + String(repeating: "0", count: minorUnits) : "#,##0"),
                code: code)
        case .date: "yyyy\\-mm\\-dd"
        }
    }

    /// Positive and negative sections, the code in quotes after the amount.
    private static func currencyCode(_ number: String, code: String) -> String {
        let suffix = " \"" + code.filter { $0 != "\"" } + "\""
        return number + suffix + ";-" + number + suffix
    }
}

/// A cell's look: number format, bold, font colour, wrapped text.
public struct CellStyle: Sendable, Hashable {
    public var format: NumberFormat
    public var bold: Bool
    public var wrap: Bool
    /// The font colour as six hex digits RGB (`0000FF`), nil for the default.
    public var color: String?

    public init(format: NumberFormat = .general, bold: Bool = false, wrap: Bool = false, color: String? = nil)
    {
        self.format = format
        self.bold = bold
        self.wrap = wrap
        self.color = color
    }

    /// The same style in a font colour (six hex digits RGB).
    public func colored(_ rgb: String) -> CellStyle {
        var copy = self
        copy.color = rgb
        return copy
    }

    public static let plain = CellStyle()
    public static let header = CellStyle(bold: true, wrap: true)
}

/// The value a formula had when the file was written, shown until the spreadsheet recalculates.
public enum CachedValue: Sendable, Hashable {
    case number(Decimal)
    case text(String)
    case bool(Bool)
}

/// One cell: a value or a formula with its cached result, and its style.
public struct Cell: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case empty
        case number(Decimal)
        case text(String)
        case bool(Bool)
        /// A formula in A1 notation without the leading `=`, e.g. `SUM(B2:B13)`.
        case formula(String, cached: CachedValue)
    }

    public var content: Content
    public var style: CellStyle

    public init(_ content: Content, style: CellStyle = .plain) {
        self.content = content
        self.style = style
    }

    public static let empty = Cell(.empty)

    public static func number(_ value: Decimal, _ style: CellStyle = .plain) -> Cell {
        Cell(.number(value), style: style)
    }

    public static func text(_ value: String, _ style: CellStyle = .plain) -> Cell {
        Cell(.text(value), style: style)
    }

    public static func formula(_ formula: String, cached: Decimal, _ style: CellStyle = .plain) -> Cell {
        Cell(.formula(formula, cached: .number(cached)), style: style)
    }
}

/// One worksheet: rows of cells from A1, column widths and frozen header panes.
public struct Sheet: Sendable, Hashable {
    /// At most 31 characters, none of `[]:*?/\`.
    public var name: String
    /// Row 1 first; a row's cells from column A.
    public var rows: [[Cell]]
    /// Widths in characters, column A first; columns beyond keep the default.
    public var columnWidths: [Double]
    /// Rows kept in view while scrolling (the header).
    public var frozenRows: Int
    /// Columns kept in view while scrolling (the labels).
    public var frozenColumns: Int

    public init(
        name: String, rows: [[Cell]] = [], columnWidths: [Double] = [], frozenRows: Int = 0,
        frozenColumns: Int = 0
    ) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
    }

    /// The name as a formula refers to it: always quoted, so spaces and any script are safe.
    public var reference: String { "'" + name.replacingOccurrences(of: "'", with: "''") + "'" }
}

/// A workbook-wide name for a cell or range, e.g. `requests` for `'Inputs'!$C$4`.
public struct DefinedName: Sendable, Hashable {
    public var name: String
    /// The target with its sheet, e.g. `'Inputs'!$C$4`.
    public var target: String

    public init(name: String, target: String) {
        self.name = name
        self.target = target
    }
}

/// A SpreadsheetML workbook: sheets and defined names, written as an .xlsx package.
public struct Workbook: Sendable, Hashable {
    public var sheets: [Sheet]
    public var definedNames: [DefinedName]

    public init(sheets: [Sheet] = [], definedNames: [DefinedName] = []) {
        self.sheets = sheets
        self.definedNames = definedNames
    }

    /// The .xlsx file: a ZIP of the package parts (ECMA-376 Part 1 and 2).
    public func package() -> [UInt8] {
        var strings = SharedStrings()
        var styles = StyleTable()
        let sheetParts = sheets.map { SheetWriter.xml($0, strings: &strings, styles: &styles) }
        var zip = ZipArchive()
        zip.add("[Content_Types].xml", Array(contentTypes.utf8))
        zip.add("_rels/.rels", Array(Self.packageRelationships.utf8))
        zip.add("xl/workbook.xml", Array(workbookXML.utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8))
        for (index, part) in sheetParts.enumerated() {
            zip.add("xl/worksheets/sheet\(index + 1).xml", Array(part.utf8))
        }
        zip.add("xl/styles.xml", Array(styles.xml.utf8))
        zip.add("xl/sharedStrings.xml", Array(strings.xml.utf8))
        return zip.bytes
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let documentType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private var contentTypes: String {
        let sheetsPart = sheets.indices.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return Self.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + sheetsPart
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "</Types>"
    }

    private static let packageRelationships =
        declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(documentType)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private var workbookXML: String {
        let sheetList = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(XML.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        let names =
            definedNames.isEmpty
            ? ""
            : "<definedNames>"
                + definedNames.map {
                    "<definedName name=\"\(XML.escape($0.name))\">\(XML.escape($0.target))</definedName>"
                }.joined() + "</definedNames>"
        return Self.declaration
            + "<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
            + "<sheets>\(sheetList)</sheets>\(names)<calcPr calcId=\"191029\"/></workbook>"
    }

    private var workbookRelationships: String {
        let count = sheets.count
        let sheetLinks = (0..<count).map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(Self.documentType)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        return Self.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + sheetLinks
            + "<Relationship Id=\"rId\(count + 1)\" Type=\"\(Self.documentType)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId\(count + 2)\" Type=\"\(Self.documentType)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>"
    }
}

/// A1 references: column letters and absolute addresses.
public enum CellAddress {
    /// 1 → A, 26 → Z, 27 → AA.
    public static func column(_ index: Int) -> String {
        var number = max(1, index)
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.insert(Character(UnicodeScalar(UInt8(65 + remainder))), at: 0)
            number = (number - 1) / 26
        }
        return String(letters)
    }

    /// `B7` for row 7, column 2 (both from 1).
    public static func relative(row: Int, column: Int) -> String { Self.column(column) + "\(row)" }

    /// `$B$7`.
    public static func absolute(row: Int, column: Int) -> String { "$" + Self.column(column) + "$\(row)" }
}

extension CellStyle {
    /// The same style with a currency format in `code` (same minor units); other formats unchanged.
    public func with(currency code: String) -> CellStyle {
        guard case .currency(_, let minorUnits) = format else { return self }
        var copy = self
        copy.format = .currency(code: code, minorUnits: minorUnits)
        return copy
    }
}

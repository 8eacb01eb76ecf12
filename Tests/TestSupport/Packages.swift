import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The files of a ZIP archive read from its central directory, or nil when any record, size or
/// CRC-32 is wrong; only the stored method (0) is read.
///
/// The CRC is computed bit by bit here, independently of the writer's table.
public func unzipStored(_ bytes: [UInt8]) -> [String: [UInt8]]? {
    func u16(_ at: Int) -> Int? {
        guard at >= 0, at + 2 <= bytes.count else { return nil }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }
    func u32(_ at: Int) -> Int? {
        guard let low = u16(at), let high = u16(at + 2) else { return nil }
        return low | high << 16
    }
    guard bytes.count >= 22, let endStart = Optional(bytes.count - 22), u32(endStart) == 0x0605_4b50,
        let entries = u16(endStart + 10), let directoryStart = u32(endStart + 16)
    else { return nil }
    var files: [String: [UInt8]] = [:]
    var at = directoryStart
    for _ in 0..<entries {
        guard u32(at) == 0x0201_4b50, let method = u16(at + 10), method == 0, let crc = u32(at + 16),
            let size = u32(at + 20), let nameLength = u16(at + 28), let extra = u16(at + 30),
            let comment = u16(at + 32), let offset = u32(at + 42), at + 46 + nameLength <= bytes.count
        else { return nil }
        let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
        guard u32(offset) == 0x0403_4b50, let localName = u16(offset + 26), let localExtra = u16(offset + 28)
        else { return nil }
        let dataStart = offset + 30 + localName + localExtra
        guard dataStart + size <= bytes.count else { return nil }
        let data = Array(bytes[dataStart..<(dataStart + size)])
        guard bitwiseCRC32(data) == UInt32(crc) else { return nil }
        files[name] = data
        at += 46 + nameLength + extra + comment
    }
    return files
}

/// CRC-32 (IEEE, reflected 0xEDB88320), one bit at a time.
public func bitwiseCRC32(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
}

/// One element of an XML document with its attributes and the text directly inside it.
public struct XMLElementRecord: Sendable, Equatable {
    public var name: String
    public var attributes: [String: String]
    public var text: String
    /// Names of the enclosing elements, outermost first.
    public var path: [String]
}

/// Every element of a well-formed XML document in document order, or nil when it is not well-formed.
public func xmlElements(_ data: [UInt8]) -> [XMLElementRecord]? {
    let parser = XMLParser(data: Data(data))
    let collector = RecordCollector()
    parser.delegate = collector
    guard parser.parse(), parser.parserError == nil, collector.failed == false else { return nil }
    return collector.records
}

private final class RecordCollector: NSObject, XMLParserDelegate {
    var records: [XMLElementRecord] = []
    var open: [Int] = []
    var failed = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        let path = open.map { records[$0].name }
        records.append(XMLElementRecord(name: elementName, attributes: attributeDict, text: "", path: path))
        open.append(records.count - 1)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        _ = open.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let last = open.last { records[last].text += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        failed = true
    }
}

/// A cell read back from a worksheet part: its formula (if any) and its stored value as text.
public struct WorksheetCell: Sendable, Equatable {
    public var formula: String?
    /// The value: a number's text, a string (shared strings resolved), or "1"/"0" for booleans.
    public var value: String?
    public var type: String?
    public var style: Int
}

/// A workbook read back: sheet names in order, each sheet's cells by A1 address, and the defined names.
public struct WorkbookContents: Sendable {
    public var sheetNames: [String]
    public var sheets: [String: [String: WorksheetCell]]
    public var definedNames: [String: String]
    public var files: [String: [UInt8]]
}

/// Reads an .xlsx package written with the stored method, resolving shared strings; nil when a part is missing or malformed.
public func readWorkbook(_ bytes: [UInt8]) -> WorkbookContents? {
    guard let files = unzipStored(bytes), let workbook = files["xl/workbook.xml"].flatMap(xmlElements),
        let relations = files["xl/_rels/workbook.xml.rels"].flatMap(xmlElements)
    else { return nil }
    let strings =
        files["xl/sharedStrings.xml"].flatMap(xmlElements).map { records in
            records.filter { $0.name == "si" }.indices.map { index in
                // Each <si> holds one <t>; take the t elements in order.
                records.filter { $0.name == "t" }[index].text
            }
        } ?? []
    var targets: [String: String] = [:]
    for relation in relations where relation.name == "Relationship" {
        if let id = relation.attributes["Id"], let target = relation.attributes["Target"] {
            targets[id] = target
        }
    }
    var contents = WorkbookContents(sheetNames: [], sheets: [:], definedNames: [:], files: files)
    for record in workbook where record.name == "definedName" {
        if let name = record.attributes["name"] { contents.definedNames[name] = record.text }
    }
    for record in workbook where record.name == "sheet" {
        guard let name = record.attributes["name"], let id = record.attributes["r:id"],
            let target = targets[id],
            let part = files["xl/" + target].flatMap(xmlElements)
        else { return nil }
        contents.sheetNames.append(name)
        var cells: [String: WorksheetCell] = [:]
        var current: String?
        for element in part {
            switch element.name {
            case "c":
                guard let address = element.attributes["r"] else { return nil }
                current = address
                cells[address] = WorksheetCell(
                    formula: nil, value: nil, type: element.attributes["t"],
                    style: Int(element.attributes["s"] ?? "0") ?? 0)
            case "f":
                if let current { cells[current]?.formula = element.text }
            case "v":
                guard let current, let cell = cells[current] else { continue }
                if cell.type == "s" {
                    guard let index = Int(element.text), strings.indices.contains(index) else { return nil }
                    cells[current]?.value = strings[index]
                } else {
                    cells[current]?.value = element.text
                }
            default: continue
            }
        }
        contents.sheets[name] = cells
    }
    return contents
}

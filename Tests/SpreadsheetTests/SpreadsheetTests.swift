import Foundation
import Spreadsheet
import TestSupport
import Testing

@Suite("CRC-32 and ZIP")
struct ZipTests {
    /// The check values of the CRC catalogue (CRC-32/ISO-HDLC) and of the pangram every library quotes.
    @Test(arguments: [
        ("", UInt32(0)), ("123456789", 0xCBF4_3926),
        ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
    ])
    func knownChecksums(text: String, expected: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == expected)
        #expect(bitwiseCRC32(Array(text.utf8)) == expected)
    }

    @Test func tableAgreesWithBitwiseOnEveryByteValue() {
        let bytes = (0..<1024).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        #expect(CRC32.checksum(bytes) == bitwiseCRC32(bytes))
    }

    @Test func archiveReadsBackWithNamesSizesAndChecksums() throws {
        var zip = ZipArchive()
        zip.add("a.txt", Array("hello".utf8))
        zip.add("dir/データ.xml", Array("<x>é</x>".utf8))
        zip.add("empty", [])
        let bytes = zip.bytes
        let files = try #require(unzipStored(bytes))
        #expect(files.count == 3)
        #expect(files["a.txt"] == Array("hello".utf8))
        #expect(files["dir/データ.xml"] == Array("<x>é</x>".utf8))
        #expect(files["empty"] == [])
        // Local header 30 + name 5 + data 5 for the first file; the second starts right after.
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes[40..<44]) == [0x50, 0x4B, 0x03, 0x04])
    }

    @Test func aCorruptedByteIsCaughtByTheChecksum() throws {
        var zip = ZipArchive()
        zip.add("a.txt", Array("hello".utf8))
        var bytes = zip.bytes
        // The data begins after the 30-byte local header and the 5-byte name.
        bytes[35] ^= 0x01
        #expect(unzipStored(bytes) == nil)
    }

    @Test func sameContentSameBytes() {
        func make() -> [UInt8] {
            var zip = ZipArchive()
            zip.add("x", [1, 2, 3])
            return zip.bytes
        }
        #expect(make() == make())
    }
}

@Suite("SpreadsheetML workbook")
struct WorkbookTests {
    static let money = CellStyle(format: .currency(code: "JPY", minorUnits: 0))

    static var sample: Workbook {
        let inputs = Sheet(
            name: "Inputs",
            rows: [
                [.text("Input", .header), .text("Value", .header)],
                [.text("volume & <peak> \"q\""), .number(Decimal(string: "1500.25") ?? 0)],
                [
                    .text("rate"),
                    .number(Decimal(string: "0.03") ?? 0, CellStyle(format: .percent(2), color: "0000FF")),
                ],
                [.text("flag"), Cell(.bool(true))],
            ], columnWidths: [30, 12], frozenRows: 1, frozenColumns: 1)
        let calc = Sheet(
            name: "計算 sheet",
            rows: [
                [.text("Result", .header)],
                [.formula("volume*(1+rate)", cached: Decimal(string: "1545.2575") ?? 0, money)],
                [Cell(.formula("IF(volume>0,\"yes\",\"no\")", cached: .text("yes")))],
                [Cell(.formula("volume>0", cached: .bool(true)))],
            ], frozenRows: 1)
        return Workbook(
            sheets: [inputs, calc],
            definedNames: [
                DefinedName(name: "volume", target: "'Inputs'!$B$2"),
                DefinedName(name: "rate", target: "'Inputs'!$B$3"),
            ])
    }

    @Test func everyPartIsWellFormedAndDeclared() throws {
        let contents = try #require(readWorkbook(Self.sample.package()))
        for (name, data) in contents.files {
            #expect(xmlElements(data) != nil, "\(name) is not well-formed XML")
        }
        let types = try #require(contents.files["[Content_Types].xml"].flatMap(xmlElements))
        let overrides = Set(types.filter { $0.name == "Override" }.compactMap { $0.attributes["PartName"] })
        // Every part except the content types and the .rels files (covered by the Default) is declared.
        for name in contents.files.keys where name != "[Content_Types].xml" && !name.hasSuffix(".rels") {
            #expect(overrides.contains("/" + name), "\(name) has no content type")
        }
        let rootRelations = try #require(contents.files["_rels/.rels"].flatMap(xmlElements))
        #expect(rootRelations.contains { $0.attributes["Target"] == "xl/workbook.xml" })
        let relations = try #require(contents.files["xl/_rels/workbook.xml.rels"].flatMap(xmlElements))
        for relation in relations where relation.name == "Relationship" {
            let target = try #require(relation.attributes["Target"])
            #expect(contents.files["xl/" + target] != nil, "relationship to missing part \(target)")
        }
        #expect(contents.sheetNames == ["Inputs", "計算 sheet"])
        #expect(contents.definedNames == ["volume": "'Inputs'!$B$2", "rate": "'Inputs'!$B$3"])
    }

    @Test func cellsRoundTripWithStringsFormulasAndCachedValues() throws {
        let contents = try #require(readWorkbook(Self.sample.package()))
        let inputs = try #require(contents.sheets["Inputs"])
        #expect(inputs["A2"]?.value == "volume & <peak> \"q\"")
        #expect(inputs["A2"]?.type == "s")
        #expect(inputs["B2"]?.value == "1500.25")
        #expect(inputs["B3"]?.value == "0.03")
        #expect(inputs["B4"]?.type == "b")
        #expect(inputs["B4"]?.value == "1")
        let calc = try #require(contents.sheets["計算 sheet"])
        #expect(calc["A2"]?.formula == "volume*(1+rate)")
        #expect(calc["A2"]?.value == "1545.2575")
        #expect(calc["A3"]?.formula == "IF(volume>0,\"yes\",\"no\")")
        #expect(calc["A3"]?.type == "str")
        #expect(calc["A3"]?.value == "yes")
        #expect(calc["A4"]?.type == "b")
    }

    @Test func stylesCarryTheNumberFormatsAndBoldHeaders() throws {
        let contents = try #require(readWorkbook(Self.sample.package()))
        let styles = try #require(contents.files["xl/styles.xml"].flatMap(xmlElements))
        let formats = Dictionary(
            uniqueKeysWithValues: styles.filter { $0.name == "numFmt" }.compactMap { record in
                record.attributes["numFmtId"].map { ($0, record.attributes["formatCode"] ?? "") }
            })
        #expect(formats.values.contains("#,##0 \"JPY\";-#,##0 \"JPY\""))
        #expect(formats.values.contains("0.00%"))
        let xfs = styles.filter { $0.name == "xf" && $0.path.last == "cellXfs" }
        let declared = styles.first { $0.name == "cellXfs" }?.attributes["count"]
        #expect(declared == "\(xfs.count)")
        let calc = try #require(contents.sheets["計算 sheet"])
        let moneyStyle = try #require(calc["A2"]?.style)
        let formatID = try #require(xfs[moneyStyle].attributes["numFmtId"])
        #expect(formats[formatID] == "#,##0 \"JPY\";-#,##0 \"JPY\"")
        let header = try #require(contents.sheets["Inputs"]?["A1"]?.style)
        #expect(xfs[header].attributes["fontId"] == "1")
        #expect(styles.contains { $0.name == "b" && $0.path.last == "font" })
        // The blue input's font carries its colour (ARGB).
        let rate = try #require(contents.sheets["Inputs"]?["B3"]?.style)
        let fontID = try #require(xfs[rate].attributes["fontId"].flatMap { Int($0) })
        let fonts = styles.filter { $0.name == "font" }
        let colors = styles.filter { $0.name == "color" && $0.path.last == "font" }
        #expect(fonts.count == Int(styles.first { $0.name == "fonts" }?.attributes["count"] ?? ""))
        #expect(fontID > 0 && colors.count == 1 && colors.first?.attributes["rgb"] == "FF0000FF")
    }

    @Test func frozenPanesAndColumnWidths() throws {
        let contents = try #require(readWorkbook(Self.sample.package()))
        let sheet = try #require(contents.files["xl/worksheets/sheet1.xml"].flatMap(xmlElements))
        let pane = try #require(sheet.first { $0.name == "pane" })
        #expect(pane.attributes["xSplit"] == "1")
        #expect(pane.attributes["ySplit"] == "1")
        #expect(pane.attributes["topLeftCell"] == "B2")
        #expect(pane.attributes["state"] == "frozen")
        let columns = sheet.filter { $0.name == "col" }
        #expect(columns.map { $0.attributes["width"] } == ["30.0", "12.0"])
        let second = try #require(contents.files["xl/worksheets/sheet2.xml"].flatMap(xmlElements))
        #expect(second.first { $0.name == "pane" }?.attributes["topLeftCell"] == "A2")
        #expect(second.first { $0.name == "pane" }?.attributes["xSplit"] == nil)
    }

    @Test func textBeyondExcelsCellLimitIsCutAtAWholeCharacter() throws {
        // 32,766 ASCII letters then an emoji (2 UTF-16 units): the emoji would pass 32,767, so it goes.
        let long = String(repeating: "a", count: 32_766) + "😀" + "tail"
        let book = Workbook(sheets: [Sheet(name: "S", rows: [[.text(long)]])])
        let contents = try #require(readWorkbook(book.package()))
        let value = try #require(contents.sheets["S"]?["A1"]?.value)
        #expect(value == String(repeating: "a", count: 32_766))
    }

    @Test(arguments: [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (702, "ZZ"), (703, "AAA")])
    func columnLetters(index: Int, letters: String) {
        #expect(CellAddress.column(index) == letters)
    }

    @Test func absoluteAndRelativeAddresses() {
        #expect(CellAddress.absolute(row: 7, column: 2) == "$B$7")
        #expect(CellAddress.relative(row: 12, column: 28) == "AB12")
        #expect(Sheet(name: "It's").reference == "'It''s'")
    }
}

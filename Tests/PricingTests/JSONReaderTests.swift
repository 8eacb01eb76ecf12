import Foundation
import Testing

@testable import Pricing

// Swift Testing has a `SourceLocation` of its own.
typealias SourceLocation = Pricing.SourceLocation

@Suite("JSONReader: values, locations and paths")
struct JSONReaderValueTests {
    let reader = JSONReader()

    @Test func nestedValuesKnowTheirLocationAndPath() throws {
        let text = """
            {
              "models": [
                {"id": "a", "prices": []},
                {"id": "b",
                 "prices": [{"input_per_mtok": 2.50, "tiers": [true, null]}]}
              ]
            }
            """
        let root = try reader.parse(text)
        #expect(root.location == SourceLocation(line: 1, column: 1))
        #expect(root.path.description == "$")

        let models = try #require(root["models"])
        #expect(models.location == SourceLocation(line: 2, column: 13))
        let second = try #require(models.elements?[1])
        #expect(second.location == SourceLocation(line: 4, column: 5))
        #expect(second.path.description == "models[1]")

        let price = try #require(second["prices"]?.elements?.first?["input_per_mtok"])
        #expect(price.path.description == "models[1].prices[0].input_per_mtok")
        // Line 5 is ` "prices": [{"input_per_mtok": 2.50, …`: the value starts at column 36.
        #expect(price.location == SourceLocation(line: 5, column: 36))
        #expect(price.value == .number(JSONNumber(literal: "2.50")))

        let null = try #require(second["prices"]?.elements?.first?["tiers"]?.elements?[1])
        #expect(null.value == .null)
        #expect(null.path.description == "models[1].prices[0].tiers[1]")
        #expect(null.location == SourceLocation(line: 5, column: 58))

        let member = try #require(second.members?.first)
        #expect(member.key == "id")
        #expect(member.keyLocation == SourceLocation(line: 4, column: 6))
    }

    @Test func columnsCountScalarsAfterMultiByteText() throws {
        // 日本語 is three scalars but nine UTF-8 bytes; 😀 is one scalar and four bytes.
        let root = try reader.parse(#"{"名前": "日本語😀", "n": 1}"#)
        let name = try #require(root["名前"])
        #expect(name.location == SourceLocation(line: 1, column: 8))
        #expect(name.string == "日本語😀")
        #expect(name.path.description == #"["名前"]"#)
        // {"名前": "日本語😀", "n": 1  →  `1` is the 21st scalar.
        #expect(root["n"]?.location == SourceLocation(line: 1, column: 21))
    }

    @Test func crlfAndLoneCREndLinesAndATabCountsOne() throws {
        let root = try reader.parse("[\r\n\t1,\r\n  \"é\",\r\t3]")
        let elements = try #require(root.elements)
        #expect(
            elements.map(\.location) == [
                SourceLocation(line: 2, column: 2),
                SourceLocation(line: 3, column: 3),
                SourceLocation(line: 4, column: 2),
            ])
    }

    @Test func longSingleLineKeepsCountingColumns() throws {
        let count = 5_000
        let text = "[" + Array(repeating: "\"é\"", count: count).joined(separator: ",") + "]"
        let last = try #require(try reader.parse(text).elements?.last)
        // Each element takes 4 scalars including its comma; the last starts after 1 + 4 × 4,999.
        #expect(last.location == SourceLocation(line: 1, column: 2 + 4 * (count - 1)))
        #expect(last.path == JSONPath([.index(count - 1)]))
    }

    @Test func numbersKeepTheirLiteralText() throws {
        let literals = [
            "1.5000300000000002e-06", "8.900000000000001e-07", "2.50", "-0", "1E+2", "0.0", "-12e-3",
        ]
        let root = try reader.parse("[" + literals.joined(separator: ", ") + "]")
        let parsed = try #require(root.elements).map { node -> String? in
            if case .number(let number) = node.value { return number.literal }
            return nil
        }
        #expect(parsed == literals)
    }

    @Test func scalarsAndEscapes() throws {
        let root = try reader.parse(
            #"[true, false, null, "a\"b\\c\/d\b\f\n\r\t", "\u00e9\u65E5\ud83d\ude00", ""]"#)
        let elements = try #require(root.elements)
        #expect(
            elements.map(\.value) == [
                .bool(true), .bool(false), .null, .string("a\"b\\c/d\u{8}\u{C}\n\r\t"), .string("é日😀"),
                .string(""),
            ])
        #expect(elements.map(\.kindName) == ["boolean", "boolean", "null", "string", "string", "string"])
    }

    @Test func duplicateKeysArePreservedInSourceOrder() throws {
        let root = try reader.parse(#"{"b": 1, "a": 2, "b": 3}"#)
        let members = try #require(root.members)
        #expect(members.map(\.key) == ["b", "a", "b"])
        #expect(members.map(\.keyLocation.column) == [2, 10, 18])
        #expect(members.map { $0.value.path.description } == ["b", "a", "b"])
        // The subscript returns the first; the validator sees both.
        #expect(root["b"]?.value == .number(JSONNumber(literal: "1")))
    }

    @Test func leadingByteOrderMarkIsSkippedAndNotCounted() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(contentsOf: Array(#"{"a": [1]}"#.utf8))
        let root = try reader.parse(data)
        #expect(root.location == SourceLocation(line: 1, column: 1))
        #expect(root["a"]?.location == SourceLocation(line: 1, column: 7))
        let fromString = try reader.parse("\u{FEFF}[2]")
        #expect(fromString.elements?.first?.location == SourceLocation(line: 1, column: 2))
    }

    @Test func byteOrderMarkIsOnlySkippedAtTheStart() {
        #expect(
            throws: JSONSyntaxError(
                location: .init(line: 1, column: 4), message: "unexpected U+FEFF after the top-level value")
        ) {
            try reader.parse("[1]\u{FEFF}")
        }
    }

    @Test func emptyContainersAndSurroundingWhitespace() throws {
        let root = try reader.parse(" \n {\"a\": {}, \"b\": []} \n")
        #expect(root.location == SourceLocation(line: 2, column: 2))
        #expect(root["a"]?.members?.isEmpty == true)
        #expect(root["b"]?.elements?.isEmpty == true)
        #expect(root["b"]?.location == SourceLocation(line: 2, column: 17))
    }
}

@Suite("JSONReader: syntax errors")
struct JSONReaderErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { input.debugDescription }

        init(_ input: String, _ line: Int, _ column: Int, _ message: String) {
            (self.input, self.line, self.column, self.message) = (input, line, column, message)
        }
    }

    static let cases: [Case] = [
        Case("", 1, 1, "unexpected end of file, expected a value"),
        Case(" \n ", 2, 2, "unexpected end of file, expected a value"),
        Case(#"{"a": 1 "b": 2}"#, 1, 9, "expected ',' or '}' after object member"),
        Case("[1 2]", 1, 4, "expected ',' or ']' after array element"),
        Case(#"{"a" 1}"#, 1, 6, "expected ':' after object key"),
        Case("{1: 2}", 1, 2, "expected a string key or '}'"),
        Case(#"{"a": 1, 2}"#, 1, 10, "expected a string key after ','"),
        Case("[1, 2,]", 1, 6, "trailing comma before ']'"),
        Case("{\"a\": 1,\n}", 1, 8, "trailing comma before '}'"),
        Case("[,]", 1, 2, "unexpected ',', expected a value"),
        Case(#"{"a": }"#, 1, 7, "unexpected '}', expected a value"),
        Case("[01]", 1, 2, "invalid number '01'"),
        Case("[1.]", 1, 2, "invalid number '1.'"),
        Case("[.5]", 1, 2, "invalid number '.5'"),
        Case("[+1]", 1, 2, "invalid number '+1'"),
        Case("[1e]", 1, 2, "invalid number '1e'"),
        Case("[-]", 1, 2, "invalid number '-'"),
        Case("[12abc]", 1, 2, "invalid number '12abc'"),
        Case("[0x1F]", 1, 2, "invalid number '0x1F'"),
        Case("[-Infinity]", 1, 2, "invalid number '-Infinity'"),
        Case("[NaN]", 1, 2, "invalid literal 'NaN'"),
        Case("[Infinity]", 1, 2, "invalid literal 'Infinity'"),
        Case("[True]", 1, 2, "invalid literal 'True'"),
        Case("[nul]", 1, 2, "invalid literal 'nul'"),
        Case("[truex]", 1, 2, "invalid literal 'truex'"),
        Case("{'a': 1}", 1, 2, "single quotes are not allowed, use '\"'"),
        Case("['a']", 1, 2, "single quotes are not allowed, use '\"'"),
        Case("// note\n{}", 1, 1, "comments are not allowed in JSON"),
        Case("[1, /* c */ 2]", 1, 5, "comments are not allowed in JSON"),
        Case("{} {}", 1, 4, "unexpected '{' after the top-level value"),
        Case("[1]\n]", 2, 1, "unexpected ']' after the top-level value"),
        Case("\"a\nb\"", 1, 3, "unescaped line break in string"),
        Case("[\"a\tb\"]", 1, 4, "unescaped control character U+0009 in string"),
        Case(#"["a\qb"]"#, 1, 4, #"invalid escape '\q' in string"#),
        Case(#"["\u12G4"]"#, 1, 3, #"invalid \u escape, expected four hex digits"#),
        Case(#"["x\ud800"]"#, 1, 4, #"lone surrogate '\ud800' in string"#),
        Case(#"["\ud800\u0041"]"#, 1, 3, #"lone surrogate '\ud800' in string"#),
        Case(#"["\udc00"]"#, 1, 3, #"lone surrogate '\udc00' in string"#),
        Case("[\u{00A0}1]", 1, 2, "unexpected U+00A0, expected a value"),
        Case("[1,\r\n é]", 2, 2, "unexpected 'é', expected a value"),
        Case("{\"日本\": 1, \"x\" 2}", 1, 15, "expected ':' after object key"),
    ]

    @Test(arguments: cases)
    func reportsMessageAndLocation(_ testCase: Case) {
        let expected = JSONSyntaxError(
            location: SourceLocation(line: testCase.line, column: testCase.column), message: testCase.message)
        #expect(throws: expected) { try JSONReader().parse(testCase.input) }
    }

    @Test func errorDescriptionIsLineColumnAndMessage() {
        let error = JSONSyntaxError(
            location: SourceLocation(line: 3, column: 7), message: "invalid number '01'")
        #expect(error.description == "3:7: invalid number '01'")
    }

    static let invalidUTF8: [(bytes: [UInt8], column: Int, message: String)] = [
        (Array(#"["ab"#.utf8) + [0xFF] + Array(#""]"#.utf8), 5, "invalid UTF-8 byte 0xff"),
        // An overlong encoding of `/`.
        (Array(#"[""#.utf8) + [0xC0, 0xAF] + Array(#""]"#.utf8), 3, "invalid UTF-8 byte 0xc0"),
        // A UTF-16 surrogate encoded in UTF-8.
        (Array(#"["é"#.utf8) + [0xED, 0xA0, 0x80] + Array(#""]"#.utf8), 4, "invalid UTF-8 byte 0xed"),
        // A lone continuation byte, and a lead byte whose continuation is missing.
        (Array(#"[""#.utf8) + [0x80] + Array(#""]"#.utf8), 3, "invalid UTF-8 byte 0x80"),
        (Array(#"[""#.utf8) + [0xE3, 0x81] + Array(#""]"#.utf8), 3, "invalid UTF-8 byte 0xe3"),
        // Outside a string.
        (Array("[1, ".utf8) + [0xFE] + Array("]".utf8), 5, "invalid UTF-8 byte 0xfe"),
        (Array("[1 ".utf8) + [0xFE] + Array("]".utf8), 4, "invalid UTF-8 byte 0xfe"),
        (Array("[1] ".utf8) + [0xF8], 5, "invalid UTF-8 byte 0xf8"),
    ]

    @Test(arguments: invalidUTF8)
    func invalidUTF8IsReportedAtItsByte(_ bytes: [UInt8], _ column: Int, _ message: String) {
        let expected = JSONSyntaxError(location: SourceLocation(line: 1, column: column), message: message)
        #expect(throws: expected) { try JSONReader().parse(Data(bytes)) }
    }
}

@Suite("JSONReader: truncated input")
struct JSONReaderTruncationTests {
    static let document = """
        {
          "schema": "llmcost/models@1",
          "models": [
            {"id": "日本/モデル", "open_weights": true, "tags": null,
             "prices": [{"input_per_mtok": 2.50, "output_per_mtok": -1.5e-3, "note": "a\\"\\u00e9\\ud83d\\ude00"}]}
          ]
        }
        """

    /// Where the end of `text` lies, counted independently of the reader.
    static func endLocation(of text: String) -> SourceLocation {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return SourceLocation(line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
    }

    @Test func everyCutPointReportsTheRealEnd() throws {
        _ = try JSONReader().parse(Self.document)
        let scalars = Array(Self.document.unicodeScalars)
        for cut in 0..<scalars.count {
            var prefix = ""
            prefix.unicodeScalars.append(contentsOf: scalars[..<cut])
            let expectedEnd = Self.endLocation(of: prefix)
            do throws(JSONSyntaxError) {
                _ = try JSONReader().parse(prefix)
                Issue.record("a cut after \(cut) scalars parsed")
            } catch {
                #expect(error.location == expectedEnd, "cut after \(cut) scalars: \(error)")
                let endMessage =
                    error.message.hasPrefix("unexpected end of file")
                    || error.message.hasPrefix("unterminated string")
                #expect(endMessage, "cut after \(cut) scalars: \(error)")
            }
        }
    }

    static let cuts: [(text: String, message: String)] = [
        ("{", "unexpected end of file, expected a string key or '}'"),
        (#"{"a""#, "unexpected end of file, expected ':' after object key"),
        (#"{"a":"#, "unexpected end of file, expected a value"),
        (#"{"a":1"#, "unexpected end of file, expected ',' or '}' after object member"),
        (#"{"a":1,"#, "unexpected end of file, expected a string key after ','"),
        ("[1", "unexpected end of file, expected ',' or ']' after array element"),
        ("[1.", "unexpected end of file in number '1.'"),
        ("[-", "unexpected end of file in number '-'"),
        ("[2e+", "unexpected end of file in number '2e+'"),
        ("[tr", "unexpected end of file, expected 'true'"),
        ("[fals", "unexpected end of file, expected 'false'"),
        (#"["ab"#, "unterminated string starting at 1:2"),
        (#"["a\"#, "unterminated string starting at 1:2"),
        (#"["\u00"#, "unterminated string starting at 1:2"),
        (#"["\ud83d"#, "unterminated string starting at 1:2"),
        (#"["\ud83d\"#, "unterminated string starting at 1:2"),
    ]

    @Test(arguments: cuts)
    func cutMessages(_ text: String, _ message: String) {
        let expected = JSONSyntaxError(location: Self.endLocation(of: text), message: message)
        #expect(throws: expected) { try JSONReader().parse(text) }
    }

    @Test func cutInsideAMultiByteCharacterIsAnUnterminatedString() {
        let bytes = Array(#"["日"#.utf8).dropLast()
        #expect(
            throws: JSONSyntaxError(
                location: .init(line: 1, column: 4), message: "unterminated string starting at 1:2")
        ) {
            try JSONReader().parse(Data(bytes))
        }
    }
}

@Suite("JSONReader: limits")
struct JSONReaderLimitTests {
    @Test func hundredThousandOpeningBracketsFailWithoutOverflow() {
        let text = String(repeating: "[", count: 100_000)
        #expect(
            throws: JSONSyntaxError(
                location: .init(line: 1, column: 129), message: "nesting deeper than 128 levels")
        ) {
            try JSONReader().parse(text)
        }
        let objects = String(repeating: #"{"a":"#, count: 100_000)
        #expect(
            throws: JSONSyntaxError(
                location: .init(line: 1, column: 5 * 128 + 1), message: "nesting deeper than 128 levels")
        ) {
            try JSONReader().parse(objects)
        }
    }

    @Test func exactlyMaxDepthLevelsAreAccepted() throws {
        let depth = 128
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var node = try JSONReader().parse(text)
        var levels = 1
        while let inner = node.elements?.first {
            node = inner
            levels += 1
        }
        #expect(levels == depth)
        #expect(node.path.components.count == depth - 1)
    }

    @Test(arguments: [1, 3])
    func depthLimitIsAParameter(_ maxDepth: Int) throws {
        let reader = JSONReader(maxDepth: maxDepth)
        _ = try reader.parse(
            String(repeating: "[", count: maxDepth) + String(repeating: "]", count: maxDepth))
        let tooDeep =
            String(repeating: "[", count: maxDepth + 1) + String(repeating: "]", count: maxDepth + 1)
        #expect(
            throws: JSONSyntaxError(
                location: .init(line: 1, column: maxDepth + 1),
                message: "nesting deeper than \(maxDepth) levels")
        ) {
            try reader.parse(tooDeep)
        }
        // Scalars need no depth at all.
        #expect(try JSONReader(maxDepth: 0).parse("7").value == .number(JSONNumber(literal: "7")))
    }

    @Test func sizeLimitIsCheckedBeforeParsing() throws {
        let reader = JSONReader(maxBytes: 8)
        let tooBig = JSONSyntaxError(
            location: .init(line: 1, column: 1), message: "file is larger than 8 bytes")
        _ = try reader.parse("[1,2,34]")
        _ = try reader.parse(Data("[1,2,34]".utf8))
        #expect(throws: tooBig) { try reader.parse("[1,2,345]") }
        #expect(throws: tooBig) { try reader.parse(Data("[1,2,345]".utf8)) }
        // Even broken input is refused for its size first.
        #expect(throws: tooBig) { try reader.parse("[[[[[[[[[[[") }
    }

    @Test func defaultSizeLimitIsWordedInMebibytes() {
        #expect(JSONReader().maxBytes == 32 * 1024 * 1024)
        #expect(
            throws: JSONSyntaxError(location: .init(line: 1, column: 1), message: "file is larger than 2 MiB")
        ) {
            try JSONReader(maxBytes: 2 * 1024 * 1024).parse(Data(count: 2 * 1024 * 1024 + 1))
        }
    }
}

import Foundation

/// A strict RFC 8259 JSON reader that gives every value its line, column and path.
///
/// The reader works on UTF-8 bytes and parses iteratively, so deep nesting is refused by
/// `maxDepth` rather than by a stack overflow. Numbers keep their literal text; object
/// members keep source order and duplicate keys. A leading UTF-8 byte order mark is skipped.
/// Lines end at LF, CRLF or a lone CR; columns count Unicode scalars (a tab counts 1).
public struct JSONReader: Sendable {
    /// The deepest nesting of arrays and objects accepted; the document's own container is level 1.
    ///
    /// Parsing itself needs no stack, but the resulting tree is released, compared and walked
    /// recursively, so a limit far above the default only moves the overflow elsewhere.
    public var maxDepth: Int = 128
    /// The largest input accepted, in bytes.
    public var maxBytes: Int = 32 * 1024 * 1024

    /// Creates a reader with the given limits.
    public init(maxDepth: Int = 128, maxBytes: Int = 32 * 1024 * 1024) {
        self.maxDepth = maxDepth
        self.maxBytes = maxBytes
    }

    /// Parses one JSON document from UTF-8 bytes.
    public func parse(_ data: Data) throws(JSONSyntaxError) -> JSONNode {
        guard data.count <= maxBytes else { throw sizeError }
        return try parse(bytes: [UInt8](data))
    }

    /// Parses one JSON document from a string.
    public func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        guard text.utf8.count <= maxBytes else { throw sizeError }
        return try parse(bytes: Array(text.utf8))
    }

    /// Parses one JSON document from UTF-8 bytes.
    public func parse(bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        guard bytes.count <= maxBytes else { throw sizeError }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONNode in
            var parser = JSONByteParser(bytes: buffer, maxDepth: maxDepth)
            return try parser.parseDocument()
        }
    }

    /// Parses one JSON document from UTF-8 bytes, keeping what was read before a syntax error.
    ///
    /// On a syntax error the containers still open are closed with the members and elements
    /// completed before it (a member whose value was cut off is dropped) and their paths are
    /// listed in `incomplete`, so a validator can tell a missing field from a lost one. `parse`
    /// stays strict; this is for reporting every other fault of a damaged file in the same run.
    public func parsePartial(_ data: Data) -> PartialJSONDocument {
        guard data.count <= maxBytes else { return PartialJSONDocument(root: nil, error: sizeError) }
        return parsePartial(bytes: [UInt8](data))
    }

    /// Parses one JSON document from a string, keeping what was read before a syntax error.
    public func parsePartial(_ text: String) -> PartialJSONDocument {
        guard text.utf8.count <= maxBytes else { return PartialJSONDocument(root: nil, error: sizeError) }
        return parsePartial(bytes: Array(text.utf8))
    }

    /// Parses one JSON document from UTF-8 bytes, keeping what was read before a syntax error.
    public func parsePartial(bytes: [UInt8]) -> PartialJSONDocument {
        guard bytes.count <= maxBytes else { return PartialJSONDocument(root: nil, error: sizeError) }
        return bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONByteParser(bytes: buffer, maxDepth: maxDepth)
            do throws(JSONSyntaxError) {
                return PartialJSONDocument(root: try parser.parseDocument(), error: nil)
            } catch {
                return parser.salvage(after: error)
            }
        }
    }

    private var sizeError: JSONSyntaxError {
        let mebibyte = 1024 * 1024
        let limit =
            maxBytes > 0 && maxBytes % mebibyte == 0 ? "\(maxBytes / mebibyte) MiB" : "\(maxBytes) bytes"
        return JSONSyntaxError(
            location: SourceLocation(line: 1, column: 1), reason: .fileTooLarge(limit: limit))
    }
}

/// What `JSONReader.parsePartial` read: the whole document, or the part before a syntax error.
public struct PartialJSONDocument: Sendable, Equatable {
    /// The document, with the containers open at the error closed; nil when no container was
    /// open and no value was complete (a bad top-level scalar, an empty or oversized input).
    public var root: JSONNode?
    /// The syntax error that stopped the reading; nil when the document is well-formed.
    public var error: JSONSyntaxError?
    /// The paths of the arrays and objects the error cut off: each holds only what came before it.
    public var incomplete: Set<JSONPath>

    public init(root: JSONNode?, error: JSONSyntaxError?, incomplete: Set<JSONPath> = []) {
        self.root = root
        self.error = error
        self.incomplete = incomplete
    }

    /// True when `node` is an array or object the syntax error cut off.
    public func isIncomplete(_ node: JSONNode) -> Bool {
        incomplete.contains(node.path)
    }
}

/// An array or object whose members are still being read.
private struct OpenContainer {
    var isObject: Bool
    var location: SourceLocation
    var elements: [JSONNode] = []
    var members: [JSONMember] = []
    var pendingKey = ""
    var pendingKeyLocation = SourceLocation(line: 1, column: 1)
}

private enum ASCII {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let apostrophe: UInt8 = 0x27
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D

    static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }
}

/// Where a number's text stands against JSON's number grammar.
private enum NumberState {
    case valid
    /// A proper prefix of a valid number, such as `-`, `1.` or `2e+`.
    case incomplete
    case invalid
}

/// The parse of one buffer; it must not outlive the buffer it reads.
private struct JSONByteParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    /// Where the document starts, after any byte order mark.
    let bodyStart: Int
    var position: Int
    var line = 1
    var lineStart: Int
    // Columns are counted forward from the last location asked for, so a document on one
    // long line still costs linear time.
    var columnCursor: Int
    var columnAtCursor = 1
    var stack: [OpenContainer] = []
    /// One step per open container, naming the value being read in it; the top container's step
    /// is absent between a finished member or element and the next one.
    var path: [JSONPathComponent] = []
    /// The top-level value once complete, kept for recovery from an error after it.
    var completedRoot: JSONNode?
    /// Where the last number read ended: one that runs to the end of input may have been cut.
    var lastNumberEnd = -1

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        bodyStart = hasBOM ? 3 : 0
        position = bodyStart
        lineStart = bodyStart
        columnCursor = bodyStart
    }

    var end: Int { bytes.count }

    // MARK: Document structure

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        skipWhitespace()
        var node: JSONNode
        parsing: while true {
            // Read one value; containers are pushed and their first member read in this loop.
            let location = location(at: position)
            guard position < end else { throw failure(.unexpectedEnd(.value), at: end) }
            switch bytes[position] {
            case ASCII.openBrace:
                try checkDepth()
                position += 1
                skipWhitespace()
                if position < end && bytes[position] == ASCII.closeBrace {
                    position += 1
                    node = JSONNode(value: .object([]), location: location, path: JSONPath(path))
                } else {
                    stack.append(OpenContainer(isObject: true, location: location))
                    try readKey(afterComma: false)
                    continue parsing
                }
            case ASCII.openBracket:
                try checkDepth()
                position += 1
                skipWhitespace()
                if position < end && bytes[position] == ASCII.closeBracket {
                    position += 1
                    node = JSONNode(value: .array([]), location: location, path: JSONPath(path))
                } else {
                    stack.append(OpenContainer(isObject: false, location: location))
                    path.append(.index(0))
                    continue parsing
                }
            default:
                node = JSONNode(value: try readScalar(), location: location, path: JSONPath(path))
            }

            // Hand the finished value to its container, closing every container that ends here.
            while true {
                let top = stack.count - 1
                guard top >= 0 else { break parsing }
                skipWhitespace()
                if stack[top].isObject {
                    stack[top].members.append(
                        JSONMember(
                            key: stack[top].pendingKey, keyLocation: stack[top].pendingKeyLocation,
                            value: node))
                    path.removeLast()
                    if position < end && bytes[position] == ASCII.comma {
                        try readComma(before: ASCII.closeBrace)
                        try readKey(afterComma: true)
                        continue parsing
                    }
                    guard position < end && bytes[position] == ASCII.closeBrace else {
                        throw unexpected(.commaOrBrace)
                    }
                    position += 1
                    let object = stack.removeLast()
                    node = JSONNode(
                        value: .object(object.members), location: object.location, path: JSONPath(path))
                } else {
                    stack[top].elements.append(node)
                    path.removeLast()
                    if position < end && bytes[position] == ASCII.comma {
                        try readComma(before: ASCII.closeBracket)
                        path.append(.index(stack[top].elements.count))
                        continue parsing
                    }
                    guard position < end && bytes[position] == ASCII.closeBracket else {
                        throw unexpected(.commaOrBracket)
                    }
                    position += 1
                    let array = stack.removeLast()
                    node = JSONNode(
                        value: .array(array.elements), location: array.location, path: JSONPath(path))
                }
            }
        }
        completedRoot = node
        skipWhitespace()
        if position < end {
            if let invalid = invalidUTF8(at: position) { throw invalid }
            throw failure(.afterTopLevelValue(describeCharacter(at: position)), at: position)
        }
        return node
    }

    /// The document as far as it was read when `error` was thrown.
    ///
    /// Works from the innermost open container out: each is closed with what it holds, and
    /// becomes the value of its parent's pending member or element, which was being read when
    /// the error came. A value cut off before it was complete is never in a container yet, but
    /// a number running to the end of input (`2` of `25`) looks complete, so it is dropped.
    mutating func salvage(after error: JSONSyntaxError) -> PartialJSONDocument {
        if lastNumberEnd == end, let top = stack.indices.last {
            if stack[top].isObject, case .number = stack[top].members.last?.value.value {
                stack[top].members.removeLast()
            } else if !stack[top].isObject, case .number = stack[top].elements.last?.value {
                stack[top].elements.removeLast()
            }
        }
        var incomplete: Set<JSONPath> = []
        var node: JSONNode?
        for depth in stack.indices.reversed() {
            var container = stack[depth]
            if let child = node {
                if container.isObject {
                    container.members.append(
                        JSONMember(
                            key: container.pendingKey, keyLocation: container.pendingKeyLocation, value: child
                        ))
                } else {
                    container.elements.append(child)
                }
            }
            let containerPath = JSONPath(Array(path.prefix(depth)))
            incomplete.insert(containerPath)
            node = JSONNode(
                value: container.isObject ? .object(container.members) : .array(container.elements),
                location: container.location, path: containerPath)
        }
        stack.removeAll()
        return PartialJSONDocument(root: node ?? completedRoot, error: error, incomplete: incomplete)
    }

    /// Checked before a container is opened, so nesting never grows past the limit.
    mutating func checkDepth() throws(JSONSyntaxError) {
        guard stack.count < maxDepth else {
            throw failure(.nestingTooDeep(maxDepth), at: position)
        }
    }

    /// Consumes a comma and the whitespace after it, refusing a trailing comma before `closer`.
    mutating func readComma(before closer: UInt8) throws(JSONSyntaxError) {
        let commaOffset = position
        position += 1
        skipWhitespace()
        if position < end && bytes[position] == closer {
            let closerText = closer == ASCII.closeBrace ? "'}'" : "']'"
            throw failure(.trailingComma(before: closerText), at: commaOffset)
        }
    }

    /// Reads `"key" :` and the whitespace after it, and makes the key the current path step.
    mutating func readKey(afterComma: Bool) throws(JSONSyntaxError) {
        guard position < end && bytes[position] == ASCII.quote else {
            if position < end && bytes[position] == ASCII.apostrophe {
                throw failure(.singleQuotes, at: position)
            }
            if position < end && bytes[position] == ASCII.slash {
                throw failure(.comments, at: position)
            }
            throw unexpected(afterComma ? .keyAfterComma : .keyOrBrace)
        }
        let keyLocation = location(at: position)
        let key = try readString()
        skipWhitespace()
        guard position < end && bytes[position] == ASCII.colon else {
            throw unexpected(.colon)
        }
        position += 1
        skipWhitespace()
        let top = stack.count - 1
        stack[top].pendingKey = key
        stack[top].pendingKeyLocation = keyLocation
        path.append(.key(key))
    }

    mutating func readScalar() throws(JSONSyntaxError) -> JSONValue {
        let byte = bytes[position]
        switch byte {
        case ASCII.quote:
            return .string(try readString())
        case ASCII.minus, ASCII.plus, ASCII.dot, ASCII.zero...ASCII.nine:
            return .number(try readNumber())
        case _ where ASCII.isLetter(byte):
            return try readLiteral()
        case ASCII.apostrophe:
            throw failure(.singleQuotes, at: position)
        case ASCII.slash:
            throw failure(.comments, at: position)
        default:
            if let invalid = invalidUTF8(at: position) { throw invalid }
            throw failure(.unexpectedCharacter(describeCharacter(at: position)), at: position)
        }
    }

    mutating func readLiteral() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        while position < end
            && (ASCII.isLetter(bytes[position]) || ASCII.isDigit(bytes[position])
                || bytes[position] == ASCII.underscore)
        {
            position += 1
        }
        let word = text(start..<position)
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default:
            if position == end, let whole = ["true", "false", "null"].first(where: { $0.hasPrefix(word) }) {
                throw failure(.unexpectedEnd(.literal(whole)), at: end)
            }
            throw failure(.invalidLiteral(shortened(word)), at: start)
        }
    }

    mutating func readNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = position
        // The whole run of number-like characters is taken, so `12abc` or `0x1F` is reported
        // as one bad number rather than as a good number followed by a stray letter.
        while position < end {
            let byte = bytes[position]
            guard
                ASCII.isDigit(byte) || ASCII.isLetter(byte) || byte == ASCII.dot || byte == ASCII.plus
                    || byte == ASCII.minus || byte == ASCII.underscore
            else { break }
            position += 1
        }
        switch numberState(start..<position) {
        case .valid:
            lastNumberEnd = position
            return JSONNumber(literal: text(start..<position))
        case .incomplete where position == end:
            throw failure(.endInNumber(shortened(text(start..<position))), at: end)
        case .incomplete, .invalid:
            throw failure(.invalidNumber(shortened(text(start..<position))), at: start)
        }
    }

    func numberState(_ range: Range<Int>) -> NumberState {
        enum State { case start, sign, zero, integer, dot, fraction, exponentMark, exponentSign, exponent }
        var state = State.start
        for offset in range {
            let byte = bytes[offset]
            let digit = ASCII.isDigit(byte)
            let exponentMark = byte == 0x65 || byte == 0x45
            switch state {
            case .start where byte == ASCII.minus: state = .sign
            case .start where byte == ASCII.zero, .sign where byte == ASCII.zero: state = .zero
            case .start where digit, .sign where digit, .integer where digit: state = .integer
            case .zero where byte == ASCII.dot, .integer where byte == ASCII.dot: state = .dot
            case .dot where digit, .fraction where digit: state = .fraction
            case .zero where exponentMark, .integer where exponentMark, .fraction where exponentMark:
                state = .exponentMark
            case .exponentMark where byte == ASCII.plus || byte == ASCII.minus: state = .exponentSign
            case .exponentMark where digit, .exponentSign where digit, .exponent where digit:
                state = .exponent
            default: return .invalid
            }
        }
        switch state {
        case .zero, .integer, .fraction, .exponent: return .valid
        case .start, .sign, .dot, .exponentMark, .exponentSign: return .incomplete
        }
    }

    // MARK: Strings

    /// Reads a string starting at its opening quote and leaves the position after the closing one.
    mutating func readString() throws(JSONSyntaxError) -> String {
        let openingOffset = position
        position += 1
        let contentStart = position
        try skipPlainText(stringStart: openingOffset)
        if position < end && bytes[position] == ASCII.quote {
            position += 1
            return text(contentStart..<(position - 1))
        }
        // Only strings with escapes pay for a copy.
        var buffer = Array(bytes[contentStart..<position])
        while true {
            guard position < end else { throw unterminatedString(openingOffset) }
            if bytes[position] == ASCII.quote {
                position += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            try readEscape(into: &buffer, stringStart: openingOffset)
            let runStart = position
            try skipPlainText(stringStart: openingOffset)
            buffer.append(contentsOf: bytes[runStart..<position])
        }
    }

    /// Advances over string content up to a quote, a backslash or the end of input.
    mutating func skipPlainText(stringStart: Int) throws(JSONSyntaxError) {
        while position < end {
            let byte = bytes[position]
            if byte == ASCII.quote || byte == ASCII.backslash { return }
            if byte < 0x80 {
                guard byte >= ASCII.space else {
                    let reason: JSONSyntaxReason =
                        byte == ASCII.lineFeed || byte == ASCII.carriageReturn
                        ? .unescapedLineBreak : .unescapedControlCharacter(hex(UInt32(byte)))
                    throw failure(reason, at: position)
                }
                position += 1
                continue
            }
            let length = utf8SequenceLength(at: position)
            if length < 0 { throw unterminatedString(stringStart) }
            if length == 0 { throw failure(.invalidUTF8Byte(byteText(byte)), at: position) }
            position += length
        }
    }

    /// Reads one escape sequence starting at its backslash and appends its UTF-8 bytes.
    mutating func readEscape(into buffer: inout [UInt8], stringStart: Int) throws(JSONSyntaxError) {
        let escapeStart = position
        guard position + 1 < end else { throw unterminatedString(stringStart) }
        let escaped = bytes[position + 1]
        let simple: UInt8? =
            switch escaped {
            case ASCII.quote, ASCII.backslash, ASCII.slash: escaped
            case 0x62: 0x08  // b
            case 0x66: 0x0C  // f
            case 0x6E: ASCII.lineFeed  // n
            case 0x72: ASCII.carriageReturn  // r
            case 0x74: ASCII.tab  // t
            default: nil
            }
        if let simple {
            buffer.append(simple)
            position += 2
            return
        }
        guard escaped == 0x75 else {  // u
            if escaped >= 0x80, let invalid = invalidUTF8(at: position + 1) { throw invalid }
            let shown =
                escaped > ASCII.space && escaped < 0x7F
                ? "'\\\(Character(Unicode.Scalar(escaped)))'" : "sequence"
            throw failure(.invalidEscape(shown), at: escapeStart)
        }
        var scalarValue = try readHex4(escapeStart: escapeStart, stringStart: stringStart)
        if (0xDC00...0xDFFF).contains(scalarValue) {
            throw failure(.loneSurrogate(text(escapeStart..<position)), at: escapeStart)
        }
        if (0xD800...0xDBFF).contains(scalarValue) {
            guard position < end else { throw unterminatedString(stringStart) }
            guard bytes[position] == ASCII.backslash, position + 1 < end, bytes[position + 1] == 0x75 else {
                if bytes[position] == ASCII.backslash && position + 1 == end {
                    throw unterminatedString(stringStart)
                }
                throw failure(.loneSurrogate(text(escapeStart..<position)), at: escapeStart)
            }
            let lowStart = position
            let low = try readHex4(escapeStart: lowStart, stringStart: stringStart)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw failure(.loneSurrogate(text(escapeStart..<lowStart)), at: escapeStart)
            }
            scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else {
            throw failure(.invalidEscapeSequence, at: escapeStart)
        }
        UTF8.encode(scalar) { buffer.append($0) }
    }

    /// Reads `\uXXXX` at `escapeStart` and leaves the position after it.
    mutating func readHex4(escapeStart: Int, stringStart: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for offset in (escapeStart + 2)..<(escapeStart + 6) {
            guard offset < end else { throw unterminatedString(stringStart) }
            guard let digit = ASCII.hexValue(bytes[offset]) else {
                throw failure(.invalidUnicodeEscape, at: escapeStart)
            }
            value = value << 4 | digit
        }
        position = escapeStart + 6
        return value
    }

    mutating func unterminatedString(_ openingOffset: Int) -> JSONSyntaxError {
        let opening = location(at: openingOffset)
        return failure(.unterminatedString(startingAt: opening), at: end)
    }

    // MARK: Bytes and locations

    mutating func skipWhitespace() {
        while position < end {
            switch bytes[position] {
            case ASCII.space, ASCII.tab:
                position += 1
            case ASCII.lineFeed:
                position += 1
                startLine()
            case ASCII.carriageReturn:
                position += 1
                if position < end && bytes[position] == ASCII.lineFeed { position += 1 }
                startLine()
            default:
                return
            }
        }
    }

    mutating func startLine() {
        line += 1
        lineStart = position
        columnCursor = position
        columnAtCursor = 1
    }

    /// The line and column of the byte at `offset` (or of the end of input).
    mutating func location(at offset: Int) -> SourceLocation {
        guard offset >= columnCursor else { return locationFromStart(of: offset) }
        var column = columnAtCursor
        var index = columnCursor
        while index < offset {
            // Continuation bytes do not start a scalar.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        columnCursor = offset
        columnAtCursor = column
        return SourceLocation(line: line, column: column)
    }

    /// Recounts from the start of input; only errors pointing back before the cursor need it.
    func locationFromStart(of offset: Int) -> SourceLocation {
        var line = 1
        var column = 1
        var index = bodyStart
        while index < offset {
            let byte = bytes[index]
            if byte == ASCII.lineFeed
                || (byte == ASCII.carriageReturn && !(index + 1 < end && bytes[index + 1] == ASCII.lineFeed))
            {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != ASCII.carriageReturn {
                column += 1
            }
            index += 1
        }
        return SourceLocation(line: line, column: column)
    }

    /// The length of the well-formed UTF-8 sequence at `offset`; 0 when it is malformed, -1 when
    /// the input ends inside a sequence that was well-formed so far.
    func utf8SequenceLength(at offset: Int) -> Int {
        let lead = bytes[offset]
        var length = 0
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, low) = (3, 0xA0)  // no overlong forms
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, high) = (3, 0x9F)  // no UTF-16 surrogates
        case 0xF0: (length, low) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, high) = (4, 0x8F)  // nothing above U+10FFFF
        default: return 0
        }
        for index in 1..<length {
            guard offset + index < end else { return -1 }
            let byte = bytes[offset + index]
            let (from, to) = index == 1 ? (low, high) : (0x80, 0xBF)
            guard byte >= from && byte <= to else { return 0 }
        }
        return length
    }

    /// The error for a malformed UTF-8 sequence at `offset`, if there is one.
    mutating func invalidUTF8(at offset: Int) -> JSONSyntaxError? {
        guard utf8SequenceLength(at: offset) <= 0 else { return nil }
        return failure(.invalidUTF8Byte(byteText(bytes[offset])), at: offset)
    }

    /// The error for a wrong character at the position, or for the end of input there.
    mutating func unexpected(_ expectation: JSONExpectation) -> JSONSyntaxError {
        guard position < end else { return failure(.unexpectedEnd(expectation), at: end) }
        if let invalid = invalidUTF8(at: position) { return invalid }
        return failure(.notAsExpected(expectation), at: position)
    }

    mutating func failure(_ reason: JSONSyntaxReason, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(location: location(at: offset), reason: reason)
    }

    /// A character for a message: quoted when printable, `U+XXXX` otherwise.
    func describeCharacter(at offset: Int) -> String {
        let length = max(1, utf8SequenceLength(at: offset))
        let scalarText = text(offset..<min(end, offset + length))
        guard let scalar = scalarText.unicodeScalars.first else { return byteText(bytes[offset]) }
        let properties = scalar.properties
        if scalar.value < 0x21 || properties.isWhitespace || properties.generalCategory == .control
            || properties.generalCategory == .format
        {
            return hex(scalar.value)
        }
        return "'\(scalarText)'"
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    func shortened(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    func byteText(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16)
        return "0x" + (digits.count < 2 ? "0" + digits : digits)
    }

    func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

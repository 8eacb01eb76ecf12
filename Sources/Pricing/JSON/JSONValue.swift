import Foundation

/// A place in a source text: 1-based line, and 1-based column counted in Unicode scalars.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// One step of a JSON path: an object key or an array index.
public enum JSONPathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)
}

/// Where a value sits in a document, printed like `models[12].prices[0].output_per_mtok`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public var components: [JSONPathComponent]

    public init(_ components: [JSONPathComponent] = []) {
        self.components = components
    }

    public static let root = JSONPath()

    public func appending(_ component: JSONPathComponent) -> JSONPath {
        JSONPath(components + [component])
    }

    public func appending(key: String) -> JSONPath { appending(.key(key)) }
    public func appending(index: Int) -> JSONPath { appending(.index(index)) }

    /// The path in dotted form; the document itself is `$`, and keys that are not plain
    /// identifiers are written `["like this"]`.
    public var description: String {
        if components.isEmpty { return "$" }
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key):
                if JSONPath.isPlainIdentifier(key) {
                    text += text.isEmpty ? key : ".\(key)"
                } else {
                    text += "[\"\(JSONPath.escaped(key))\"]"
                }
            }
        }
        return text
    }

    static func isPlainIdentifier(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first == "_" || isASCIILetter(first) else {
            return false
        }
        return key.unicodeScalars.allSatisfy { $0 == "_" || isASCIILetter($0) || ("0"..."9").contains($0) }
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func escaped(_ key: String) -> String {
        var text = ""
        for scalar in key.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case _ where scalar.value < 0x20: text += String(format: "\\u%04x", scalar.value)
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}

/// A JSON number kept as its literal text, so money is never routed through a `Double`.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number exactly as written in the source, e.g. `1.5000300000000002e-06`.
    public let literal: String

    public init(literal: String) {
        self.literal = literal
    }

    /// The exact value, or nil when `Decimal` cannot hold it exactly (more than 38
    /// significant digits, or an exponent out of `Decimal`'s range).
    public var decimal: Decimal? { ExactDecimal.parse(jsonLiteral: literal) }

    /// The value as an `Int` when the literal is an integer that fits, without fraction or exponent.
    public var integer: Int? {
        // Bytes, not `contains(String)`, which goes through NSString.
        guard
            !literal.utf8.contains(where: {
                $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
            })
        else { return nil }
        return Int(literal)
    }

    public var description: String { literal }
}

/// A parsed JSON value whose every part knows its location and path.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONNode])
    /// Members in source order; duplicate keys are kept so a validator can report them.
    case object([JSONMember])
}

/// A value together with where it starts in the source and its path from the document root.
public struct JSONNode: Sendable, Hashable {
    public var value: JSONValue
    public var location: SourceLocation
    public var path: JSONPath

    public init(value: JSONValue, location: SourceLocation, path: JSONPath) {
        self.value = value
        self.location = location
        self.path = path
    }

    /// The name of the value's JSON type, for messages: `object`, `array`, `string`, `number`,
    /// `boolean` or `null`.
    public var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The object's members, or nil when this is not an object.
    public var members: [JSONMember]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// The array's elements, or nil when this is not an array.
    public var elements: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    /// The string, or nil when this is not a string.
    public var string: String? {
        if case .string(let string) = value { return string }
        return nil
    }

    /// The first member named `key`, when this is an object holding one.
    public subscript(key: String) -> JSONNode? {
        members?.first { $0.key == key }?.value
    }
}

/// One `"key": value` pair of an object, with the location of its key.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: JSONNode

    public init(key: String, keyLocation: SourceLocation, value: JSONNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

/// Why a text is not JSON the reader accepts, and where.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    /// The reason in English.
    public var message: String
    /// The reason as a value, when the reader gave one (the importers' own errors have none).
    public var reason: JSONSyntaxReason?

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    public init(location: SourceLocation, reason: JSONSyntaxReason) {
        self.init(location: location, message: reason.description)
        self.reason = reason
    }

    /// Equal when at the same place with the same words: the reason is the message as a value.
    public static func == (lhs: JSONSyntaxError, rhs: JSONSyntaxError) -> Bool {
        lhs.location == rhs.location && lhs.message == rhs.message
    }

    public var description: String { "\(location): \(message)" }
}

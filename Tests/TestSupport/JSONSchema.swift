import Foundation
import Pricing

/// A checker for the subset of JSON Schema (2020-12) that `Data/schema/report.schema.json` uses:
/// `type`, `required`, `properties`, `additionalProperties`, `items`, `enum`, `const`, `$ref` to
/// `#/$defs/NAME`, `oneOf` and `anyOf`.
///
/// Written from the specification, not from the renderer, so a report that drifts from the
/// documented shape fails. Any other keyword in the schema is an error of the schema itself, so
/// the subset cannot be outgrown unnoticed.
public struct JSONSchemaChecker {
    let root: JSONNode

    public init(schema text: String) throws {
        root = try JSONReader().parse(text)
    }

    /// Every place `text` breaks the schema, as `path: problem`; empty when it conforms.
    public func problems(in text: String) -> [String] {
        do {
            let document = try JSONReader().parse(text)
            var found: [String] = []
            check(document, against: root, into: &found)
            return found
        } catch {
            return ["not JSON: \(error)"]
        }
    }

    private static let keywords: Set<String> = [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "required", "properties",
        "additionalProperties", "items", "enum", "const", "oneOf", "anyOf",
    ]

    private func check(_ value: JSONNode, against schema: JSONNode, into found: inout [String]) {
        if case .bool(let allowed) = schema.value {
            if !allowed { found.append("\(value.path): no value is allowed here") }
            return
        }
        guard let members = schema.members else {
            found.append("schema at \(schema.path) is neither an object nor a boolean")
            return
        }
        let keyword = Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        for key in keyword.keys where !Self.keywords.contains(key) {
            found.append("schema at \(schema.path) uses '\(key)', outside the supported subset")
        }
        if let reference = keyword["$ref"]?.string {
            if let target = resolve(reference) {
                check(value, against: target, into: &found)
            } else {
                found.append("schema at \(schema.path): cannot resolve $ref \(reference)")
            }
        }
        if let type = keyword["type"] {
            let allowed = type.elements?.compactMap(\.string) ?? type.string.map { [$0] } ?? []
            if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                found.append(
                    "\(value.path): expected \(allowed.joined(separator: " or ")), found \(value.kindName)")
                return
            }
        }
        if let options = keyword["enum"]?.elements, !options.contains(where: { Self.equal($0, value) }) {
            found.append("\(value.path): \(Self.text(value)) is not one of the allowed values")
        }
        if let constant = keyword["const"], !Self.equal(constant, value) {
            found.append("\(value.path): expected \(Self.text(constant)), found \(Self.text(value))")
        }
        if let object = value.members {
            let properties = keyword["properties"]?.members ?? []
            for name in keyword["required"]?.elements?.compactMap(\.string) ?? []
            where !object.contains(where: { $0.key == name }) {
                found.append("\(value.path): missing required '\(name)'")
            }
            for member in object {
                if let property = properties.first(where: { $0.key == member.key }) {
                    check(member.value, against: property.value, into: &found)
                } else if let additional = keyword["additionalProperties"] {
                    if case .bool(false) = additional.value {
                        found.append("\(member.value.path): '\(member.key)' is not allowed here")
                    } else {
                        check(member.value, against: additional, into: &found)
                    }
                }
            }
        }
        if let elements = value.elements, let items = keyword["items"] {
            for element in elements { check(element, against: items, into: &found) }
        }
        if let options = keyword["oneOf"]?.elements {
            let passing = options.filter { option in
                var inner: [String] = []
                check(value, against: option, into: &inner)
                return inner.isEmpty
            }
            if passing.count != 1 {
                found.append("\(value.path): matches \(passing.count) of the oneOf choices, not exactly 1")
            }
        }
        if let options = keyword["anyOf"]?.elements {
            let passes = options.contains { option in
                var inner: [String] = []
                check(value, against: option, into: &inner)
                return inner.isEmpty
            }
            if !passes { found.append("\(value.path): matches none of the anyOf choices") }
        }
    }

    private func resolve(_ reference: String) -> JSONNode? {
        let prefix = "#/$defs/"
        guard reference.hasPrefix(prefix) else { return nil }
        let name = String(reference.dropFirst(prefix.count))
        let definitions = root.members?.first { $0.key == "$defs" }?.value.members
        return definitions?.first { $0.key == name }?.value
    }

    private static func matches(_ value: JSONNode, type: String) -> Bool {
        switch (type, value.value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array),
            ("object", .object), ("number", .number):
            true
        case ("integer", .number(let number)): number.decimal.map { $0 == $0.rounded() } ?? false
        default: false
        }
    }

    private static func equal(_ a: JSONNode, _ b: JSONNode) -> Bool {
        switch (a.value, b.value) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.number(let x), .number(let y)): x.decimal != nil && x.decimal == y.decimal
        default: false
        }
    }

    private static func text(_ value: JSONNode) -> String {
        switch value.value {
        case .string(let text): "\"\(text)\""
        case .number(let number): number.literal
        case .bool(let flag): String(flag)
        case .null: "null"
        default: value.kindName
        }
    }
}

extension Decimal {
    fileprivate func rounded() -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return result
    }
}

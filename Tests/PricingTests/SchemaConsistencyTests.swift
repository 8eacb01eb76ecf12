import DefaultData
import Foundation
import Pricing
import Scenarios
import Testing

/// Holds each `Data/schema/*.schema.json` to the validator, which is the contract.
///
/// For every object schema, the first object of that kind in the data files is edited: each
/// `required` key removed must be reported missing, an optional key removed must not be, and
/// an unlisted key added must be reported unknown. The keys the reader asks for in every such
/// object must be exactly the schema's `properties`. Schemas are read with JSONSerialization,
/// data with the project's reader, so numbers keep their literal text when written back.
@Suite struct SchemaConsistencyTests {
    /// One step of where objects of a schema sit in a document: a key, or any array element.
    enum Step: Hashable {
        case key(String)
        case anyIndex
    }

    /// An object schema with where its objects sit in the data.
    struct ObjectSchema: CustomStringConvertible {
        var name: String
        var pattern: [Step]
        var required: [String]
        /// Keys required only in some cases (`oneOf`, `if`/`then`, `dependentRequired`…).
        var conditional: Set<String>
        var properties: Set<String>
        var closed: Bool

        var description: String { name }
    }

    /// A data file's diagnostics and the keys its reader accepted in each object.
    typealias Reading = (diagnostics: [Diagnostic], accepted: [JSONPath: Set<String>])

    static let options = ValidationOptions(today: CalendarDate(year: 2100, month: 1, day: 1))
    static let unlistedKey = "zz_unlisted"

    /// The data files each schema describes, by name, with their text.
    ///
    /// No scenario has `operations.fixed_monthly`, so a copy of the default scenario with one
    /// is added, and the `fixed_cost` schema is checked too.
    static func dataFiles(for schema: String) throws -> [(file: String, text: String)] {
        let names =
            schema == "scenario"
            ? DefaultData.files.keys.filter { $0.hasPrefix("scenarios/") }.sorted() : ["\(schema).json"]
        var files: [(file: String, text: String)] = []
        for name in names {
            let data = try #require(DefaultData.files[name], "no \(name) in the embedded data")
            files.append((name, String(decoding: data, as: UTF8.self)))
        }
        if schema == "scenario" {
            let data = try #require(DefaultData.files["scenarios/default.json"])
            let root = try JSONReader().parse(data)
            let fixed = JSONOutput.array([
                .object([("label", .string("Monitoring")), ("monthly", .string("1.5k"))])
            ])
            let text = render(root, editing: JSONPath([.key("operations")])) { pairs in
                pairs.append(("fixed_monthly", fixed))
            }
            files.append(("scenarios/default-with-fixed-costs.json", text.rendered()))
        }
        return files
    }

    static func read(_ text: String, file: String, schema: String) -> Reading {
        let data = Data(text.utf8)
        if schema == "scenario" {
            let (_, diagnostics, accepted) = ScenarioReader.readRecordingKeys(
                data, file: file, options: options)
            return (diagnostics, accepted)
        }
        let result = PriceFileReader.read(data, file: file, options: options, recordingAcceptedKeys: true)
        return (result.diagnostics, result.acceptedKeys)
    }

    // MARK: Reading the schema

    static func loadSchema(_ name: String) throws -> [String: Any] {
        let data = try #require(
            DefaultData.files["schema/\(name).schema.json"], "no schema/\(name).schema.json")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Every object schema reachable from the root through `properties`, `$ref` and array `items`.
    static func objectSchemas(_ root: [String: Any]) -> [ObjectSchema] {
        let definitions = root["$defs"] as? [String: Any] ?? [:]
        func definition(_ schema: [String: Any]) -> (String, [String: Any])? {
            guard let reference = schema["$ref"] as? String, reference.hasPrefix("#/$defs/") else {
                return nil
            }
            let name = String(reference.dropFirst("#/$defs/".count))
            guard let found = definitions[name] as? [String: Any], found["type"] as? String == "object" else {
                return nil
            }
            return (name, found)
        }
        var found: [ObjectSchema] = []
        func visit(_ name: String, _ schema: [String: Any], at pattern: [Step]) {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            found.append(
                ObjectSchema(
                    name: name, pattern: pattern, required: schema["required"] as? [String] ?? [],
                    conditional: conditionallyRequired(schema), properties: Set(properties.keys),
                    closed: schema["additionalProperties"] as? Bool == false))
            for (key, value) in properties.sorted(by: { $0.key < $1.key }) {
                guard let property = value as? [String: Any] else { continue }
                // A property may be one of several shapes (gpus.json's `buy`: an object or a list).
                let alternatives = [property] + (property["oneOf"] as? [[String: Any]] ?? [])
                for alternative in alternatives {
                    if let (child, schema) = definition(alternative) {
                        visit(child, schema, at: pattern + [.key(key)])
                    } else if alternative["type"] as? String == "array",
                        let items = alternative["items"] as? [String: Any],
                        let (child, schema) = definition(items)
                    {
                        visit(child, schema, at: pattern + [.key(key), .anyIndex])
                    }
                }
            }
        }
        visit("root", root, at: [])
        return found
    }

    /// Keys required only in some cases: named in a `required` inside `oneOf`, `allOf`, `then`,
    /// `else`… (not in an `if` or `not`, which only test), or in `dependentRequired`.
    static func conditionallyRequired(_ schema: [String: Any]) -> Set<String> {
        var keys: Set<String> = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, child) in object where !["properties", "if", "not"].contains(key) {
                    if key == "required", let names = child as? [String] {
                        keys.formUnion(names)
                    } else if key == "dependentRequired", let lists = child as? [String: [String]] {
                        keys.formUnion(lists.values.joined())
                    } else {
                        collect(child)
                    }
                }
            } else if let array = value as? [Any] {
                for element in array { collect(element) }
            }
        }
        for (key, value) in schema where !["properties", "required", "$defs"].contains(key) {
            collect([key: value])
        }
        return keys
    }

    // MARK: Finding and editing objects in the data

    static func matches(_ path: JSONPath, _ pattern: [Step]) -> Bool {
        guard path.components.count == pattern.count else { return false }
        return zip(path.components, pattern).allSatisfy { component, step in
            switch (component, step) {
            case (.key(let key), .key(let wanted)): key == wanted
            case (.index, .anyIndex): true
            default: false
            }
        }
    }

    /// The objects at `pattern` in document order.
    static func instances(of pattern: [Step], in node: JSONNode) -> [JSONNode] {
        guard let step = pattern.first else { return node.members == nil ? [] : [node] }
        let rest = Array(pattern.dropFirst())
        switch step {
        case .key(let key): return node[key].map { instances(of: rest, in: $0) } ?? []
        case .anyIndex: return (node.elements ?? []).flatMap { instances(of: rest, in: $0) }
        }
    }

    /// The document as JSON text, with `edit` applied to the members of the object at `target`.
    static func render(
        _ node: JSONNode, editing target: JSONPath, _ edit: (inout [(String, JSONOutput)]) -> Void
    )
        -> JSONOutput
    {
        switch node.value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .number(number.literal)
        case .string(let string): return .string(string)
        case .array(let elements): return .array(elements.map { render($0, editing: target, edit) })
        case .object(let members):
            var pairs = members.map { ($0.key, render($0.value, editing: target, edit)) }
            if node.path == target { edit(&pairs) }
            return .object(pairs)
        }
    }

    /// One object of a schema's kind, in the document and file it comes from.
    struct Sample {
        var file: String
        var root: JSONNode
        var object: JSONNode
    }

    static func samples(of object: ObjectSchema, schema: String) throws -> [Sample] {
        var samples: [Sample] = []
        for (file, text) in try dataFiles(for: schema) {
            let root = try JSONReader().parse(text)
            samples += instances(of: object.pattern, in: root).map {
                Sample(file: file, root: root, object: $0)
            }
        }
        return samples
    }

    static func readEdited(_ sample: Sample, schema: String, _ edit: (inout [(String, JSONOutput)]) -> Void)
        -> Reading
    {
        let text = render(sample.root, editing: sample.object.path, edit).rendered()
        return read(text, file: sample.file, schema: schema)
    }

    // MARK: Tests

    static let schemas = ["models", "gpus", "deployments", "currencies", "seats", "scenario"]

    @Test(arguments: schemas)
    func requiredKeysAreReportedMissingAndOptionalOnesAreNot(_ schema: String) throws {
        for object in Self.objectSchemas(try Self.loadSchema(schema)) {
            let samples = try Self.samples(of: object, schema: schema)
            let first = try #require(
                samples.first, "no \(object.name) object in the data to check \(schema) against")
            for key in object.required {
                let reading = Self.readEdited(first, schema: schema) { pairs in
                    pairs.removeAll { $0.0 == key }
                }
                let path = first.object.path.appending(key: key)
                #expect(
                    reading.diagnostics.contains {
                        $0.path == path && $0.message == "missing required field '\(key)'"
                    },
                    "\(schema) \(object.name): '\(key)' is required in the schema, but the validator does not say it is missing"
                )
            }
            let optional = object.properties.subtracting(object.required).subtracting(object.conditional)
            for key in optional.sorted() {
                // The first object that has the key, so removing it changes something.
                guard let sample = samples.first(where: { $0.object[key] != nil }) else { continue }
                let reading = Self.readEdited(sample, schema: schema) { pairs in
                    pairs.removeAll { $0.0 == key }
                }
                let path = sample.object.path.appending(key: key)
                #expect(
                    !reading.diagnostics.contains {
                        $0.path == path && $0.message.hasPrefix("missing required field '\(key)'")
                    },
                    "\(schema) \(object.name): '\(key)' is optional in the schema, but the validator requires it"
                )
            }
        }
    }

    @Test(arguments: schemas)
    func unlistedKeysAreUnknown(_ schema: String) throws {
        for object in Self.objectSchemas(try Self.loadSchema(schema)) {
            #expect(
                object.closed, "\(schema) \(object.name): the schema should say additionalProperties: false")
            let first = try #require(try Self.samples(of: object, schema: schema).first)
            let reading = Self.readEdited(first, schema: schema) {
                $0.append((Self.unlistedKey, .bool(true)))
            }
            let path = first.object.path.appending(key: Self.unlistedKey)
            #expect(
                reading.diagnostics.contains {
                    $0.path == path && $0.message.hasPrefix("unknown key '\(Self.unlistedKey)'")
                }, "\(schema) \(object.name): a key outside 'properties' is not reported unknown")
        }
    }

    @Test(arguments: schemas)
    func theSchemaListsExactlyTheKeysTheValidatorAccepts(_ schema: String) throws {
        for object in Self.objectSchemas(try Self.loadSchema(schema)) {
            var checked = 0
            for (file, text) in try Self.dataFiles(for: schema) {
                let reading = Self.read(text, file: file, schema: schema)
                #expect(!reading.diagnostics.contains { $0.severity == .error }, "\(file) should be valid")
                for (path, accepted) in reading.accepted where Self.matches(path, object.pattern) {
                    checked += 1
                    #expect(
                        accepted.subtracting(object.properties).isEmpty,
                        "\(schema) \(object.name) at \(path): the validator accepts \(accepted.subtracting(object.properties).sorted()), missing from the schema"
                    )
                    #expect(
                        object.properties.subtracting(accepted).isEmpty,
                        "\(schema) \(object.name) at \(path): the schema lists \(object.properties.subtracting(accepted).sorted()), which the validator rejects"
                    )
                }
            }
            #expect(checked > 0, "\(schema) \(object.name): no object of this kind was read")
        }
    }

    @Test func everyDataFileHasASchemaAndEachSchemaIsFound() throws {
        // report.schema.json describes output, not a data file: ReportSchemaTests holds the goldens to it.
        let names = DefaultData.files.keys.filter {
            $0.hasPrefix("schema/") && $0 != "schema/report.schema.json"
        }
        .sorted()
        #expect(names == Self.schemas.map { "schema/\($0).schema.json" }.sorted())
        // The walk reaches nested definitions, not only the root.
        let models = Self.objectSchemas(try Self.loadSchema("models")).map(\.name)
        #expect(models == ["root", "model", "price", "tier"])
    }
}

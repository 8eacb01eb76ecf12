import Foundation

/// A JSON value to print, with object keys in the order given so output is deterministic.
public indirect enum JSONOutput: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number written exactly as this literal (callers pass exact decimal text).
    case number(String)
    case string(String)
    case array([JSONOutput])
    case object([(String, JSONOutput)])

    public static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool { lhs.rendered() == rhs.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// A string value, or null when nil.
    public static func optional(_ text: String?) -> JSONOutput { text.map(JSONOutput.string) ?? .null }

    /// An exact decimal written as a JSON string, so no consumer rounds it through a double.
    public static func decimal(_ value: Decimal?) -> JSONOutput { value.map { .string("\($0)") } ?? .null }

    public static func integer(_ value: Int) -> JSONOutput { .number(String(value)) }

    /// The value as text: two-space indentation when `pretty`, one line otherwise.
    public func rendered(pretty: Bool = true) -> String {
        var text = ""
        write(into: &text, indent: pretty ? 0 : nil)
        return text
    }

    private func write(into text: inout String, indent: Int?) {
        switch self {
        case .null: text += "null"
        case .bool(let flag): text += flag ? "true" : "false"
        case .number(let literal): text += literal
        case .string(let string): JSONOutput.writeString(string, into: &text)
        case .array(let elements):
            writeContainer(elements.map { (nil, $0) }, open: "[", close: "]", into: &text, indent: indent)
        case .object(let members):
            writeContainer(members.map { ($0.0, $0.1) }, open: "{", close: "}", into: &text, indent: indent)
        }
    }

    private func writeContainer(
        _ items: [(String?, JSONOutput)], open: String, close: String, into text: inout String, indent: Int?
    ) {
        guard !items.isEmpty else {
            text += open + close
            return
        }
        text += open
        let inner = indent.map { $0 + 2 }
        for (index, (key, value)) in items.enumerated() {
            if index > 0 { text += "," }
            if let inner { text += "\n" + String(repeating: " ", count: inner) }
            if let key {
                JSONOutput.writeString(key, into: &text)
                text += indent == nil ? ":" : ": "
            }
            value.write(into: &text, indent: inner)
        }
        if let indent { text += "\n" + String(repeating: " ", count: indent) }
        text += close
    }

    /// Writes a JSON string literal, escaping quotes, backslashes and control characters.
    public static func writeString(_ string: String, into text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _
            where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028
                || scalar.value == 0x2029:
                text +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}

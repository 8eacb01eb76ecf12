import Foundation

/// One problem found in a data or scenario file, with where it is and why it is wrong.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var file: String
    /// Nil only when the whole file is at fault (it could not be read).
    public var location: SourceLocation?
    public var path: JSONPath?
    /// The reason in English (tests; `prices validate --format json` and GitHub annotations).
    public var message: String
    /// The reason as a value, when it has one, for a report in another language.
    public var reason: DiagnosticReason?

    public init(
        _ severity: Severity, file: String, location: SourceLocation?, path: JSONPath?, message: String
    ) {
        self.severity = severity
        self.file = file
        self.location = location
        self.path = path
        self.message = message
    }

    /// A diagnostic whose message is `reason` in English.
    public init(
        _ severity: Severity, file: String, location: SourceLocation?, path: JSONPath?,
        reason: DiagnosticReason
    ) {
        self.init(severity, file: file, location: location, path: path, message: reason.description)
        self.reason = reason
    }

    /// A document's syntax error as an error diagnostic, its reason kept as a value when it has one.
    public init(syntaxError error: JSONSyntaxError, file: String) {
        self.init(.error, file: file, location: error.location, path: nil, message: error.message)
        reason = error.reason.map { .jsonSyntax($0) }
    }

    /// `file:line:column: json.path: ` and `warning: ` for a warning: where the reason is.
    public var place: String {
        var text = file
        if let location { text += ":\(location.line):\(location.column)" }
        if let path { text += ": \(path)" }
        text += ": "
        if severity == .warning { text += "warning: " }
        return text
    }

    /// `file:line:column: json.path: reason`, with `warning: ` before the reason of a warning.
    public var description: String { place + message }

    /// The same diagnostic as an error, as `--strict` treats warnings.
    public var promotedToError: Diagnostic {
        var copy = self
        copy.severity = .error
        return copy
    }

    /// Sorts by file, then position, so a file's problems read top to bottom.
    public static func sortedByPosition(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            if a.file != b.file { return a.file < b.file }
            let la = a.location ?? SourceLocation(line: 0, column: 0)
            let lb = b.location ?? SourceLocation(line: 0, column: 0)
            if la != lb { return la < lb }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}

/// Collects diagnostics while a document is read, so every problem is reported in one run.
package final class DiagnosticCollector {
    package private(set) var diagnostics: [Diagnostic] = []
    package let file: String
    /// Arrays and objects a syntax error cut off; what they lack may be in the part that was lost.
    package let cutOff: Set<JSONPath>

    /// Whether `accepted` records anything (a large price file has thousands of objects).
    package let recordsAcceptedKeys: Bool

    package init(file: String, cutOff: Set<JSONPath> = [], recordsAcceptedKeys: Bool = true) {
        self.file = file
        self.cutOff = cutOff
        self.recordsAcceptedKeys = recordsAcceptedKeys
    }

    /// True when `node` was cut off by a syntax error, so a missing member or element proves nothing.
    package func isCutOff(_ node: JSONNode) -> Bool {
        cutOff.contains(node.path)
    }

    package func error(_ node: JSONNode, _ message: String) {
        diagnostics.append(
            Diagnostic(.error, file: file, location: node.location, path: node.path, message: message))
    }

    package func error(_ node: JSONNode, _ reason: DiagnosticReason) {
        diagnostics.append(
            Diagnostic(.error, file: file, location: node.location, path: node.path, reason: reason))
    }

    package func error(at location: SourceLocation, path: JSONPath, _ reason: DiagnosticReason) {
        diagnostics.append(Diagnostic(.error, file: file, location: location, path: path, reason: reason))
    }

    package func warning(_ node: JSONNode, _ reason: DiagnosticReason) {
        diagnostics.append(
            Diagnostic(.warning, file: file, location: node.location, path: node.path, reason: reason))
    }

    package func warning(_ node: JSONNode, _ message: String) {
        diagnostics.append(
            Diagnostic(.warning, file: file, location: node.location, path: node.path, message: message))
    }

    package func error(at location: SourceLocation, path: JSONPath, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, location: location, path: path, message: message))
    }

    /// The keys each object's reader asked for, by the object's path: what the reader accepts there.
    package private(set) var acceptedKeys: [JSONPath: Set<String>] = [:]

    /// Records the keys a reader accepts in the object at `path`.
    package func accepted(_ keys: [String], at path: JSONPath) {
        guard recordsAcceptedKeys else { return }
        acceptedKeys[path, default: []].formUnion(keys)
    }

    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// `reasons` counted by `category`: each category with its first reason and how many it has,
/// most first, ties by category (the skip summaries of `prices import` and `deployments import`).
func countedByCategory<Reason>(_ reasons: [Reason], category: (Reason) -> String) -> [(
    example: Reason, count: Int
)] {
    var counts: [String: (example: Reason, count: Int)] = [:]
    for reason in reasons { counts[category(reason), default: (reason, 0)].count += 1 }
    return counts.sorted {
        $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key
    }
    .map(\.value)
}

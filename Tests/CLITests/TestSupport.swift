import DefaultData
import Foundation
import LLMCostCLI
import Pricing

/// A scratch directory for one test, removed when the test's value goes away.
final class ScratchDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "llmcost-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let full = (path as NSString).appendingPathComponent(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: (path as NSString).appendingPathComponent(name))
            .flatMap { String(decoding: $0, as: UTF8.self) }
    }
}

/// Runs the command line in-process on a fixed date, in `directory`, with no terminal and no environment.
func llmcost(
    _ arguments: String..., in directory: String = NSTemporaryDirectory(), variables: [String: String] = [:]
)
    -> CLIResult
{
    llmcost(arguments, in: directory, variables: variables)
}

func llmcost(
    _ arguments: [String], in directory: String = NSTemporaryDirectory(), variables: [String: String] = [:]
)
    -> CLIResult
{
    let environment = CLIEnvironment(
        today: CalendarDate(year: 2026, month: 12, day: 3), variables: variables, stdoutIsTerminal: false,
        currentDirectory: directory)
    return CLI.run(arguments: arguments, environment: environment)
}

/// The embedded default data file, as text.
func defaultFile(_ name: String) -> String {
    String(decoding: DefaultData.files[name] ?? Data(), as: UTF8.self)
}

/// `line:column` (1-based, columns in Unicode scalars) of the first `needle` in `text`, moved
/// `offset` scalars right: where a reader must report a value planted in a test document.
func position(of needle: String, in text: String, offset: Int = 0) -> String? {
    guard let range = text.range(of: needle) else { return nil }
    let before = text[..<range.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    let column = text[lineStart..<range.lowerBound].unicodeScalars.count + 1 + offset
    return "\(line):\(column)"
}

import Foundation
import LLMCostCLI
import Testing

/// docs/errors.md runs: every row's example gets the exit code and message the row states.
///
/// The example files are read from the document's "Example files" section (JSON blocks, or a
/// hex block for bytes JSON cannot show), so the table and its inputs cannot drift apart.
@Suite struct ErrorsDocTests {
    /// One row of a table in docs/errors.md.
    struct Row: CustomStringConvertible {
        var input: String
        /// The command after `llmcost`, or nil when a named test backs the row.
        var command: [String]?
        var test: String?
        var exit: String
        var message: String

        var description: String { input }
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func document() throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("docs/errors.md"), encoding: .utf8)
    }

    /// The text between the first pair of backticks in a cell.
    static func code(_ cell: String) -> String? {
        let parts = cell.components(separatedBy: "`")
        return parts.count >= 3 ? parts[1] : nil
    }

    /// Every row of the three tables of bad inputs (those whose header starts `| bad input |`).
    static func rows() throws -> [Row] {
        var rows: [Row] = []
        var inTable = false
        for line in try document().split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                inTable = false
                continue
            }
            if line.hasPrefix("| bad input |") {
                inTable = true
                continue
            }
            guard inTable, !line.hasPrefix("| ---") else { continue }
            // Cells split at " | "; a `|` inside backticks would need escaping, and none is used.
            let cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
            guard cells.count == 4 else {
                rows.append(Row(input: "malformed row: \(line)", exit: "", message: ""))
                continue
            }
            var row = Row(input: cells[0], exit: cells[2], message: code(cells[3]) ?? cells[3])
            if cells[1].hasPrefix("(test: "), let test = code(cells[1]) {
                row.test = test
            } else if let example = code(cells[1]), example.hasPrefix("llmcost ") {
                row.command = example.split(separator: " ").dropFirst().map(String.init)
            }
            rows.append(row)
        }
        return rows
    }

    /// The example files: a line "`name`:" or "`name` (…):" followed by a fenced block.
    static func exampleFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let lines = try document().components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard line.hasPrefix("`"), line.hasSuffix(":"), let name = code(line), index + 1 < lines.count,
                lines[index].isEmpty, lines[index + 1].hasPrefix("```")
            else { continue }
            let kind = lines[index + 1].dropFirst(3)
            var body: [String] = []
            index += 2
            while index < lines.count, lines[index] != "```" {
                body.append(lines[index])
                index += 1
            }
            let text = body.joined(separator: "\n")
            if kind == "hex" {
                var bytes: [UInt8] = []
                var digits = text.filter(\.isHexDigit)[...]
                while digits.count >= 2, let byte = UInt8(digits.prefix(2), radix: 16) {
                    bytes.append(byte)
                    digits = digits.dropFirst(2)
                }
                files[name] = Data(bytes)
            } else {
                files[name] = Data((text + "\n").utf8)
            }
        }
        return files
    }

    @Test func theTablesListEveryClassWithARunnableExampleOrItsTest() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 40, "\(rows.count) rows")
        for row in rows {
            #expect(
                row.command != nil || row.test != nil, "row '\(row.input)' has neither an example nor a test")
            #expect(!row.message.isEmpty, "row '\(row.input)' states no message")
        }
    }

    @Test(arguments: try rows().filter { $0.command != nil })
    func eachExampleGetsItsExitCodeAndMessage(_ row: Row) throws {
        let scratch = try ScratchDirectory()
        for (name, data) in try Self.exampleFiles() {
            try data.write(to: URL(fileURLWithPath: scratch.path + "/" + name))
        }
        let command = try #require(row.command)
        let result = llmcost(command, in: scratch.path)
        #expect("\(result.exitCode.rawValue)" == row.exit, "\(command): \(result.stderr)")
        #expect(
            (result.stderr + result.stdout).contains(row.message),
            "\(command) printed:\n\(result.stderr)\(result.stdout.prefix(500))")
        // A refusal is one line, unless it lists a file's problems (`file:line:column: …`) and a count.
        if result.exitCode == .usage || result.exitCode == .io {
            #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
        }
    }

    @Test(arguments: try rows().compactMap(\.test))
    func eachRowBackedByATestNamesOneThatExists(_ test: String) throws {
        let tests = Self.packageRoot.appendingPathComponent("Tests")
        let files = try #require(FileManager.default.enumerator(atPath: tests.path))
        var found = false
        for case let file as String in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: tests.appendingPathComponent(file), encoding: .utf8)
            if text.contains("func \(test)(") { found = true }
        }
        #expect(found, "no test function '\(test)' under Tests/")
    }
}

/// The lint forbids `!` and `try!` (NeverForceUnwrap, NeverUseForceTry); this covers the other
/// deliberate traps, which no input may reach because the sources contain none.
@Suite struct NoDeliberateTrapsTests {
    @Test func theSourcesContainNoFatalErrorOrPrecondition() throws {
        let sources = ErrorsDocTests.packageRoot.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path))
        var found: [String] = []
        for case let file as String in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for word in [
                "fatalError(", "precondition(", "preconditionFailure(", "assertionFailure(",
                "unsafelyUnwrapped",
            ]
            where text.contains(word) {
                found.append("\(file): \(word)")
            }
        }
        #expect(found.isEmpty, "\(found)")
    }
}

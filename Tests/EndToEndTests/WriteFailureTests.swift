import Foundation
import Testing

/// Writes that fail part-way, in a real process: the file that was there must survive whole.
///
/// `ulimit -f` caps the size of any file the process writes, so the report's temporary file
/// fails part-way through the write. This works as root too, where a read-only directory is
/// still writable.
@Suite struct WriteFailureTests {
    static let old = "old report, kept whole\n"

    /// Runs the binary under `sh` with a 1-block file-size limit; `ignoreSignal` makes the
    /// oversized write fail with EFBIG instead of the signal ending the process mid-write.
    static func runLimited(_ arguments: [String], in directory: URL, ignoreSignal: Bool) throws
        -> BinaryTests.Run
    {
        let binary = try BinaryTests.binary().path
        let quoted = ([binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let script = (ignoreSignal ? "trap '' XFSZ; " : "") + "ulimit -f 1; exec \(quoted)"
        return try BinaryTests.run(URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: directory)
    }

    @Test func aWriteThatFailsPartWayLeavesTheOldFileAndNoTemporaryFile() throws {
        let directory = try BinaryTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("report.html")
        try Data(Self.old.utf8).write(to: target)

        // The HTML report is far above the limit (1 block of 512 or 1024 bytes).
        let result = try Self.runLimited(
            ["compare", "--format", "html", "-o", "report.html"], in: directory, ignoreSignal: true)

        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("llmcost: cannot write report.html: "), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(try String(contentsOf: target, encoding: .utf8) == Self.old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.html"])
    }

    @Test func aProcessKilledMidWriteLeavesTheOldFileWhole() throws {
        let directory = try BinaryTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("report.html")
        try Data(Self.old.utf8).write(to: target)

        // SIGXFSZ ends the process inside the write, before any rename: the worst case.
        let result = try Self.runLimited(
            ["compare", "--format", "html", "-o", "report.html"], in: directory, ignoreSignal: false)

        #expect(result.status != 0)
        #expect(try String(contentsOf: target, encoding: .utf8) == Self.old)
    }

    @Test func aForcedImportThatFailsPartWayKeepsTheOldFile() throws {
        let directory = try BinaryTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("models.json")
        try Data(Self.old.utf8).write(to: target)
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("CLITests/Fixtures/litellm-sample.json").path

        let result = try Self.runLimited(
            ["prices", "import", "--from", "litellm", sample, "-o", "models.json", "--force"], in: directory,
            ignoreSignal: true)

        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("llmcost: cannot write models.json: "), "\(result.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8) == Self.old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["models.json"])
    }
}

import Foundation
import LLMCostCLI
import Testing

/// `-o FILE` and `prices import -o FILE` under the failures a user meets: nothing is lost, and
/// each failure is one line with exit 3. (Failures part-way through a write: `WriteFailureTests`.)
@Suite struct OutputFileTests {
    static let old = "old contents\n"

    @Test func aReadOnlyDirectoryOrAFileAsTheParentIsRefusedAndTheOldFileKept() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(
            atPath: scratch.path + "/locked", withIntermediateDirectories: false)
        try scratch.write("locked/report.md", Self.old)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o555], ofItemAtPath: scratch.path + "/locked")
        defer {
            try? FileManager.default.setAttributes(
                [.posixPermissions: 0o755], ofItemAtPath: scratch.path + "/locked")
        }

        let locked = llmcost("compare", "--format", "markdown", "-o", "locked/report.md", in: scratch.path)
        if geteuid() == 0 {
            // Root writes through permission bits, so the write succeeds, whole and in place.
            #expect(locked.exitCode == .success)
            #expect(scratch.read("locked/report.md") == llmcost("compare", "--format", "markdown").stdout)
        } else {
            #expect(locked.exitCode == .io)
            #expect(locked.stderr.hasPrefix("llmcost: cannot write locked/report.md: "))
            #expect(scratch.read("locked/report.md") == Self.old)
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/locked") == ["report.md"])

        // A parent that is a regular file stops even root.
        try scratch.write("plain", Self.old)
        let underFile = llmcost("compare", "-o", "plain/report.md", in: scratch.path)
        #expect(underFile.exitCode == .io)
        #expect(
            underFile.stderr
                == "llmcost: cannot write plain/report.md: \(scratch.path)/plain is not a directory\n")
        #expect(scratch.read("plain") == Self.old)
    }

    /// Each path by a name, since a NUL byte would cut the test's own output short.
    static let invalidPaths = [
        "empty": "", "dot": ".", "root": "/", "nul": "a\u{0}b", "proc": "/proc/self/report.md",
        "missing": "/nonexistent-dir-xyz/report.md",
    ]

    @Test(arguments: invalidPaths.keys.sorted())
    func anInvalidPathIsAnIOErrorOnOneLine(_ name: String) throws {
        let path = try #require(Self.invalidPaths[name])
        let scratch = try ScratchDirectory()
        let result = llmcost("compare", "-o", path, in: scratch.path)
        #expect(result.exitCode == .io, "\(result.stderr.debugDescription)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("llmcost: cannot write "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == [])
    }

    @Test func importRefusesToOverwriteAndAMissingDirectory() throws {
        let scratch = try ScratchDirectory()
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/litellm-sample.json").path
        try scratch.write("models.json", Self.old)
        let refused = llmcost(
            "prices", "import", "--from", "litellm", sample, "-o", "models.json", in: scratch.path)
        #expect(refused.exitCode == .io)
        #expect(scratch.read("models.json") == Self.old)
        let missing = llmcost(
            "prices", "import", "--from", "litellm", sample, "-o", "nowhere/models.json", "--force",
            in: scratch.path)
        #expect(missing.exitCode == .io)
        #expect(missing.stderr.hasPrefix("llmcost: cannot write nowhere/models.json: directory "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["models.json"])
    }
}

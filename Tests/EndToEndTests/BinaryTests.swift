import Foundation
import Testing

/// Runs the built `llmcost` binary as a process: exit codes, and stdout and stderr kept apart.
///
/// The in-process tests cover the commands; these check what only a real process shows: the
/// embedded data works from any directory, and the exit code reaches the shell.
@Suite struct BinaryTests {
    /// What one run of the binary wrote and returned.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built binary: next to the test bundle in `.build/<triple>/<config>/`, else under this
    /// package's `.build/debug` or `.build/release`.
    static func binary() throws -> URL {
        let fileManager = FileManager.default
        var directories: [URL] = []
        if let executable = Bundle.main.executableURL {
            // The test runner sits in the build directory, or inside an `.xctest` bundle there.
            directories.append(executable.deletingLastPathComponent())
        }
        directories.append(Bundle.main.bundleURL)
        directories.append(Bundle.main.bundleURL.deletingLastPathComponent())
        if let argument = CommandLine.arguments.first {
            directories.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        directories += ["debug", "release"].map { package.appendingPathComponent(".build/\($0)") }
        var tried: [String] = []
        for var directory in directories {
            // From inside `Foo.xctest/Contents/MacOS`, the build directory is where the bundle is.
            while directory.path.contains(".xctest") { directory.deleteLastPathComponent() }
            let candidate = directory.appendingPathComponent("llmcost")
            tried.append(candidate.path)
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                !isDirectory.boolValue,
                fileManager.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        throw BinaryNotFound(tried: tried)
    }

    struct BinaryNotFound: Error, CustomStringConvertible {
        var tried: [String]
        var description: String {
            "the llmcost binary was not found; build it with 'swift build' (looked at \(tried.joined(separator: ", ")))"
        }
    }

    /// Runs `binary` with `arguments` in `directory`, with no terminal and only `PATH` set.
    static func run(_ binary: URL, _ arguments: [String], in directory: URL) throws -> Run {
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent(
            "llmcost-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let stdoutURL = outputs.appendingPathComponent("stdout")
        let stderrURL = outputs.appendingPathComponent("stderr")
        // Files rather than pipes, so a large output cannot block the child.
        FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self))
    }

    /// A fresh empty directory, removed by the caller.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "llmcost-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theBinaryAloneListsPricesFromAnEmptyDirectory() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("llmcost")
        try FileManager.default.copyItem(at: try Self.binary(), to: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["llmcost"])

        let result = try Self.run(copy, ["prices", "list"], in: directory)

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("openai/gpt-4o"))
        #expect(result.stderr.isEmpty)
    }

    @Test func validatingTheEmbeddedDataExitsZero() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.run(try Self.binary(), ["prices", "validate"], in: directory)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("8 files checked: 0 errors"))
        #expect(result.stderr.isEmpty)
    }

    @Test func aBadFlagExitsTwoWithOneLineOnStderr() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.run(try Self.binary(), ["prices", "list", "--bogus"], in: directory)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("llmcost: unknown option '--bogus'"))
        #expect(result.stderr.hasSuffix("\n"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
    }

    @Test func validatingAMissingFileExitsThree() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.run(try Self.binary(), ["prices", "validate", "missing.json"], in: directory)
        #expect(result.status == 3)
        #expect(result.stdout.contains("missing.json: cannot read missing.json: no such file"))
    }

    @Test func bareLLMCostComparesTheDefaultScenario() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.run(try Self.binary(), [], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("cheapest"))
        #expect(result.stderr.isEmpty)
    }
}

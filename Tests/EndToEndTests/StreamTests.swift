import Foundation
import Testing

/// The built binary on real descriptors: a full or closed standard output, a FIFO and a link
/// to `/proc/self/fd/1` as `-o`, and inputs from pipes. Links and FIFOs live in a scratch folder.
@Suite struct StreamTests {
    /// Runs `script` under `sh -c` in `directory`, with `$LLMCOST` set to the binary.
    static func shell(_ script: String, in directory: URL, shell: String = "/bin/sh") throws
        -> BinaryTests.Run
    {
        let binary = try BinaryTests.binary().path
        return try BinaryTests.run(
            URL(fileURLWithPath: shell), ["-c", "LLMCOST='\(binary)'; \(script)"], in: directory)
    }

    static let yen = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data/scenarios/call-centre-ja.json")

    @Test func aFullStandardOutputIsOneLineAndExitThreeNotATrap() throws {
        let directory = try BinaryTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.shell("\"$LLMCOST\" compare > /dev/full", in: directory)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr == "llmcost: cannot write to standard output: No space left on device\n")
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let directory = try BinaryTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The reader exits at once, so the report's write meets a closed pipe (EPIPE, no SIGPIPE).
        let result = try Self.shell(
            "{ \"$LLMCOST\" compare --format html 2>err; echo $? > status; } | true; cat status err",
            in: directory)
        #expect(result.stdout == "0\n", "\(result.stdout) \(result.stderr)")
    }

    @Test func aFIFOWithAReaderIsWrittenInPlace() throws {
        let directory = try BinaryTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.shell(
            "mkfifo report.csv && { cat report.csv > got & \"$LLMCOST\" compare -o report.csv; wait; } && test -p report.csv && cat got",
            in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "wrote report.csv\n")
        let direct = try BinaryTests.run(
            try BinaryTests.binary(), ["compare", "--format", "csv"], in: directory)
        #expect(result.stdout == direct.stdout)
        #expect(!direct.stdout.isEmpty)
    }

    @Test func aLinkToProcSelfFdOneWritesToStandardOutput() throws {
        let directory = try BinaryTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(
            at: directory.appendingPathComponent("out"),
            withDestinationURL: URL(fileURLWithPath: "/proc/self/fd/1"))
        // Standard output is a pipe here, read by cat.
        let result = try Self.shell("\"$LLMCOST\" compare --format csv -o out | cat", in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        // The spreadsheet CSV: a byte-order mark and the report's header block, then the table.
        #expect(result.stdout.hasPrefix("\u{FEFF}report,"))
        #expect(result.stdout.contains("\nOption,Rank,"))
        #expect(
            try FileManager.default.destinationOfSymbolicLink(
                atPath: directory.appendingPathComponent("out").path)
                == "/proc/self/fd/1")
    }

    @Test func aLinkToAnotherDescriptorIsAppendedTo() throws {
        let directory = try BinaryTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(
            at: directory.appendingPathComponent("errors"),
            withDestinationURL: URL(fileURLWithPath: "/proc/self/fd/2"))
        // Standard error is the file `log`, which holds a line already (`>>`).
        let result = try Self.shell(
            "echo before > log; \"$LLMCOST\" compare --format csv -o errors 2>>log; echo $?; cat log",
            in: directory)
        #expect(result.stdout.hasPrefix("0\nbefore\n\u{FEFF}report,"), "\(result.stdout.prefix(80))")
        #expect(result.stdout.hasSuffix("wrote errors\n"))
        #expect(
            try FileManager.default.destinationOfSymbolicLink(
                atPath: directory.appendingPathComponent("errors").path)
                == "/proc/self/fd/2")
    }

    @Test func inputsComeFromAPipeDevStdinAndProcessSubstitution() throws {
        let directory = try BinaryTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try BinaryTests.run(
            try BinaryTests.binary(), ["compare", "--scenario", Self.yen.path, "--format", "csv"],
            in: directory)
        #expect(file.status == 0)
        for script in [
            "cat '\(Self.yen.path)' | \"$LLMCOST\" compare --scenario - --format csv",
            "\"$LLMCOST\" compare --scenario /dev/stdin --format csv < '\(Self.yen.path)'",
        ] {
            let piped = try Self.shell(script, in: directory)
            #expect(piped.status == 0, "\(script): \(piped.stderr)")
            #expect(piped.stdout == file.stdout, "\(script)")
        }
        let substituted = try Self.shell(
            "\"$LLMCOST\" prices validate <(cat '\(Self.yen.path)')", in: directory, shell: "/bin/bash")
        #expect(substituted.status == 0, "\(substituted.stderr)")
        #expect(substituted.stdout.contains("1 file checked: 0 errors"), "\(substituted.stdout)")
        let broken = try Self.shell(
            "printf '{\\n  \"schema\": ' | \"$LLMCOST\" prices validate -", in: directory)
        #expect(broken.status == 1)
        #expect(broken.stdout.hasPrefix("<stdin>:2:"), "\(broken.stdout)")
    }
}

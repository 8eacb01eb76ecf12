import Foundation
import Pricing
import Reports

extension Invocation {
    /// The `--lang` language for a message, English when `--lang` is absent or itself the fault
    /// (found before the arguments were parsed: ``ArgumentParser/language(in:specs:)``).
    var messageLanguage: Language { parsed.language }

    func language() throws(CLIError) -> Language {
        guard let text = parsed.value("lang") else { return .en }
        guard let language = Language(rawValue: text) else {
            throw .usage(
                invalidValue(text, "lang", expected: t(.cliExpectEither, "en", "ja"), example: "--lang ja"))
        }
        return language
    }

    /// A phrase of the catalog (``Phrases``) in the `--lang` language, `{1}`, `{2}` … filled by `arguments`.
    func t(_ phrase: Phrase, _ arguments: String...) -> String {
        Phrases.text(phrase, messageLanguage, arguments: arguments)
    }

    /// A yes-or-no cell: the key `yes` or `no`, shown in the report's language.
    func yesNo(_ flag: Bool) -> Cell {
        let language = messageLanguage
        return flag
            ? .key("yes", text: Phrases.text(.yes, language)) : .key("no", text: Phrases.text(.no, language))
    }

    /// Colour only on a terminal, and never with `NO_COLOR` set or `--no-color`.
    var useColor: Bool {
        environment.stdoutIsTerminal && environment.variables["NO_COLOR"] == nil && !parsed.has("no-color")
    }

    /// The columns the terminal table is fitted to, or nil for the wide layout.
    ///
    /// `--wide` and `-o FILE` give the wide layout; on a terminal, its width (else `COLUMNS`, else
    /// 80); into a pipe, `COLUMNS` when it is set, else the wide layout. A `COLUMNS` that is not a
    /// whole number is ignored.
    var tableWidth: Int? {
        if parsed.has("wide") || (parsed.value("output-file") ?? "-") != "-" { return nil }
        let columns = environment.variables["COLUMNS"].flatMap { text in
            text.allSatisfy(\.isASCIIDigit) ? Int(text) : nil
        }.flatMap { $0 > 0 ? $0 : nil }
        if environment.stdoutIsTerminal { return environment.terminalColumns ?? columns ?? 80 }
        return columns
    }

    /// The report format asked for with `--format`, among those `allowed` for this command.
    func outputFormat(
        allowed: [OutputFormat] = OutputFormat.allCases, default defaultFormat: OutputFormat = .table
    )
        throws(CLIError) -> OutputFormat
    {
        let name = try format(
            allowed: allowed.map(\.rawValue) + (writesWorkbooks ? ["xlsx"] : []),
            default: defaultFormat.rawValue)
        return OutputFormat(rawValue: name) ?? defaultFormat
    }

    /// Renders `report` in the chosen format and language, to stdout or atomically to `-o FILE`.
    func emit(_ report: Report, allowed: [OutputFormat] = OutputFormat.allCases) throws(CLIError) -> CLIResult
    {
        let format = try outputFormat(allowed: allowed)
        let table = parsed.value("table")
        if let table {
            guard format == .csv else {
                throw .usage(t(.cliTableNeedsCSV, table))
            }
            let selectors = TableSelection.selectors(in: report)
            guard selectors.contains(table) else {
                let known = selectors.isEmpty ? "none" : selectors.joined(separator: ", ")
                throw .usage(t(.cliUnknownTable, table, known))
            }
        }
        let options = RenderOptions(
            language: try language(), color: useColor && (parsed.value("output-file") ?? "-") == "-",
            width: tableWidth,
            byteOrderMark: !parsed.has("no-bom"), table: table)
        return try deliver(Renderer.render(report, as: format, options: options))
    }

    /// Sends text to stdout, or with `-o FILE` writes it and says where.
    ///
    /// `-o -` and a link to `/dev/stdout` are standard output; a FIFO or a device is written
    /// directly; a regular file (through any symbolic links) is replaced atomically.
    func deliver(_ text: String) throws(CLIError) -> CLIResult {
        guard let path = parsed.value("output-file") else {
            return CLIResult(exitCode: .success, stdout: text)
        }
        // `-o NAME.xlsx` chooses the workbook where there is one; elsewhere text must not pass for it.
        if parsed.value("format") == nil, path.lowercased().hasSuffix(".xlsx") {
            throw .usage(t(.cliNoWorkbook, path))
        }
        return try write(Data(text.utf8), to: path) ?? CLIResult(exitCode: .success, stdout: text)
    }

    /// Writes `data` where `-o PATH` points, and says where; nil when that is standard output,
    /// which the caller fills (text, or a workbook's bytes).
    func write(_ data: Data, to path: String) throws(CLIError) -> CLIResult? {
        switch try outputTarget(path) {
        case .standardOutput:
            return nil
        case .node(let node):
            if case .failed(let reason) = FileDescriptors.writeNode(data, to: node) {
                throw .io(t(.cliCannotWrite, path, reason))
            }
        case .file(let file):
            try writeAtomically(data, to: path, target: file)
        }
        let language = (try? language()) ?? .en
        return CLIResult(exitCode: .success, stderr: Phrases.text(.wrote, language, path) + "\n")
    }

    /// Where `-o PATH` writes.
    enum OutputTarget: Equatable {
        case standardOutput
        /// An existing FIFO, device or socket, opened and written in place.
        case node(String)
        /// A regular file (or none yet) at this absolute path, the end of any symbolic links.
        case file(String)
    }

    /// Follows `path`'s symbolic links to what `-o` writes, refusing a path that is one of the inputs.
    func outputTarget(_ path: String) throws(CLIError) -> OutputTarget {
        if path == "-" { return .standardOutput }
        // The system reads a path only up to a NUL, so "a\0b" would quietly write "a".
        guard !path.contains("\0") else {
            throw .io(t(.cliCannotWrite, path.replacingOccurrences(of: "\0", with: "\\0"), t(.cliPathHasNUL)))
        }
        var current = resolve(path)
        for _ in 0..<40 {
            if Self.standardOutputNames.contains(current) { return .standardOutput }
            // Another descriptor of this process (`/dev/stderr`, `<(…)`'s `/dev/fd/63`): its link
            // names no path to rename onto, so it is opened and appended to, as a shell's `>>` would.
            if Self.descriptorPrefixes.contains(where: current.hasPrefix), let status = PathStatus.of(current)
            {
                try refuseInput(path, status: status)
                return .node(current)
            }
            guard let status = PathStatus.of(link: current) else { return .file(current) }
            switch status.kind {
            case .link:
                guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current)
                else { return .file(current) }
                current =
                    destination.hasPrefix("/")
                    ? destination
                    : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(
                        destination
                    ).standardizedFileURL.path
            case .directory:
                throw .io(t(.cliCannotWrite, path, t(.cliIsADirectory)))
            case .regular:
                try refuseInput(path, status: status)
                return .file(current)
            case .other:
                try refuseInput(path, status: status)
                return .node(current)
            }
        }
        throw .io(CLIMessage.linkLoop(path).text(messageLanguage))
    }

    /// The names of this process's standard output: a link to one of them is `-o -`.
    static let standardOutputNames: Set<String> = ["/dev/stdout", "/proc/self/fd/1", "/dev/fd/1"]

    /// Where this process's open descriptors appear as links.
    static let descriptorPrefixes = ["/proc/self/fd/", "/dev/fd/"]

    /// Refuses, before any work, an `-o` that names (through any links) a file the command reads.
    func checkOutputIsNotAnInput() throws(CLIError) {
        guard let path = parsed.value("output-file"), path != "-", !path.contains("\0"),
            let status = PathStatus.of(resolve(path))
        else { return }
        try refuseInput(path, status: status)
    }

    /// Refuses `-o` onto a file the command reads (same device and inode, whatever the path).
    func refuseInput(_ path: String, status: PathStatus) throws(CLIError) {
        for (label, input) in inputPaths() where input != "-" {
            guard let inputStatus = PathStatus.of(resolve(input)), inputStatus.kind != .other,
                inputStatus.isSameFile(as: status)
            else { continue }
            throw .usage(CLIMessage.outputIsInput(output: path, input: label).text(messageLanguage))
        }
    }

    /// Writes to a temporary file beside `target` (the end of `path`'s links), then renames it
    /// over `target`, so a reader never sees half a file and a failed write leaves what was there
    /// untouched.
    func writeAtomically(_ data: Data, to path: String, target: String) throws(CLIError) {
        let targetURL = URL(fileURLWithPath: target)
        let directory = targetURL.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw .io(t(.cliCannotWrite, path, t(.cliNoSuchDirectory, directory.path)))
        }
        guard isDirectory.boolValue else {
            throw .io(t(.cliCannotWrite, path, t(.cliNotADirectory, directory.path)))
        }
        let temporary = directory.appendingPathComponent(
            ".\(targetURL.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io(t(.cliCannotWrite, path, error.localizedDescription))
        }
        // rename(2) replaces the target in one step.
        guard rename(temporary.path, targetURL.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .io(t(.cliCannotWrite, path, reason))
        }
    }
}

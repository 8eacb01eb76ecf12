import Foundation
import Pricing
import Reports

extension Invocation {
    /// The `--lang` value: English unless `ja` is asked for.
    func language() throws(CLIError) -> Language {
        guard let text = parsed.value("lang") else { return .en }
        guard let language = Language(rawValue: text) else {
            throw .usage("invalid value '\(text)' for --lang; expected en or ja, e.g. --lang ja")
        }
        return language
    }

    /// A phrase of the catalog (``Phrases``) in the `--lang` language, `{1}`, `{2}` … filled by `arguments`.
    func t(_ phrase: Phrase, _ arguments: String...) -> String {
        Phrases.text(phrase, (try? language()) ?? .en, arguments: arguments)
    }

    /// A yes-or-no cell: the key `yes` or `no`, shown in the report's language.
    func yesNo(_ flag: Bool) -> Cell {
        let language = (try? language()) ?? .en
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
        if parsed.has("wide") || parsed.value("output-file") != nil { return nil }
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
                throw .usage("--table applies to --format csv, e.g. --format csv --table \(table)")
            }
            let selectors = TableSelection.selectors(in: report)
            guard selectors.contains(table) else {
                let known = selectors.isEmpty ? "none" : selectors.joined(separator: ", ")
                throw .usage("unknown table '\(table)' for --table (this report has: \(known))")
            }
        }
        let options = RenderOptions(
            language: try language(), color: useColor && parsed.value("output-file") == nil,
            width: tableWidth,
            byteOrderMark: !parsed.has("no-bom"), table: table)
        return try deliver(Renderer.render(report, as: format, options: options))
    }

    /// Sends text to stdout, or with `-o FILE` writes it atomically and says where.
    func deliver(_ text: String) throws(CLIError) -> CLIResult {
        guard let path = parsed.value("output-file") else {
            return CLIResult(exitCode: .success, stdout: text)
        }
        // `-o NAME.xlsx` chooses the workbook where there is one; elsewhere text must not pass for it.
        if parsed.value("format") == nil, path.lowercased().hasSuffix(".xlsx") {
            throw .usage(
                "-o \(path): this command writes no xlsx workbook (compare, breakeven, roi, sensitivity and plan do); give --format, or another file name, e.g. -o report.md"
            )
        }
        try writeAtomically(text, to: path)
        let language = (try? language()) ?? .en
        return CLIResult(exitCode: .success, stderr: Phrases.text(.wrote, language, path) + "\n")
    }

    /// Writes to a temporary file beside `path`, then renames it over `path`, so a reader never
    /// sees half a file and a failed write leaves what was there untouched.
    func writeAtomically(_ text: String, to path: String, bytes: [UInt8]? = nil) throws(CLIError) {
        // The system reads a path only up to a NUL, so "a\0b" would quietly write "a".
        guard !path.contains("\0") else {
            throw .io(
                "cannot write \(path.replacingOccurrences(of: "\0", with: "\\0")): a path cannot hold a NUL byte"
            )
        }
        let target = URL(fileURLWithPath: resolve(path))
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw .io("cannot write \(path): directory \(directory.path) does not exist")
        }
        guard isDirectory.boolValue else {
            throw .io("cannot write \(path): \(directory.path) is not a directory")
        }
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        {
            throw .io("cannot write \(path): it is a directory")
        }
        let temporary = directory.appendingPathComponent(
            ".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try (bytes.map { Data($0) } ?? Data(text.utf8)).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io("cannot write \(path): \(error.localizedDescription)")
        }
        // rename(2) replaces the target in one step.
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .io("cannot write \(path): \(reason)")
        }
    }
}

import Foundation
import Pricing

enum PricesCommands {
    /// `prices validate [FILES...]`: every problem of every file in one run.
    ///
    /// Without files it checks the data in use (`--data` or the embedded copy, and any
    /// `--prices` overlays). With files, each is checked on its own, and its references to
    /// GPUs, model families and currencies resolve against the other given files of the
    /// needed kind, else the data in use.
    @Sendable static func validate(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        let format = try invocation.format(allowed: ["text", "json", "github"], default: "text")
        let options = try invocation.validationOptions()
        let strict = invocation.parsed.has("strict")
        let base = try invocation.baseFiles(options: options) + invocation.overlayFiles(options: options)
        var checked: [PriceFile]
        var unreadable: [Diagnostic] = []
        var context: PriceTable
        if invocation.words.isEmpty {
            checked = base
            context = PriceTable.merging(base)
        } else {
            checked = []
            for path in invocation.words {
                do {
                    checked.append(PriceFileReader.read(try invocation.read(path), file: path, options: options))
                } catch {
                    unreadable.append(
                        Diagnostic(.error, file: path, location: nil, path: nil, message: error.description))
                }
            }
            context = PriceTable.merging(base)
            for kind in DataFileKind.allCases {
                let given = checked.filter { $0.kind == kind }
                guard !given.isEmpty else { continue }
                let table = PriceTable.merging(given)
                switch kind {
                case .models: context.models = table.models
                case .gpus: context.gpus = table.gpus
                case .deployments: context.deployments = table.deployments
                case .currencies: context.currencies = table.currencies
                }
            }
        }
        var diagnostics = checked.flatMap(\.diagnostics) + context.unresolved(checked.flatMap(\.references))
        if strict { diagnostics = diagnostics.map(\.promotedToError) }
        diagnostics = unreadable + Diagnostic.sortedByPosition(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let files = invocation.words.isEmpty ? checked.map(\.file) : invocation.words
        let exitCode: ExitCode = !unreadable.isEmpty ? .io : errors > 0 ? .invalidInput : .success
        let summary =
            "\(files.count) file\(files.count == 1 ? "" : "s") checked: "
            + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        let stdout: String
        switch format {
        case "json":
            stdout = validationJSON(diagnostics, files: files, errors: errors, warnings: warnings) + "\n"
        case "github":
            stdout = diagnostics.map(githubAnnotation).joined() + "\(summary)\n"
        default:
            stdout = diagnostics.map { "\($0)\n" }.joined() + "\(summary)\n"
        }
        return CLIResult(exitCode: exitCode, stdout: stdout)
    }

    static func validationJSON(_ diagnostics: [Diagnostic], files: [String], errors: Int, warnings: Int) -> String {
        JSONOutput.object([
            ("schema", .string("llmcost/validation@1")),
            ("files", .array(files.map(JSONOutput.string))),
            ("errors", .integer(errors)),
            ("warnings", .integer(warnings)),
            (
                "diagnostics",
                .array(
                    diagnostics.map { diagnostic in
                        .object([
                            ("severity", .string(diagnostic.severity.rawValue)),
                            ("file", .string(diagnostic.file)),
                            ("line", diagnostic.location.map { .integer($0.line) } ?? .null),
                            ("column", diagnostic.location.map { .integer($0.column) } ?? .null),
                            ("path", .optional(diagnostic.path?.description)),
                            ("message", .string(diagnostic.message)),
                        ])
                    })
            ),
        ]).rendered()
    }

    /// A GitHub Actions workflow command, e.g. `::error file=Data/models.json,line=41,col=7,title=…::…`.
    static func githubAnnotation(_ diagnostic: Diagnostic) -> String {
        func property(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: ":", with: "%3A")
                .replacingOccurrences(of: ",", with: "%2C")
        }
        func message(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
        }
        var properties = ["file=\(property(diagnostic.file))"]
        if let location = diagnostic.location {
            properties += ["line=\(location.line)", "col=\(location.column)"]
        }
        if let path = diagnostic.path { properties.append("title=\(property(path.description))") }
        let text = diagnostic.path.map { "\($0): \(diagnostic.message)" } ?? diagnostic.message
        return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(message(text))\n"
    }

    @Sendable static func list(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        throw .usage("not yet")
    }

    @Sendable static func show(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        throw .usage("not yet")
    }
}

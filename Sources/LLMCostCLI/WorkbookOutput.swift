import Foundation
import Reports
import Spreadsheet

extension Invocation {
    /// `--format xlsx`, or `-o FILE.xlsx` with no `--format`: the commands that can write one check this first.
    var wantsWorkbook: Bool {
        guard let format = parsed.value("format") else {
            return parsed.value("output-file")?.lowercased().hasSuffix(".xlsx") ?? false
        }
        return format == "xlsx"
    }

    /// True for the commands that write a workbook, so `--format`'s list of choices names xlsx.
    var writesWorkbooks: Bool {
        let command = parsed.positionals.first ?? "compare"
        return ["compare", "breakeven", "roi", "sensitivity", "plan"].contains(command)
    }

    /// Writes the workbook atomically to `-o FILE`, or to stdout unless stdout is a terminal.
    func deliver(workbook: Workbook) throws(CLIError) -> CLIResult {
        let bytes = workbook.package()
        guard let path = parsed.value("output-file") else {
            guard !environment.stdoutIsTerminal else {
                throw .usage(
                    "--format xlsx: a workbook is binary and stdout is a terminal; write it to a file, e.g. -o report.xlsx"
                )
            }
            var result = CLIResult(exitCode: .success)
            result.binary = bytes
            return result
        }
        try writeAtomically("", to: path, bytes: bytes)
        return CLIResult(exitCode: .success, stderr: "wrote \(path)\n")
    }
}

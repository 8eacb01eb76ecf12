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

    /// Writes the workbook where `-o FILE` points (atomically to a file), or to stdout unless stdout is a terminal.
    func deliver(workbook: Workbook) throws(CLIError) -> CLIResult {
        let bytes = workbook.package()
        if let path = parsed.value("output-file"), let written = try write(Data(bytes), to: path) {
            return written
        }
        guard !environment.stdoutIsTerminal else {
            throw .usage(t(.cliWorkbookToTerminal, "-o report.xlsx"))
        }
        var result = CLIResult(exitCode: .success)
        result.binary = bytes
        return result
    }
}

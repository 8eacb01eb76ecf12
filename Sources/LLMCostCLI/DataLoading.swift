import DefaultData
import Foundation
import Pricing
import Reports

extension Invocation {
    /// Checks that scale with the options of `prices validate`; other commands use the defaults.
    func validationOptions() throws(CLIError) -> ValidationOptions {
        var options = ValidationOptions(today: environment.today)
        if let days = try integer("max-age") { options.maxAgeDays = days }
        if let bound = try decimal("max-price") {
            guard bound > 0 else {
                throw .usage(
                    invalidValue(
                        parsed.value("max-price") ?? "", "max-price", expected: t(.cliExpectPositiveNumber),
                        example: "--max-price 1000"))
            }
            options.maxPricePerMTok = bound
        }
        return options
    }

    /// The default data files: from `--data DIR` (where seats.json is optional), else the copy of `Data/` embedded at build time.
    func baseFiles(options: ValidationOptions) throws(CLIError) -> [PriceFile] {
        var files: [PriceFile] = []
        for kind in DataFileKind.allCases {
            let label: String
            let data: Data
            if let directory = parsed.value("data") {
                label = (directory as NSString).appendingPathComponent(kind.fileName)
                // Seat plans came after the four price files; a data directory without them has none.
                if kind == .seats && !FileManager.default.fileExists(atPath: resolve(label)) { continue }
                data = try read(label)
            } else {
                label = "Data/\(kind.fileName)"
                guard let embedded = DefaultData.files[kind.fileName] else {
                    throw .io(t(.cliNoEmbeddedFile, kind.fileName, "--data DIR"))
                }
                data = embedded
            }
            var file = PriceFileReader.read(data, file: label, options: options)
            if let found = file.kind, found != kind {
                file.diagnostics.append(
                    Diagnostic(
                        .error, file: label, location: SourceLocation(line: 1, column: 1), path: .root,
                        reason: .wrongKindOfFile(expected: kind.schemaID, found: found.schemaID)))
            }
            files.append(file)
        }
        return files
    }

    /// The scenarios that come with the data in use: `DIR/scenarios/*.json` with `--data DIR`,
    /// else the embedded `Data/scenarios/`.
    func dataScenarios() throws(CLIError) -> [(file: String, data: Data)] {
        if let directory = parsed.value("data") {
            let folder = (directory as NSString).appendingPathComponent("scenarios")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: resolve(folder))) ?? []
            var scenarios: [(file: String, data: Data)] = []
            for name in names.sorted() where name.hasSuffix(".json") {
                let path = (folder as NSString).appendingPathComponent(name)
                scenarios.append((path, try read(path)))
            }
            return scenarios
        }
        return DefaultData.files.keys.sorted().filter { $0.hasPrefix("scenarios/") }.compactMap { name in
            DefaultData.files[name].map { ("Data/\(name)", $0) }
        }
    }

    /// The `--prices` overlay files, in the order given.
    func overlayFiles(options: ValidationOptions) throws(CLIError) -> [PriceFile] {
        var files: [PriceFile] = []
        for path in parsed.values("prices") {
            files.append(PriceFileReader.read(try read(path), file: inputLabel(path), options: options))
        }
        return files
    }

    /// The price table every command but `validate` works on; any error in it stops the command.
    func loadTable() throws(CLIError) -> PriceTable {
        let options = ValidationOptions(today: environment.today)
        let files = try baseFiles(options: options) + overlayFiles(options: options)
        let table = PriceTable.merging(files)
        let errors = Diagnostic.sortedByPosition(
            files.flatMap(\.diagnostics)
                + table.unresolved(files.flatMap(\.references), cutShort: files.cutShortTargets)
        ).filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw .diagnostics(
                errors,
                summary: errorCount(.cliErrorsInData, errors.count)
            )
        }
        return table
    }
}

extension PriceTable {
    /// The files' tables laid over each other in order.
    static func merging(_ files: [PriceFile]) -> PriceTable {
        files.reduce(PriceTable()) { $0.overlaid(with: $1.table) }
    }
}

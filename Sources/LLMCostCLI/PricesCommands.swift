import DefaultData
import Foundation
import Pricing
import Reports
import Scenarios

enum PricesCommands {
    /// `prices validate [FILES...]`: every problem of every file in one run.
    ///
    /// Without files it checks the data in use (`--data` or the embedded copy, its scenarios,
    /// and any `--prices` overlays). With files, each is checked on its own, and its references
    /// to GPUs, model families and currencies resolve against the other given files of the
    /// needed kind, else the data in use. A scenario file (`llmcost/scenario@1`) is checked too,
    /// and its models and deployments must exist in that data.
    @Sendable static func validate(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        let format = try invocation.format(allowed: ["text", "json", "github"], default: "text")
        let options = try invocation.validationOptions()
        let strict = invocation.parsed.has("strict")
        let base = try invocation.baseFiles(options: options) + invocation.overlayFiles(options: options)
        var checked: [PriceFile]
        var scenarios: [(file: String, data: Data)] = []
        var unreadable: [Diagnostic] = []
        var context: PriceTable
        // Names defined by a file cut short may be in its lost part, so references to them are not judged.
        var cutShort = base.cutShortTargets
        if invocation.words.isEmpty {
            checked = base
            context = PriceTable.merging(base)
            scenarios = try invocation.dataScenarios()
        } else {
            checked = []
            // An unreadable file is one of the findings: in English where CI reads them.
            var reader = invocation
            if format != "text" { reader.parsed.language = .en }
            for word in invocation.words {
                let path = invocation.inputLabel(word)
                do {
                    let data = try reader.read(word)
                    let file = PriceFileReader.read(data, file: path, options: options)
                    // A scenario is read by its own reader instead (a small file, read again).
                    if file.schema == ScenarioFile.schemaID {
                        scenarios.append((path, data))
                    } else {
                        checked.append(file)
                    }
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
                if let target = kind.referenceTarget {
                    if given.cutShortTargets.contains(target) {
                        cutShort.insert(target)
                    } else {
                        cutShort.remove(target)
                    }
                }
                switch kind {
                case .models: context.models = table.models
                case .gpus: context.gpus = table.gpus
                case .deployments: context.deployments = table.deployments
                case .currencies: context.currencies = table.currencies
                case .seats: context.seatPlans = table.seatPlans
                }
            }
        }
        var diagnostics =
            checked.flatMap(\.diagnostics)
            + context.unresolved(checked.flatMap(\.references), cutShort: cutShort)
        for scenario in scenarios {
            diagnostics += scenarioDiagnostics(
                scenario.data, file: scenario.file, table: context, options: options)
        }
        if strict { diagnostics = diagnostics.map(\.promotedToError) }
        diagnostics = unreadable + Diagnostic.sortedByPosition(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let files =
            invocation.words.isEmpty
            ? checked.map(\.file) + scenarios.map(\.file) : invocation.words.map(invocation.inputLabel)
        let exitCode: ExitCode = !unreadable.isEmpty ? .io : errors > 0 ? .invalidInput : .success
        func summary(_ language: Language) -> String {
            func t(_ phrase: Phrase, _ arguments: String...) -> String {
                Phrases.text(phrase, language, arguments: arguments)
            }
            return t(
                .cliValidateSummary, "\(files.count)",
                t(files.count == 1 ? .cliFileSingular : .cliFilePlural),
                "\(errors)", t(errors == 1 ? .cliErrorSingular : .cliErrorPlural), "\(warnings)",
                t(warnings == 1 ? .cliWarningSingular : .cliWarningPlural))
        }
        let stdout: String
        switch format {
        case "json":
            stdout = validationJSON(diagnostics, files: files, errors: errors, warnings: warnings) + "\n"
        case "github":
            stdout = diagnostics.map(githubAnnotation).joined() + "\(summary(.en))\n"
        default:
            // Text is read by people, in the language asked for; JSON and annotations are for CI, in English.
            stdout =
                diagnostics.map { Phrases.diagnostic($0, invocation.messageLanguage) + "\n" }.joined()
                + "\(summary(invocation.messageLanguage))\n"
        }
        // Findings go where -o says, like any report; the exit code stays validate's verdict.
        var result = try invocation.deliver(stdout)
        result.exitCode = exitCode
        return result
    }

    /// A scenario's own problems, then, when it reads, the models and deployments the data lacks.
    static func scenarioDiagnostics(_ data: Data, file: String, table: PriceTable, options: ValidationOptions)
        -> [Diagnostic]
    {
        let (scenario, diagnostics) = ScenarioReader.read(data, file: file, options: options)
        guard let scenario else { return diagnostics }
        let (_, errors) = ScenarioPlanner.plan(
            scenario, table: table, asOf: scenario.asOf ?? options.today,
            converter: CurrencyConverter(rates: table.currencies(asOf: scenario.asOf ?? options.today)))
        return diagnostics + errors
    }

    static func validationJSON(_ diagnostics: [Diagnostic], files: [String], errors: Int, warnings: Int)
        -> String
    {
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
        GitHubAnnotation.line(
            diagnostic.severity.rawValue, file: diagnostic.file, location: diagnostic.location,
            title: diagnostic.path?.description,
            message: diagnostic.path.map { "\($0): \(diagnostic.message)" } ?? diagnostic.message)
    }

    /// `prices list`: every model with the price set in force, filtered by provider, family or open weights.
    @Sendable static func list(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        let table = try invocation.loadTable()
        if invocation.parsed.has("seats") { return try listSeats(invocation, table: table) }
        let date = try invocation.asOfDate()
        let provider = invocation.parsed.value("provider")
        let family = invocation.parsed.value("family")
        if let provider, !table.models.contains(where: { $0.provider == provider }) {
            let hint = didYouMean(
                provider, among: Set(table.models.map(\.provider)), invocation.messageLanguage)
            let help =
                hint.isEmpty
                ? forExample(
                    "--provider \(table.models.first?.provider ?? "openai")", invocation.messageLanguage)
                : hint
            throw .usage(invocation.t(.cliNoModelsFromProvider, provider, help))
        }
        if let family, !table.models.contains(where: { $0.family == family }) {
            let hint = didYouMean(family, among: Set(table.models.map(\.family)), invocation.messageLanguage)
            let help =
                hint.isEmpty
                ? forExample(
                    "--family \(table.models.first?.family ?? "llama-3.1-70b")", invocation.messageLanguage)
                : hint
            throw .usage(invocation.t(.cliNoModelsOfFamily, family, help))
        }
        let models = table.models.filter { model in
            (provider == nil || model.provider == provider) && (family == nil || model.family == family)
                && (!invocation.parsed.has("open-weights") || model.openWeights)
        }
        var sources = FootnoteList()
        var rows: [Row] = []
        var unpriced: [String] = []
        var hidden = 0
        var retiredNotes: [String] = []
        var free: [String] = []
        var peaks: [String] = []
        let all = invocation.parsed.has("all")
        for model in models {
            var label = model.id
            let priced: PriceSet?
            if let retired = model.retired, model.isRetired(on: date) {
                // SPEC §6.1: a retired model is never listed as live; `--all` shows its last prices.
                guard all else {
                    hidden += 1
                    continue
                }
                label += invocation.t(.pRetired)
                retiredNotes.append(
                    "\(model.id): "
                        + Phrases.retirement(
                            on: retired, successor: model.successor, invocation.messageLanguage))
                priced = model.prices.last { $0.effective < retired }
            } else {
                priced = model.prices(asOf: date)
            }
            guard let set = priced else {
                unpriced.append(model.id)
                continue
            }
            if let peak = set.peak {
                let windows = Phrases.weekWindows(peak.windows, invocation.messageLanguage)
                let input = Money.formatPricePerMTok(peak.inputPerMTok, currency: model.currency)
                let output = Money.formatPricePerMTok(peak.outputPerMTok, currency: model.currency)
                peaks.append(
                    invocation.t(.pInUtc, "\(model.id)", "\(input)", "\(output)", "\(windows)"))
            }
            if set.inputPerMTok == 0 && set.outputPerMTok == 0 {
                label += invocation.t(.pFree)
                let end = model.priceEnd(asOf: date).map { invocation.t(.pUntil, "\($0)") }
                free.append("\(model.id) \(end ?? invocation.t(.pWithNoEndDate))")
            }
            let currency = model.currency
            rows.append(
                Row(
                    cells: [
                        .text(label), .text(model.provider), .text(model.family),
                        invocation.yesNo(model.openWeights),
                        .pricePerMTok(set.inputPerMTok, currency: currency),
                        set.cachedInputPerMTok.map { .pricePerMTok($0, currency: currency) } ?? .empty,
                        .pricePerMTok(set.outputPerMTok, currency: currency),
                        set.batchDiscount > 0 ? .percent(set.batchDiscount, places: 0) : .empty,
                        .text(
                            set.tiers.isEmpty
                                ? ""
                                : set.tiers.map {
                                    "> \(NumberFormatting.compact(Decimal($0.aboveInputTokens)))"
                                }.joined(
                                    separator: ", ")),
                        .text(set.effective.description),
                        .text(set.checked?.description ?? ""),
                    ],
                    footnoteRefs: set.source.map { [sources.add($0)] } ?? []))
        }
        let columns = [
            Column(key: "model", label: invocation.t(.pModel)),
            Column(key: "provider", label: invocation.t(.pProvider)),
            Column(key: "family", label: invocation.t(.pFamily)),
            Column(key: "open_weights", label: invocation.t(.pOpenWeights)),
            Column(
                key: "input", label: invocation.t(.pInput),
                unit: invocation.t(.pN1mTok), alignment: .right),
            Column(
                key: "cached_input", label: invocation.t(.pCachedInput),
                unit: invocation.t(.pN1mTok),
                alignment: .right),
            Column(
                key: "output", label: invocation.t(.pOutput),
                unit: invocation.t(.pN1mTok), alignment: .right
            ),
            Column(
                key: "batch_discount", label: invocation.t(.pBatchDiscount),
                alignment: .right),
            Column(
                key: "tiers", label: invocation.t(.pLongContextTiers),
                unit: invocation.t(.pInputTokens)
            ),
            Column(key: "effective", label: invocation.t(.pEffective)),
            Column(key: "checked", label: invocation.t(.pChecked)),
        ]
        var notes = sources.footnotes
        notes.append(
            Footnote(
                number: notes.count + 1,
                text: invocation.t(.pPricesInForceOnPer1m, "\(date)")))
        if !unpriced.isEmpty {
            notes.append(
                Footnote(
                    number: notes.count + 1,
                    text: invocation.t(.pNoPriceInForceOnFor, "\(date)")
                        + unpriced.joined(separator: ", ")))
        }
        if !peaks.isEmpty {
            notes.append(
                Footnote(
                    number: notes.count + 1,
                    text: invocation.t(.pTimeOfDayPricesThePrices)
                        + peaks.joined(separator: invocation.t(.pListSeparator))))
        }
        if !free.isEmpty {
            notes.append(
                Footnote(
                    number: notes.count + 1,
                    text: invocation.t(.pFreeEveryPrice0)
                        + free.joined(separator: "; ")))
        }
        if !retiredNotes.isEmpty {
            notes.append(
                Footnote(
                    number: notes.count + 1,
                    text: invocation.t(.pRetiredWithTheirLastPrices)
                        + retiredNotes.joined(separator: "; ")))
        }
        if hidden > 0 {
            notes.append(
                Footnote(
                    number: notes.count + 1,
                    text: invocation.t(
                        .pRetiredNotShown,
                        (try? invocation.language()) == .ja ? "\(hidden)" : counted(hidden, "retired model")))
            )
        }
        let report = Report(
            key: "prices_list",
            title: invocation.t(.pApiPrices),
            subtitle: invocation.t(.pModelsAsOf, "\(rows.count)", "\(date)"),
            sections: [Section(table: Table(id: "models", columns: columns, rows: rows))], footnotes: notes,
            about: Report.About(asOf: date.description))
        return try invocation.emit(report, allowed: [.table, .markdown, .csv, .json, .html])
    }

    /// `prices show MODEL`: every dated price set of one model, its tiers, sources and check dates.
    @Sendable static func show(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        guard invocation.words.count == 1, let id = invocation.words.first else {
            throw .usage(
                invocation.t(
                    .cliNeeds, "prices show", invocation.t(.cliOneModelID),
                    "llmcost prices show openai/gpt-4o"))
        }
        let table = try invocation.loadTable()
        let model = try invocation.model(id, in: table)
        let date = try invocation.asOfDate()
        let inForce = model.prices(asOf: date)
        let currency = model.currency
        var sources = FootnoteList()
        let fields: [(String, String, Cell)] = [
            ("id", invocation.t(.pId), Cell.text(model.id)),
            ("name", invocation.t(.pName), .text(model.name)),
            ("provider", invocation.t(.pProvider), .text(model.provider)),
            ("family", invocation.t(.pFamily), .text(model.family)),
            (
                "open_weights", invocation.t(.pOpenWeights),
                invocation.yesNo(model.openWeights)
            ),
            (
                "context_window_tokens", invocation.t(.pContextWindowTokens),
                model.contextWindow.map { .integer(Decimal($0)) } ?? .key("unknown", text: "—")
            ),
            ("currency", invocation.t(.pCurrency), .text(currency)),
            (
                "deprecated", invocation.t(.pDeprecated),
                model.deprecated.map { .text($0.description) } ?? .empty
            ),
            (
                "retired", invocation.t(.pRetired2),
                model.retired.map { .text($0.description) } ?? .empty
            ),
            ("successor", invocation.t(.pSuccessor), model.successor.map { .text($0) } ?? .empty),
            ("note", invocation.t(.pNote), model.note.map { .text($0) } ?? .empty),
        ]
        let summaryRows = fields.filter { $0.2 != .empty }.map {
            Row(cells: [.label($0.1), $0.2], key: $0.0)
        }
        let summary = Table(
            id: "model",
            columns: [
                Column(key: "field", label: invocation.t(.pField)),
                Column(key: "value", label: invocation.t(.pValue)),
            ],
            rows: summaryRows)
        let unit = invocation.t(.pN1mTok2, "\(currency)")
        let priceColumns = [
            Column(key: "effective", label: invocation.t(.pEffective)),
            Column(
                key: "applies_above_input_tokens", label: invocation.t(.pInputAbove),
                unit: invocation.t(.pTokens), alignment: .right),
            Column(key: "input", label: invocation.t(.pInput), unit: unit, alignment: .right),
            Column(
                key: "cached_input", label: invocation.t(.pCachedInput), unit: unit,
                alignment: .right),
            Column(key: "output", label: invocation.t(.pOutput), unit: unit, alignment: .right),
            Column(
                key: "batch_discount", label: invocation.t(.pBatchDiscount),
                alignment: .right),
            Column(key: "in_force", label: invocation.t(.pInForce)),
            Column(key: "checked", label: invocation.t(.pChecked)),
        ]
        var rows: [Row] = []
        for set in model.prices {
            let current = set == inForce
            let refs = set.source.map { [sources.add($0)] } ?? []
            func row(above: Int?, input: Decimal, cached: Decimal?, output: Decimal) -> Row {
                Row(
                    cells: [
                        .text(set.effective.description), above.map { .integer(Decimal($0)) } ?? .empty,
                        .pricePerMTok(input, currency: currency),
                        cached.map { .pricePerMTok($0, currency: currency) } ?? .empty,
                        .pricePerMTok(output, currency: currency),
                        set.batchDiscount > 0 ? .percent(set.batchDiscount, places: 0) : .empty,
                        current
                            ? .key("yes", text: invocation.t(.pYes, "\(date)"))
                            : .empty,
                        .text(set.checked?.description ?? ""),
                    ], marked: current, footnoteRefs: refs)
            }
            rows.append(
                row(
                    above: nil, input: set.inputPerMTok, cached: set.cachedInputPerMTok,
                    output: set.outputPerMTok))
            for tier in set.tiers {
                rows.append(
                    row(
                        above: tier.aboveInputTokens, input: tier.inputPerMTok,
                        cached: tier.cachedInputPerMTok, output: tier.outputPerMTok))
            }
        }
        var notes = sources.footnotes
        for set in model.prices {
            if let note = set.note {
                notes.append(Footnote(number: notes.count + 1, text: "\(set.effective): \(note)"))
            }
            if let extra = Self.otherPrices(set, currency: currency, invocation: invocation) {
                notes.append(Footnote(number: notes.count + 1, text: "\(set.effective): \(extra)"))
            }
        }
        if let retired = model.retired, model.isRetired(on: date) {
            let successor =
                model.successor.map { invocation.t(.pSuccessor2, "\($0)") } ?? ""
            notes.append(
                Footnote(
                    number: notes.count + 1,
                    text: invocation.t(.pRetiredOnNoPriceSetIs, "\(retired)", "\(successor)", "\(date)")))
        } else if inForce == nil {
            notes.append(
                Footnote(
                    number: notes.count + 1,
                    text: invocation.t(.pNoPriceSetIsInForce, "\(date)")))
        }
        let report = Report(
            key: "prices_show",
            title: model.name, subtitle: model.id,
            sections: [
                Section(table: summary),
                Section(
                    heading: invocation.t(.pPriceHistory),
                    table: Table(id: "prices", columns: priceColumns, rows: rows)),
            ], footnotes: notes)
        return try invocation.emit(report, allowed: [.table, .markdown, .csv, .json, .html])
    }
}

extension PricesCommands {
    /// A price set's cache-write price, service tiers and time-of-day prices in words, or nil.
    static func otherPrices(_ set: PriceSet, currency: String, invocation: Invocation) -> String? {
        func price(_ value: Decimal) -> String { Money.formatPricePerMTok(value, currency: currency) }
        var parts: [String] = []
        if let write = set.cacheWritePerMTok {
            parts.append(invocation.t(.pCacheWrite, "\(price(write))"))
        }
        for name in set.serviceTiers.keys.sorted() {
            guard let tier = set.serviceTiers[name] else { continue }
            var text = "\(price(tier.inputPerMTok)) / "
            if let cached = tier.cachedInputPerMTok { text += "\(price(cached)) / " }
            text += price(tier.outputPerMTok)
            parts.append(invocation.t(.pTier, "\(name)", "\(text)"))
        }
        if let peak = set.peak {
            let windows = Phrases.weekWindows(peak.windows, invocation.messageLanguage)
            parts.append(
                invocation.t(
                    .pPeakInputOutputInUtcThe, "\(price(peak.inputPerMTok))", "\(price(peak.outputPerMTok))",
                    "\(windows)"))
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}

extension Invocation {
    /// The model with this id, or a usage error with the nearest ids.
    /// The model with this id, or a usage error naming `flag` (when the id came from one) and the nearest ids.
    func model(_ id: String, in table: PriceTable, flag: String? = nil) throws(CLIError) -> APIModel {
        if let model = table.model(id: id) { return model }
        let hint = didYouMean(id, among: table.models.map(\.id), messageLanguage)
        let help =
            hint.isEmpty && flag == nil
            ? t(.cliSeparatedExample, "llmcost prices show \(table.models.first?.id ?? "openai/gpt-4o")")
            : hint
        throw .usage(t(.cliUnknownModel, id, unknownIDHelp(flag: flag, hint: help), "llmcost prices list"))
    }

    /// `for --api; did you mean '…'?`, or `for --api; e.g. --api openai/gpt-4o` when nothing is near.
    func unknownIDHelp(flag: String?, hint: String) -> String {
        guard let flag else { return hint }
        let help = hint.isEmpty ? t(.cliSeparatedExample, Options.spec(flag)?.example ?? "--\(flag)") : hint
        return t(.cliForFlag, flag) + help
    }
}

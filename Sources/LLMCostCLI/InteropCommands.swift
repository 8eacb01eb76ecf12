import Foundation
import Pricing
import Reports
import Scenarios

extension Options {
    /// `--from` of `prices import`; `deployments import` declares its own, with its example.
    static let from = OptionSpec.value(
        "from", "FORMAT", example: "litellm",
        help: "the format of the file to import (prices import: litellm; deployments import: inferencex)"
    ).required
    static let fromInferenceX = OptionSpec.value(
        "from", "FORMAT", example: "inferencex",
        help: "the format of the file to import (prices import: litellm; deployments import: inferencex)"
    ).required
    static let force = OptionSpec.flag("force", help: "replace the -o file when it exists")
    static let disagg = OptionSpec.value(
        "disagg", "RULE", example: "all-gpus",
        help: "deployments import: count a disaggregated point's prefill and decode GPUs (default: refuse it)"
    )
    static let effective = OptionSpec.value(
        "effective", "DATE", example: "2025-03-01",
        help: "date imported prices take effect and were checked (default: today)")
    static let codes = OptionSpec.value(
        "codes", "CODES", example: "EUR,JPY,GBP",
        help: "fx import: keep only these currencies (USD always; default: all)")
}

extension Invocation {
    /// Refuses an `-o` file that exists unless `--force` is given (exit 3, nothing written): an
    /// import replaces a data file only when told to.
    func refuseOverwritingWithoutForce() throws(CLIError) {
        // Only a file is "overwritten": a FIFO or a device is written to, as any -o writes it.
        if let output = parsed.value("output-file"), output != "-", !parsed.has("force"),
            let status = PathStatus.of(resolve(output)), status.kind != .other
        {
            throw .io(t(.cliRefuseOverwrite, output))
        }
    }

    /// An imported data file on stdout or atomically in `-o`, with `summary` on stderr followed
    /// by the validation of the result, so the user knows whether it loads and what to look at.
    func deliverImport(_ text: String, summary: String) throws(CLIError) -> CLIResult {
        let output = parsed.value("output-file").flatMap { $0 == "-" ? nil : $0 }
        let check = PriceFileReader.read(
            Data(text.utf8), file: output ?? "(stdout)", options: ValidationOptions(today: environment.today))
        let errors = check.diagnostics.filter { $0.severity == .error }.count
        let warnings = check.diagnostics.count - errors
        var delivered = try deliver(text)
        delivered.stderr +=
            summary + validationSummary(errors: errors, warnings: warnings)
            + (output.map { t(.impSeeValidate, $0) } ?? "") + "\n"
        return delivered
    }
}

/// `prices import` and `prices diff`: LiteLLM's price map in, price changes out for review.
enum InteropCommands {
    /// `prices import --from litellm FILE [-o OUT] [--force] [--effective DATE]`.
    ///
    /// The models.json goes to stdout, or atomically to `-o OUT`; an existing OUT is replaced only
    /// with `--force` (else exit 3, nothing written). What was skipped, and why, goes to stderr.
    @Sendable static func importPrices(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        guard let from = invocation.parsed.value("from") else {
            throw .usage(
                invocation.t(.cliNeeds, "prices import", invocation.t(.cliTheSourceFormat), "--from litellm"))
        }
        guard from == "litellm" else {
            throw .usage(
                invocation.invalidValue(from, "from", expected: "litellm", example: "--from litellm"))
        }
        guard invocation.words.count == 1, let path = invocation.words.first else {
            throw .usage(
                invocation.t(
                    .cliNeeds, "prices import", invocation.t(.cliOneFile),
                    "llmcost prices import --from litellm model_prices_and_context_window.json"))
        }
        let today = invocation.environment.today
        var effective = today
        if let text = invocation.parsed.value("effective") {
            guard let date = CalendarDate(iso: text), date <= today else {
                throw .usage(
                    invocation.invalidValue(
                        text, "effective", expected: invocation.t(.cliExpectDateNotAfter, "\(today)"),
                        example: "--effective 2025-03-01"))
            }
            effective = date
        }
        try invocation.refuseOverwritingWithoutForce()
        let data = try invocation.read(path)
        let result: LiteLLMImportResult
        do {
            result = try LiteLLMImport.convert(data, effective: effective)
        } catch {
            throw .invalid(
                "\(invocation.inputLabel(path)):\(error.location): \(Phrases.syntaxError(error, invocation.messageLanguage))"
            )
        }
        let language = invocation.messageLanguage
        var summary =
            invocation.t(
                .impImportedModels, "\(result.imported.count)",
                invocation.noun(result.imported.count, .nounModel),
                invocation.inputLabel(path), "\(result.skipped.count)",
                invocation.noun(result.skipped.count, .nounEntry)) + "\n"
        for (reason, count) in result.skippedByCategory {
            summary += "  \(count) \(Phrases.skipCategory(reason, language))\n"
        }
        if !result.remarks.isEmpty {
            summary += invocation.t(.impBatchRemarks, "\(result.remarks.count)") + "\n"
        }
        return try invocation.deliverImport(result.text, summary: summary)
    }

    /// `fx import FILE... [-o OUT] [--force] [--codes …]`: the ECB's euro reference rates as a
    /// currencies.json of per-USD rates, one per currency and date (SPEC §6.4).
    @Sendable static func importRates(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        guard !invocation.words.isEmpty else {
            throw .usage(
                invocation.t(
                    .cliNeeds, "fx import", invocation.t(.cliAnECBFile),
                    "llmcost fx import eurofxref-daily.xml"))
        }
        var codes: Set<String>?
        if let text = invocation.parsed.value("codes") {
            let list = text.split(separator: ",").map(String.init)
            guard !list.isEmpty,
                list.allSatisfy({ $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isUppercase } })
            else {
                throw .usage(
                    invocation.invalidValue(
                        text, "codes", expected: invocation.t(.cliExpectISOCodes),
                        example: "--codes EUR,JPY,GBP"))
            }
            codes = Set(list)
        }
        try invocation.refuseOverwritingWithoutForce()
        var days: [CalendarDate: (ECBDay, String)] = [:]
        for word in invocation.words {
            let path = invocation.inputLabel(word)
            let data = try invocation.read(word)
            let parsed: [ECBDay]
            do {
                parsed = try ECBImport.parse(data)
            } catch {
                throw .invalid(
                    "\(path):\(error.line): \(Phrases.ecbProblem(error.problem, invocation.messageLanguage))")
            }
            for day in parsed {
                // The same day in two files (a daily file and a history) must say the same.
                if let (seen, file) = days[day.date], seen != day {
                    throw .invalid(invocation.t(.cliDayDiffers, path, "\(day.date)", file))
                }
                days[day.date] = (day, path)
            }
        }
        let (rates, skipped) = ECBImport.perUSD(days.values.map(\.0), codes: codes)
        let text = ECBImport.currenciesJSON(rates)
        let dates = days.keys.sorted()
        let dayCount = dates.count - skipped.count
        var range = ""
        if let first = dates.first, let last = dates.last {
            range = invocation.t(.impDateRange, "\(first)", "\(last)")
        }
        var summary =
            invocation.t(
                .impImportedRates, "\(rates.count)", invocation.noun(rates.count, .nounRate), "\(dayCount)",
                invocation.noun(dayCount, .nounDay), range) + "\n"
        if !skipped.isEmpty {
            summary +=
                invocation.t(.impSkippedNoUSD, skipped.map(\.description).joined(separator: ", ")) + "\n"
        }
        var delivered = try invocation.deliver(text)
        delivered.stderr += summary
        return delivered
    }

    /// `prices diff OLD NEW [--scenario FILE] [--format table|markdown|json|github]`.
    ///
    /// Exit 0 whatever the differences (they are the result, not an error); 1 when either file is invalid.
    @Sendable static func diff(_ invocation: Invocation) throws(CLIError) -> CLIResult {
        let format = try invocation.format(
            allowed: ["table", "markdown", "json", "github"], default: "table")
        guard invocation.words.count == 2 else {
            throw .usage(
                invocation.t(
                    .cliNeeds, "prices diff", invocation.t(.cliTwoFiles),
                    "llmcost prices diff old/models.json Data/models.json"))
        }
        // Prices are compared in their own currency; only the scenario's costs are converted.
        if !invocation.parsed.has("scenario"),
            let name = ["currency", "fx"].first(where: invocation.parsed.has)
        {
            throw .usage(CLIMessage.currencyWithoutScenario(name).text(invocation.messageLanguage))
        }
        let options = ValidationOptions(today: invocation.environment.today)
        var files: [(PriceFile, JSONNode?)] = []
        var errors: [Diagnostic] = []
        for word in invocation.words {
            let path = invocation.inputLabel(word)
            let data = try invocation.read(word)
            let file = PriceFileReader.read(data, file: path, options: options)
            errors += file.diagnostics.filter { $0.severity == .error }
            if file.kind != nil && file.kind != .models {
                errors.append(
                    Diagnostic(
                        .error, file: path, location: SourceLocation(line: 1, column: 1), path: .root,
                        reason: .notAModelsFile(expected: DataFileKind.models.schemaID)))
            }
            files.append((file, try? JSONReader().parse(data)))
        }
        guard errors.isEmpty, files.count == 2 else {
            throw .diagnostics(
                Diagnostic.sortedByPosition(errors),
                summary: invocation.errorCount(.cliErrorsSeeValidate, errors.count)
            )
        }
        let (old, new) = (files[0], files[1])
        let diff = PriceDiffer.diff(
            old: old.0.table.models, new: new.0.table.models, oldRoot: old.1, newRoot: new.1)
        if format == "github" {
            return try invocation.deliver(githubAnnotations(diff))
        }
        let scenario =
            invocation.parsed.has("scenario")
            ? try scenarioCosts(diff, old: old.0.table, new: new.0.table, invocation: invocation) : nil
        let currency = new.0.table.models.first?.currency ?? "USD"
        let report = PriceDiffReports.diff(
            diff, oldFile: invocation.inputLabel(invocation.words[0]),
            newFile: invocation.inputLabel(invocation.words[1]), currency: currency,
            scenario: scenario, language: try invocation.language())
        return try invocation.emit(report, allowed: [.table, .markdown, .json])
    }

    /// Each option's monthly cost on the scenario's workload with OLD's and with NEW's models.
    ///
    /// The options are the scenario's API models followed by every changed model; GPUs and
    /// currencies come from the data in use (`--data`, else the embedded copy).
    static func scenarioCosts(_ diff: PriceDiff, old: PriceTable, new: PriceTable, invocation: Invocation)
        throws(CLIError) -> ScenarioDiff
    {
        let base = try invocation.loadTable()
        let scenario = try invocation.scenarioFile()
        var ids = scenario.apiModels.map(\.id)
        for id in diff.changedModelIDs where !ids.contains(id) { ids.append(id) }
        func costs(_ models: [APIModel]) throws(CLIError) -> (ScenarioPlan?, [String: Decimal]) {
            var table = base
            table.models = models
            let asOf =
                invocation.parsed.value("as-of") != nil
                ? try invocation.asOfDate() : (scenario.asOf ?? invocation.environment.today)
            var copy = scenario
            copy.apiModels = ids.filter { table.model(id: $0)?.prices(asOf: asOf) != nil }.map {
                ScenarioReference(id: $0)
            }
            copy.selfHosting = []
            guard !copy.apiModels.isEmpty else { return (nil, [:]) }
            let plan = try invocation.plan(copy, table: table)
            var result: [String: Decimal] = [:]
            for option in plan.api {
                do {
                    result[option.model.id] = try APICost.monthly(plan.workload, option.prices).monthly
                } catch {
                    throw .invalid(
                        "\(scenario.file): \(Phrases.scenarioError(error, invocation.messageLanguage))")
                }
            }
            return (plan, result)
        }
        let (oldPlan, oldCosts) = try costs(old.models)
        let (newPlan, newCosts) = try costs(new.models)
        let plan = newPlan ?? oldPlan
        let currency = plan?.currency ?? scenario.currency
        return ScenarioDiff(
            name: scenario.name, currency: currency, minorUnits: invocation.minorUnits(currency, table: base),
            asOf: plan?.asOf ?? invocation.environment.today,
            costs: ids.compactMap { id in
                let (was, now) = (oldCosts[id], newCosts[id])
                return was == nil && now == nil ? nil : ScenarioCostChange(modelID: id, old: was, new: now)
            })
    }

    /// `::notice file=NEW,line=L,col=C,title=MODEL::…` for each change, at its place in NEW
    /// (in OLD for what was removed), then a summary line.
    static func githubAnnotations(_ diff: PriceDiff) -> String {
        var text = ""
        for change in diff.changes {
            text += GitHubAnnotation.line(
                "notice", file: change.origin?.file, location: change.origin?.location, title: change.modelID,
                message: describe(change))
        }
        let prices = diff.changes.filter { $0.change != nil }.count
        text +=
            "\(counted(diff.changes.count, "change")) in \(counted(diff.changedModelIDs.count, "model")); \(counted(prices, "price")) changed\n"
        return text
    }

    /// `openai/gpt-4o 2024-10-01 input_per_mtok: 2.50 → 2.00 (-20.0%)`.
    static func describe(_ change: PriceChange) -> String {
        var text = change.modelID
        if let effective = change.effective { text += " \(effective)" }
        text += ": "
        switch change.kind {
        case .changed:
            text += "\(change.field ?? "") \(change.old ?? "none") → \(change.new ?? "none")"
            if let ratio = change.change {
                let percent = NumberFormatting.plain(ratio * 100, places: 1)
                text += " (\(ratio > 0 ? "+" : "")\(percent)%)"
            }
            if let previous = change.comparedWith { text += " vs the price set of \(previous)" }
        case .modelAdded, .setAdded:
            text += "\(change.kind.rawValue): \(change.new ?? "")"
        case .modelRemoved, .setRemoved:
            text += "\(change.kind.rawValue): \(change.old ?? "")"
        }
        return text
    }
}

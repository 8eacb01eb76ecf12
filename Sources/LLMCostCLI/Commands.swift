import Foundation
import Pricing
import Reports
import Scenarios

// How to add to the command line (everything about a command is its one `Command` below):
//
// - An option of one command: add one line to that command's `options:`, e.g.
//   `.value("tier", "TIER", example: "flex", help: "the API's service tier (flex, priority)"),`.
//   Parsing, "does not apply to" for the other commands, usage and help all follow from it.
//   Read it in the command with `invocation.parsed.value("tier")`. An option several commands take
//   goes in `Options` (Options.swift) as a `static let`, and each command lists it.
// - An option of a whole group (workload, self-hosting, data, output): one line in that group's
//   list in Options.swift; every command declaring the group takes it.
// - A money option: declare it with `.money(name, example:, help:)` so help says "in the
//   scenario's currency" and the value may carry a currency suffix (read it with `money(_:in:)`).
// - A required option: `.value(…).required`; usage shows it unbracketed and parsing refuses its absence.
// - A bounded number: give it a row in `InputBounds` (Sources/Scenarios/InputBounds.swift) with its
//   flag and scenario key; help then shows its bounds and default, and the reader, the engine
//   and sensitivity use the same row.
// - A command: one `Command(path:summary:arguments:groups:options:run:)` in `Commands.all`, with
//   its positional `arguments` declared (`.one("MODEL", example: "openai/gpt-4o")`,
//   `.optional("ID", example: …)`, `.many("FILES", example: …, input: true)`); a missing one or a
//   word beyond them is refused by name (exit 2), so the command reads `invocation.words` as declared. `input: true` marks files
//   the command reads, so `-` means standard input and `-o` may not overwrite them.

/// A positional argument of a command: its placeholder, how many words it takes, and whether it names an input file.
struct ArgumentSpec: Sendable {
    enum Arity: Sendable { case one, optional, many }
    var name: String
    var arity: Arity
    /// A valid value, for messages (`openai/gpt-4o`).
    var example: String
    /// A file the command reads: `-` is standard input, and `-o` may not name it.
    var isInput = false

    static func one(_ name: String, example: String, input: Bool = false) -> ArgumentSpec {
        ArgumentSpec(name: name, arity: .one, example: example, isInput: input)
    }
    static func optional(_ name: String, example: String, input: Bool = false) -> ArgumentSpec {
        ArgumentSpec(name: name, arity: .optional, example: example, isInput: input)
    }
    static func many(_ name: String, example: String, input: Bool = false) -> ArgumentSpec {
        ArgumentSpec(name: name, arity: .many, example: example, isInput: input)
    }

    var usage: String {
        switch arity {
        case .one: name
        case .optional: "[\(name)]"
        case .many: "[\(name)...]"
        }
    }
}

/// A named set of options several commands take together; help prints each under its title.
struct OptionGroup: Sendable {
    var title: String
    var options: [OptionSpec]
}

/// One command of the command line, declared once: its words, positional arguments, option groups, own options and action.
struct Command: Sendable {
    var path: [String]
    var summary: String
    var arguments: [ArgumentSpec] = []
    /// Option groups beside the global ones (data and output), e.g. `[.workload, .selfHosting]`.
    var groups: [OptionGroup] = []
    /// Options of this command alone.
    var options: [OptionSpec] = []
    /// The commands below a group word like `prices`; a group only prints its help.
    var isGroup = false
    var run: @Sendable (Invocation) throws(CLIError) -> CLIResult = { _ throws(CLIError) in
        CLIResult(exitCode: .success)
    }

    /// Every option the command accepts: its own, its groups', then the global ones.
    var acceptedOptions: [OptionSpec] {
        options + groups.flatMap(\.options) + Options.globalGroups.flatMap(\.options)
    }

    /// The usage line after `llmcost`, made from the declaration.
    var usage: String {
        if isGroup {
            let children = Commands.all.filter {
                $0.path.count == path.count + 1 && $0.path.starts(with: path)
            }
            return path.joined(separator: " ") + " " + children.compactMap(\.path.last).joined(separator: "|")
        }
        var words = path + arguments.map(\.usage)
        words += options.map { spec in
            let option = "--\(spec.name)\(spec.valueName.map { " \($0)" } ?? "")"
            return spec.isRequired ? option : "[\(option)]"
        }
        words += groups.map { "[\($0.title)]" }
        return words.joined(separator: " ")
    }

    /// Rejects an option given to a command it does not apply to.
    func checkOptions(_ parsed: ParsedArguments) throws(CLIError) {
        let allowed = Set(acceptedOptions.map(\.name))
        for name in parsed.order where !allowed.contains(name) {
            throw .usage(parsed.t(.cliOptionDoesNotApply, name, path.joined(separator: " ")))
        }
    }

    /// Rejects a command line without a required option, showing its example.
    func checkRequired(_ parsed: ParsedArguments) throws(CLIError) {
        for spec in options where spec.isRequired && !parsed.has(spec.name) {
            throw .usage(
                parsed.t(.cliCommandNeedsOption, path.joined(separator: " "), spec.name, spec.example))
        }
    }

    /// A whole valid command line, for messages: `llmcost prices show openai/gpt-4o`.
    var example: String {
        let required = options.filter(\.isRequired).map(\.example)
        return (["llmcost"] + path + required + arguments.map(\.example)).joined(separator: " ")
    }

    /// Rejects a missing argument, or a word beyond the declared ones, naming it and what it followed.
    func checkArguments(_ words: [String], parsed: ParsedArguments) throws(CLIError) {
        let needed = arguments.filter { $0.arity == .one }
        if words.count < needed.count {
            let missing = needed[words.count...].map(\.name).joined(separator: " ")
            throw .usage(parsed.t(.cliCommandNeedsArgument, path.joined(separator: " "), missing, example))
        }
        let limit = arguments.contains { $0.arity == .many } ? Int.max : arguments.count
        guard words.count > limit else { return }
        let index = parsed.positionals.count - words.count + limit
        let after = parsed.positionalContext.indices.contains(index) ? parsed.positionalContext[index] : nil
        let takes: String
        let names = arguments.map(\.name).joined(separator: " ")
        let atMost = arguments.contains { $0.arity == .optional }
        switch limit {
        case 0: takes = parsed.t(.cliTakesNoArguments)
        case 1: takes = parsed.t(atMost ? .cliTakesAtMostOneArgument : .cliTakesOneArgument, names)
        default: takes = parsed.t(atMost ? .cliTakesAtMostArguments : .cliTakesArguments, "\(limit)", names)
        }
        let example =
            after.flatMap { context in
                Options.spec(String(context.drop { $0 == "-" }.prefix { $0 != " " }))?.example
            } ?? example
        throw .usage(
            CLIMessage.unexpectedArgument(
                words[limit], after: after, command: path.joined(separator: " "), takes: takes,
                example: example
            ).text(parsed.language))
    }
}

enum Commands {
    static let all: [Command] = [
        Command(
            path: ["compare"],
            summary: "rank API and self-hosting options by monthly cost, with break-even volumes",
            groups: [.workload, .selfHosting, .currency],
            options: [Options.models, Options.deployments, Options.mode],
            run: ScenarioCommands.compare),
        Command(
            path: ["breakeven"],
            summary: "the volumes from which self-hosting is cheaper than an API, and the payback",
            groups: [.workload, .selfHosting, .currency],
            options: [Options.api, Options.selfDeployment, Options.mode, Options.sweep, Options.range],
            run: ScenarioCommands.breakeven),
        Command(
            path: ["roi"], summary: "cash flow, payback, NPV and ROI of every option over the horizon",
            groups: [.workload, .selfHosting, .currency], options: [Options.api], run: ScenarioCommands.roi),
        Command(
            path: ["plan"],
            summary:
                "API first, then migrate: the best month to move onto self-hosting, against API only and day one",
            groups: [.workload, .selfHosting, .currency],
            options: [Options.api, Options.mode, Options.objective],
            run: PlanCommand.run),
        Command(
            path: ["deployments"],
            summary: "self-hosting profiles: fitted throughput constants and error at each point",
            arguments: [.optional("ID", example: "llama-3.3-70b-fp8-2xh100-trtllm")],
            options: [Options.speed, Options.ttft], run: DeploymentsCommand.run),
        Command(
            path: ["deployments", "import"],
            summary: "convert SemiAnalysis InferenceX benchmark points into deployment profiles with curves",
            arguments: [.one("FILE", example: "benchmarks.json", input: true)],
            options: [Options.fromInferenceX, Options.force, Options.disagg],
            run: DeploymentsCommand.importCurves),
        Command(
            path: ["speed"],
            summary:
                "the price of speed: self-hosted cost per 1M tokens across user speeds, against each API",
            groups: [.workload, .selfHosting, .currency],
            options: [Options.models, Options.deployments, Options.mode], run: ScenarioCommands.speed),
        Command(
            path: ["sensitivity"], summary: "a tornado: each input moved down and up, sorted by swing",
            groups: [.workload, .selfHosting, .currency],
            options: [Options.api, Options.selfDeployment, Options.mode, Options.metric, Options.delta],
            run: UncertaintyCommands.sensitivity),
        Command(
            path: ["simulate"],
            summary: "Monte Carlo P10/P50/P90 over the scenario's {low, mode, high} ranges",
            groups: [.currency],
            options: [
                Options.scenario, Options.api, Options.selfDeployment, Options.mode, Options.samples,
                Options.seed, Options.speed, Options.ttft,
            ],
            run: UncertaintyCommands.simulate),
        Command(
            path: ["prices"], summary: "list, show, validate, import and diff price data", isGroup: true),
        Command(
            path: ["prices", "list"], summary: "list API models and the prices in force",
            options: Options.list, run: PricesCommands.list),
        Command(
            path: ["prices", "show"], summary: "show every dated price set of one model",
            arguments: [.one("MODEL", example: "openai/gpt-4o")], run: PricesCommands.show),
        Command(
            path: ["prices", "validate"], summary: "check data files; exit 1 when any has errors",
            arguments: [.many("FILES", example: "my-models.json", input: true)], options: Options.validate,
            run: PricesCommands.validate),
        Command(
            path: ["prices", "import"], summary: "convert LiteLLM's price map into a models.json",
            arguments: [.one("FILE", example: "model_prices_and_context_window.json", input: true)],
            options: [Options.from, Options.force, Options.effective],
            run: InteropCommands.importPrices),
        Command(
            path: ["prices", "diff"],
            summary: "added, removed and changed prices between two models.json files",
            arguments: [
                .one("OLD", example: "old/models.json", input: true),
                .one("NEW", example: "Data/models.json", input: true),
            ], groups: [.currency],
            options: [Options.scenario],
            run: InteropCommands.diff),
        Command(
            path: ["fx"], summary: "exchange rates: import the ECB's reference rates", isGroup: true),
        Command(
            path: ["fx", "import"],
            summary:
                "write a currencies.json from ECB euro reference-rate XML (daily, 90-day or full history)",
            arguments: [.many("FILE", example: "eurofxref-hist.xml", input: true)],
            options: [Options.force, Options.codes], run: InteropCommands.importRates),
    ]

    /// The command line with no command: it prints the overview.
    static let root = Command(path: [], summary: "", isGroup: true)

    /// Every option any command declares, once by name, for the first pass of parsing.
    static let knownOptions: [OptionSpec] = {
        var seen: Set<String> = []
        var specs: [OptionSpec] = []
        for spec in Options.globalGroups.flatMap(\.options) + all.flatMap(\.acceptedOptions)
        where seen.insert(spec.name).inserted {
            specs.append(spec)
        }
        return specs
    }()

    /// The top-level words, in the order help lists them.
    static var topLevel: [String] {
        var words: [String] = []
        for command in all where !words.contains(command.path[0]) { words.append(command.path[0]) }
        return words
    }

    /// Finds the longest command whose words begin the positionals; the rest are its arguments.
    static func resolve(_ positionals: [String], language: Language) throws(CLIError) -> (Command, [String]) {
        if positionals.isEmpty {
            return (all.first { $0.path == ["compare"] } ?? root, [])
        }
        let match = all.filter { positionals.starts(with: $0.path) }.max { $0.path.count < $1.path.count }
        guard let command = match else {
            let hint = didYouMean(positionals[0], among: topLevel, language)
            throw .usage(Phrases.text(.cliUnknownCommand, language, positionals[0], hint))
        }
        let rest = Array(positionals.dropFirst(command.path.count))
        if command.isGroup, let word = rest.first {
            let children = all.filter {
                $0.path.count == command.path.count + 1 && $0.path.starts(with: command.path)
            }
            let names = children.compactMap(\.path.last)
            let hint = didYouMean(word, among: names, language)
            throw .usage(
                Phrases.text(
                    .cliUnknownCommand, language, "\(command.path.joined(separator: " ")) \(word)", hint))
        }
        return (command, rest)
    }
}

enum Help {
    static func text(for command: Command) -> String {
        if command.path.isEmpty || command.isGroup {
            let children = Commands.all.filter {
                !$0.isGroup && ($0.path.starts(with: command.path))
            }
            var text =
                command.path.isEmpty
                ? "llmcost \(CLI.version): LLM API versus self-hosting cost and ROI\n\n" : ""
            text += "usage:\n"
            for child in children {
                text += "  llmcost \(child.usage)\n      \(child.summary)\n"
            }
            return text + globalOptionsText()
        }
        var text = "usage: llmcost \(command.usage)\n\n\(command.summary)\n"
        if !command.options.isEmpty {
            text += "\noptions:\n" + command.options.map(line).joined()
        }
        for group in command.groups {
            text += "\n\(group.title):\n" + group.options.map(line).joined()
        }
        return text + globalOptionsText()
    }

    private static func globalOptionsText() -> String {
        Options.globalGroups.map { "\n\($0.title):\n" + $0.options.map(line).joined() }.joined()
            + "\nexit codes: 0 success, 1 invalid data or scenario, 2 usage error, 3 file could not be read or written\n"
    }

    private static func line(_ spec: OptionSpec) -> String {
        var flag = spec.short.map { "-\($0), " } ?? ""
        flag += "--\(spec.name)"
        if let valueName = spec.valueName { flag += " \(valueName)" }
        let padded = flag.padding(toLength: max(flag.count, 24), withPad: " ", startingAt: 0)
        return "  \(padded)  \(spec.help)\(InputBounds.forFlag(spec.name).map(bounds) ?? "")\n"
    }

    /// ` [1…1000; default 2]`: a flag's bounds and default, from the table the scenario reader uses too.
    private static func bounds(_ bound: InputBound) -> String {
        let percent = bound.unit.contains("share") || bound.unit.contains("rate")
        func shown(_ value: Decimal) -> String { percent ? "\(value * 100)%" : "\(value)" }
        var text =
            (bound.lowerIncluded ? "" : ">") + shown(bound.lower) + "…" + (bound.upper.map(shown) ?? "")
        if let value = bound.defaultValue { text += "; default \(shown(value))" }
        return " [\(text)]"
    }
}

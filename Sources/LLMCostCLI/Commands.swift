import Foundation
import Pricing

/// One command of the command line: its words, the options it takes, and what it does.
struct Command: Sendable {
    var path: [String]
    var summary: String
    /// The usage line after `llmcost`, e.g. `prices validate [FILES...] [--strict]`.
    var usage: String
    /// Names of the options this command accepts besides the global ones.
    var options: [String]
    /// The commands below a group word like `prices`; a group only prints its help.
    var isGroup = false
    var run: @Sendable (Invocation) throws(CLIError) -> CLIResult = { _ throws(CLIError) in
        CLIResult(exitCode: .success)
    }

    /// Rejects an option given to a command it does not apply to.
    func checkOptions(_ parsed: ParsedArguments) throws(CLIError) {
        let allowed = Set(Options.global.map(\.name) + options)
        for name in parsed.order where !allowed.contains(name) {
            throw .usage("option --\(name) does not apply to 'llmcost \(path.joined(separator: " "))'")
        }
    }
}

enum Commands {
    static let all: [Command] = [
        Command(
            path: ["compare"],
            summary: "rank API and self-hosting options by monthly cost, with break-even volumes",
            usage:
                "compare [--scenario FILE] [workload flags] [--models IDS] [--deployments IDS] [--mode rent|own]",
            options: Options.scenarioNames + ["models", "deployments", "mode"], run: ScenarioCommands.compare),
        Command(
            path: ["breakeven"],
            summary: "the volumes from which self-hosting is cheaper than an API, and the payback",
            usage:
                "breakeven --api MODEL --self DEPLOYMENT [--mode rent|own] [--scenario FILE] [workload flags]",
            options: Options.scenarioNames + ["api", "self", "mode", "sweep", "range"],
            run: ScenarioCommands.breakeven),
        Command(
            path: ["roi"], summary: "cash flow, payback, NPV and ROI of every option over the horizon",
            usage: "roi [--scenario FILE] [--api MODEL] [workload flags]",
            options: Options.scenarioNames + ["api"], run: ScenarioCommands.roi),
        Command(
            path: ["plan"],
            summary:
                "API first, then migrate: the best month to move onto self-hosting, against API only and day one",
            usage:
                "plan [--scenario FILE] [--api MODEL] [--mode rent|own] [--objective cost|npv] [workload flags]",
            options: Options.scenarioNames + ["api", "mode", "objective"], run: PlanCommand.run),
        Command(
            path: ["deployments"],
            summary: "self-hosting profiles: fitted throughput constants and error at each point",
            usage: "deployments [ID] [--speed TOKENS/S] [--ttft SECONDS]", options: ["speed", "ttft"],
            run: DeploymentsCommand.run),
        Command(
            path: ["deployments", "import"],
            summary: "convert SemiAnalysis InferenceX benchmark points into deployment profiles with curves",
            usage: "deployments import --from inferencex FILE [-o OUT] [--force] [--disagg all-gpus]",
            options: ["from", "force", "disagg"], run: DeploymentsCommand.importCurves),
        Command(
            path: ["speed"],
            summary:
                "the price of speed: self-hosted cost per 1M tokens across user speeds, against each API",
            usage:
                "speed [--scenario FILE] [workload flags] [--models IDS] [--deployments IDS] [--mode rent|own] [--ttft SECONDS]",
            options: Options.scenarioNames + ["models", "deployments", "mode"], run: ScenarioCommands.speed),
        Command(
            path: ["sensitivity"], summary: "a tornado: each input moved down and up, sorted by swing",
            usage:
                "sensitivity [--scenario FILE] [--metric saving|breakeven|npv] [--delta 20%] [--api MODEL] [--self DEPLOYMENT] [--mode rent|own]",
            options: Options.scenarioNames + ["api", "self", "mode", "metric", "delta"],
            run: UncertaintyCommands.sensitivity),
        Command(
            path: ["simulate"],
            summary: "Monte Carlo P10/P50/P90 over the scenario's {low, mode, high} ranges",
            usage:
                "simulate [--scenario FILE] [--samples N] [--seed S] [--api MODEL] [--self DEPLOYMENT] [--mode rent|own] [--speed TOKENS/S] [--ttft SECONDS]",
            options: ["scenario", "api", "self", "mode", "samples", "seed", "speed", "ttft"],
            run: UncertaintyCommands.simulate
        ),
        Command(
            path: ["prices"], summary: "list, show, validate, import and diff price data",
            usage: "prices list|show|validate|import|diff",
            options: [], isGroup: true),
        Command(
            path: ["prices", "list"], summary: "list API models and the prices in force",
            usage:
                "prices list [--provider NAME] [--family FAMILY] [--open-weights] [--seats] [--all] [--as-of DATE]",
            options: ["provider", "family", "open-weights", "seats", "all"], run: PricesCommands.list),
        Command(
            path: ["prices", "show"], summary: "show every dated price set of one model",
            usage: "prices show MODEL", options: [], run: PricesCommands.show),
        Command(
            path: ["prices", "validate"], summary: "check data files; exit 1 when any has errors",
            usage:
                "prices validate [FILES...] [--strict] [--max-age DAYS] [--max-price USD] [--format text|json|github]",
            options: ["strict", "max-age", "max-price"], run: PricesCommands.validate),
        Command(
            path: ["prices", "import"], summary: "convert LiteLLM's price map into a models.json",
            usage: "prices import --from litellm FILE [-o OUT] [--force] [--effective DATE]",
            options: ["from", "force", "effective"], run: InteropCommands.importPrices),
        Command(
            path: ["prices", "diff"],
            summary: "added, removed and changed prices between two models.json files",
            usage: "prices diff OLD NEW [--scenario FILE] [--format table|markdown|json|github]",
            options: ["scenario"], run: InteropCommands.diff),
        Command(
            path: ["fx"], summary: "exchange rates: import the ECB's reference rates",
            usage: "fx import", options: [], isGroup: true),
        Command(
            path: ["fx", "import"],
            summary:
                "write a currencies.json from ECB euro reference-rate XML (daily, 90-day or full history)",
            usage: "fx import FILE... [-o OUT] [--force] [--codes EUR,JPY,…]",
            options: ["force", "codes"], run: InteropCommands.importRates),
    ]

    /// The command line with no command: it prints the overview.
    static let root = Command(path: [], summary: "", usage: "", options: [], isGroup: true)

    /// The top-level words, in the order help lists them.
    static var topLevel: [String] {
        var words: [String] = []
        for command in all where !words.contains(command.path[0]) { words.append(command.path[0]) }
        return words
    }

    /// Finds the longest command whose words begin the positionals; the rest are its arguments.
    static func resolve(_ positionals: [String]) throws(CLIError) -> (Command, [String]) {
        if positionals.isEmpty {
            return (all.first { $0.path == ["compare"] } ?? root, [])
        }
        let match = all.filter { positionals.starts(with: $0.path) }.max { $0.path.count < $1.path.count }
        guard let command = match else {
            let hint =
                closestMatch(to: positionals[0], among: topLevel).map { "; did you mean '\($0)'?" } ?? ""
            throw .usage("unknown command '\(positionals[0])'\(hint)")
        }
        let rest = Array(positionals.dropFirst(command.path.count))
        if command.isGroup, let word = rest.first {
            let children = all.filter {
                $0.path.count == command.path.count + 1 && $0.path.starts(with: command.path)
            }
            let names = children.compactMap(\.path.last)
            let hint = closestMatch(to: word, among: names).map { "; did you mean '\($0)'?" } ?? ""
            throw .usage("unknown command '\(command.path.joined(separator: " ")) \(word)'\(hint)")
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
        let specs = command.options.compactMap(Options.spec)
        if !specs.isEmpty {
            text += "\noptions:\n" + specs.map(line).joined()
        }
        return text + globalOptionsText()
    }

    private static func globalOptionsText() -> String {
        "\nglobal options:\n" + Options.global.map(line).joined()
            + "\nexit codes: 0 success, 1 invalid data or scenario, 2 usage error, 3 file could not be read or written\n"
    }

    private static func line(_ spec: OptionSpec) -> String {
        var flag = spec.short.map { "-\($0), " } ?? ""
        flag += "--\(spec.name)"
        if let valueName = spec.valueName { flag += " \(valueName)" }
        let padded = flag.padding(toLength: max(flag.count, 24), withPad: " ", startingAt: 0)
        return "  \(padded)  \(spec.help)\n"
    }
}

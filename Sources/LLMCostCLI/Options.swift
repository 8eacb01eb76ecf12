import Foundation
import Pricing

/// The options more than one command takes, and the groups; each command declares which apply to it.
enum Options {
    /// The groups every command takes: the data it reads and how it writes.
    static let globalGroups: [OptionGroup] = [
        OptionGroup(title: "data options", options: data),
        OptionGroup(title: "output options", options: output),
    ]

    /// Money in another currency: only commands that show money from a scenario take these.
    static let currency: [OptionSpec] = [
        .value(
            "currency", "CODE", example: "JPY",
            help: "show money in this currency (rates from currencies.json)"),
        .value(
            "fx", "CODE=RATE", example: "JPY=151.2",
            help: "use this rate (units per USD) instead; without --currency, show money in CODE",
            repeatable: true),
    ]

    static let data: [OptionSpec] = [
        .value(
            "data", "DIR", example: "./Data", help: "read models/gpus/deployments/currencies.json from DIR"),
        .value(
            "prices", "FILE", example: "my-prices.json",
            help: "overlay a data file on the defaults (same id replaces, new ids add; - reads stdin)",
            repeatable: true),
        .value(
            "as-of", "DATE", example: "2025-03-01",
            help: "use the prices in force on this date (default: today)"),
    ]

    static let output: [OptionSpec] = [
        .value(
            "format", "FORMAT", example: "markdown",
            help:
                "output format: table, markdown, csv, json, html, svg; xlsx for compare, breakeven, roi, sensitivity, plan (validate: text, json, github; default: from -o's extension)"
        ),
        .value("lang", "LANG", example: "ja", help: "labels in en or ja"),
        .value(
            "output-file", "FILE", example: "report.md",
            help: "write the result to FILE (atomically; through links; - is stdout)", short: "o"),
        .flag("explain", help: "print the formula trail with the values put in"),
        .value("table", "KEY", example: "cash_flow", help: "CSV: write only this table (KEY or KEY.N)"),
        .flag("no-bom", help: "CSV: leave out the UTF-8 byte-order mark (for programs)"),
        .flag("wide", help: "terminal tables one line per row, whatever the width (as into a pipe)"),
        .flag("no-color", help: "no colour, even on a terminal (NO_COLOR is honoured too)"),
        .flag("help", short: "h", help: "show help"),
        .flag("version", help: "print the version"),
    ]

    static let validate: [OptionSpec] = [
        .flag("strict", help: "treat warnings as errors"),
        .value(
            "max-age", "DAYS", example: "90",
            help: "warn when a figure was checked more than DAYS ago (default 180)"),
        .value(
            "max-price", "AMOUNT", example: "1000",
            help: "error when a price per 1M tokens is above this, in each file's own currency (default 1000)"
        ),
    ]

    static let list: [OptionSpec] = [
        .value("provider", "NAME", example: "together", help: "only this provider's models"),
        .value("family", "FAMILY", example: "llama-3.1-70b", help: "only this model family"),
        .flag("open-weights", help: "only models whose weights are open"),
        .flag("seats", help: "list the per-user seat plans (seats.json) instead of API models"),
        .flag("all", help: "include models retired on the as-of date"),
    ]

    static let scenario = OptionSpec.value(
        "scenario", "FILE", example: "scenario.json",
        help: "a saved scenario, or - for standard input (default: the embedded default)")

    static let workload: [OptionSpec] = [
        scenario,
        .value(
            "requests", "N[/month|/day]", example: "3M/month", help: "requests per month, or per day × 365/12"
        ),
        .value("input", "TOKENS", example: "1500", help: "input tokens per request"),
        .value("output", "TOKENS", example: "400", help: "output tokens per request"),
        .value("cached", "SHARE", example: "30%", help: "share of input tokens read from the prompt cache"),
        .value("batch", "SHARE", example: "50%", help: "share of requests sent through a batch API"),
        .value("growth", "RATE", example: "3%", help: "volume growth per month"),
        .value("peak", "RATIO", example: "2", help: "peak load over average load"),
        .value(
            "hours", "HOURS", example: "730", help: "serving hours per month (rented GPUs bill these only)"),
        tier, speed, ttft,
    ]

    static let tier = OptionSpec.value(
        "tier", "NAME", example: "flex",
        help: "price API models at this service tier (flex, priority; standard where a model has none)")
    static let speed = OptionSpec.value(
        "speed", "TOKENS/S", example: "30",
        help: "service level: output tokens/s each user must see (self-hosting priced at that speed)")
    static let ttft = OptionSpec.value(
        "ttft", "SECONDS", example: "2", help: "service level: longest median time to first token")

    static let selfHosting: [OptionSpec] = [
        .money(
            "rate", example: "2.99", help: "rent rate per GPU-hour (default: cheapest on-demand offer)"),
        .value("offer", "PROVIDER", example: "lambda", help: "rent at this provider's offer for the GPU"),
        .value("utilization", "SHARE", example: "80%", help: "target utilisation of a replica"),
        .value("min-replicas", "N", example: "1", help: "replicas kept running at any volume"),
        .value("amortization", "MONTHS", example: "36", help: "months owned GPUs are written off over"),
        .money("kwh", example: "0.12", help: "electricity price per kWh"),
        .value("pue", "RATIO", example: "1.3", help: "data-centre power usage effectiveness"),
        .value("ops-fte", "FTE", example: "0.25", help: "staff running the service, full-time equivalents"),
        .money("fte-cost", example: "15000", help: "cost of one full-time engineer per month"),
        .money("setup", example: "20000", help: "one-time engineering and fine-tuning cost"),
        .value("horizon", "MONTHS", example: "36", help: "months of the cash-flow projection"),
        .value("discount", "RATE", example: "8%", help: "annual discount rate for NPV"),
    ]

    static let models = OptionSpec.value(
        "models", "IDS", example: "openai/gpt-4o,openai/gpt-4o-mini",
        help: "API models to compare (comma-separated)")
    static let deployments = OptionSpec.value(
        "deployments", "IDS", example: "llama-3.3-70b-fp8-2xh100-trtllm",
        help: "deployment profiles to self-host (comma-separated)")
    static let api = OptionSpec.value(
        "api", "MODEL", example: "openai/gpt-4o", help: "the API model to compare against")
    static let selfDeployment = OptionSpec.value(
        "self", "DEPLOYMENT", example: "llama-3.3-70b-fp8-2xh100-trtllm", help: "the deployment to self-host")
    static let mode = OptionSpec.value(
        "mode", "MODE", example: "rent", help: "rent or own the GPUs (compare: both unless given)")
    static let objective = OptionSpec.value(
        "objective", "GOAL", example: "npv",
        help: "plan: minimise total cost (cost, the default) or maximise NPV (npv)")

    /// A known option by name (any command's), for its example in messages.
    static func spec(_ name: String) -> OptionSpec? { Commands.knownOptions.first { $0.name == name } }
}

extension OptionGroup {
    /// The workload: the scenario file and the flags laid over its workload.
    static let workload = OptionGroup(title: "workload options", options: Options.workload)
    /// Self-hosting costs and the cash-flow projection.
    static let selfHosting = OptionGroup(title: "self-hosting options", options: Options.selfHosting)
    /// The currency money is shown in.
    static let currency = OptionGroup(title: "currency options", options: Options.currency)
}

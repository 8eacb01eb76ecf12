import Foundation
import Pricing

/// Every option the command line knows; each command says which of them apply to it.
enum Options {
    static let global: [OptionSpec] = [
        .value(
            "format", "FORMAT", example: "markdown",
            help: "output format: table, markdown, csv, json, html, svg (validate: text, json, github)"),
        .value("currency", "CODE", example: "JPY", help: "show money in this currency (rates from currencies.json)"),
        .value("fx", "CODE=RATE", example: "JPY=151.2", help: "use this rate (units per USD) instead", repeatable: true),
        .value("data", "DIR", example: "./Data", help: "read models/gpus/deployments/currencies.json from DIR"),
        .value(
            "prices", "FILE", example: "my-prices.json",
            help: "overlay a data file on the defaults (same id replaces, new ids add)", repeatable: true),
        .value("as-of", "DATE", example: "2025-03-01", help: "use the prices in force on this date (default: today)"),
        .value("lang", "LANG", example: "ja", help: "labels in en or ja"),
        .value("output", "FILE", example: "report.md", help: "write the result to FILE (atomically)", short: "o"),
        .flag("explain", help: "print the formula trail with the values put in"),
        .flag("no-color", help: "no colour, even on a terminal (NO_COLOR is honoured too)"),
        .flag("help", short: "h", help: "show help"),
        .flag("version", help: "print the version"),
    ]

    static let validate: [OptionSpec] = [
        .flag("strict", help: "treat warnings as errors"),
        .value("max-age", "DAYS", example: "90", help: "warn when a figure was checked more than DAYS ago (default 180)"),
        .value(
            "max-price", "USD", example: "1000",
            help: "error when a price per 1M tokens is above this (default 1000)"),
    ]

    static let list: [OptionSpec] = [
        .value("provider", "NAME", example: "together", help: "only this provider's models"),
        .value("family", "FAMILY", example: "llama-3.1-70b", help: "only this model family"),
        .flag("open-weights", help: "only models whose weights are open"),
    ]

    static let all: [OptionSpec] = global + validate + list

    static func spec(_ name: String) -> OptionSpec? { all.first { $0.name == name } }
}

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "llmcost",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "llmcost", targets: ["llmcost"]),
        // Times the engine for scripts/bench.sh; not run by `swift test` (docs/benchmarks.md).
        .executable(name: "llmcost-bench", targets: ["LLMCostBench"]),
    ],
    targets: [
        // Price tables, the position-tracking JSON reader, loading and validation. No I/O.
        .target(name: "Pricing"),
        // The pure cost engine: workload, API cost, self-hosting, break-even, cash flow.
        .target(name: "Scenarios", dependencies: ["Pricing"]),
        // ZIP and SpreadsheetML (cells, formulas, styles, sheets); knows nothing of llmcost.
        .target(name: "Spreadsheet"),
        // Renderers and money/number formatting; the finance workbook's mapping onto sheets.
        .target(name: "Reports", dependencies: ["Pricing", "Scenarios", "Spreadsheet"]),
        // Data/ embedded at build time, so the binary works alone from any directory.
        .target(name: "DefaultData", plugins: ["EmbedData"]),
        // Commands, argument parsing and exit codes, driven in-process by the tests.
        .target(
            name: "LLMCostCLI",
            dependencies: ["Pricing", "Scenarios", "Reports", "Spreadsheet", "DefaultData"]),
        .executableTarget(name: "llmcost", dependencies: ["LLMCostCLI"]),
        .executableTarget(name: "LLMCostBench", dependencies: ["Pricing", "Scenarios", "DefaultData"]),
        .executableTarget(name: "EmbedDataTool"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["EmbedDataTool"]),
        .testTarget(name: "PricingTests", dependencies: ["Pricing", "Scenarios", "DefaultData"]),
        .testTarget(name: "ScenariosTests", dependencies: ["Scenarios", "Pricing", "DefaultData"]),
        // Standard readers (RFC 4180 CSV, well-formed XML) the test targets check outputs with.
        .target(name: "TestSupport", dependencies: ["Scenarios", "Pricing"], path: "Tests/TestSupport"),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Scenarios", "Pricing", "TestSupport"]),
        .testTarget(
            name: "CLITests",
            dependencies: ["LLMCostCLI", "DefaultData", "Pricing", "Reports", "Scenarios", "TestSupport"],
            // Fixtures and expected outputs are read from the source tree (so goldens can be
            // regenerated in place), not bundled.
            exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["llmcost"]),
    ],
    swiftLanguageModes: [.v6]
)

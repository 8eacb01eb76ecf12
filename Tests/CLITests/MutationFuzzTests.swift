import DefaultData
import Foundation
import LLMCostCLI
import TestSupport
import Testing

/// Seeded mutation fuzzing of the data and scenario files, through the whole command line.
///
/// Each case mutates one of the shipped files (see `Mutator`), writes it into a scratch copy of
/// `Data/`, and runs one command on it in-process: load, validate, compute, render. The case
/// must end in a result (exit 0) or in errors that name the file (exit 1), with no `nan` or
/// `inf` in any output. A trap ends the whole run, so the case about to run is first written
/// to `lastCase` for replay.
///
/// `swift test` runs `defaultCases` cases; `LLMCOST_FUZZ_CASES=100000` is the long mode and
/// `LLMCOST_FUZZ_SEED` moves the first seed (docs/fuzzing.md).
@Suite struct MutationFuzzTests {
    static let defaultCases = 300
    static let dataFiles = ["models.json", "gpus.json", "deployments.json", "currencies.json"]
    static let scenarioFiles = [
        "scenarios/default.json", "scenarios/call-centre-ja.json", "scenarios/document-summarisation.json",
    ]
    /// Where each shard writes its case before running it, so a trap leaves the seed behind.
    static let lastCase = NSTemporaryDirectory() + "llmcost-fuzz-last-case"

    static func setting(_ name: String) -> Int? {
        ProcessInfo.processInfo.environment[name].flatMap { Int($0) }
    }

    /// The cases are split into shards that run in parallel; shard `n` takes every seed ≡ n (mod shards).
    static let shards = 4

    @Test(arguments: 0..<shards) func mutatedFilesEndInAResultOrAnErrorNamingTheFile(shard: Int) throws {
        let total = Self.setting("LLMCOST_FUZZ_CASES") ?? Self.defaultCases
        let firstSeed = UInt64(Self.setting("LLMCOST_FUZZ_SEED") ?? 1)
        let seeds = stride(from: firstSeed + UInt64(shard), to: firstSeed + UInt64(total), by: Self.shards)
        let lastCase = Self.lastCase + "-from-\(firstSeed)-shard-\(shard).txt"
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(
            atPath: scratch.path + "/data/scenarios", withIntermediateDirectories: true)
        var originals: [String: [UInt8]] = [:]
        for name in Self.dataFiles + Self.scenarioFiles {
            let bytes = try #require(DefaultData.files[name], "no embedded \(name)")
            originals[name] = Array(bytes)
            try bytes.write(to: URL(fileURLWithPath: scratch.path + "/data/" + name))
        }

        var failures: [String] = []
        var exitCodes: [Int32: Int] = [:]
        var slowest = (duration: Duration.zero, seed: firstSeed)
        var cases = 0
        for seed in seeds {
            cases += 1
            var mutator = Mutator(seed: seed)
            let target = mutator.pick(Self.dataFiles + Self.scenarioFiles)
            let original = try #require(originals[target])
            let (bytes, steps) = mutator.mutate(original)
            let path = "data/" + target
            try Data(bytes).write(to: URL(fileURLWithPath: scratch.path + "/" + path))
            let scenario = target.hasPrefix("scenarios/") ? path : "data/" + mutator.pick(Self.scenarioFiles)
            let arguments = Self.command(&mutator, file: path, scenario: scenario)
            let description = "seed \(seed): \(path) [\(steps.joined(separator: "; "))] llmcost \(arguments)"
            try Data(description.utf8).write(to: URL(fileURLWithPath: lastCase))

            let start = ContinuousClock.now
            let result = llmcost(arguments, in: scratch.path)
            let elapsed = ContinuousClock.now - start
            if elapsed > slowest.duration { slowest = (elapsed, seed) }
            exitCodes[result.exitCode.rawValue, default: 0] += 1
            // The strings the case planted, which messages may quote back.
            let injected = Set(
                mutator.injected.flatMap { value in
                    value.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
                        .filter { $0.offset % 2 == 1 }.map { String($0.element) } + [value]
                })
            if let problem = Self.problem(
                with: result, arguments: arguments, injected: injected)
            {
                failures.append("\(description): \(problem)")
                // Kept for replay: the mutated file, named by its seed.
                let kept =
                    NSTemporaryDirectory() + "llmcost-fuzz-seed-\(seed)-"
                    + (target as NSString).lastPathComponent
                try Data(bytes).write(to: URL(fileURLWithPath: kept))
            }
            try Data(original).write(to: URL(fileURLWithPath: scratch.path + "/" + path))
        }
        print(
            "mutation fuzz shard \(shard): \(cases) cases, exit codes \(exitCodes.sorted { $0.key < $1.key }), "
                + "\(failures.count) failures, slowest \(slowest.duration) (seed \(slowest.seed))")
        #expect(
            failures.isEmpty,
            "\(failures.count) failing cases:\n\(failures.prefix(20).joined(separator: "\n"))")
        // Every case is bounded (256 KB, depth 300, 50 draws); a slow one means a loop to find.
        #expect(slowest.duration < .seconds(20), "seed \(slowest.seed) took \(slowest.duration)")
    }

    /// A command over the mutated data: every one reads all four data files and the scenario.
    static func command(_ mutator: inout Mutator, file: String, scenario: String) -> [String] {
        let all = ["table", "markdown", "csv", "json", "html", "svg"]
        let data = ["--data", "data"]
        let run = ["--scenario", scenario]
        let (words, formats): ([String], [String]) = mutator.pick([
            (["compare"] + data + run, all),
            (["roi"] + data + run, all),
            (["breakeven"] + data + run, all),
            (["breakeven", "--sweep"] + data + run, all),
            (["sensitivity", "--metric", mutator.pick(["saving", "breakeven", "npv"])] + data + run, all),
            (["simulate", "--samples", "50", "--seed", "7"] + data + run, all),
            (["compare", "--prices", file] + run, all),
            (["prices", "validate", file], ["text", "json", "github"]),
            (["prices", "list"] + data, Array(all.dropLast())),
            (["prices", "show", "openai/gpt-4o"] + data, Array(all.dropLast())),
            (["deployments"] + data, Array(all.dropLast())),
        ])
        var arguments = words + ["--format", mutator.pick(formats)]
        if mutator.int(4) == 0 { arguments += ["--currency", mutator.pick(["JPY", "EUR", "USD"])] }
        if mutator.int(4) == 0 { arguments += ["--lang", "ja"] }
        if mutator.int(8) == 0 { arguments.append("--explain") }
        return arguments
    }

    /// What is wrong with a case's outcome, or nil when it is a result or a clear, placed error.
    static func problem(with result: CLIResult, arguments: [String], injected: Set<String>)
        -> String?
    {
        if let word = nonFiniteWord(in: result.stdout + result.stderr, ignoring: injected) {
            return "'\(word)' in the output"
        }
        switch result.exitCode {
        case .success:
            return result.stdout.isEmpty ? "exit 0 with nothing on standard output" : nil
        case .invalidInput:
            // validate lists its findings on stdout; every other command on stderr.
            let report = arguments.starts(with: ["prices", "validate"]) ? result.stdout : result.stderr
            guard !report.isEmpty else { return "exit 1 without a message" }
            // The error may lie in another file than the mutated one (a reference to an id the
            // mutation removed), but it must name one of the case's files.
            guard report.contains("data/") else {
                return "exit 1 without naming a file: \(report.prefix(300))"
            }
            return nil
        case .usage:
            // A valid file can still lack what the command line asks for (breakeven with no API
            // model listed, --currency EUR with no EUR rate): a usage error then, which must show
            // the flag that supplies it with a value.
            let message = result.stderr.replacingOccurrences(of: "(run 'llmcost --help' for usage)", with: "")
            guard message.range(of: #"--[a-z-]+[ =][^ )]+"#, options: .regularExpression) != nil else {
                return "exit 2 for a bad file: \(result.stderr.prefix(300))"
            }
            return nil
        case .io:
            return "exit \(result.exitCode.rawValue) for a bad file: \(result.stderr.prefix(300))"
        }
    }

    /// `nan`, `inf`, `infinity` or `∞` standing as a word: a non-finite number reached the output.
    ///
    /// Adversarial strings the case planted (a model named "NaN") may be echoed and are skipped.
    static func nonFiniteWord(in text: String, ignoring injected: Set<String>) -> String? {
        var cleaned = text
        for token in injected where ["nan", "inf", "∞"].contains(where: token.lowercased().contains) {
            cleaned = cleaned.replacingOccurrences(of: token, with: "")
        }
        if cleaned.contains("∞") { return "∞" }
        let words = cleaned.split { !$0.isLetter }
        return words.first { ["nan", "inf", "infinity"].contains($0.lowercased()) }.map(String.init)
    }
}

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
    static let dataFiles = ["models.json", "gpus.json", "deployments.json", "currencies.json", "seats.json"]
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
        var byCommand: [String: [Int32: Int]] = [:]
        var slowest = (duration: Duration.zero, seed: firstSeed)
        var cases = 0
        for seed in seeds {
            cases += 1
            var mutator = Mutator(seed: seed)
            let target = mutator.pick(Self.dataFiles + Self.scenarioFiles)
            let original = try #require(originals[target])
            let (bytes, steps) = Self.mutate(original, of: target, with: &mutator)
            let path = "data/" + target
            try Data(bytes).write(to: URL(fileURLWithPath: scratch.path + "/" + path))
            let scenario = target.hasPrefix("scenarios/") ? path : "data/" + mutator.pick(Self.scenarioFiles)
            var arguments = Self.command(&mutator, file: path, scenario: scenario)
            if arguments.first == "plan", !arguments.contains("--horizon"), !Self.horizonIsModest(bytes) {
                arguments += ["--horizon", "120"]
            }
            let description = "seed \(seed): \(path) [\(steps.joined(separator: "; "))] llmcost \(arguments)"
            try Data(description.utf8).write(to: URL(fileURLWithPath: lastCase))

            let start = ContinuousClock.now
            let result = llmcost(arguments, in: scratch.path)
            let elapsed = ContinuousClock.now - start
            if elapsed > slowest.duration { slowest = (elapsed, seed) }
            exitCodes[result.exitCode.rawValue, default: 0] += 1
            let name =
                arguments.prefix { !$0.hasPrefix("-") }.filter { !$0.contains("/") }.joined(separator: " ")
                + (arguments.contains("--seats") ? " --seats" : "")
            byCommand[name, default: [:]][result.exitCode.rawValue, default: 0] += 1
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
                + "\(failures.count) failures, slowest \(slowest.duration) (seed \(slowest.seed)); by command: "
                + byCommand.sorted { $0.key < $1.key }.map { command, codes in
                    "\(command) "
                        + codes.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(
                            separator: "/")
                }.joined(separator: ", "))
        #expect(
            failures.isEmpty,
            "\(failures.count) failing cases:\n\(failures.prefix(20).joined(separator: "\n"))")
        // Every case is bounded (256 KB, depth 300, 50 draws); a slow one means a loop to find.
        #expect(slowest.duration < .seconds(20), "seed \(slowest.seed) took \(slowest.duration)")
    }

    /// The strategy fields of a scenario (issue 10), which the shipped scenarios hold few of.
    static let strategyKeys = ["segments", "users", "seat_plans", "migration", "self_hosting", "condition"]

    /// Values for the strategy fields, good and bad, set whole before the byte and value mutations.
    static let strategyValues: [(key: String, value: String)] = [
        (
            "segments",
            #"[{"name": "a", "share": "40%", "must_self_host": true}, {"name": "b", "share": "50%"}]"#
        ),
        ("segments", #"[{"name": "a", "share": 1.5}, {"name": "b", "share": -0.5}]"#),
        ("segments", #"[{"name": "a", "share": "50%"}, {"name": "a", "share": "50%"}]"#),
        (
            "segments",
            #"[{"name": "a", "share": 1, "must_self_host": true, "input_tokens": 0, "output_tokens": 0}]"#
        ),
        ("segments", #"[{"name": "a", "share": 1, "must_self_host": true}]"#),
        (
            "segments",
            #"[{"name": "c", "share": "30%", "must_self_host": true, "input_tokens": "12k", "batch_share": "20%"}, "#
                + #"{"name": "g", "share": "70%", "output_tokens": 2000, "cached_input_share": "50%"}]"#
        ),
        (
            "segments",
            #"[{"name": "a", "share": "0%", "must_self_host": true}, {"name": "b", "share": "100%"}]"#
        ),
        ("users", "500"), ("users", "0"), ("users", "-3"), ("users", "1e15"), ("users", "2.5"),
        ("seat_plans", #"["openai/chatgpt-plus", "microsoft/365-copilot"]"#),
        ("seat_plans", #"["openai/chatgpt-pluss"]"#), ("seat_plans", "[]"),
        ("migration", #"{"one_time": 3000000, "fine_tuning": 2000000, "note": "x"}"#),
        ("migration", #"{"one_time": -1}"#), ("migration", #"{"fine_tuning": 1e18}"#), ("migration", "{}"),
        (
            "self_hosting",
            #"[{"deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "own", "condition": "used"}]"#
        ),
        (
            "self_hosting",
            #"[{"deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "rent", "condition": "used"}]"#
        ),
        (
            "self_hosting",
            #"[{"deployment": "llama-3.3-70b-fp8-1xh200-trtllm", "mode": "own", "condition": "used"}]"#
        ),
        (
            "self_hosting",
            #"[{"deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "own", "condition": "mint"}]"#
        ),
        (
            "self_hosting",
            #"[{"deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "own", "condition": "used"}, "#
                + #"{"deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "own"}, "#
                + #"{"deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "rent"}]"#
        ),
    ]

    /// One case's mutation: scenarios often get a strategy field set and their mutations focused
    /// on the strategy fields, gpus.json on its purchase offers; every file gets byte and value mutations.
    static func mutate(_ original: [UInt8], of target: String, with mutator: inout Mutator)
        -> (bytes: [UInt8], steps: [String])
    {
        var bytes = original
        var steps: [String] = []
        if target.hasPrefix("scenarios/") {
            if mutator.int(3) == 0 {
                let (key, value) = mutator.pick(Self.strategyValues)
                steps.append(mutator.set(key, to: value, in: &bytes))
                // Sometimes the set field is all the case changes.
                if mutator.int(2) == 0 { return (bytes, steps) }
            }
            if mutator.int(2) == 0 { mutator.focus = Self.strategyKeys }
        } else if target == "gpus.json", mutator.int(2) == 0 {
            mutator.focus = ["buy"]
        }
        let mutated = mutator.mutate(bytes)
        return (
            mutated.bytes, steps + mutated.steps + (mutator.focus.isEmpty ? [] : ["focus \(mutator.focus)"])
        )
    }

    /// A command over the mutated data: every one reads all five data files and the scenario.
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
            (Self.plan(&mutator) + data + run, all),
            (["compare", "--prices", file] + run, all),
            (["prices", "validate", file], ["text", "json", "github"]),
            (["prices", "list"] + data, Array(all.dropLast())),
            (["prices", "list", "--seats"] + data, Array(all.dropLast())),
            (["prices", "show", "openai/gpt-4o"] + data, Array(all.dropLast())),
            (["deployments"] + data, Array(all.dropLast())),
        ])
        var arguments = words + ["--format", mutator.pick(formats)]
        if mutator.int(4) == 0 { arguments += ["--currency", mutator.pick(["JPY", "EUR", "USD"])] }
        if mutator.int(4) == 0 { arguments += ["--lang", "ja"] }
        if mutator.int(8) == 0 { arguments.append("--explain") }
        return arguments
    }

    /// Whether every `horizon_months` of a document is a whole number of at most 120 months, so
    /// that `plan` on it stays fast; `plan` on any other mutated scenario gets `--horizon 120`.
    static func horizonIsModest(_ bytes: [UInt8]) -> Bool {
        Mutator.valueSpans(of: ["horizon_months"], in: bytes).allSatisfy { span in
            let text = String(decoding: bytes[span], as: UTF8.self).trimmingCharacters(in: ["\""])
            return Int(text).map { $0 <= 120 } ?? false
        }
    }

    /// `plan` with a random objective, and sometimes a mode and a horizon. Its search is
    /// O(horizon²): horizons here stay at most 120 months, and a mutated scenario whose horizon is
    /// not a whole number of at most 120 gets `--horizon 120` (600 months, the validator's bound,
    /// takes about 8 s in a release build; docs/fuzzing.md).
    static func plan(_ mutator: inout Mutator) -> [String] {
        var words = ["plan", "--objective", mutator.pick(["cost", "npv"])]
        if mutator.int(2) == 0 { words += ["--mode", mutator.pick(["rent", "own"])] }
        if mutator.int(3) == 0 { words += ["--horizon", mutator.pick(["1", "2", "12", "36", "120"])] }
        if mutator.int(4) == 0 { words += ["--api", mutator.pick(["openai/gpt-4o", "openai/gpt-4o-mini"])] }
        return words
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

import Foundation
import LLMCostCLI
import TestSupport
import Testing

/// Seeded random and adversarial argument vectors: each ends in a result or a usage error (exit 2)
/// on one line that names the flag and shows a valid value.
///
/// `LLMCOST_FUZZ_CASES` and `LLMCOST_FUZZ_SEED` set the count and first seed, as for
/// `MutationFuzzTests`.
@Suite struct ArgumentFuzzTests {
    static let defaultCases = 200

    /// Values no flag accepts, or accepts only within a range: each must be refused by name.
    static let values = [
        "-1", "1e400", "-1e400", "NaN", "nan", "∞", "inf", "Infinity", "150%", "-30%", "", " ", "1.5m", "abc",
        "0x10", "1,5", "--", "-", "1e-400", "99999999999999999999999999999999999999999", "-0", "1__0", "%",
        "3M/week", "2026-13-01", "=", "a=b", "1e15", "1e30", "0", "0.0000001", "601", "1000000001",
        "2147483647", "2147483648", "9223372036854775807", "9223372036854775808", "1_000_000", "30%",
        "3M/day", "\u{0}", "🙂", "x,,y", ",",
    ]

    /// Options whose value names a file: left out, as they are read or written, not parsed.
    static let fileOptions: Set<String> = ["scenario", "data", "prices", "output-file"]

    static let commands: [[String]] = [
        [], ["compare"], ["breakeven"], ["breakeven", "--sweep"], ["roi"], ["sensitivity"],
        ["simulate", "--samples", "20"], ["prices", "list"], ["prices", "validate"], ["deployments"],
        ["prices", "show", "openai/gpt-4o"], ["plan"], ["plan", "--objective", "npv"],
        ["plan", "--mode", "own"],
        ["plan", "--horizon", "12"], ["prices", "list", "--seats"],
    ]

    @Test(arguments: 0..<2) func adversarialArgumentsAreRefusedByNameWithAnExample(shard: Int) {
        let total = MutationFuzzTests.setting("LLMCOST_FUZZ_CASES") ?? Self.defaultCases
        let firstSeed = UInt64(MutationFuzzTests.setting("LLMCOST_FUZZ_SEED") ?? 1)
        var failures: [String] = []
        var exitCodes: [Int32: Int] = [:]
        for seed in stride(from: firstSeed + UInt64(shard), to: firstSeed + UInt64(total), by: 2) {
            var mutator = Mutator(seed: seed)
            let arguments = Self.arguments(&mutator)
            // `--scenario -` reads the default scenario from standard input.
            let result = llmcost(arguments, stdin: defaultFile("scenarios/default.json"))
            exitCodes[result.exitCode.rawValue, default: 0] += 1
            if let problem = Self.problem(with: result, arguments: arguments) {
                failures.append("seed \(seed): llmcost \(arguments): \(problem)")
            }
        }
        print("argument fuzz shard \(shard): exit codes \(exitCodes.sorted { $0.key < $1.key })")
        #expect(
            failures.isEmpty, "\(failures.count) failing:\n\(failures.prefix(20).joined(separator: "\n"))")
    }

    /// A command and one to three options, most with adversarial values.
    static func arguments(_ mutator: inout Mutator) -> [String] {
        let specs = OptionNames.valued.filter { !fileOptions.contains($0) }
        var arguments = mutator.pick(commands)
        for _ in 0...mutator.int(3) {
            let name = mutator.pick(specs)
            switch mutator.int(13) {
            case 0:
                // An unknown option: a real one misspelt, or junk.
                arguments.append(
                    mutator.pick(["--\(name)x", "--\(name.dropLast())", "--ünïcode", "-x", "-oo", "---"]))
            case 1:
                // A repeated option.
                arguments += ["--\(name)", "1", "--\(name)", "2"]
            case 2:
                // A flag given a value.
                arguments.append(
                    mutator.pick(["--explain=1", "--no-color=yes", "--version=2", "--sweep=on"]))
            case 3:
                // A value as `--name=value`.
                arguments.append("--\(name)=\(mutator.pick(values))")
            case 10:
                // A word no command declared: a split value, a second file, a stray `-`.
                arguments.append(mutator.pick(["million", "b.json", "-", "foo", "3", "--", "help"]))
            case 11:
                // A money flag with a currency suffix, good or bad.
                arguments += [
                    "--\(mutator.pick(["rate", "kwh", "fte-cost", "setup"]))",
                    mutator.pick([
                        "2.5USD", "8000000JPY", "1XYZ", "2.5usd", "USD", "1e400USD", "-1USD", "3MEUR",
                    ]),
                ]
            case 12:
                // Standard input as the scenario, sometimes twice.
                arguments += mutator.pick([["--scenario", "-"], ["--scenario", "-", "--prices", "-"]])
            default:
                arguments += ["--\(name)", mutator.pick(values)]
            }
        }
        // Sometimes the last option lacks its value.
        if mutator.int(6) == 0 { arguments.append("--\(mutator.pick(specs))") }
        return arguments
    }

    /// What is wrong with the outcome of one vector, or nil.
    static func problem(with result: CLIResult, arguments: [String]) -> String? {
        let output = result.stdout + result.stderr
        let given = Set(
            arguments + arguments.compactMap { $0.split(separator: "=", maxSplits: 1).last.map(String.init) })
        if let word = MutationFuzzTests.nonFiniteWord(in: output, ignoring: given) {
            return "'\(word)' in the output"
        }
        switch result.exitCode {
        case .success:
            return result.stdout.isEmpty ? "exit 0 with nothing on standard output" : nil
        case .usage:
            let message = result.stderr
            guard message.hasPrefix("llmcost: "), message.filter({ $0 == "\n" }).count == 1 else {
                return "not one line: \(message)"
            }
            // The message names the option or command at fault…
            let named = arguments.contains { argument in
                let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
                return name.hasPrefix("-") && message.contains("'\(name)'")
                    || message.contains("--\(name.drop { $0 == "-" }) ")
                    || message.contains("--\(name.drop { $0 == "-" });")
            }
            // …or the word at fault: an extra argument, an unknown id given as an argument.
            // (After `--` even `--x=1` is a word.)
            let word = arguments.contains { message.contains("'\($0)'") }
            guard named || word || message.contains("unknown command") else {
                return "names no option: \(message)"
            }
            // …and shows a valid value, or the nearest option, or the options that apply.
            let helps = ["e.g. ", "did you mean", "does not apply", "unknown option", "unknown command"]
            guard helps.contains(where: message.contains) else { return "no example: \(message)" }
            return nil
        case .invalidInput where arguments.starts(with: ["prices", "validate"]):
            // validate's result: with --max-price 0.0000001 every shipped price is above the bound.
            return result.stdout.contains("files checked:") ? nil : "exit 1 without the validate summary"
        case .io where arguments.starts(with: ["prices", "validate"]):
            // A word of validate is a file to check: a missing one is exit 3, after checking the others.
            return result.stdout.contains("checked:") ? nil : "exit 3 without the validate summary"
        case .invalidInput, .io:
            return "exit \(result.exitCode.rawValue) for a command-line value: \(result.stderr.prefix(300))"
        }
    }
}

/// The names of the options that take a value, read from the help text the tool prints (a value's
/// placeholder is in capitals: `--requests N[/month|/day]`).
enum OptionNames {
    static let valued: [String] = {
        let help =
            llmcost("compare", "--help").stdout + llmcost("prices", "validate", "--help").stdout
            + llmcost("simulate", "--help").stdout + llmcost("sensitivity", "--help").stdout
            + llmcost("breakeven", "--help").stdout + llmcost("prices", "list", "--help").stdout
            + llmcost("prices", "import", "--help").stdout + llmcost("plan", "--help").stdout
        var names: [String] = []
        for line in help.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard let flag = words.first(where: { $0.hasPrefix("--") }),
                let index = words.firstIndex(of: flag),
                index + 1 < words.count, words[index + 1].first?.isUppercase == true
            else { continue }
            let name = String(flag.dropFirst(2))
            if !names.contains(name) { names.append(name) }
        }
        return names
    }()
}

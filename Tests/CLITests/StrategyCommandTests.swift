import Foundation
import LLMCostCLI
import Testing

/// Hybrid routing and seat subscriptions as a user runs them, with wrong input too.
@Suite struct StrategyCommandTests {
    /// GPT-4o and Llama 3.3 70B on two H100s rented at $2 an hour, 1M requests of 1,000 + 200 tokens.
    static func scenario(_ extra: String) -> String {
        ScenarioCommandTests.scenario(extra: extra)
    }

    static let split =
        #","segments": [{"name": "confidential", "share": "40%", "must_self_host": true}, {"name": "general", "share": "60%"}]"#

    static func run(_ extra: String, _ arguments: String...) throws -> CLIResult {
        let scratch = try ScratchDirectory()
        try scratch.write("s.json", scenario(extra))
        return llmcost(arguments + ["--scenario", "s.json"], in: scratch.path)
    }

    @Test func compareCostsTheHybridByHand() throws {
        let result = try Self.run(Self.split, "compare", "--format", "csv")
        #expect(result.exitCode == .success, "\(result.stderr)")
        // R_c = 1,000,000 × 0.4 = 400,000 on one replica of 2 GPUs: 2 × 730 × $2 + $3,750 = $6,670.
        // R_f = 600,000 to GPT-4o at (1,000 × 2.5 + 200 × 10) / 1e6 = $0.0045: $2,700. Hybrid $9,370,
        // $9,370 / 1.2e9 tokens × 1e6 = $7.8083 per 1M tokens, $0.009370 a request.
        #expect(result.stdout.contains(",hybrid,9370.00,7.8083,0.009370,1,2,2,"))
        #expect(
            result.stdout.contains("Option,Self-hosted share (%),Self-hosted (requests/month),To the API"))
        #expect(result.stdout.contains(",40.0,400000,600000,1,2,2,6670.00,2700.00,9370.00"))
    }

    @Test func theAPIIsNotMarkedCheapestWhenPartMustBeSelfHosted() throws {
        let result = try Self.run(Self.split, "compare")
        #expect(result.exitCode == .success, "\(result.stderr)")
        // GPT-4o alone ($4,500) is cheapest but would send the confidential 40% out; the rented
        // replica alone ($6,670) is the cheapest that keeps it in.
        let marked = result.stdout.split(separator: "\n").filter { $0.hasPrefix("* ") }
        #expect(marked.count == 1)
        #expect(marked.first?.contains("rented") == true && marked.first?.contains(" + ") == false)
        #expect(result.stdout.contains("would send the 40% of requests that must be self-hosted to a vendor"))
    }

    @Test func compareShowsSeatsAndTheirBreakEvenPerUser() throws {
        let result = try Self.run(
            #","users": 120, "seat_plans": ["openai/chatgpt-business-annual"]"#, "compare", "--format", "csv")
        #expect(result.exitCode == .success, "\(result.stderr)")
        // 120 seats × $20 = $2,400 a month. GPT-4o today: $4,500; 1,000,000 / 120 = 8,333.33 requests a user.
        // r* = 2,400 / (0.0045 × 120) = 2,400 / 0.54 = 4,444.44 requests per user a month.
        #expect(result.stdout.contains("ChatGPT Business (annual),1,seats,2400.00,"))
        #expect(
            result.stdout.contains(
                "ChatGPT Business (annual),GPT-4o (openai),120,2400.00,4500.00,8333.33,4444.44,seats"))
        #expect(result.stdout.contains("applies only where staff use a chat product interactively"))
    }

    @Test func japaneseLabelsCoverTheStrategies() throws {
        let result = try Self.run(
            Self.split + #","users": 3, "seat_plans": ["anthropic/claude-team-annual"]"#, "compare", "--lang",
            "ja")
        #expect(result.exitCode == .success, "\(result.stderr)")
        for word in ["ハイブリッド", "シート", "自社運用の割合", "損益分岐（1ユーザーあたり）", "最低 5 シート分を支払います"] {
            #expect(result.stdout.contains(word), "missing \(word)")
        }
    }

    @Test func breakevenAnswersForTheFlexiblePart() throws {
        let result = try Self.run(Self.split, "breakeven")
        #expect(result.exitCode == .success, "\(result.stderr)")
        // 1,000,000 − 1,000,000 × 0.4 = 600,000 flexible requests, with F = 0.
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("Current volume (requests/month)") && $0.hasSuffix(" 600,000") })
        #expect(lines.contains { $0.contains("Fixed per month (F: operations)") && $0.hasSuffix(" $0.00") })
        // C = 2 × 730 × $2 = $2,920 with F = 0: R* = (0 + 1 × 2,920) / 0.0045 = 648,888.9.
        #expect(
            lines.contains { $0.contains("First break-even (requests/month)") && $0.hasSuffix(" 648,889") })
        #expect(result.stdout.contains("Flexible part only: 40% of the 1,000,000 requests a month"))
    }

    @Test func wrongInputIsOneLineWithItsPlaceAndExitOne() throws {
        let cases: [(String, String)] = [
            (
                #","segments": [{"name": "a", "share": "40%", "must_self_host": true}, {"name": "b", "share": "50%"}]"#,
                "segments: segment shares add up to 90%, not 100%"
            ),
            (#","segments": [{"name": "a", "share": "half"}]"#, "segments[0].share: 'half' is not a number"),
            (#","segments": []"#, "segments"),
            (#","seat_plans": ["openai/chatgpt-plus"]"#, "'seat_plans' needs 'users'"),
            (
                #","users": 10, "seat_plans": ["openai/chatgpt-pluss"]"#,
                "unknown seat plan 'openai/chatgpt-pluss'; did you mean 'openai/chatgpt-plus'?"
            ),
            (#","users": -3"#, "users"),
        ]
        for (extra, message) in cases {
            let result = try Self.run(extra, "compare")
            #expect(result.exitCode == .invalidInput, "\(extra)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("s.json:") && result.stderr.contains(message), "\(result.stderr)")
        }
        // The only self-hosting option is rented, so --mode own leaves the confidential share nowhere to go.
        let noFleet = try Self.run(Self.split, "compare", "--mode", "own")
        #expect(noFleet.exitCode == .usage)
        #expect(noFleet.stderr.contains("--mode own leaves s.json no self-hosting option"))
        // Everything must be self-hosted: nothing is left for breakeven to weigh.
        let all = try Self.run(
            #","segments": [{"name": "all", "share": 1, "must_self_host": true}]"#, "breakeven")
        #expect(all.exitCode == .invalidInput)
        #expect(all.stderr.contains("every segment must be self-hosted"))
    }

    @Test func validateChecksStrategyFieldsOfAScenario() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("s.json", Self.scenario(#","users": 10, "seat_plans": ["openai/chatgpt-pluss"]"#))
        let result = llmcost("prices", "validate", "s.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        #expect(result.stdout.contains("seat_plans[0]: unknown seat plan 'openai/chatgpt-pluss'"))
    }

    @Test func pricesListSeats() {
        let result = llmcost("prices", "list", "--seats", "--format", "csv")
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains("openai/chatgpt-plus,ChatGPT Plus,openai,20.00,monthly,1,2026-11-24"))
        #expect(
            result.stdout.contains("anthropic/claude-team-annual,Claude Team, standard seat (annual)")
                == false)
        #expect(result.stdout.contains(#""Claude Team, standard seat (annual)",anthropic,25.00,annual,5,"#))
        let wrong = llmcost("prices", "list", "--seats", "--family", "llama-3.3-70b")
        #expect(wrong.exitCode == .usage)
        #expect(
            wrong.stderr.contains(
                "option --family does not apply to 'llmcost prices list --seats': it filters API models; e.g. llmcost prices list --family llama-3.3-70b"
            ))
        let open = llmcost("prices", "list", "--seats", "--open-weights")
        #expect(open.stderr.contains("option --open-weights does not apply to 'llmcost prices list --seats'"))
        let near = llmcost("prices", "list", "--seats", "--provider", "opnai")
        #expect(near.exitCode == .usage)
        #expect(
            near.stderr.contains("no seat plans from provider 'opnai' for --provider; did you mean 'openai'?")
        )
        let far = llmcost("prices", "list", "--seats", "--provider", "zzzzzzzz")
        #expect(
            far.stderr.contains("no seat plans from provider 'zzzzzzzz' for --provider, e.g. --provider "))
    }

    @Test func aDateWithTooManyDigitsIsAnErrorNotATrap() throws {
        // Mutation fuzzer, seed 3002997: a `checked` date of seats.json running on into 40 digits
        // overflowed `Int` while it was read.
        let scratch = try ScratchDirectory()
        let digits = String(repeating: "9", count: 40)
        let seats = defaultFile("seats.json").replacingOccurrences(
            of: #""checked": "2026-11-24""#, with: #""checked": "2026-11-24\#(digits)""#)
        try scratch.write("seats.json", seats)
        let result = llmcost("prices", "validate", "seats.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        #expect(result.stdout.contains("plans[0].checked: '2026-11-24\(digits)' is not a date (YYYY-MM-DD)"))
    }

    @Test func aDataDirectoryWithoutSeatsStillWorks() throws {
        let scratch = try ScratchDirectory()
        for name in ["models.json", "gpus.json", "deployments.json", "currencies.json"] {
            try scratch.write(name, defaultFile(name))
        }
        let result = llmcost("compare", "--data", ".", in: scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("LLM cost comparison: Mid-size customer-support chat"))
    }
}

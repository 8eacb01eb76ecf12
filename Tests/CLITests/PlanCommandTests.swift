import Foundation
import LLMCostCLI
import Testing

/// `llmcost plan` and used GPUs as a user meets them: the default and call-centre scenarios,
/// what-if flags, and wrong input.
@Suite struct PlanCommandTests {
    /// A scenario with GPT-4o and the 2×H100 profile owned new and used, `extra` spliced in.
    static func scenario(selfHosting: String? = nil, extra: String = "") -> String {
        let options =
            selfHosting
                ?? #"""
                { "deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "own" },
                    { "deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "own", "condition": "used" }
                """#
        return """
            {
              "schema": "llmcost/scenario@1",
              "name": "Used H100s",
              "workload": { "requests_per_month": "3M", "input_tokens": 1500, "output_tokens": 400, "growth_per_month": "3%" },
              "api_models": ["openai/gpt-4o"],
              "self_hosting": [
                \(options)
              ]\(extra)
            }
            """
    }

    @Test func planOnTheDefaultScenarioShowsThreePlansPerOptionAndAgreesWithROI() throws {
        let result = llmcost("plan", "--format", "csv")
        #expect(result.exitCode == .success, "\(result.stderr)")
        // After the first block (report, scenario, as of, currency) and an empty line, the title.
        let plans = result.stdout.components(separatedBy: "\r\n").dropFirst(6).prefix { !$0.isEmpty }
        // header + 2 self-hosting options × 3 plans
        #expect(plans.count == 7)
        // "never" switches: the month is empty, the reason in the next column.
        #expect(plans.filter { $0.contains(",API only (GPT-6.1 Sol),,stays on the API,0.00,") }.count == 2)
        // API only costs what roi says GPT-6.1 Sol (the scenario's first API) costs over the
        // horizon, with the same NPV.
        let roi = llmcost("roi", "--format", "csv")
        #expect(roi.stdout.contains("GPT-6.1 Sol (openai),0.00,1166492.03,2520000.00,1225495.32,"))
        #expect(
            plans.contains {
                $0.contains("API only (GPT-6.1 Sol),,stays on the API,0.00,1166492.03,1225495.32,")
            })
    }

    @Test func theBestMonthAndItsMarginsAreStated() throws {
        // The call centre growing 4% a month: rented H100s pay off from month 12 (docs/strategies.md,
        // worked at 150.7636 JPY per USD: the rate is fixed with --fx so the figures stay those).
        let scratch = try Self.callCentre()
        let result = llmcost(
            [
                "plan", "--scenario", "call-centre-ja.json", "--growth", "4%", "--mode", "rent", "--fx",
                "JPY=150.7636",
            ],
            in: scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "the best plan is migrate in month 12; it beats API only (GPT-4o) by ¥4,443,152 and self-host from day one by ¥2,313,570 in total cost over 36 months."
            ))
        // setup ¥8,000,000 + migration ¥3,000,000 + fine-tuning ¥2,000,000
        #expect(result.stdout.contains("= ¥13,000,000"))
        // The table in docs/strategies.md: each plan's total cost and NPV.
        for figure in [
            "¥52,645,505", "-¥6,800,482", "¥50,515,923", "-¥5,846,975", "¥48,202,353", "-¥3,211,084",
        ] {
            #expect(result.stdout.contains(figure), "\(figure)")
        }
        // Σ API for months 1–11 + ¥13,000,000 + 25 × ¥1,042,108.96 = ¥48,202,353 (docs/strategies.md)
        #expect(result.stdout.contains("¥9,149,629"))
        #expect(result.stdout.contains("¥1,042,109"))
        let ja = llmcost(
            [
                "plan", "--scenario", "call-centre-ja.json", "--growth", "4%", "--mode", "rent", "--lang",
                "ja", "--fx", "JPY=150.7636",
            ],
            in: scratch.path)
        #expect(ja.stdout.contains("最良の計画は「12か月目に移行」"))
    }

    static func callCentre() throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        try scratch.write("call-centre-ja.json", defaultFile("scenarios/call-centre-ja.json"))
        return scratch
    }

    @Test func aHybridScenarioIsPlannedWholeAndSaysSo() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("s.json", defaultFile("scenarios/document-summarisation.json"))
        let result = llmcost("plan", "--scenario", "s.json", in: scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains("The scenario requires 40% of the requests to stay self-hosted"))
        let plain = llmcost("plan")
        #expect(!plain.stdout.contains("to stay self-hosted"))
    }

    @Test func npvObjectiveIsNamedInTheNotes() throws {
        let result = llmcost("plan", "--objective", "npv")
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains("(--objective npv)"))
        #expect(result.stdout.contains("NPV below the best by"))
        // The search's formula is in Japanese too.
        let ja = llmcost("plan", "--objective", "npv", "--explain", "--lang", "ja")
        #expect(ja.exitCode == .success, "\(ja.stderr)")
        #expect(ja.stdout.contains("Σ (便益_t − コスト_t)/(1+r)^(t/12)"))
        #expect(!ja.stdout.contains("benefits_t"))
    }

    @Test func usedGPUsCostWhatTheirOfferSaysByHand() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("s.json", Self.scenario())
        let result = llmcost("compare", "--scenario", "s.json", "--format", "csv", in: scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        // 3M requests need one replica of 2 GPUs either way. Power 2 × 1.275 kW × 1.3 × 730 h ×
        // $0.12 = 290.394; F = 0.25 × 15,000 = 3,750.
        // new:  2 × 40,000 / 36 = 2,222.222… → 2,222.222… + 290.394 + 3,750 = 6,262.62
        // used: 2 × 33,500 / 24 = 2,791.666… → 2,791.666… + 290.394 + 3,750 = 6,832.06
        #expect(
            result.stdout.contains("\"Llama 3.3 70B FP8 on 2×H100 SXM (TensorRT-LLM), owned\",1,own,6262.62,")
        )
        #expect(
            result.stdout.contains(
                "\"Llama 3.3 70B FP8 on 2×H100 SXM (TensorRT-LLM), owned (used)\",2,own,6832.06,"))
        let table = llmcost("compare", "--scenario", "s.json", in: scratch.path)
        #expect(table.stdout.contains("bought used, replaced after 24 months"))
    }

    @Test(
        "wrong input stops with the place and the reason",
        arguments: [
            (
                #"{ "deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "own", "condition": "old" }"#,
                "",
                "self_hosting[0].condition: 'old' is not one of 'new', 'used'"
            ),
            (
                #"{ "deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "rent", "condition": "used" }"#,
                "",
                "and 'condition' apply to mode 'own', not 'rent'"
            ),
            (
                #"{ "deployment": "llama-3.3-70b-fp8-1xh200-trtllm", "mode": "own", "condition": "used" }"#,
                "",
                "h200 has no 'used' purchase offer in gpus.json; give 'per_gpu_installed' or drop 'condition'"
            ),
            (nil, #", "migration": { "one_time": -5 }"#, "migration.one_time: -5 is negative"),
            (
                nil, #", "migration": { "fine_tunning": 5 }"#,
                "migration.fine_tunning: unknown key 'fine_tunning'; did you mean 'fine_tuning'?"
            ),
            (nil, #", "migration": { "one_time": "12abc" }"#, "migration.one_time:"),
        ])
    func wrongInput(selfHosting: String?, extra: String, message: String) throws {
        let scratch = try ScratchDirectory()
        try scratch.write("s.json", Self.scenario(selfHosting: selfHosting, extra: extra))
        let result = llmcost("plan", "--scenario", "s.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.hasPrefix("llmcost: s.json:"))
    }

    @Test func badFlagsAreUsageErrors() {
        let objective = llmcost("plan", "--objective", "profit")
        #expect(objective.exitCode == .usage)
        #expect(objective.stderr.contains("invalid value 'profit' for --objective; expected cost or npv"))
        let mode = llmcost(
            "plan", "--scenario", "Data/scenarios/document-summarisation.json", "--mode", "own",
            in: FileManager.default.currentDirectoryPath)
        #expect(mode.exitCode == .usage)
        #expect(
            mode.stderr.contains(
                "invalid value 'own' for --mode: the scenario has no self-hosting option in that mode, e.g. --mode rent"
            ))
        let api = llmcost("plan", "--api", "1e15")
        #expect(api.exitCode == .usage)
        #expect(api.stderr.contains("unknown model '1e15' for --api; e.g. --api "), "\(api.stderr)")
        // Argument fuzzer, seed 5004878: a fleet past 2^31 − 1 replicas caused by a flag names the flag.
        let huge = llmcost("plan", "--input", "1e15")
        #expect(huge.exitCode == .usage)
        #expect(
            huge.stderr.hasPrefix(
                "llmcost: --input 1e15: requests of 3000000 a month would need more than 2147483647 replicas"),
            "\(huge.stderr)")
        #expect(huge.stderr.contains("e.g. --requests 3M/month --input 1500 --output 400"))
        let elsewhere = llmcost("compare", "--objective", "npv")
        #expect(elsewhere.exitCode == .usage)
        // As for roi: an unknown --api names the flag, and a volume the flags make too large for
        // any fleet is a usage error naming those flags, not a fault of the scenario file.
        let misspelt = llmcost("plan", "--api", "openai/gpt-4x")
        #expect(misspelt.exitCode == .usage)
        #expect(
            misspelt.stderr.contains("unknown model 'openai/gpt-4x' for --api; did you mean 'openai/gpt-4o'?")
        )
        let grown = llmcost("plan", "--requests", "1000M", "--growth", "1000%", "--horizon", "600")
        #expect(grown.exitCode == .usage)
        #expect(grown.stderr.contains("--requests 1000M, --growth 1000%, --horizon 600: requests (month 8)"))
    }

    @Test func aScenarioWithoutSelfHostingHasNothingToPlan() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "s.json",
            #"{ "schema": "llmcost/scenario@1", "name": "API", "workload": { "requests_per_month": 1000, "input_tokens": 10, "output_tokens": 10 }, "api_models": ["openai/gpt-4o"] }"#
        )
        let result = llmcost("plan", "--scenario", "s.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        #expect(
            result.stderr.contains(
                "s.json: self_hosting: plan needs a self-hosting option to move to; add one to 'self_hosting'"
            ))
    }

    @Test func aScenarioWithoutAnAPIModelAsksForTheFlag() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "s.json",
            #"{ "schema": "llmcost/scenario@1", "name": "Own", "workload": { "requests_per_month": 1000, "input_tokens": 10, "output_tokens": 10 }, "self_hosting": [ { "deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "rent" } ] }"#
        )
        let result = llmcost("plan", "--scenario", "s.json", in: scratch.path)
        #expect(result.exitCode == .usage)
        #expect(result.stderr.contains("plan needs an API model to start on, e.g. --api openai/gpt-4o"))
        let given = llmcost("plan", "--scenario", "s.json", "--api", "openai/gpt-4o", in: scratch.path)
        #expect(given.exitCode == .success, "\(given.stderr)")
    }

    @Test func aSecondOfferOfTheSameConditionIsRefused() throws {
        let scratch = try ScratchDirectory()
        let gpus = defaultFile("gpus.json").replacingOccurrences(
            of: #"{ "condition": "used", "per_gpu_installed": 33500"#,
            with: #"{ "condition": "new", "per_gpu_installed": 33500"#)
        try scratch.write("gpus.json", gpus)
        let result = llmcost("prices", "validate", "gpus.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        #expect(
            result.stdout.contains(
                "gpus[0].buy[1]: a second 'new' purchase offer; give one offer per condition"))
    }
}

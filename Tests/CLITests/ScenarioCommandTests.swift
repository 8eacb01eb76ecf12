import Foundation
import LLMCostCLI
import Testing

/// The scenario commands as a user runs them: the default scenario, flags over it, and bad input.
@Suite struct ScenarioCommandTests {
    /// A small scenario with one API model and one rented deployment, `workload` spliced in.
    static func scenario(
        workload: String = #""requests_per_month": 1000000, "input_tokens": 1000, "output_tokens": 200"#,
        api: String = #""openai/gpt-4o""#, extra: String = ""
    ) -> String {
        """
        {
          "schema": "llmcost/scenario@1",
          "name": "Test",
          "workload": { \(workload) },
          "api_models": [\(api)],
          "self_hosting": [ { "deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "rent", "rate_per_gpu_hour": 2 } ]\(extra)
        }
        """
    }

    @Test func bareLlmcostComparesTheDefaultScenario() {
        let result = llmcost([])
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("LLM cost comparison: Mid-size customer-support chat"))
        #expect(result.stdout.contains("the marked row is the cheapest"))
        // The marked row is the one ranked first.
        let marked = result.stdout.split(separator: "\n").filter { $0.hasPrefix("* ") }
        #expect(marked.count == 1)
        #expect(marked.first?.contains("  1  API") == true)
        #expect(result.stderr.isEmpty)
    }

    @Test func compareCostsTheAPIOptionByHand() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("s.json", Self.scenario())
        let result = llmcost("compare", "--scenario", "s.json", "--format", "csv", in: scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        // GPT-4o at $2.50 in / $10.00 out per 1M tokens, nothing cached, no batch:
        // 1,000,000 × 1,000 input tokens = 1e9 → 1,000 × $2.50 = $2,500
        // 1,000,000 × 200 output tokens = 2e8 → 200 × $10.00 = $2,000; total $4,500.00 a month,
        // $4,500 / 1.2e9 tokens × 1e6 = $3.75 per 1M tokens.
        // Cheaper than the rented replica ($2 × 2 GPUs × 730 h + $3,750 operations = $6,670), so ranked 1.
        #expect(result.stdout.contains("GPT-4o (openai),1,API,4500.00,3.75,0.004500,"))
    }

    @Test func flagsOverrideTheScenario() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("s.json", Self.scenario())
        // 100k/day × 365/12 = 3,041,666.67 requests a month; × (1,000 × 2.5 + 200 × 10) / 1e6 = $13,687.50.
        let result = llmcost(
            "compare", "--scenario", "s.json", "--requests", "100k/day", "--format", "csv", in: scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        // Now dearer than the rented replica's $6,670, so ranked 2.
        #expect(result.stdout.contains("GPT-4o (openai),2,API,13687.50,"))
    }

    @Test func breakevenStatesBothVolumesAndThePayback() {
        let result = llmcost(
            "breakeven", "--api", "openai/gpt-4o", "--self", "llama-3.3-70b-fp8-2xh100-trtllm", "--mode",
            "own")
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains("First break-even (requests/month)"))
        #expect(result.stdout.contains("Cheaper at every larger volume from"))
        #expect(result.stdout.contains("Payback month"))
    }

    @Test func explainPrintsTheFormulaTrail() {
        let result = llmcost("compare", "--explain")
        #expect(result.exitCode == .success)
        #expect(result.stdout.contains("How it was computed"))
        #expect(result.stdout.contains("N = max(m, ceil(R·s·p / (h·3600·u)))"))
    }

    @Test func roiReportsEveryOption() {
        let result = llmcost("roi")
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains("NPV"))
        #expect(result.stdout.contains("Cumulative cash"))
    }

    @Test(arguments: [
        (
            #""requests_per_month": -5, "input_tokens": 1000, "output_tokens": 200"#, "-5",
            "workload.requests_per_month: -5 is negative"
        ),
        (
            #""requests_per_month": 1000, "input_tokens": 1000, "output_tokens": 200, "cached_input_share": 1.5"#,
            "1.5", "workload.cached_input_share: 1.5 is outside 0–1 (a share: 0.5 means 50%)"
        ),
        (
            #""requests_per_month": "lots", "input_tokens": 1000, "output_tokens": 200"#, #""lots""#,
            "workload.requests_per_month: 'lots' is not a number (write e.g. 1500, 2.5, 3M, 250k or 30%)"
        ),
    ])
    func badWorkloadValuesArePositionalErrors(workload: String, value: String, expected: String) throws {
        let scratch = try ScratchDirectory()
        let text = Self.scenario(workload: workload)
        try scratch.write("s.json", text)
        let result = llmcost("compare", "--scenario", "s.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        let place = try #require(position(of: value, in: text))
        #expect(result.stderr.hasPrefix("llmcost: s.json:\(place): \(expected)\n"), "\(result.stderr)")
    }

    @Test func anUnknownModelIsAPositionalErrorWithASuggestion() throws {
        let scratch = try ScratchDirectory()
        let text = Self.scenario(api: #""openai/gpt4o""#)
        try scratch.write("s.json", text)
        let result = llmcost("compare", "--scenario", "s.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        let place = try #require(position(of: #""openai/gpt4o""#, in: text))
        #expect(
            result.stderr.hasPrefix(
                "llmcost: s.json:\(place): api_models[0]: unknown model 'openai/gpt4o'; did you mean 'openai/gpt-4o'?"
            ))
    }

    @Test func horizonZeroIsAPositionalError() throws {
        let scratch = try ScratchDirectory()
        let text = Self.scenario(extra: ",\n  \"horizon_months\": 0")
        try scratch.write("s.json", text)
        let result = llmcost("roi", "--scenario", "s.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        let place = try #require(position(of: ": 0", in: text, offset: 2))
        #expect(result.stderr.hasPrefix("llmcost: s.json:\(place): horizon_months: 0 must be at least 1"))
    }

    @Test func zeroThroughputInTheDataIsAPositionalError() throws {
        let scratch = try ScratchDirectory()
        let text = """
            {"schema": "llmcost/deployments@1", "deployments": [
              {"id": "llama-3.3-70b-fp8-2xh100-trtllm", "name": "X", "model_family": "llama-3.3-70b", "gpu": "h100-sxm",
               "gpus_per_replica": 2, "precision": "fp8",
               "measured": [{"input_len": 1000, "output_len": 1000, "output_tokens_per_s": 0}],
               "source": "https://example.com", "checked": "2026-11-01"}
            ]}
            """
        try scratch.write("d.json", text)
        let result = llmcost("compare", "--prices", "d.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        let place = try #require(position(of: "\"output_tokens_per_s\": 0", in: text, offset: 23))
        #expect(
            result.stderr.contains(
                "d.json:\(place): deployments[0].measured[0].output_tokens_per_s: 0 must be greater than 0"))
    }

    @Test func badFlagValuesAreUsageErrorsWithAnExample() {
        let share = llmcost("compare", "--cached", "150%")
        #expect(share.exitCode == .usage)
        #expect(
            share.stderr.hasPrefix(
                "llmcost: invalid value '150%' for --cached; expected a share from 0 to 100%, e.g. --cached 30%"
            ))
        let requests = llmcost("compare", "--requests", "-3M")
        #expect(requests.exitCode == .usage)
        #expect(requests.stderr.contains("--requests 3M/month"))
        let mode = llmcost(
            "breakeven", "--api", "openai/gpt-4o", "--self", "llama-3.3-70b-fp8-2xh100-trtllm", "--mode",
            "lease")
        #expect(mode.stderr.hasPrefix("llmcost: invalid value 'lease' for --mode; expected rent or own"))
        let model = llmcost("breakeven", "--api", "openai/gpt-4", "--self", "llama-3.3-70b-fp8-2xh100-trtllm")
        #expect(model.exitCode == .usage)
        #expect(
            model.stderr.contains("did you mean 'openai/gpt-4o'?")
                || model.stderr.contains("did you mean 'openai/gpt-4.1'?"))
        let models = llmcost("compare", "--models", "openai/gpt-4o,openai/gpt4o-mini")
        #expect(models.exitCode == .usage)
        #expect(
            models.stderr.hasPrefix(
                "llmcost: unknown model 'openai/gpt4o-mini' for --models; did you mean 'openai/gpt-4o-mini'?")
        )
        let deployments = llmcost("compare", "--deployments", "llama-70b")
        #expect(deployments.exitCode == .usage)
        #expect(deployments.stderr.hasPrefix("llmcost: unknown deployment 'llama-70b'"))
        let wrongCommand = llmcost("compare", "--strict")
        #expect(wrongCommand.stderr.hasPrefix("llmcost: option --strict does not apply to 'llmcost compare'"))
    }

    @Test func anUnmeasuredProfileIsLabelledEstimatedWhereverItAppears() {
        let compare = llmcost(
            "compare", "--deployments", "llama-3.3-70b-fp8-1xmi300x-estimated", "--models", "openai/gpt-4o",
            "--format", "markdown")
        #expect(compare.exitCode == .success, "\(compare.stderr)")
        #expect(
            compare.stdout.contains("estimated throughput from the GPUs' compute roofline (no measurements)"))
        let japanese = llmcost(
            "compare", "--deployments", "llama-3.3-70b-fp8-1xmi300x-estimated", "--models", "openai/gpt-4o",
            "--lang", "ja")
        #expect(japanese.stdout.contains("推定スループット"))
        let deployments = llmcost("deployments", "llama-3.3-70b-fp8-1xmi300x-estimated", "--format", "csv")
        #expect(deployments.stdout.contains(",estimated\r\n"))
        #expect(deployments.stdout.contains("no measurements"))
    }

    @Test func roiMarksBestOnlyAnOptionThatKeepsTheSelfHostedShare() throws {
        // document-summarisation.json: the 'confidential' segment (40% of requests) must be
        // self-hosted. Gemini 2.5 Flash-Lite has the highest NPV of all ($1,594,222.93 against the
        // rented fleet's $1,373,671.47) but would send those 40% to Google, so the only option that
        // may be starred is the self-hosted fleet, and every API row refers to the constraint note.
        let result = llmcost(
            "roi", "--scenario", "Data/scenarios/document-summarisation.json", "--format", "json",
            in: packageRoot())
        #expect(result.exitCode == .success, "\(result.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tables = try #require(json["tables"] as? [[String: Any]])
        let options = try #require(tables.first { $0["key"] as? String == "options" })
        let rows = try #require(options["rows"] as? [[String: Any]])
        let marked = rows.filter { $0["marked"] as? Bool == true }
        #expect(marked.count == 1)
        let option = try #require(marked.first?["option"] as? [String: Any])
        #expect(option["api"] == nil, "an API option is marked best: \(option)")
        let footnotes = try #require(json["footnotes"] as? [[String: Any]])
        let constraint = try #require(
            footnotes.first { ($0["text"] as? String)?.contains("not marked best NPV") == true })
        #expect((constraint["text"] as? String)?.contains("the 40% of requests") == true)
        let apiRows = rows.filter { ($0["option"] as? [String: Any])?["api"] != nil }
        #expect(apiRows.count == 6)
        for row in apiRows {
            #expect((row["footnotes"] as? [Int])?.contains(constraint["number"] as? Int ?? -1) == true)
        }
        let table = llmcost(
            "roi", "--scenario", "Data/scenarios/document-summarisation.json", in: packageRoot())
        #expect(table.stdout.contains("* Llama 3.3 70B FP8 on 1×H200"))
        #expect(!table.stdout.contains("* Gemini 2.5 Flash-Lite"))
        let japanese = llmcost(
            "roi", "--scenario", "Data/scenarios/document-summarisation.json", "--lang", "ja",
            in: packageRoot())
        #expect(japanese.stdout.contains("NPV 最良の印は付けません"))
    }

    @Test func aDeprecatedModelIsNamedWithItsDateAndSuccessorInCompareRoiAndPlan() {
        // deepseek/deepseek-v4-flash: deprecated 2026-09-10, successor deepseek/deepseek-flash, no retirement.
        let note = "deprecated on 2026-09-10; successor deepseek/deepseek-flash"
        for arguments in [
            ["compare", "--models", "deepseek/deepseek-v4-flash"],
            ["roi", "--api", "deepseek/deepseek-v4-flash"],
            ["plan", "--api", "deepseek/deepseek-v4-flash"],
        ] {
            let result = llmcost(arguments)
            #expect(result.exitCode == .success, "\(arguments): \(result.stderr)")
            #expect(result.stdout.contains(note), "\(arguments)")
            #expect(!result.stdout.contains("retires on"), "\(arguments)")
        }
        let japanese = llmcost("plan", "--api", "deepseek/deepseek-v4-flash", "--lang", "ja")
        #expect(japanese.stdout.contains("2026-09-10 に非推奨、後継 deepseek/deepseek-flash"))
        // A model still in force names no lifecycle at all.
        #expect(!llmcost("compare", "--models", "openai/gpt-4o").stdout.contains("deprecated on"))
    }

    @Test(arguments: [(1, false), (2, true)])
    func aRetirementInsideTheHorizonIsNamed(horizon: Int, named: Bool) {
        // deepseek/deepseek-chat retires on 2026-07-24. From 2026-06-01 a 1-month horizon ends on
        // 2026-07-01 (before it), a 2-month horizon on 2026-08-01 (after it).
        let result = llmcost(
            "compare", "--models", "deepseek/deepseek-chat", "--as-of", "2026-06-01", "--horizon",
            "\(horizon)")
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains("retires on 2026-07-24, within the \(horizon)-month horizon") == named)
        #expect(result.stdout.contains("deprecated on 2026-04-24"))
        #expect(result.stdout.contains("successor deepseek/deepseek-flash"))
    }

    @Test func theCallCentreScenarioRunsInYen() {
        let result = llmcost(
            "roi", "--scenario", "Data/scenarios/call-centre-ja.json", "--lang", "ja",
            in: packageRoot())
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains("¥"))
        #expect(result.stdout.contains("回収"))
    }
}

/// The package's root directory, found from this file's path.
func packageRoot(_ file: String = #filePath) -> String {
    URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
}

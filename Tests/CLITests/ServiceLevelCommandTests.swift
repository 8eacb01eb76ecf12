import Foundation
import LLMCostCLI
import Pricing
import Scenarios
import Testing

/// Issue 15 from the command line: `deployments import`, `--speed`/`--ttft`, `speed`, and the uncertainty commands.
@Suite struct ServiceLevelCommandTests {
    static let sample = Fixtures.path("inferencex-sample.json")

    /// A scratch directory with `api.json`: one API model at $2 input and $6 output per 1M tokens,
    /// so these tests do not depend on which API models the shipped data lists.
    static func scratchWithAPI() throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "api.json",
            #"""
            { "schema": "llmcost/models@1", "currency": "USD", "models": [
              { "id": "test/api", "name": "Test API", "provider": "test", "family": "test", "open_weights": false,
                "prices": [ { "effective": "2026-01-01", "input_per_mtok": 2, "output_per_mtok": 6,
                              "source": "https://example.com", "checked": "2026-12-01" } ] } ] }
            """#)
        return scratch
    }

    @Test func everyLatencyNotMeasuredNoteIsReferencedByItsProfilesRow() throws {
        // Without TTFT measurements a profile is fitted at the speed only; its note must be
        // referenced from that profile's row, not left at the bottom unreferenced.
        let result = llmcost("deployments", "--speed", "40", "--format", "json")
        #expect(result.exitCode == .success, "\(result.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let footnotes = try #require(json["footnotes"] as? [[String: Any]])
        let latency = footnotes.filter {
            ($0["text"] as? String)?.hasSuffix(": latency not measured") == true
        }
        #expect(!latency.isEmpty)
        let tables = try #require(json["tables"] as? [[String: Any]])
        let referenced = Set(
            tables.flatMap { ($0["rows"] as? [[String: Any]]) ?? [] }.flatMap {
                ($0["footnotes"] as? [Int]) ?? []
            })
        for note in latency {
            #expect(referenced.contains(note["number"] as? Int ?? -1), "\(note)")
        }
    }

    @Test func anEmptyServiceLevelIsRefusedAtItsPlace() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "empty.json",
            #"""
            {"schema": "llmcost/scenario@1", "name": "empty level",
             "workload": {"requests_per_month": "3M", "input_tokens": 1000, "output_tokens": 1000},
             "self_hosting": [{"deployment": "deepseek-r1-fp4-4xb200-sglang", "mode": "rent"}],
             "service_level": {}}
            """#)
        let result = llmcost("compare", "--scenario", "empty.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        #expect(
            result.stderr.contains(
                "empty.json:4:19: service_level: a service level needs 'min_tokens_per_s_per_user', 'max_ttft_s' or both"
            ), "\(result.stderr)")
    }

    @Test func importOfTheReferenceExtractIsDeterministicAndValidates() throws {
        let first = llmcost("deployments", "import", "--from", "inferencex", Self.sample)
        let second = llmcost("deployments", "import", "--from", "inferencex", Self.sample)
        #expect(first.exitCode == .success, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        try Fixtures.expectGolden(first.stdout, "inferencex-sample.deployments.json")
        let summary = first.stderr.replacingOccurrences(of: Fixtures.directory + "/", with: "")
        try Fixtures.expectGolden(summary, "inferencex-sample.import-summary.txt")
        // The extract: 8 MI300X points of 2026-02-27 and 2 of 2025-12-11 (one configuration), 3 B200
        // TensorRT-LLM FP4 TP4 points, one disaggregated GB200 point and one MI355X point with only
        // tput_per_gpu: 2 profiles, 2 points of another date left out, 2 points refused.
        #expect(summary.hasPrefix("imported 2 profiles from inferencex-sample.json"))
        #expect(summary.contains("2 points of other dates left out"))
        #expect(summary.contains("1 disaggregated configuration"))
        #expect(summary.contains("1 tput_per_gpu only (no output throughput)"))
        #expect(summary.contains("validation of the result: 0 errors, 0 warnings"))
        // The result loads as a data overlay, and its profiles fit.
        let scratch = try ScratchDirectory()
        try scratch.write("imported.json", first.stdout)
        let check = llmcost("prices", "validate", "imported.json", in: scratch.path)
        #expect(check.stdout.contains("0 errors"), "\(check.stdout)")
        let shown = llmcost(
            "deployments", "deepseek-r1-fp8-8xmi300x-sglang", "--prices", "imported.json", in: scratch.path)
        #expect(shown.exitCode == .success, "\(shown.stderr)")
        #expect(shown.stdout.contains("Pareto front"))
    }

    @Test func importNamesEachPointItRefusesAndWhy() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "points.json",
            #"""
            [
              {"model": "dsr1", "hardware": "tpu-v9", "framework": "sglang", "precision": "fp8", "disagg": false,
               "decode_tp": 8, "isl": 1024, "osl": 1024, "conc": 4, "date": "2026-01-01",
               "run_url": "https://example.com/1", "metrics": {"output_tput_per_gpu": 10, "median_intvty": 50, "median_ttft": 0.2}},
              {"model": "dsr1", "hardware": "h200", "framework": "sglang", "precision": "fp8", "disagg": false,
               "decode_tp": 8, "conc": 4, "date": "2026-01-01",
               "run_url": "https://example.com/2", "metrics": {"output_tput_per_gpu": 10, "median_intvty": 50, "median_ttft": 0.2}}
            ]
            """#)
        let result = llmcost("deployments", "import", "--from", "inferencex", "points.json", in: scratch.path)
        #expect(result.exitCode == .success)
        #expect(result.stderr.contains("points.json:2:3: point [0]: unknown hardware 'tpu-v9'"))
        #expect(result.stderr.contains("points.json:5:3: point [1]: no input/output split of the request"))
        #expect(result.stdout.contains(#""deployments": []"#))
    }

    @Test func aDisaggregatedPointIsCountedByTheAllGPUsRuleOnlyWhenAskedFor() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "disagg.json",
            #"""
            [{"model": "dsr1", "hardware": "gb200", "framework": "dynamo-trt", "precision": "fp4", "spec_method": "none",
              "disagg": true, "decode_tp": 8, "decode_ep": 8, "num_prefill_gpu": 8, "num_decode_gpu": 16,
              "isl": 1024, "osl": 1024, "conc": 256, "date": "2026-01-01", "run_url": "https://example.com/run",
              "metrics": {"output_tput_per_gpu": 100, "median_intvty": 40, "median_ttft": 0.5}}]
            """#)
        let refused = llmcost(
            "deployments", "import", "--from", "inferencex", "disagg.json", in: scratch.path)
        #expect(refused.stderr.contains("pass --disagg all-gpus"))
        #expect(refused.stdout.contains(#""deployments": []"#))
        let counted = llmcost(
            "deployments", "import", "--from", "inferencex", "disagg.json", "--disagg", "all-gpus",
            in: scratch.path)
        // G = 8 prefill + 16 decode = 24 GPUs; the source's 100 tokens/s per decode GPU is
        // 100 × 16 / 24 = 66.666… per GPU of the replica, 66.6667 to 6 significant digits.
        #expect(counted.stdout.contains(#""gpus_per_replica": 24"#))
        #expect(counted.stdout.contains(#""output_tokens_per_s_per_gpu": 66.6667"#))
        #expect(counted.stdout.contains("deepseek-r1-fp4-24xgb200-dynamo-trt-disagg-p8-d16-tp8-ep8"))
        let wrong = llmcost(
            "deployments", "import", "--from", "inferencex", "disagg.json", "--disagg", "decode",
            in: scratch.path)
        #expect(wrong.exitCode == .usage)
    }

    @Test func aSpeedAboveEveryMeasuredPointRefusesTheProfileWithItsBestSpeed() throws {
        // The MI300X profile's fastest front point within 2 s TTFT is 40.9 tokens/s per user.
        let scratch = try Self.scratchWithAPI()
        let result = llmcost(
            "breakeven", "--self", "deepseek-r1-fp8-8xmi300x-sglang", "--prices", "api.json", "--api",
            "test/api",
            "--speed", "60", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        #expect(
            result.stderr.contains(
                "'deepseek-r1-fp8-8xmi300x-sglang' cannot serve 60 tokens/s per user with a first token within 2 s: its fastest measured point within the TTFT limit gives 40.9 tokens/s per user"
            ), "\(result.stderr)")
        // compare keeps going and says why the profile is not an option.
        let compare = llmcost(
            "compare", "--deployments", "deepseek-r1-fp8-8xmi300x-sglang", "--prices", "api.json", "--models",
            "test/api", "--speed", "60", in: scratch.path)
        #expect(compare.exitCode == .success)
        #expect(compare.stdout.contains("is not an option at this service level"))
        #expect(compare.stdout.contains("it reaches 40.9 tokens/s per user at best"))
    }

    /// A level the flags set is blamed on them, not on the scenario file that never said it.
    @Test func anUnmetLevelSetByAFlagNamesTheFlag() throws {
        let scratch = try Self.scratchWithAPI()
        let speed = llmcost(
            "breakeven", "--self", "deepseek-r1-fp8-8xmi300x-sglang", "--prices", "api.json", "--api",
            "test/api", "--speed", "60", in: scratch.path)
        #expect(speed.exitCode == .invalidInput)
        #expect(speed.stderr.hasPrefix("llmcost: --speed 60: 'deepseek-r1-fp8-8xmi300x-sglang' cannot serve"))
        #expect(!speed.stderr.contains("service_level"), "\(speed.stderr)")
        // The MI300X profile has no point with a first token within 0.01 s.
        let ttft = llmcost(
            "breakeven", "--self", "deepseek-r1-fp8-8xmi300x-sglang", "--prices", "api.json", "--api",
            "test/api", "--ttft", "0.01", in: scratch.path)
        #expect(ttft.exitCode == .invalidInput)
        #expect(ttft.stderr.hasPrefix("llmcost: --ttft 0.01: "), "\(ttft.stderr)")
        #expect(ttft.stderr.contains("raise --ttft or choose another deployment"))
    }

    /// Without --mode, a mode the data cannot price is left out with a note; asked for, it is refused.
    @Test func compareWithoutModeLeavesOutAModeThatCannotBePriced() throws {
        // MI355X has a purchase price but no rental offer; MI325X a rental offer but no purchase price.
        let ids = "deepseek-r1-fp8-8xmi355x-atom,deepseek-r1-fp8-8xmi325x-sglang"
        let result = llmcost("compare", "--deployments", ids)
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains("8×MI355X (ATOM, TP8), owned"))
        #expect(!result.stdout.contains("8×MI355X (ATOM, TP8), rented"))
        #expect(
            result.stdout.contains(
                "DeepSeek R1 FP8 on 8×MI355X (ATOM, TP8) is not shown rented: AMD Instinct MI355X 288GB has no on-demand rental offer"
            ))
        #expect(
            result.stdout.contains(
                "DeepSeek R1 FP8 on 8×MI325X (SGLang, TP8) is not shown owned: AMD Instinct MI325X 256GB has no purchase price."
            ))
        let japanese = llmcost("compare", "--deployments", ids, "--lang", "ja")
        #expect(japanese.exitCode == .success)
        #expect(japanese.stdout.contains("のレンタルは表示していません"))
        #expect(japanese.stdout.contains("の自社保有は表示していません"))
        let asked = llmcost("compare", "--deployments", "deepseek-r1-fp8-8xmi325x-sglang", "--mode", "own")
        #expect(asked.exitCode == .invalidInput)
    }

    /// A flag-named deployment without a rental offer gets the flags that fix it, not a file key.
    @Test func noRentalOfferForAFlagNamedDeploymentNamesRateAndModeOwn() throws {
        let result = llmcost("compare", "--deployments", "deepseek-r1-fp8-8xmi355x-atom", "--mode", "rent")
        #expect(result.exitCode == .invalidInput)
        #expect(
            result.stderr
                == "llmcost: --deployments deepseek-r1-fp8-8xmi355x-atom: mi355x has no on-demand rental offer; pass a rate, e.g. --rate 2.99, or --mode own\n"
        )
        let fixed = llmcost(
            "compare", "--deployments", "deepseek-r1-fp8-8xmi355x-atom", "--mode", "rent", "--rate", "2.99")
        #expect(fixed.exitCode == .success, "\(fixed.stderr)")
    }

    /// A flag-named deployment whose GPU has no purchase price, in mode own, is refused at the flag,
    /// not in the default scenario the user never named, with the flag and the key that fix it.
    @Test func noPurchasePriceForAFlagNamedDeploymentNamesTheFlagAndModeRent() throws {
        let id = "deepseek-r1-fp8-8xmi325x-sglang"
        let message =
            "mi325x has no purchase price in gpus.json; pass --mode rent, or a --scenario whose self_hosting entry gives 'per_gpu_installed'\n"
        let compare = llmcost("compare", "--deployments", id, "--mode", "own")
        #expect(compare.exitCode == .invalidInput)
        #expect(compare.stderr == "llmcost: --deployments \(id): " + message)
        #expect(!compare.stderr.contains("default.json"))
        let breakeven = llmcost("breakeven", "--api", "openai/gpt-4o", "--self", id, "--mode", "own")
        #expect(breakeven.exitCode == .invalidInput)
        #expect(breakeven.stderr == "llmcost: --self \(id): " + message)
        // What it says to do works: rented, MI325X has a tensorwave offer.
        let rented = llmcost("compare", "--deployments", id, "--mode", "rent")
        #expect(rented.exitCode == .success, "\(rented.stderr)")
    }

    @Test func aMaxLoadProfileAtALevelSaysLatencyNotMeasured() {
        let result = llmcost("compare", "--deployments", "llama-3.3-70b-fp8-2xh100-trtllm", "--mode", "rent")
        #expect(result.stdout.contains("(latency not measured)"))
        let ja = llmcost(
            "compare", "--deployments", "llama-3.3-70b-fp8-2xh100-trtllm", "--mode", "rent", "--lang", "ja")
        #expect(ja.stdout.contains("レイテンシ未測定"))
    }

    @Test func theSpeedChangesTheCostOfACurveProfile() throws {
        let scratch = try Self.scratchWithAPI()
        func monthly(_ speed: String) throws -> String {
            let result = llmcost(
                "compare", "--deployments", "deepseek-r1-fp4-4xb200-sglang", "--mode", "rent", "--prices",
                "api.json",
                "--models", "test/api", "--requests", "30M", "--speed", speed, "--format", "csv",
                in: scratch.path)
            #expect(result.exitCode == .success, "\(result.stderr)")
            let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("B200") })
            return String(line)
        }
        // Faster users leave each GPU fewer tokens per second: more replicas, a higher bill.
        let slow = try monthly("20")
        let fast = try monthly("60")
        #expect(slow != fast)
    }

    @Test func thePriceOfSpeedHasACrossoverForEachAPIAndAChart() throws {
        // Test API at 1500 in / 400 out: (1500·2 + 400·6)/1900 = 5400/1900 ≈ $2.84 per 1M tokens, between
        // the B200 profile's cheapest ($1.97 at 25 tokens/s) and dearest measured speed at 100M requests.
        let scratch = try Self.scratchWithAPI()
        let arguments = [
            "speed", "--deployments", "deepseek-r1-fp4-4xb200-sglang", "--prices", "api.json", "--models",
            "test/api",
            "--requests", "100M",
        ]
        let result = llmcost(arguments, in: scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains("API cheaper above"))
        let svg = llmcost(arguments + ["--format", "svg"], in: scratch.path)
        #expect(svg.stdout.hasPrefix("<svg") || svg.stdout.hasPrefix("<?xml"))
        #expect(svg.stdout.contains("Test API (API)"))
        let none = llmcost("speed", "--deployments", "llama-3.3-70b-fp8-2xh100-trtllm")
        #expect(none.exitCode == .invalidInput)
        #expect(none.stderr.contains("no option has measured curves"))
    }

    @Test func twoAPIsAtOnePriceDrawOneLineNamingBoth() throws {
        // Twin API and Test API both cost $2 in / $6 out: (1500·2 + 400·6)/1900 ≈ $2.84 per 1M
        // tokens each, so the chart has one horizontal line, labelled with both names.
        let scratch = try ScratchDirectory()
        let model = { (id: String, name: String) in
            #"{ "id": "\#(id)", "name": "\#(name)", "provider": "test", "family": "test", "open_weights": false, "prices": [ { "effective": "2026-01-01", "input_per_mtok": 2, "output_per_mtok": 6, "source": "https://example.com", "checked": "2026-12-01" } ] }"#
        }
        try scratch.write(
            "api.json",
            #"{ "schema": "llmcost/models@1", "currency": "USD", "models": ["#
                + model("test/api", "Test API") + ", " + model("test/twin", "Twin API") + "] }")
        let svg = llmcost(
            "speed", "--deployments", "deepseek-r1-fp4-4xb200-sglang", "--prices", "api.json", "--models",
            "test/api,test/twin", "--requests", "100M", "--format", "svg", in: scratch.path)
        #expect(svg.exitCode == .success, "\(svg.stderr)")
        #expect(svg.stdout.contains("Test API / Twin API (test) (API)"))
        #expect(!svg.stdout.contains("Test API (API)"))
        #expect(!svg.stdout.contains("Twin API (test) (API)\"") && !svg.stdout.contains(">Twin API"))
    }

    @Test func sensitivityHasASpeedRowAndSimulateAcceptsTheSpeed() throws {
        let scratch = try Self.scratchWithAPI()
        let tornado = llmcost(
            "sensitivity", "--self", "deepseek-r1-fp4-4xb200-sglang", "--prices", "api.json", "--api",
            "test/api",
            "--speed", "40", in: scratch.path)
        #expect(tornado.exitCode == .success, "\(tornado.stderr)")
        #expect(tornado.stdout.contains("speed per user (tokens/s)"))
        // Without a speed there is nothing to move: no such row.
        try scratch.write(
            "no-level.json",
            #"""
            {"schema": "llmcost/scenario@1", "name": "no level",
             "workload": {"requests_per_month": "30M", "input_tokens": 1000, "output_tokens": 1000},
             "api_models": ["test/api"],
             "self_hosting": [{"deployment": "deepseek-r1-fp4-4xb200-sglang", "mode": "rent"}]}
            """#)
        let plain = llmcost(
            "sensitivity", "--scenario", "no-level.json", "--prices", "api.json", in: scratch.path)
        #expect(plain.exitCode == .success, "\(plain.stderr)")
        #expect(!plain.stdout.contains("speed per user"))
        try scratch.write(
            "range.json",
            #"""
            {"schema": "llmcost/scenario@1", "name": "speed range",
             "workload": {"requests_per_month": "30M", "input_tokens": 1000, "output_tokens": 1000},
             "api_models": ["test/api"],
             "self_hosting": [{"deployment": "deepseek-r1-fp4-4xb200-sglang", "mode": "rent"}],
             "service_level": {"min_tokens_per_s_per_user": {"low": 20, "mode": 40, "high": 60}, "max_ttft_s": 2}}
            """#)
        let drawn = llmcost(
            "simulate", "--scenario", "range.json", "--prices", "api.json", "--samples", "500",
            in: scratch.path)
        #expect(drawn.exitCode == .success, "\(drawn.stderr)")
        // A drawn speed spreads the self-hosted bill: P10 and P90 differ.
        let row = try #require(drawn.stdout.split(separator: "\n").first { $0.contains("B200") })
        let amounts = row.split(separator: " ").filter { $0.hasPrefix("$") }
        #expect(Set(amounts).count > 1, "\(row)")
        let fixed = llmcost(
            "simulate", "--scenario", "range.json", "--prices", "api.json", "--samples", "500", "--speed",
            "40",
            in: scratch.path)
        let fixedRow = try #require(fixed.stdout.split(separator: "\n").first { $0.contains("B200") })
        #expect(Set(fixedRow.split(separator: " ").filter { $0.hasPrefix("$") }).count == 1, "\(fixedRow)")
        // A range faster than the profile reaches is refused before sampling.
        let tooFast = llmcost(
            "simulate", "--scenario", "range.json", "--prices", "api.json", "--speed", "500", in: scratch.path
        )
        #expect(tooFast.exitCode == .invalidInput)
    }
}

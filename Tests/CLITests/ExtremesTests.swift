import Foundation
import LLMCostCLI
import Testing

/// The edges of the input space: what a user gets at each, worked out by hand.
///
/// Prices come from an overlay with round figures: `test/flat` costs $1 per 1M input tokens and
/// $2 per 1M output tokens, `test/free` nothing.
@Suite struct ExtremesTests {
    static let models = """
        { "schema": "llmcost/models@1", "currency": "USD", "models": [
          { "id": "test/flat", "name": "Flat", "provider": "test", "family": "flat", "open_weights": false,
            "prices": [ { "effective": "2024-01-01", "input_per_mtok": 1, "output_per_mtok": 2,
                          "source": "https://example.com/flat", "checked": "2026-11-01" } ] },
          { "id": "test/free", "name": "Free", "provider": "test", "family": "free", "open_weights": false,
            "prices": [ { "effective": "2024-01-01", "input_per_mtok": 0, "output_per_mtok": 0,
                          "source": "https://example.com/free", "checked": "2026-11-01" } ] } ] }
        """

    /// Runs with the overlay (and `extra` files) in a scratch directory.
    func run(_ arguments: [String], extra: [String: String] = [:]) throws -> CLIResult {
        let scratch = try ScratchDirectory()
        try scratch.write("models.json", Self.models)
        for (name, text) in extra { try scratch.write(name, text) }
        let result = llmcost(["--prices", "models.json"] + arguments, in: scratch.path)
        #expect(MutationFuzzTests.nonFiniteWord(in: result.stdout + result.stderr, ignoring: []) == nil)
        return result
    }

    /// The options table's rows of a JSON report, by option name.
    func options(_ json: String) throws -> [String: [String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let tables = try #require(root["tables"] as? [[String: Any]])
        let rows = try #require(tables.first?["rows"] as? [[String: Any]])
        var byName: [String: [String: Any]] = [:]
        for row in rows {
            let values = try #require(row["values"] as? [String: Any])
            let labels = try #require(row["labels"] as? [String: Any])
            byName[try #require(labels["option"] as? String)] = values
        }
        return byName
    }

    func amount(_ cell: Any?) -> String? { (cell as? [String: Any])?["amount"] as? String }

    @Test func aQuadrillionRequestsAMonthIsPriced() throws {
        let result = try run([
            "compare", "--models", "test/flat", "--requests", "1e15", "--input", "1500", "--output", "400",
            "--cached", "0", "--format", "json",
        ])
        #expect(result.exitCode == .success, "\(result.stderr)")
        // 10^15 × (1,500 × $1 + 400 × $2) / 10^6 = 10^15 × 0.0023 = $2.3 × 10^12 a month.
        let rows = try options(result.stdout)
        #expect(amount(rows["Flat (test)"]?["monthly_cost"]) == "2300000000000")
        // Every self-hosting row sizes a whole fleet (a count, not an overflow).
        let fleets = rows.values.compactMap { ($0["replicas"] as? [String: Any])?["replicas"] as? Int }
        #expect(!fleets.isEmpty && fleets.allSatisfy { $0 >= 1 }, "\(fleets)")
    }

    @Test func aTenMillionTokenPromptIsPriced() throws {
        let result = try run([
            "compare", "--models", "test/flat", "--requests", "1000", "--input", "10000000", "--output",
            "400",
            "--cached", "0", "--format", "json",
        ])
        #expect(result.exitCode == .success, "\(result.stderr)")
        // 1,000 × (10^7 × $1 + 400 × $2) / 10^6 = 1,000 × 10.0008 = $10,000.80.
        #expect(amount(try options(result.stdout)["Flat (test)"]?["monthly_cost"]) == "10000.8")
    }

    @Test func bothAtOnceNeedMoreReplicasThanAnyFleetAndSaySo() throws {
        let result = try run(["compare", "--requests", "1e15", "--input", "10000000"])
        #expect(result.exitCode == .usage)
        #expect(
            result.stderr.hasPrefix(
                "llmcost: --requests 1e15, --input 10000000: requests of 1000000000000000 a month would need more than 2147483647 replicas"
            ), "\(result.stderr)")
        #expect(result.stderr.contains("e.g. --requests 3M/month"))
    }

    @Test func aFreeAPINeverBreaksEvenAndNothingIsDividedByZero() throws {
        let result = try run([
            "breakeven", "--api", "test/free", "--self", "llama-3.3-70b-fp8-2xh100-trtllm", "--format",
            "json",
        ])
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains(#""values": {"value": null}, "reasons": {"value": "api_free"}"#))
        let table = try run(["breakeven", "--api", "test/free", "--self", "llama-3.3-70b-fp8-2xh100-trtllm"])
        #expect(table.stdout.contains("Self-hosting never breaks even: the api costs nothing per request."))
        #expect(table.stdout.contains("At full utilisation the API costs $0.00 and self-hosting $0."))
    }

    @Test func fixedCostsBeyondAnyFleetNeverBreakEven() throws {
        // F = 0.25 × 10^18 against a margin of a few thousand dollars a replica: k* > 2^31 − 1.
        let result = try run(["breakeven", "--api", "test/flat", "--fte-cost", "1e18", "--format", "json"])
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(
            result.stdout.contains(#""values": {"value": null}, "reasons": {"value": "beyond_any_fleet"}"#))
        let ja = try run(["breakeven", "--api", "test/flat", "--fte-cost", "1e18", "--lang", "ja"])
        #expect(ja.stdout.contains("固定費を回収するには 2147483647 を超えるレプリカが必要です"))
    }

    /// The shipped profile with one measured point of a millionth of a token a second.
    static let crawling = """
        { "schema": "llmcost/deployments@1", "deployments": [
          { "id": "llama-3.3-70b-fp8-2xh100-trtllm", "name": "Crawling", "model_family": "llama-3.3-70b",
            "gpu": "h100-sxm", "gpus_per_replica": 2, "precision": "fp8", "engine": "test",
            "measured": [ { "input_len": 1000, "output_len": 1000, "output_tokens_per_s": 0.000001 } ],
            "source": "https://example.com/slow", "checked": "2026-11-01" } ] }
        """

    /// 3M requests of the measured shape (1,000 in, 1,000 out) on the crawling profile.
    static let shape = """
        { "schema": "llmcost/scenario@1", "name": "Shape",
          "workload": { "requests_per_month": "3M", "input_tokens": 1000, "output_tokens": 1000 },
          "api_models": ["test/flat"],
          "self_hosting": [ { "deployment": "llama-3.3-70b-fp8-2xh100-trtllm", "mode": "rent" } ] }
        """

    @Test func nearZeroThroughputSizesAHugeFleetOrSaysItCannot() throws {
        let small = try run(
            [
                "--prices", "slow.json", "compare", "--models", "test/flat", "--requests", "1000", "--input",
                "1000", "--output", "1000", "--format", "json",
            ], extra: ["slow.json": Self.crawling])
        #expect(small.exitCode == .success, "\(small.stderr)")
        // s = 1,000 / 0.000001 = 10^9 replica-seconds a request; N = ceil(1,000 × 10^9 × 2 /
        // (730 × 3,600 × 0.8)) = ceil(2 × 10^12 / 2,102,400) = ceil(951,293.7) = 951,294 replicas.
        let fleets = try options(small.stdout).values.compactMap { $0["replicas"] as? [String: Any] }
        #expect(
            fleets.contains { $0["replicas"] as? Int == 951_294 && $0["gpus_per_replica"] as? Int == 2 },
            "\(fleets)")

        // 3M requests would need 3 × 10^6 × 10^9 × 2 / 2,102,400 ≈ 2.9 × 10^9 > 2^31 − 1 replicas:
        // the scenario file is named (exit 1), as no flag set the volume.
        let large = try run(
            ["--prices", "slow.json", "compare", "--scenario", "shape.json"],
            extra: ["slow.json": Self.crawling, "shape.json": Self.shape])
        #expect(large.exitCode == .invalidInput)
        #expect(
            large.stderr.hasPrefix(
                "llmcost: shape.json: requests of 3000000 a month would need more than 2147483647 replicas; lower the volume, the tokens per request or the peak factor\n"
            ), "\(large.stderr)")
    }

    @Test func aSixHundredMonthHorizonRunsAndOneMoreIsRefused() throws {
        let result = try run(["roi", "--horizon", "600", "--format", "json"])
        #expect(result.exitCode == .success, "\(result.stderr)")
        // Months 0 (one-time costs) to 600 in each cash-flow table.
        #expect(result.stdout.contains(#""month": 600"#))
        #expect(!result.stdout.contains(#""month": 601"#))
        let refused = try run(["roi", "--horizon", "601"])
        #expect(refused.exitCode == .usage)
        #expect(
            refused.stderr.hasPrefix(
                "llmcost: invalid value '601' for --horizon; at most 600 months, e.g. --horizon 36"))
    }

    @Test func explosiveGrowthOverTheLongestHorizonIsARangeErrorNamingTheFlags() throws {
        // Month t has 3M × 11^(t−1) requests; month 11 has 3,000,000 × 25,937,424,601 =
        // 77,812,273,803,000,000, the first beyond 2^31 − 1 replicas (month 600 would be 3M × 11^599).
        let result = try run(["roi", "--growth", "1000%", "--horizon", "600"])
        #expect(result.exitCode == .usage)
        #expect(
            result.stderr.hasPrefix(
                "llmcost: --growth 1000%, --horizon 600: requests (month 11) of 77812273803000000 a month would need more than 2147483647 replicas"
            ), "\(result.stderr)")
    }

    /// The shipped profile with `gpus_per_replica` set to `gpus` and its throughput to `tokensPerSecond`.
    static func profile(gpus: String, tokensPerSecond: String = "4205") -> String {
        """
        { "schema": "llmcost/deployments@1", "deployments": [
          { "id": "llama-3.3-70b-fp8-2xh100-trtllm", "name": "Edge", "model_family": "llama-3.3-70b",
            "gpu": "h100-sxm", "gpus_per_replica": \(gpus), "precision": "fp8", "engine": "test",
            "measured": [ { "input_len": 1000, "output_len": 1000, "output_tokens_per_s": \(tokensPerSecond) } ],
            "source": "https://example.com/edge", "checked": "2026-11-01" } ] }
        """
    }

    @Test func countsPastTheirBoundsAreRefusedWhereTheyAreWritten() throws {
        // replicas × GPUs per replica is an Int: Int.max GPUs per replica trapped on the first multiply.
        let gpus = try run(
            ["--prices", "edge.json", "compare"],
            extra: ["edge.json": Self.profile(gpus: "9223372036854775807")])
        #expect(gpus.exitCode == .invalidInput)
        #expect(
            gpus.stderr.hasPrefix(
                "llmcost: edge.json:3:44: deployments[0].gpus_per_replica: 9223372036854775807 is above the bound of 100000\n"
            ), "\(gpus.stderr)")
        // The bound itself is fine: 1 replica × 100,000 GPUs.
        let atBound = try run(
            [
                "--prices", "edge.json", "compare", "--models", "test/flat", "--requests", "1", "--format",
                "json",
            ],
            extra: ["edge.json": Self.profile(gpus: "100000")])
        #expect(atBound.exitCode == .success, "\(atBound.stderr)")
        #expect(
            atBound.stdout.contains(
                #""replicas": {"replicas": 1, "gpus_per_replica": 100000, "gpus": 100000}"#))

        // min_replicas: the flag (exit 2) and the largest fleet llmcost sizes, 2^31 − 1 replicas of 2 GPUs.
        let flag = try run(["compare", "--min-replicas", "9223372036854775807"])
        #expect(flag.exitCode == .usage)
        #expect(
            flag.stderr.hasPrefix(
                "llmcost: invalid value '9223372036854775807' for --min-replicas; expected a whole number from 1 to 2147483647, e.g. --min-replicas 1"
            ))
        let largest = try run(["compare", "--min-replicas", "2147483647", "--format", "json"])
        #expect(largest.exitCode == .success, "\(largest.stderr)")
        #expect(
            largest.stdout.contains(
                #""replicas": {"replicas": 2147483647, "gpus_per_replica": 2, "gpus": 4294967294}"#))
    }

    @Test func numbersBeyondTheComputedMagnitudesAreRefusedWhereTheyAreWritten() throws {
        // Foundation's Decimal traps when a product's exponent falls below −128, so inputs are held
        // to sizes from 10^-9 to 10^18 (or zero): 10^127 tokens/s, and 10^-10 as a flag.
        let large = try run(
            ["--prices", "edge.json", "compare"],
            extra: ["edge.json": Self.profile(gpus: "2", tokensPerSecond: "1e127")])
        #expect(large.exitCode == .invalidInput)
        #expect(
            large.stderr.hasPrefix(
                "llmcost: edge.json:4:83: deployments[0].measured[0].output_tokens_per_s: 1e127 is too large to compute with (at most 1e18 in size)\n"
            ), "\(large.stderr)")
        let small = try run(["compare", "--cached", "1e-10"])
        #expect(small.exitCode == .usage)
        #expect(
            small.stderr.hasPrefix(
                "llmcost: invalid value '1e-10' for --cached: it is too small to compute with (zero, or at least 1e-9 in size), e.g. --cached 30%"
            ))
        // The bounds themselves compute.
        #expect(try run(["compare", "--cached", "1e-9", "--fte-cost", "1e18"]).exitCode == .success)
    }

    @Test func aVolumeShrinkingForFiftyYearsReachesZeroWithoutTrapping() throws {
        // −99% a month: month t has 3M × 0.01^(t−1) requests; the factor 0.01^(t−1) falls below
        // 10^-30 at t = 17 (0.01^16 = 10^-32) and is flushed to zero there, instead of running on
        // to Decimal's smallest exponent, where Foundation's multiply traps.
        let result = try run(["roi", "--growth", "-99%", "--horizon", "600", "--format", "json"])
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains(#""month": 600, "requests": 0,"#), "\(result.stdout.suffix(1500))")
    }

    @Test func anAutomaticSweepStopsAtTheLargestFleet() throws {
        // F = 2,147,483,647 FTE × $15,000 ≈ 3.2 × 10^13 a month breaks even only near 10^9 replicas;
        // the automatic range (10× the break-even) would pass 2^31 − 1 replicas and fail, so it
        // stops at R_1 × (2^31 − 3).
        let result = try run(["breakeven", "--sweep", "--ops-fte", "2147483647", "--format", "csv"])
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
    }

    @Test func sensitivityKeepsAMovedGrowthRateInsideItsRange() throws {
        // −99% moved by ±20%: −79.2% down, and −118.8% up, which is kept at −100% (a volume of zero
        // from month 2) instead of failing as out of range.
        let result = try run(["sensitivity", "--growth", "-99%"])
        #expect(result.exitCode == .success, "\(result.stderr)")
        let growth = try #require(result.stdout.split(separator: "\n").first { $0.contains("  growth ") })
        #expect(
            growth.contains("-79.2%") && growth.contains("-99.0%") && growth.contains("-100.0%"),
            "\(growth)")
    }
}

import Foundation
import LLMCostCLI
import Testing

/// Segments with request shapes of their own, as a user runs them, with wrong input too.
@Suite struct SegmentShapeCommandTests {
    /// The confidential 40% are contracts of 3,000 input tokens; the rest keep the workload's 1,000 + 200.
    static let shaped =
        #","segments": [{"name": "confidential", "share": "40%", "must_self_host": true, "input_tokens": 3000}, {"name": "general", "share": "60%"}]"#

    @Test func compareCostsTheAPIPerSegmentByHand() throws {
        let result = try StrategyCommandTests.run(Self.shaped, "compare", "--format", "csv")
        #expect(result.exitCode == .success, "\(result.stderr)")
        // GPT-4o, confidential: 400,000 × (3,000 × 2.5 + 200 × 10) / 1e6 = 400,000 × 0.0095 = $3,800;
        // general: 600,000 × (1,000 × 2.5 + 200 × 10) / 1e6 = 600,000 × 0.0045 = $2,700; $6,500 in all.
        // Tokens per request: 0.4 × 3,000 + 0.6 × 1,000 + 200 = 2,000, so $6,500 / 2e9 × 1e6 = $3.25
        // per 1M tokens and $0.0065 a request.
        #expect(result.stdout.contains("GPT-4o (openai),"))
        #expect(result.stdout.contains(",API,6500.00,3.25,0.006500,,"))
        // The hybrid sends general alone to GPT-4o: $2,700.
        #expect(result.stdout.contains(",40.0,400000,600000,"))
        #expect(result.stdout.contains(",2700.00,"))
        // The shapes table: share, requests, input, output, cached, batch, routing.
        #expect(result.stdout.contains("confidential,40.0,400000,3000,200,0.0,0.0,self-hosted only"))
        #expect(result.stdout.contains("general,60.0,600000,1000,200,0.0,0.0,any"))
    }

    @Test func theHeaderSaysTheTokensAreMeansAndExplainShowsEachSegment() throws {
        let result = try StrategyCommandTests.run(Self.shaped, "compare", "--explain")
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "1,000,000 requests/month in 2 segments with their own request shapes (confidential, general; see “Request shapes by segment”), on average 1800 input + 200 output tokens per request, weighted by requests"
            ))
        #expect(result.stdout.contains("confidential: API cost per month"))
        #expect(result.stdout.contains("general: seconds per request"))
        #expect(result.stdout.contains("seconds per request (mean)"))
        let japanese = try StrategyCommandTests.run(Self.shaped, "compare", "--lang", "ja")
        #expect(japanese.exitCode == .success, "\(japanese.stderr)")
        for word in ["セグメント別のリクエストの形", "自社運用のみ", "リクエスト数で加重した平均", "入力トークン"] {
            #expect(japanese.stdout.contains(word), "missing \(word)")
        }
    }

    @Test(arguments: ["table", "markdown", "csv", "json", "html", "svg"])
    func segmentsWithTheWorkloadsShapeChangeNoByte(_ format: String) throws {
        // The workload's own shape written out on every segment prices and prints exactly as none.
        let same =
            #","segments": [{"name": "confidential", "share": "40%", "must_self_host": true, "input_tokens": 1000, "output_tokens": 200}, {"name": "general", "share": "60%", "cached_input_share": 0, "batch_share": 0}]"#
        for command in ["compare", "breakeven", "roi", "sensitivity"] {
            let plain = try StrategyCommandTests.run(
                StrategyCommandTests.split, command, "--format", format, "--explain")
            let shaped = try StrategyCommandTests.run(same, command, "--format", format, "--explain")
            #expect(plain.exitCode == .success && shaped.exitCode == .success, "\(shaped.stderr)")
            #expect(plain.stdout == shaped.stdout, "\(command) --format \(format)")
        }
    }

    @Test func otherCommandsPriceTheMixOrRefuseIt() throws {
        for command in ["roi", "sensitivity", "breakeven"] {
            let result = try StrategyCommandTests.run(Self.shaped, command)
            #expect(result.exitCode == .success, "\(command): \(result.stderr)")
        }
        let simulate = try StrategyCommandTests.run(Self.shaped, "simulate", "--samples", "10")
        #expect(simulate.exitCode == .invalidInput)
        #expect(
            simulate.stderr
                == "llmcost: s.json: segments[0].input_tokens: simulate samples one request shape and cannot price segments with shapes of their own yet; compare, breakeven, roi and sensitivity can\n"
        )
    }

    @Test func wrongShapesAreOneLineWithTheirPlaceAndExitOne() throws {
        let cases: [(String, String)] = [
            (
                #","segments": [{"name": "a", "share": 1, "input_tokens": "many"}]"#,
                "segments[0].input_tokens: 'many' is not a number"
            ),
            (
                #","segments": [{"name": "a", "share": 1, "batch_share": "120%"}]"#,
                "segments[0].batch_share: 120% is outside 0–1"
            ),
            (
                #","segments": [{"name": "a", "share": 1, "input_tokens": 0, "output_tokens": 0}]"#,
                "segments[0]: segment 'a' has no tokens"
            ),
            (
                #","segments": [{"name": "a", "share": 1, "input_tokens": {"low": 1, "mode": 2, "high": 3}}]"#,
                "segments[0].input_tokens"
            ),
        ]
        for (extra, message) in cases {
            let result = try StrategyCommandTests.run(extra, "compare")
            #expect(result.exitCode == .invalidInput, "\(extra)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("s.json:") && result.stderr.contains(message), "\(result.stderr)")
        }
    }
}

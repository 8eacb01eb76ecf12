import Foundation
import LLMCostCLI
import Pricing
import Scenarios
import Testing

/// The files under `Tests/CLITests/Fixtures`, read from the source tree.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    static func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    static func text(_ name: String) throws -> String {
        let data = try #require(FileManager.default.contents(atPath: path(name)), "missing fixture \(name)")
        return String(decoding: data, as: UTF8.self)
    }

    /// Compares `actual` with the golden file byte for byte; `LLMCOST_UPDATE_GOLDEN=1` rewrites it instead.
    static func expectGolden(
        _ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    )
        throws
    {
        if ProcessInfo.processInfo.environment["LLMCOST_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path(name)))
            return
        }
        let expected = try text(name)
        #expect(
            actual == expected,
            "\(name) differs; run LLMCOST_UPDATE_GOLDEN=1 swift test --filter CLITests and review the diff",
            sourceLocation: sourceLocation)
    }
}

@Suite struct ImportCommandTests {
    static let sample = Fixtures.path("litellm-sample.json")

    @Test func theSampleImportsToTheGoldenFileByteForByte() throws {
        let result = llmcost(
            "prices", "import", "--from", "litellm", Self.sample, "--effective", "2026-11-20")
        #expect(result.exitCode == .success, "\(result.stderr)")
        try Fixtures.expectGolden(result.stdout, "litellm-sample.models.json")
        let summary = result.stderr.replacingOccurrences(of: Fixtures.directory + "/", with: "")
        try Fixtures.expectGolden(summary, "litellm-sample.import-summary.txt")
    }

    @Test func theSampleHasAtLeastFiftyRealEntriesAndTheResultValidates() throws {
        let root = try JSONReader().parse(try Fixtures.text("litellm-sample.json"))
        #expect((root.members?.count ?? 0) >= 50)
        let result = llmcost(
            "prices", "import", "--from", "litellm", Self.sample, "--effective", "2026-11-20")
        let scratch = try ScratchDirectory()
        try scratch.write("imported.json", result.stdout)
        let check = llmcost("prices", "validate", "imported.json", in: scratch.path)
        #expect(check.exitCode == .success)
        // The float artifacts of the source are carried over exactly, and the validator points at them.
        #expect(
            check.stdout.contains(
                "models[19].prices[0].input_per_mtok: warning: 2.9999900000000002 looks like a floating-point artifact"
            ))
        #expect(check.stdout.contains("1 file checked: 0 errors, 3 warnings"))
    }

    @Test(arguments: [
        ("sample_spec", LiteLLMSkipReason.placeholder),
        ("text-embedding-3-small", .notChat(mode: "embedding")),
        ("whisper-1", .notChat(mode: "audio_transcription")),
        ("omni-moderation-latest", .notChat(mode: "moderation")),
        ("amazon.rerank-v1:0", .notChat(mode: "rerank")),
        ("azure/container", .noTokenPrice),
        ("bedrock/*/1-month-commitment/cohere.command-text-v14", .noTokenPrice),
        ("ollama/llama3", .zeroPrice),
        ("cloudflare/@cf/google/gemma-2b-it-lora", .zeroPrice),
        ("fireworks-ai-up-to-4b", .noMode),
        ("deepseek/deepseek-chat", .duplicateID),
    ])
    func skipsWithItsReason(key: String, reason: LiteLLMSkipReason) throws {
        let data = try #require(FileManager.default.contents(atPath: Self.sample))
        let result = try LiteLLMImport.convert(data, effective: CalendarDate(year: 2026, month: 11, day: 20))
        let skip = try #require(result.skipped.first { $0.key == key })
        #expect(skip.reason == reason)
    }

    @Test func anImplausiblePriceIsSkippedWithTheFigure() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.sample))
        let result = try LiteLLMImport.convert(data, effective: CalendarDate(year: 2026, month: 11, day: 20))
        let skip = try #require(result.skipped.first { $0.key == "azure_ai/jais-30b-chat" })
        #expect(
            skip.reason
                == .implausiblePrice("input_cost_per_token 0.0032 is 3200 per 1M tokens, above 1000"))
        // Nothing unpriced becomes a $0 price.
        #expect(!result.text.contains("\"input_per_mtok\": 0,\n          \"output_per_mtok\": 0,"))
    }

    @Test func importNeverOverwritesWithoutForce() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("models.json", "keep me\n")
        let refused = llmcost(
            "prices", "import", "--from", "litellm", Self.sample, "-o", "models.json", in: scratch.path)
        #expect(refused.exitCode == .io)
        #expect(refused.stderr.contains("refusing to overwrite models.json, which exists; pass --force"))
        #expect(scratch.read("models.json") == "keep me\n")
        let forced = llmcost(
            "prices", "import", "--from", "litellm", Self.sample, "-o", "models.json", "--force",
            "--effective", "2026-11-20", in: scratch.path)
        #expect(forced.exitCode == .success)
        #expect(forced.stdout.isEmpty)
        #expect(forced.stderr.hasPrefix("wrote models.json\nimported 51 models"))
        #expect(scratch.read("models.json") == (try Fixtures.text("litellm-sample.models.json")))
        let fresh = llmcost(
            "prices", "import", "--from", "litellm", Self.sample, "-o", "new.json", in: scratch.path)
        #expect(fresh.exitCode == .success)
        #expect(scratch.read("new.json")?.hasPrefix("{\n  \"schema\": \"llmcost/models@1\"") == true)
    }

    @Test func usageErrors() {
        #expect(llmcost("prices", "import", Self.sample).exitCode == .usage)
        #expect(llmcost("prices", "import", "--from", "openrouter", Self.sample).exitCode == .usage)
        #expect(
            llmcost("prices", "import", "--from", "litellm", Self.sample, "--effective", "2030-01-01")
                .exitCode
                == .usage)
        #expect(llmcost("prices", "import", "--from", "litellm", "missing.json").exitCode == .io)
    }

    /// LiteLLM prices a request as prompt_tokens × input_cost_per_token + completion_tokens ×
    /// output_cost_per_token, with the `_above_Nk_tokens` rates for every token once the prompt
    /// exceeds N thousand. Done here in `Decimal` from the fixture's literals, it must equal the
    /// engine's cost of one request on the imported entry, to the last digit.
    @Test(arguments: [
        ("gpt-4o", 1500, 400, ""),
        ("gemini/gemini-2.5-pro", 1500, 400, ""),
        ("gemini/gemini-2.5-pro", 250_000, 1000, "_above_200k_tokens"),
        ("azure_ai/gpt-5.5", 300_000, 2000, "_above_272k_tokens"),
        ("databricks/databricks-claude-sonnet-4", 1234, 567, ""),
        ("deepseek-chat", 1, 1, ""),
        ("together_ai/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", 2000, 300, ""),
    ])
    func oneRequestCostsExactlyWhatLiteLLMComputes(key: String, input: Int, output: Int, tier: String) throws
    {
        let source = try JSONReader().parse(try Fixtures.text("litellm-sample.json"))
        let entry = try #require(source[key])
        func literal(_ field: String) throws -> Decimal {
            var text: String?
            if case .number(let number) = try #require(entry[field]).value { text = number.literal }
            let literal = try #require(text)
            return try #require(ExactDecimal.parse(jsonLiteral: literal))
        }
        let expected =
            Decimal(input) * (try literal("input_cost_per_token" + tier))
            + Decimal(output) * (try literal("output_cost_per_token" + tier))

        let imported = try Fixtures.text("litellm-sample.models.json")
        let file = PriceFileReader.read(
            Data(imported.utf8), file: "imported.json",
            options: ValidationOptions(today: CalendarDate(year: 2026, month: 11, day: 24)))
        let id = key.contains("/") ? key : "\(try #require(entry["litellm_provider"]?.string))/\(key)"
        let model = try #require(file.table.model(id: id))
        let prices = try #require(model.prices.last)
        let workload = Workload(
            requestsPerMonth: 1, inputTokens: Decimal(input), outputTokens: Decimal(output))
        let cost = try APICost.monthly(workload, prices)
        #expect(cost.monthly == expected)
        #expect(cost.perRequest == expected)
    }

    @Test func perTokenLiteralsMoveSixPlacesExactly() throws {
        let literal = try #require(ExactDecimal.parse(jsonLiteral: "1.5000300000000002e-06"))
        #expect("\(LiteLLMImport.timesMillion(literal))" == "1.5000300000000002")
        let tiny = try #require(ExactDecimal.parse(jsonLiteral: "8e-09"))
        #expect("\(LiteLLMImport.timesMillion(tiny))" == "0.008")
    }

    @Test(arguments: [
        ("gpt-4o-2024-08-06", "gpt-4o"),
        ("us.anthropic.claude-3-5-haiku-20241022-v1:0", "claude-3-5-haiku"),
        ("together_ai/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", "llama-3.1-70b"),
        ("vertex_ai/claude-3-5-haiku@20241022", "claude-3-5-haiku"),
        ("gemini-1.5-pro-002", "gemini-1.5-pro"),
        ("command-r-08-2024", "command-r"),
        ("ft:gpt-4o-2024-08-06", "gpt-4o"),
        ("mistral/mistral-large-latest", "mistral-large"),
        ("openrouter/qwen/qwen-2.5-72b-instruct", "qwen-2.5-72b"),
    ])
    func familyRule(key: String, family: String) {
        #expect(LiteLLMImport.family(of: key) == family)
    }
}

/// LiteLLM's cache-write, flex, priority and lifecycle fields (issue 14), on entries copied verbatim from its map.
@Suite struct LiteLLMMarketFieldsTests {
    static func imported(_ id: String) throws -> JSONNode {
        let result = llmcost(
            "prices", "import", "--from", "litellm", ImportCommandTests.sample, "--effective", "2026-11-20")
        let root = try JSONReader().parse(Data(result.stdout.utf8))
        return try #require(root["models"]?.elements?.first { $0["id"]?.string == id }, "no \(id)")
    }

    static func literal(_ node: JSONNode?) -> String? {
        guard case .number(let number)? = node?.value else { return nil }
        return number.literal
    }

    @Test func serviceTiersLifecycleAndSuccessorOfO3() throws {
        let model = try Self.imported("openai/o3")
        // deprecation_date 2026-12-11 is OpenAI's shutdown date: llmcost's `retired`.
        #expect(model["retired"]?.string == "2026-12-11")
        #expect(model["deprecated"] == nil)
        // successor_model gpt-5.6-sol is in the import, under its provider.
        #expect(model["successor"]?.string == "openai/gpt-5.6-sol")
        let set = try #require(model["prices"]?.elements?.first)
        let flex = set["service_tiers"]?["flex"]
        let priority = set["service_tiers"]?["priority"]
        // *_flex: 1e-06 → 1, 2.5e-07 → 0.25, 4e-06 → 4 per 1M tokens (exponent moved by six).
        #expect(Self.literal(flex?["input_per_mtok"]) == "1")
        #expect(Self.literal(flex?["cached_input_per_mtok"]) == "0.25")
        #expect(Self.literal(flex?["output_per_mtok"]) == "4")
        // *_priority: 3.5e-06 → 3.5, 8.75e-07 → 0.875, 1.4e-05 → 14.
        #expect(Self.literal(priority?["input_per_mtok"]) == "3.5")
        #expect(Self.literal(priority?["cached_input_per_mtok"]) == "0.875")
        #expect(Self.literal(priority?["output_per_mtok"]) == "14")
        // Batch: 1e-06 / 2e-06 = 4e-06 / 8e-06 = 0.5 of the price, so a discount of 0.5.
        #expect(Self.literal(set["batch_discount"]) == "0.5")
    }

    @Test func cacheWritesOnTheBaseAndTheLongContextTier() throws {
        let sonnet = try Self.imported("anthropic/claude-sonnet-4-5")
        let set = try #require(sonnet["prices"]?.elements?.first)
        // cache_creation_input_token_cost 3.75e-06 → 3.75 per 1M tokens.
        #expect(Self.literal(set["cache_write_per_mtok"]) == "3.75")
        #expect(sonnet["retired"]?.string == "2026-11-30")
        #expect(sonnet["successor"]?.string == "anthropic/claude-sonnet-5-5")
        let sol = try Self.imported("openai/gpt-5.6-sol")
        let solSet = try #require(sol["prices"]?.elements?.first)
        let tier = try #require(solSet["tiers"]?.elements?.first)
        // cache_creation_input_token_cost_above_272k_tokens 1e-05 → 10; flex cache write 2.5e-06 → 2.5.
        #expect(tier["above_input_tokens"].flatMap(Self.literal) == "272000")
        #expect(Self.literal(tier["cache_write_per_mtok"]) == "10")
        #expect(Self.literal(solSet["service_tiers"]?["flex"]?["cache_write_per_mtok"]) == "2.5")
    }

    @Test func aPriorityOnlyEntryGetsOneTier() throws {
        let model = try Self.imported("openai/gpt-4o-2024-05-13")
        let set = try #require(model["prices"]?.elements?.first)
        #expect(set["service_tiers"]?["flex"] == nil)
        // 8.75e-06 → 8.75 and 2.625e-05 → 26.25 per 1M tokens.
        #expect(Self.literal(set["service_tiers"]?["priority"]?["input_per_mtok"]) == "8.75")
        #expect(Self.literal(set["service_tiers"]?["priority"]?["output_per_mtok"]) == "26.25")
    }
}

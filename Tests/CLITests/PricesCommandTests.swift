import DefaultData
import Foundation
import LLMCostCLI
import Testing

@Suite struct PricesCommandTests {
    static let overlay = """
        {"schema": "llmcost/models@1", "currency": "USD", "models": [
          {"id": "openai/gpt-4o", "name": "GPT-4o (negotiated)", "provider": "openai", "family": "gpt-4o",
           "prices": [{"effective": "2025-01-01", "input_per_mtok": 2.00, "output_per_mtok": 8.00,
                       "source": "https://example.com/contract", "checked": "2026-11-01"}]},
          {"id": "acme/house-model", "name": "House model", "provider": "acme", "family": "house",
           "prices": [{"effective": "2025-01-01", "input_per_mtok": 0.10, "output_per_mtok": 0.20,
                       "source": "https://example.com/house", "checked": "2026-11-01"}]}
        ]}
        """

    @Test func listShowsThePricesInForceAndFilters() {
        let all = llmcost("prices", "list", "--format", "csv")
        #expect(all.exitCode == .success)
        #expect(all.stdout.contains("openai/gpt-4o,openai,gpt-4o,no,2.50,1.25,10.00,50,"))
        let groq = llmcost("prices", "list", "--provider", "groq", "--format", "csv")
        let rows = groq.stdout.split(separator: "\r\n").filter { $0.hasPrefix("groq/") }
        #expect(!rows.isEmpty)
        #expect(!groq.stdout.contains("openai/"))
        let family = llmcost("prices", "list", "--family", "llama-3.1-405b", "--format", "csv")
        #expect(family.stdout.contains("vertex/llama-3.1-405b-instruct-maas"))
        #expect(!family.stdout.contains("gpt-4o"))
    }

    @Test func asOfPicksTheSetInForceOnThatDate() {
        // DeepSeek chat: $0.14 / $0.28 during the V3 promotion, $0.27 / $1.10 from 2025-02-08.
        let promo = llmcost(
            "prices", "list", "--family", "deepseek-v3", "--as-of", "2025-01-15", "--format", "csv")
        #expect(promo.stdout.contains("deepseek/deepseek-chat,deepseek,deepseek-v3,yes,0.14,"))
        let after = llmcost(
            "prices", "list", "--family", "deepseek-v3", "--as-of", "2025-03-01", "--format", "csv")
        #expect(after.stdout.contains("deepseek/deepseek-chat,deepseek,deepseek-v3,yes,0.27,"))
    }

    @Test func showListsEveryDatedSetAndTier() {
        // Gemini 2.5 Pro retired on 2026-12-01: its last set is shown in force the day before.
        let result = llmcost(
            "prices", "show", "google/gemini-2.5-pro", "--format", "markdown", "--as-of", "2026-11-30")
        #expect(result.exitCode == .success)
        #expect(result.stdout.contains("| Retired | 2026-12-01 |"))
        let retired = llmcost("prices", "show", "google/gemini-2.5-pro", "--as-of", "2026-12-03")
        #expect(
            retired.stdout.contains(
                "Retired on 2026-12-01; successor google/gemini-3.1-pro-preview: no price set is in force on 2026-12-03."
            ))
        // One amount a cell cannot pair into a GitHub formula, so `$` stays as it reads.
        // Prices in a column share their decimals: $0.125 in the column makes $0.25 read $0.250.
        #expect(result.stdout.contains(#"| **200,000** | **$2.50** | **$0.250** | **$15.00** |"#))
        #expect(result.stdout.contains("ai.google.dev"))
        let json = llmcost("prices", "show", "deepseek/deepseek-chat", "--format", "json")
        #expect(json.stdout.contains("\"2025-09-29\""))
        #expect(json.stdout.contains("\"2025-02-08\""))
    }

    @Test func unknownModelGetsDidYouMean() {
        let result = llmcost("prices", "show", "openai/gpt4o")
        #expect(result.exitCode == .usage)
        #expect(
            result.stderr.hasPrefix("llmcost: unknown model 'openai/gpt4o'; did you mean 'openai/gpt-4o'?"))
    }

    @Test func anOverlayReplacesTheSameIDAndAddsNewOnes() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("overlay.json", Self.overlay)
        let result = llmcost(
            "prices", "list", "--prices", "overlay.json", "--format", "csv", in: scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains("openai/gpt-4o,openai,gpt-4o,no,2.00,,8.00,"))
        #expect(result.stdout.contains("acme/house-model,acme,house,no,0.10,,0.20,"))
        #expect(result.stdout.contains("openai/gpt-4o-mini,"))
    }

    @Test func dataDirectoryReplacesTheEmbeddedData() throws {
        let scratch = try ScratchDirectory()
        for name in ["gpus.json", "currencies.json"] {
            try scratch.write(name, String(decoding: DefaultData.files[name] ?? Data(), as: UTF8.self))
        }
        // No profiles, so none refers to a model family this directory's models.json lacks.
        try scratch.write("deployments.json", #"{"schema": "llmcost/deployments@1", "deployments": []}"#)
        let missing = llmcost("prices", "list", "--data", ".", in: scratch.path)
        #expect(missing.exitCode == .io)
        #expect(missing.stderr.hasPrefix("llmcost: cannot read ./models.json: no such file"))
        let models = Self.overlay.replacingOccurrences(of: "GPT-4o (negotiated)", with: "GPT-4o from DIR")
        try scratch.write("models.json", models)
        let result = llmcost("prices", "list", "--data", ".", "--format", "csv", in: scratch.path)
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains("acme/house-model"))
        #expect(!result.stdout.contains("openai/gpt-4o-mini"))
    }

    @Test func anInvalidOverlayStopsEveryCommandWithItsPosition() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("overlay.json", Self.overlay.replacingOccurrences(of: "0.20", with: "-0.20"))
        let result = llmcost("prices", "list", "--prices", "overlay.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        let place = try #require(
            position(of: "-0.20", in: Self.overlay.replacingOccurrences(of: "0.20", with: "-0.20")))
        #expect(
            result.stderr.contains(
                "overlay.json:\(place): models[1].prices[0].output_per_mtok: -0.20 is negative"))
    }
}

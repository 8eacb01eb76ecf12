import Foundation
import LLMCostCLI
import Testing

@Suite struct ValidateCommandTests {
    @Test func theEmbeddedDataIsValid() {
        let result = llmcost("prices", "validate")
        #expect(result.exitCode == .success, "\(result.stdout)")
        // models, gpus, deployments, currencies and seats, and the three scenarios that come with them.
        #expect(result.stdout.contains("8 files checked: 0 errors"))
    }

    @Test func errorsExitOneAndWarningsDoNotUnlessStrict() throws {
        let scratch = try ScratchDirectory()
        let stale = defaultFile("models.json").replacingOccurrences(
            of: #""checked": "2026-"#, with: #""checked": "2024-"#)
        try scratch.write("stale.json", stale)
        let lenient = llmcost("prices", "validate", "stale.json", in: scratch.path)
        #expect(lenient.exitCode == .success)
        #expect(lenient.stdout.contains("warning: checked 2024-"))
        let strict = llmcost("prices", "validate", "--strict", "stale.json", in: scratch.path)
        #expect(strict.exitCode == .invalidInput)
        #expect(!strict.stdout.contains("warning:"))
        let relaxed = llmcost("prices", "validate", "--max-age", "1000", "stale.json", in: scratch.path)
        #expect(!relaxed.stdout.contains("days old"))
    }

    @Test func anUnreadableFileExitsThreeAfterCheckingTheOthers() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("bad.json", #"{"schema": "llmcost/models@1", "currency": "USD", "models": [1]}"#)
        let result = llmcost("prices", "validate", "missing.json", "bad.json", in: scratch.path)
        #expect(result.exitCode == .io)
        #expect(result.stdout.contains("missing.json: cannot read missing.json: no such file"))
        #expect(result.stdout.contains("bad.json:1:62: models[0]: expected an object, found number"))
    }

    @Test func jsonFormatCarriesEveryFinding() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "bad.json", "{\"schema\": \"llmcost/models@1\", \"currency\": \"USD\", \"models\": [1]}")
        let result = llmcost("prices", "validate", "--format", "json", "bad.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "llmcost/validation@1")
        #expect(object["errors"] as? Int == 1)
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["line"] as? Int == 1)
        #expect(first["column"] as? Int == 62)
        #expect(first["path"] as? String == "models[0]")
    }

    @Test func githubFormatWritesWorkflowCommands() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "bad.json", "{\"schema\": \"llmcost/models@1\", \"currency\": \"USD\", \"models\": [1]}")
        let result = llmcost("prices", "validate", "--format", "github", "bad.json", in: scratch.path)
        #expect(
            result.stdout.hasPrefix(
                "::error file=bad.json,line=1,col=62,title=models[0]::models[0]: expected an object, found number\n"
            ))
    }

    @Test func aScenarioFileIsCheckedAgainstTheData() throws {
        let scratch = try ScratchDirectory()
        let text = """
            {"schema": "llmcost/scenario@1", "name": "x",
             "workload": {"requests_per_month": 1000, "input_tokens": 10, "output_tokens": 10},
             "api_models": ["openai/gpt4o"],
             "self_hosting": [{"deployment": "llama-70b", "mode": "rent"}]}
            """
        try scratch.write("s.json", text)
        let result = llmcost("prices", "validate", "s.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        let model = try #require(position(of: #""openai/gpt4o""#, in: text))
        let deployment = try #require(position(of: #""llama-70b""#, in: text))
        #expect(
            result.stdout == """
                s.json:\(model): api_models[0]: unknown model 'openai/gpt4o'; did you mean 'openai/gpt-4o'?
                s.json:\(deployment): self_hosting[0].deployment: unknown deployment 'llama-70b'
                1 file checked: 2 errors, 0 warnings

                """)
        let wrongKind = llmcost("compare", "--scenario", "Data/models.json", in: packageRoot())
        #expect(wrongKind.exitCode == .invalidInput)
        #expect(
            wrongKind.stderr.hasPrefix(
                "llmcost: Data/models.json:2:13: schema: expected 'llmcost/scenario@1', found 'llmcost/models@1'; is this a scenario file?\n1 error"
            ))
    }

    @Test func helpWorksAsAWordAndAsAFlag() {
        let word = llmcost("help", "prices", "validate")
        let flag = llmcost("prices", "validate", "--help")
        #expect(word.exitCode == .success)
        #expect(word.stdout.hasPrefix("usage: llmcost prices validate [FILES...]"))
        #expect(word == flag)
        #expect(llmcost("help").stdout.contains("llmcost compare"))
    }

    @Test func usageErrorsExitTwoWithTheFlagAndAnExample() {
        let unknown = llmcost("prices", "validate", "--stirct")
        #expect(unknown.exitCode == .usage)
        #expect(unknown.stderr.hasPrefix("llmcost: unknown option '--stirct'; did you mean '--strict'?"))
        let bad = llmcost("prices", "validate", "--max-age", "ninety")
        #expect(bad.exitCode == .usage)
        #expect(
            bad.stderr.hasPrefix(
                "llmcost: invalid value 'ninety' for --max-age; expected a whole number ≥ 0, e.g. --max-age 90"
            ))
        let format = llmcost("prices", "validate", "--format", "gihub")
        #expect(format.stderr.contains("did you mean 'github'?"))
        let missing = llmcost("prices", "validate", "--max-age")
        #expect(missing.stderr.hasPrefix("llmcost: option --max-age needs a value, e.g. --max-age 90"))
        let command = llmcost("prices", "valdate")
        #expect(
            command.stderr.hasPrefix("llmcost: unknown command 'prices valdate'; did you mean 'validate'?"))
    }
}

import Foundation
import Pricing
import Testing

/// One test per validation rule of SPEC §2, each on a small file with the fault at a known place.
@Suite struct ValidationTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 24)
    static let options = ValidationOptions(today: today)

    /// A models file whose one price set has the given members, one a line from line 11 at column 9
    /// (lines 1–5 open the document and the model, 6–9 hold the model's members, 10 opens `prices`).
    static func models(priceMembers: [String], modelMembers: [String] = []) -> String {
        let model =
            [
                #""id": "acme/model""#, #""name": "Model""#, #""provider": "acme""#, #""family": "model""#,
            ] + modelMembers
        return """
            {
              "schema": "llmcost/models@1",
              "currency": "USD",
              "models": [
                {
                  \(model.joined(separator: ",\n      ")),
                  "prices": [ {
                    \(priceMembers.joined(separator: ",\n        "))
                  } ]
                }
              ]
            }
            """
    }

    static let goodPrice = [
        #""effective": "2025-01-01""#, #""input_per_mtok": 1.00"#, #""output_per_mtok": 4.00"#,
        #""source": "https://example.com/pricing""#, #""checked": "2026-11-01""#,
    ]

    static func read(_ text: String, options: ValidationOptions = options) -> PriceFile {
        PriceFileReader.read(Data(text.utf8), file: "m.json", options: options)
    }

    static func descriptions(_ file: PriceFile) -> [String] {
        Diagnostic.sortedByPosition(file.diagnostics).map(\.description)
    }

    @Test func aCleanFileHasNoDiagnostics() {
        let file = Self.read(Self.models(priceMembers: Self.goodPrice))
        #expect(file.diagnostics.isEmpty)
        #expect(file.kind == .models)
        #expect(file.table.models.first?.prices.first?.inputPerMTok == 1)
    }

    @Test func malformedJSONNamesLineAndColumn() {
        let file = Self.read("{\n  \"schema\": \"llmcost/models@1\",\n  \"models\": [\n")
        #expect(file.hasErrors)
        #expect(file.diagnostics.first?.location?.line == 4)
    }

    @Test func wrongTypeIsAnError() {
        var price = Self.goodPrice
        price[1] = #""input_per_mtok": true"#
        let text = Self.descriptions(Self.read(Self.models(priceMembers: price)))
        #expect(
            text == ["m.json:12:27: models[0].prices[0].input_per_mtok: expected a number, found boolean"])
    }

    @Test func missingRequiredFieldPointsAtItsObject() {
        let price = Self.goodPrice.filter { !$0.contains("output_per_mtok") }
        let text = Self.descriptions(Self.read(Self.models(priceMembers: price)))
        #expect(
            text == [
                "m.json:10:19: models[0].prices[0].output_per_mtok: missing required field 'output_per_mtok'"
            ])
    }

    @Test func negativePriceIsAnError() {
        var price = Self.goodPrice
        price[2] = #""output_per_mtok": -1"#
        let text = Self.descriptions(Self.read(Self.models(priceMembers: price)))
        #expect(text == ["m.json:13:28: models[0].prices[0].output_per_mtok: -1 is negative"])
    }

    /// Inputs are held to 1e-9…1e18 in size; the reader decides most literals from their leading
    /// digit's place alone, so the edges are checked in every spelling.
    @Test(arguments: [
        ("0.000000001", true), ("1e-9", true), ("10e-10", true), ("0.00000000099", false), ("9.9e-10", false),
        ("0", true), ("0.0", true), ("0e5", true), ("-1e-10", false),
    ])
    func smallMagnitudeEdges(literal: String, accepted: Bool) {
        var price = Self.goodPrice
        price[1] = "\"input_per_mtok\": \(literal)"
        let messages = Self.read(Self.models(priceMembers: price)).diagnostics.map(\.message)
        let tooSmall = messages.contains { $0.contains("too small to compute with") }
        #expect(tooSmall == !accepted, "\(literal): \(messages)")
    }

    @Test func numberTooLargeToHoldExactlyIsAnError() {
        var price = Self.goodPrice
        price[1] = #""input_per_mtok": 1e999"#
        let file = Self.read(Self.models(priceMembers: price))
        #expect(
            file.diagnostics.map(\.message) == [
                "1e999 is not a finite number that can be held exactly (at most 38 digits)"
            ])
    }

    @Test func shareAboveOneIsAnError() {
        let text = Self.descriptions(
            Self.read(Self.models(priceMembers: Self.goodPrice + [#""batch_discount": 1.5"#])))
        #expect(
            text == [
                "m.json:16:27: models[0].prices[0].batch_discount: 1.5 is outside 0–1 (a share: 0.5 means 50%)"
            ])
    }

    @Test func priceAboveTheSaneBoundIsAnError() {
        var price = Self.goodPrice
        price[1] = #""input_per_mtok": 2500"#
        let file = Self.read(Self.models(priceMembers: price))
        #expect(
            file.diagnostics.first?.message.hasPrefix("2500 per 1M tokens is above the sane bound of 1000")
                == true)
        let lenient = Self.read(
            Self.models(priceMembers: price),
            options: ValidationOptions(today: Self.today, maxPricePerMTok: 5000))
        #expect(!lenient.hasErrors)
    }

    @Test func futureEffectiveDateIsAnError() {
        var price = Self.goodPrice
        price[0] = #""effective": "2027-01-01""#
        let text = Self.descriptions(Self.read(Self.models(priceMembers: price)))
        #expect(
            text == [
                "m.json:11:22: models[0].prices[0].effective: 2027-01-01 is in the future (today is 2026-11-24)"
            ])
    }

    @Test func impossibleDateIsAnError() {
        var price = Self.goodPrice
        price[0] = #""effective": "2025-02-30""#
        let file = Self.read(Self.models(priceMembers: price))
        #expect(file.diagnostics.map(\.message) == ["'2025-02-30' is not a date (YYYY-MM-DD)"])
    }

    @Test func unknownKeySuggestsTheNearestKnownOne() {
        let text = Self.descriptions(
            Self.read(Self.models(priceMembers: Self.goodPrice + [#""cached_input_per_mtk": 0.5"#])))
        #expect(
            text == [
                "m.json:16:9: models[0].prices[0].cached_input_per_mtk: unknown key 'cached_input_per_mtk'; did you mean 'cached_input_per_mtok'?"
            ])
    }

    @Test func duplicateIDIsReportedAtTheSecondEntry() {
        let text = """
            {"schema": "llmcost/models@1", "currency": "USD", "models": [
              {"id": "a/b", "name": "B", "provider": "a", "family": "b", "prices": []},
              {"id": "a/b", "name": "B", "provider": "a", "family": "b", "prices": []}
            ]}
            """
        let file = Self.read(text)
        let duplicates = file.diagnostics.filter { $0.message.hasPrefix("duplicate id") }
        #expect(
            duplicates.map(\.description) == [
                "m.json:3:10: models[1].id: duplicate id 'a/b' (first at line 2)"
            ])
    }

    @Test func twoPriceSetsOnOneDateIsAnError() {
        let set =
            "{\"effective\": \"2025-01-01\", \"input_per_mtok\": 1, \"output_per_mtok\": 2, "
            + "\"source\": \"https://x.example\", \"checked\": \"2026-11-01\"}"
        let text = """
            {"schema": "llmcost/models@1", "currency": "USD", "models": [
              {"id": "a/b", "name": "B", "provider": "a", "family": "b", "prices": [
                \(set),
                \(set)
              ]}
            ]}
            """
        let messages = Self.read(text).diagnostics.map(\.description)
        #expect(
            messages == [
                "m.json:4:19: models[0].prices[1].effective: two price sets take effect on 2025-01-01 (first at line 3)"
            ])
    }

    @Test func staleCheckedDateIsAWarningThatMaxAgeControls() {
        var price = Self.goodPrice
        price[4] = #""checked": "2025-01-01""#
        let file = Self.read(Self.models(priceMembers: price))
        #expect(!file.hasErrors)
        #expect(
            file.diagnostics.map(\.description) == [
                "m.json:15:20: models[0].prices[0].checked: warning: checked 2025-01-01 is 692 days old (older than 180; --max-age)"
            ])
        let relaxed = Self.read(
            Self.models(priceMembers: price), options: ValidationOptions(today: Self.today, maxAgeDays: 800))
        #expect(relaxed.diagnostics.isEmpty)
    }

    @Test(arguments: ["1.5000300000000002e-06", "0.30000000000000004", "8.900000000000001e-07"])
    func floatArtifactIsAWarning(literal: String) {
        var price = Self.goodPrice
        price[1] = "\"input_per_mtok\": \(literal)"
        let file = Self.read(Self.models(priceMembers: price))
        let artifacts = file.diagnostics.filter { $0.message.contains("floating-point artifact") }
        #expect(artifacts.count == 1)
        #expect(artifacts.first?.severity == .warning)
        #expect(artifacts.first?.location == SourceLocation(line: 12, column: 27))
    }

    @Test func outputPriceBelowInputIsAWarning() {
        var price = Self.goodPrice
        price[2] = #""output_per_mtok": 0.5"#
        let file = Self.read(Self.models(priceMembers: price))
        #expect(
            file.diagnostics.map(\.description) == [
                "m.json:13:28: models[0].prices[0].output_per_mtok: warning: output price 0.5 is lower than input price 1; are they swapped?"
            ])
    }

    @Test func missingSourceIsAWarning() {
        let price = Self.goodPrice.filter { !$0.contains("source") }
        let file = Self.read(Self.models(priceMembers: price))
        #expect(
            file.diagnostics.map(\.description) == [
                "m.json:10:19: models[0].prices[0]: warning: missing 'source': say where this figure comes from"
            ])
    }

    @Test func unknownCurrencyAndReferencesResolveAgainstTheTable() {
        let deployments = """
            {"schema": "llmcost/deployments@1", "deployments": [
              {"id": "d", "name": "D", "model_family": "llama-3.1-70c", "gpu": "h100-sxn", "gpus_per_replica": 2,
               "precision": "fp8", "measured": [{"input_len": 1, "output_len": 1, "output_tokens_per_s": 5}],
               "source": "https://x.example", "checked": "2026-11-01"}
            ]}
            """
        let file = PriceFileReader.read(Data(deployments.utf8), file: "d.json", options: Self.options)
        #expect(file.diagnostics.isEmpty)
        let table = PriceTable(
            models: [
                APIModel(
                    id: "a/b", name: "B", provider: "a", family: "llama-3.1-70b", openWeights: true,
                    prices: [])
            ],
            gpus: [
                GPU(
                    id: "h100-sxm", name: "H100", memoryGB: 80, bandwidthTBs: 3, bf16TFLOPS: 989, tdpW: 700,
                    serverKWPerGPU: 1)
            ])
        let unresolved = table.unresolved(file.references).map(\.description)
        #expect(
            unresolved == [
                "d.json:2:44: deployments[0].model_family: unknown model family 'llama-3.1-70c'; did you mean 'llama-3.1-70b'?",
                "d.json:2:68: deployments[0].gpu: unknown gpu 'h100-sxn'; did you mean 'h100-sxm'?",
            ])
        let euroFile = Self.read(
            Self.models(priceMembers: Self.goodPrice).replacingOccurrences(of: "\"USD\"", with: "\"XYZ\""))
        #expect(table.unresolved(euroFile.references).map(\.message) == ["unknown currency 'XYZ'"])
    }

    @Test func unknownSchemaIsAnError() {
        let file = Self.read(#"{"schema": "llmcost/model@1"}"#)
        #expect(
            file.diagnostics.map(\.message) == [
                "unknown schema 'llmcost/model@1'; did you mean 'llmcost/models@1'? (expected one of llmcost/models@1, llmcost/gpus@1, llmcost/deployments@1, llmcost/currencies@1, llmcost/seats@1)"
            ])
    }

    @Test func aCutFileReportsItsOtherFaultsButNotWhatTheCutExplains() {
        var price = Self.goodPrice
        price[1] = #""input_per_mtok": -2"#
        let whole = Self.models(priceMembers: price)
        // Cut just after `-2,`: output_per_mtok, source and checked are lost, not missing.
        let marker = #""input_per_mtok": -2,"#
        let cut = String(whole[..<(whole.range(of: marker)?.upperBound ?? whole.endIndex)])
        let file = Self.read(cut)
        #expect(
            Self.descriptions(file) == [
                "m.json:12:27: models[0].prices[0].input_per_mtok: -2 is negative",
                "m.json:12:30: unexpected end of file, expected a string key after ','",
            ])
        #expect(file.isCutShort)
    }

    @Test func aCutDeploymentIsNotMissingItsPointsOrSource() {
        let text = """
            {"schema": "llmcost/deployments@1", "deployments": [
              {"id": "d", "name": "D", "model_family": "f", "gpu": "g", "gpus_per_replica": 0,
               "precision": "fp8", "measured": [{"input_len": 1, "output_len"
            """
        let file = PriceFileReader.read(Data(text.utf8), file: "d.json", options: Self.options)
        #expect(
            Self.descriptions(file) == [
                "d.json:2:81: deployments[0].gpus_per_replica: 0 must be at least 1",
                "d.json:3:66: unexpected end of file, expected ':' after object key",
            ])
        // The references read before the cut are still resolved; names in a cut gpus file are not.
        #expect(file.references.map(\.value) == ["f", "g"])
        let cutGPUs = PriceFileReader.read(
            Data(#"{"schema": "llmcost/gpus@1", "gpus": [{"id": "h"#.utf8), file: "g.json",
            options: Self.options)
        #expect(cutGPUs.isCutShort)
        #expect([cutGPUs].cutShortTargets == [.gpu])
        let table = PriceTable()
        #expect(
            table.unresolved(file.references).map(\.message) == [
                "unknown model family 'f'", "unknown gpu 'g'",
            ])
        #expect(
            table.unresolved(file.references, cutShort: [cutGPUs].cutShortTargets).map(\.message) == [
                "unknown model family 'f'"
            ])
    }

    @Test func everyProblemIsReportedInOneRun() {
        var price = Self.goodPrice
        price[1] = #""input_per_mtok": -2"#
        price[2] = #""output_per_mtok": "abc""#
        let file = Self.read(Self.models(priceMembers: price + [#""tiers": [{"above_input_tokens": 0}]"#]))
        #expect(file.diagnostics.count == 5)
    }
}

import Foundation
import Scenarios
import Testing

@testable import Reports

/// The formula trail as people read it: every result with its unit, in the report's language
/// and currency, rounded by one rule; the exact text kept for JSON and CSV.
@Suite struct ExplainDisplayTests {
    static func step(_ quantity: ExplainQuantity, _ result: FormulaText) -> ExplainStep {
        ExplainStep(quantity: quantity, formula: "x", substituted: "x", result: result)
    }

    static let usd = ReportContext(language: .en, minorUnits: 2, explain: true)
    static let yen = ReportContext(language: .ja, minorUnits: 0, explain: true)

    /// `step`'s result as the table shows it, alone in its trail.
    static func shown(_ step: ExplainStep, _ currency: String = "USD", _ context: ReportContext = usd)
        -> String
    {
        ExplainDisplay([step], currency: currency, context: context).result(step)
    }

    @Test(arguments: ExplainQuantity.allCases) func everyQuantityHasAUnitAndANameInEveryLanguage(
        _ quantity: ExplainQuantity
    ) {
        let unit = quantity.unit
        #expect(ExplainUnit.allCases.contains(unit))
        for language in Language.allCases {
            #expect(!Phrases.quantity(quantity)(language).isEmpty, "\(quantity) has no \(language) name")
            for one in [false, true] {
                // Each unit wraps the number: `{1}` in both languages.
                #expect(Phrases.unit(unit, one: one)(language).contains("{1}"), "\(unit) in \(language)")
            }
        }
        let ja = Phrases.unit(unit)(.ja).replacingOccurrences(of: "{1}", with: "")
        let en = Phrases.unit(unit)(.en).replacingOccurrences(of: "{1}", with: "")
        // A unit in words in English is in Japanese words in Japanese.
        #expect(PhraseCatalogTests.asciiWords(en).isEmpty || PhraseCatalogTests.isJapanese(ja), "\(unit)")
    }

    @Test(arguments: FormulaWord.allCases) func everyFormulaWordIsInEveryLanguage(_ word: FormulaWord) {
        let entry = Phrases.formulaWord(word)
        #expect(!entry.en.isEmpty)
        #expect(PhraseCatalogTests.isJapanese(entry.ja), "\(word): \(entry.ja)")
        // Japanese keeps the symbols (`p_cached`, `API_t`) but none of the English words (four
        // letters or more).
        func words(_ text: String) -> [String] {
            PhraseCatalogTests.asciiWords(
                text.replacingOccurrences(of: #"\w+_\w+"#, with: " ", options: .regularExpression))
        }
        let english = Set(words(entry.en).filter { $0.count >= 4 })
        let left = words(entry.ja).filter { english.contains($0) }
        #expect(left.isEmpty, "\(word): \(left)")
    }

    @Test func moneyIsInTheReportsCurrencyWithItsMinorUnitsAndUnit() {
        #expect(Self.shown(Self.step(.selfHostingPerMonth, "7677.4")) == "$7,677.40/month")
        #expect(
            Self.shown(Self.step(.npvOfSwitching, "712763.31389918468083651872237729661734")) == "$712,763.31"
        )
        #expect(Self.shown(Self.step(.npvOfSwitching, "-53685.805")) == "-$53,685.81")
        // $20,000 of setup × 158.69732 JPY/USD = ¥3,173,946.4, shown to 0 minor units.
        #expect(Self.shown(Self.step(.oneTimeCostsAtStart, "3173946.4"), "JPY", Self.yen) == "¥3,173,946")
        #expect(Self.shown(Self.step(.selfHostingPerMonth, "993860.41"), "JPY", Self.yen) == "¥993,860／月")
    }

    @Test func countsMonthsSharesAndFactorsHaveTheirUnits() {
        #expect(Self.shown(Self.step(.replicas, "1")) == "1 replica")
        #expect(Self.shown(Self.step(.replicas, "2")) == "2 replicas")
        #expect(Self.shown(Self.step(.replicas, "2"), "JPY", Self.yen) == "2 レプリカ")
        #expect(Self.shown(Self.step(.paybackMonth, "7")) == "month 7")
        #expect(Self.shown(Self.step(.paybackMonth, "7"), "JPY", Self.yen) == "7か月目")
        // ROI 6.33591992… = 633.591992…% → 633.6% (1 decimal, as the ROI column).
        #expect(
            Self.shown(Self.step(.roiOfSelfHosting, "6.335919924358514557725538782563333442")) == "633.6%")
        // 0.176341313365… replica-seconds: 6 significant digits.
        #expect(
            Self.shown(Self.step(.secondsPerRequest, "0.176341313365324468830390285099212858"))
                == "0.176341 replica-seconds")
        #expect(
            Self.shown(Self.step(.monthlyDiscountRoot, "1.00643403011000345483391717928725186507"))
                == "1.00643")
        #expect(Self.shown(Self.step(.batchFactor, "1")) == "1")
    }

    @Test func listsShareOnePrecisionAndOneUnit() {
        // Requests are whole: 3376526.43 → 3,376,526; grouped digits take "; " between items.
        #expect(
            Self.shown(Self.step(.volumeInMonth, "3000000, 3090000, 3376526.43"))
                == "3,000,000; 3,090,000; 3,376,526 requests/month")
        #expect(
            Self.shown(Self.step(.volumeInMonth, "3000000, 3376526.43"), "JPY", Self.yen)
                == "3,000,000; 3,376,526 リクエスト／月")
        // The blended 0.162895 needs 4 decimals (up to 4, as prices are shown), so every price of
        // the trail shows 4: $0.1000 / $0.0100 / $0.5000.
        let prices = Self.step(.pricesPerMTok, "0.1 / 0.01 / 0.5")
        let blended = Self.step(.apiCostPerMTokBlended, "0.16289473684210526315789473684210526316")
        let display = ExplainDisplay([prices, blended], currency: "USD", context: Self.usd)
        #expect(display.result(prices) == "$0.1000 / $0.0100 / $0.5000 per 1M tokens")
        #expect(display.result(blended) == "$0.1629 per 1M tokens")
        // Costs per request: 0.00105 and 0.000750 share 6 decimals (2 + 4, as the options table).
        let perRequest = [Self.step(.apiCostPerRequest, "0.00105"), Self.step(.apiCostPerRequest, "0.00075")]
        let requests = ExplainDisplay(perRequest, currency: "USD", context: Self.usd)
        #expect(perRequest.map(requests.result) == ["$0.001050/request", "$0.000750/request"])
    }

    @Test func wordsAreSaidInTheReportsLanguageAndKeptInEnglishForMachines() throws {
        let undefined = Self.step(.roiOfSelfHosting, "\(word: .undefinedNothingSpent)")
        #expect(Self.shown(undefined) == "undefined (nothing spent)")
        #expect(Self.shown(undefined, "JPY", Self.yen) == "算出不能（支出なし）")
        let step = ExplainStep(
            quantity: .switchInMonth, argument: "2", formula: "\(word: .switchTotalCostRule)",
            substituted: "\(word: .totalCost) 116161.576; NPV 159648.564729596261318407746110567614924",
            result: "116161.576")
        let section = ScenarioReports.explainSection("t", [step], currency: "JPY", context: Self.yen)
        let row = try #require(section.table?.rows.first)
        #expect(row.unit == "money")
        // People read the words in Japanese and every number rounded by the one rule: 6
        // significant digits, at least 2 decimals from 1 up (159648.5647… → 159648.56).
        #expect(row.cells[2].displayText(.ja) == "総コスト 116161.58; NPV 159648.56")
        #expect(row.cells[3].displayText(.ja) == "¥116,162")
        // CSV keeps the exact values in the report's words; JSON in English words, whatever the language.
        #expect(row.cells[2].plainText == "総コスト 116161.576; NPV 159648.564729596261318407746110567614924")
        #expect(
            JSONRenderer.value(row.cells[2])
                == "\"total cost 116161.576; NPV 159648.564729596261318407746110567614924\"")
        #expect(row.cells[3].plainText == "116161.576")
        #expect(JSONRenderer.value(row.cells[3]) == "\"116161.576\"")
    }
}

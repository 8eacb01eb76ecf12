import Foundation
import LLMCostCLI
import Pricing
import Testing

/// Issue 14 on the command line: `fx import`, the stale-rate warning, `--tier`, retired models
/// and `prices list --all`.
@Suite struct MarketCommandTests {
    static func ecb(_ name: String) -> String { Fixtures.path("ecb/\(name)") }

    /// The `per_usd` of `code` on `date` in a currencies.json text.
    static func rate(_ text: String, _ code: String, _ date: String) -> String? {
        text.split(separator: "\n").first {
            $0.contains("\"code\": \"\(code)\"") && $0.contains("\"date\": \"\(date)\"")
        }.flatMap { line in
            line.components(separatedBy: "\"per_usd\": ").dropFirst().first?.split(separator: ",").first
                .map(String.init)
        }
    }

    @Test func fxImportOfTwoDailyFilesReproducesPerUSDRatesTo8SignificantDigits() throws {
        let result = llmcost(
            "fx", "import", Self.ecb("eurofxref-2026-08-20.xml"), Self.ecb("eurofxref-2026-08-21.xml"))
        #expect(result.exitCode == .success, "\(result.stderr)")
        let text = result.stdout
        // 2026-08-20: 1 EUR = 1.1681 USD = 185.45 JPY.
        //   JPY: 185.45 / 1.1681 = 158.762092286… → 158.76209 (8 significant digits)
        //   EUR: 1 / 1.1681 = 0.856091088091… → 0.85609109
        #expect(Self.rate(text, "JPY", "2026-08-20") == "158.76209")
        #expect(Self.rate(text, "EUR", "2026-08-20") == "0.85609109")
        // 2026-08-21: 1 EUR = 1.1699 USD = 185.66 JPY = 0.85670 GBP = 20,659.38 IDR.
        //   JPY: 185.66 / 1.1699 = 158.697324557… → 158.69732 (USD/JPY 158.70)
        //   EUR: 1 / 1.1699 = 0.854773912300… → 0.85477391
        //   GBP: 0.85670 / 1.1699 = 0.732284810667… → 0.73228481
        //   IDR: 20,659.38 / 1.1699 = 17,659.0990682… → 17659.099
        #expect(Self.rate(text, "JPY", "2026-08-21") == "158.69732")
        #expect(Self.rate(text, "EUR", "2026-08-21") == "0.85477391")
        #expect(Self.rate(text, "GBP", "2026-08-21") == "0.73228481")
        #expect(Self.rate(text, "IDR", "2026-08-21") == "17659.099")
        #expect(Self.rate(text, "USD", "2026-08-21") == "1")
        #expect(result.stderr.contains("for 2 days (2026-08-20 to 2026-08-21)"))
        // What it writes is a valid currencies.json, with source and date on every rate.
        let file = PriceFileReader.read(
            Data(text.utf8), file: "fx.json",
            options: ValidationOptions(today: CalendarDate(year: 2026, month: 11, day: 24)))
        #expect(file.kind == .currencies)
        #expect(!file.hasErrors, "\(file.diagnostics)")
        #expect(file.table.currencies.count == 2 * 30)
        #expect(file.table.currencies.allSatisfy { $0.source != nil && $0.date != nil })
    }

    @Test func fxImportReadsEveryCubeOfAHistoryFileAndAgreesWithTheDailyFile() throws {
        let history = llmcost("fx", "import", Self.ecb("eurofxref-hist-2days.xml"), "--codes", "JPY")
        #expect(history.exitCode == .success)
        // 2026-08-19: 184.62 / 1.1605 = 159.086600603… → 159.08660, written without its trailing zero
        #expect(Self.rate(history.stdout, "JPY", "2026-08-19") == "159.0866")
        #expect(Self.rate(history.stdout, "JPY", "2026-08-21") == "158.69732")
        // --codes keeps JPY (and USD), nothing else.
        #expect(Self.rate(history.stdout, "EUR", "2026-08-21") == nil)
        // The same day in a history and a daily file is one day.
        let both = llmcost(
            "fx", "import", Self.ecb("eurofxref-hist-2days.xml"), Self.ecb("eurofxref-2026-08-21.xml"),
            "--codes", "JPY")
        #expect(both.exitCode == .success)
        #expect(both.stdout == history.stdout)
    }

    @Test func fxImportRefusesWhatIsNotAnECBFile() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("bad.xml", "<html><body>rates</body></html>\n")
        let result = llmcost("fx", "import", path)
        #expect(result.exitCode == .invalidInput)
        #expect(result.stderr.contains("bad.xml:1: no <Cube time=…> found"))
        let missing = llmcost("fx", "import")
        #expect(missing.exitCode == .usage)
    }

    @Test func aRateMoreThan30DaysOldIsWarnedAboutOnStderr() throws {
        // The shipped JPY rate is of 2026-08-21; on 2026-12-03 it is 104 days old.
        let old = llmcost("compare", "--currency", "JPY", "--as-of", "2026-12-03")
        #expect(old.exitCode == .success, "\(old.stderr)")
        #expect(
            old.stderr.contains(
                "llmcost: warning: the JPY rate (158.69732 per USD) is of 2026-08-21, 104 days before 2026-12-03"
            ))
        #expect(old.stdout.contains("1 USD = 158.69732 JPY, the rate of 2026-08-21"))
        // 30 days after the rate's date it is not yet old: 2026-08-21 + 30 days = 2026-09-20.
        let fresh = llmcost("compare", "--currency", "JPY", "--as-of", "2026-09-20")
        #expect(!fresh.stderr.contains("warning"))
        // On 2026-02-10 the rate in force is the 2026-02-02 one: 8 days old.
        let history = llmcost(
            "compare", "--currency", "JPY", "--models", "openai/gpt-4o", "--as-of", "2026-02-10")
        #expect(history.stdout.contains("the rate of 2026-02-02"))
    }

    static let models = """
        {
          "schema": "llmcost/models@1",
          "currency": "USD",
          "models": [
            {
              "id": "acme/old", "name": "Old", "provider": "acme", "family": "old",
              "deprecated": "2026-06-01", "retired": "2026-07-24", "successor": "acme/new",
              "prices": [
                { "effective": "2025-01-01", "input_per_mtok": 1, "output_per_mtok": 2,
                  "source": "https://example.com/p", "checked": "2026-11-01" }
              ]
            },
            {
              "id": "acme/new", "name": "New", "provider": "acme", "family": "new",
              "prices": [
                { "effective": "2026-01-01", "input_per_mtok": 2, "output_per_mtok": 8,
                  "service_tiers": { "flex": { "input_per_mtok": 1, "output_per_mtok": 4 } },
                  "source": "https://example.com/p", "checked": "2026-11-01" }
              ]
            }
          ]
        }

        """

    @Test func aRetiredModelIsRefusedAtItsPositionOrFlag() throws {
        let scratch = try ScratchDirectory()
        let prices = try scratch.write("models.json", Self.models)
        let scenario = try scratch.write(
            "s.json",
            """
            {
              "schema": "llmcost/scenario@1",
              "name": "retired",
              "workload": { "requests_per_month": 1000, "input_tokens": 100, "output_tokens": 10 },
              "api_models": ["acme/old"]
            }

            """)
        let fromFile = llmcost("compare", "--prices", prices, "--scenario", scenario)
        #expect(fromFile.exitCode == .invalidInput)
        #expect(
            fromFile.stderr.contains(
                "s.json:5:18: api_models[0]: 'acme/old' retired on 2026-07-24; successor acme/new"))
        // Both commands that take --models blame the flag, not the scenario file it replaced.
        for command in ["compare", "speed"] {
            let fromFlag = llmcost(
                command, "--prices", prices, "--scenario", scenario, "--models", "acme/old")
            #expect(fromFlag.exitCode == .invalidInput, "\(command)")
            #expect(
                fromFlag.stderr
                    == "llmcost: --models: 'acme/old' retired on 2026-07-24; successor acme/new\n",
                "\(command)")
        }
        // Before its retirement it prices as before.
        let before = llmcost("compare", "--prices", prices, "--scenario", scenario, "--as-of", "2026-07-23")
        #expect(before.exitCode == .success)
    }

    @Test func pricesListHidesRetiredModelsUnlessAll() throws {
        let scratch = try ScratchDirectory()
        let prices = try scratch.write("models.json", Self.models)
        let live = llmcost("prices", "list", "--prices", prices, "--provider", "acme")
        #expect(!live.stdout.contains("acme/old"))
        #expect(live.stdout.contains("1 retired model not shown; --all lists them."))
        let all = llmcost("prices", "list", "--prices", prices, "--provider", "acme", "--all")
        #expect(all.stdout.contains("acme/old (retired)"))
        #expect(all.stdout.contains("acme/old: retired on 2026-07-24; successor acme/new"))
    }

    @Test func tierFlagPricesAtTheTierAndSaysWhenAModelHasNone() throws {
        let scratch = try ScratchDirectory()
        let prices = try scratch.write("models.json", Self.models)
        let scenario = try scratch.write(
            "s.json",
            """
            {
              "schema": "llmcost/scenario@1",
              "name": "tiers",
              "workload": { "requests_per_month": 1000000, "input_tokens": 1000, "output_tokens": 100 },
              "api_models": ["acme/new", "openai/gpt-4o"]
            }

            """)
        let result = llmcost("compare", "--prices", prices, "--scenario", scenario, "--tier", "flex")
        #expect(result.exitCode == .success, "\(result.stderr)")
        // flex: (1e9 × 1 + 1e8 × 4) / 1e6 = 1,000 + 400 = $1,400.00 a month (standard: 2,000 + 800 = 2,800)
        #expect(result.stdout.contains("1,400.00"))
        #expect(result.stdout.contains("[flex]"))
        #expect(result.stdout.contains("priced at its 'flex' service tier"))
        #expect(result.stdout.contains("it has no 'flex' service tier, so it is priced standard"))
        let explained = llmcost(
            "compare", "--prices", prices, "--scenario", scenario, "--tier", "flex", "--explain")
        #expect(explained.stdout.contains("service tier 'flex'"))
        let bad = llmcost("compare", "--prices", prices, "--scenario", scenario, "--tier", "Flex!")
        #expect(bad.exitCode == .usage)
    }

    /// A tier no model has (`turbo`) once priced every model standard without a word.
    @Test func tierNoModelHasIsRefusedByFlagAndAtTheScenarioLine() throws {
        let scratch = try ScratchDirectory()
        let prices = try scratch.write("models.json", Self.models)
        // --prices adds to the shipped data, whose models have flex and priority.
        let flag = llmcost("compare", "--prices", prices, "--tier", "turbo")
        #expect(flag.exitCode == .usage)
        #expect(
            flag.stderr.contains(
                "invalid value 'turbo' for --tier: unknown service tier 'turbo' (tiers: flex, priority), e.g. --tier flex"
            ))
        let near = llmcost("compare", "--prices", prices, "--tier", "flx")
        #expect(near.exitCode == .usage)
        #expect(near.stderr.contains("did you mean 'flex'?"))
        let scenario = try scratch.write(
            "s.json",
            """
            {
              "schema": "llmcost/scenario@1",
              "name": "tiers",
              "workload": { "requests_per_month": 1000000, "input_tokens": 1000, "output_tokens": 100 },
              "api_models": [ { "id": "acme/new", "tier": "turbo" } ]
            }

            """)
        let file = llmcost("compare", "--prices", prices, "--scenario", scenario)
        #expect(file.exitCode == .invalidInput)
        #expect(
            file.stderr.contains(
                "s.json:5:47: api_models[0].tier: unknown service tier 'turbo' (tiers: flex, priority)"))
    }

    static let peakModels = """
        {
          "schema": "llmcost/models@1",
          "currency": "USD",
          "models": [
            {
              "id": "deepseek/v", "name": "V", "provider": "deepseek", "family": "v", "open_weights": true,
              "prices": [
                { "effective": "2026-08-17", "input_per_mtok": 0.14, "output_per_mtok": 0.28,
                  "peak": { "input_per_mtok": 0.56, "output_per_mtok": 1.12,
                            "windows": [ { "days": "mon-fri", "from": "01:00", "to": "04:00" },
                                         { "days": "mon-fri", "from": "06:00", "to": "10:00" } ] },
                  "source": "https://example.com/p", "checked": "2026-11-01" }
              ]
            }
          ]
        }

        """

    @Test func aJapaneseCallCentrePaysThePeakPriceForTwoThirdsOfItsTraffic() throws {
        let scratch = try ScratchDirectory()
        let prices = try scratch.write("models.json", Self.peakModels)
        let scenario = try scratch.write(
            "jst.json",
            """
            {
              "schema": "llmcost/scenario@1",
              "name": "JST call centre",
              "workload": { "requests_per_month": 1000000, "input_tokens": 1000, "output_tokens": 1000,
                            "active_hours": { "utc_offset": "+09:00", "days": "mon-fri", "from": "09:00", "to": "18:00" } },
              "api_models": [{ "id": "deepseek/v" }]
            }

            """)
        let result = llmcost("compare", "--prices", prices, "--scenario", scenario)
        #expect(result.exitCode == .success, "\(result.stderr)")
        // f = 1,800 / 2,700 = 2/3; input (1,800 × 0.56 + 900 × 0.14) / 2,700 = 0.42,
        // output (1,800 × 1.12 + 900 × 0.28) / 2,700 = 0.84; a month: 1e9 × 0.42 / 1e6 + 1e9 × 0.84 / 1e6 = 1,260.
        #expect(result.stdout.contains("$1,260.00"))
        #expect(result.stdout.contains("peak share 66.7%: 1800 of the 2700 active minutes a week"))
        #expect(result.stdout.contains("f = 1800/2700"))
        let ja = llmcost("compare", "--prices", prices, "--scenario", scenario, "--lang", "ja")
        #expect(ja.stdout.contains("ピーク比率 66.7%"))
        // Without active hours the week is spread evenly: 2,100 of 10,080 minutes at peak.
        let week = llmcost(
            "compare", "--prices", prices, "--models", "deepseek/v", "--requests", "1M", "--input", "1000",
            "--output", "1000")
        #expect(week.stdout.contains("peak share 20.8%: 2100 of the 10080 active minutes a week (all week)"))
    }

    @Test func pricesShowStatesTheLifecycleTiersAndPeak() throws {
        let scratch = try ScratchDirectory()
        let prices = try scratch.write("models.json", Self.models)
        let old = llmcost("prices", "show", "acme/old", "--prices", prices)
        #expect(old.stdout.contains("Retired"))
        #expect(old.stdout.contains("2026-07-24"))
        #expect(old.stdout.contains("acme/new"))
        let new = llmcost("prices", "show", "acme/new", "--prices", prices)
        #expect(new.stdout.contains("2026-01-01: 'flex' tier $1.00 / $4.00"))
        let peak = try scratch.write("peak.json", Self.peakModels)
        let listed = llmcost("prices", "list", "--prices", peak, "--provider", "deepseek")
        #expect(
            listed.stdout.contains(
                "Time-of-day prices: the prices shown are off-peak; peak input / output: "
            ))
        #expect(
            listed.stdout.contains("deepseek/v $0.56 / $1.12 in UTC mon-fri 01:00–04:00, mon-fri 06:00–10:00")
        )
        let shown = llmcost("prices", "show", "deepseek/v", "--prices", peak)
        #expect(
            shown.stdout.contains(
                "peak $0.56 input / $1.12 output in UTC mon-fri 01:00–04:00, mon-fri 06:00–10:00 (the prices above are off-peak)"
            ))
    }

    /// `prices list` and `prices show` under `--lang ja` name the peak days in Japanese (平日, not
    /// the data's `mon-fri`) and list the windows with the Japanese comma, as compare's notes do.
    @Test func pricesListAndShowNameThePeakDaysInJapanese() throws {
        let scratch = try ScratchDirectory()
        let peak = try scratch.write("peak.json", Self.peakModels)
        let listed = llmcost("prices", "list", "--prices", peak, "--provider", "deepseek", "--lang", "ja")
        #expect(listed.stdout.contains("deepseek/v $0.56 / $1.12（UTC 平日 01:00–04:00、平日 06:00–10:00）"))
        #expect(!listed.stdout.contains("mon-fri"))
        let shown = llmcost("prices", "show", "deepseek/v", "--prices", peak, "--lang", "ja")
        #expect(shown.stdout.contains("ピーク 入力 $0.56 / 出力 $1.12（UTC 平日 01:00–04:00、平日 06:00–10:00。"))
        #expect(!shown.stdout.contains("mon-fri"))
    }

    @Test func aCachedShareRangeMustLeaveRoomForTheCacheWrites() throws {
        let scratch = try ScratchDirectory()
        let scenario = try scratch.write(
            "cw.json",
            """
            { "schema": "llmcost/scenario@1", "name": "cw", "api_models": ["openai/gpt-6-luna"],
              "workload": { "requests_per_month": "3M", "input_tokens": 1500, "output_tokens": 400,
                            "cached_input_share": {"low": 0.5, "mode": 0.6, "high": 0.9}, "cache_write_share": 0.2 } }

            """)
        let result = llmcost("compare", "--scenario", scenario)
        #expect(result.exitCode == .invalidInput)
        // The mode 0.6 + 0.2 fits; the high end 0.9 + 0.2 = 1.1 does not.
        #expect(result.stderr.contains("cached_input_share 0.9 + cache_write_share 0.2 is more than 1"))
    }

    @Test func cacheWritesAreStatedAndTheCachedFlagLeavesThemRoom() throws {
        let scratch = try ScratchDirectory()
        let scenario = try scratch.write(
            "cw.json",
            """
            { "schema": "llmcost/scenario@1", "name": "cw", "api_models": ["openai/gpt-6-luna"],
              "workload": { "requests_per_month": "3M", "input_tokens": 1500, "output_tokens": 400,
                            "cache_write_share": 0.2 } }

            """)
        let result = llmcost("compare", "--scenario", scenario, "--cached", "40%")
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdout.contains("40% of input cached, 20% written to it"))
        // 40% + 20% fits; 90% + 20% does not, and the flag is at fault.
        let over = llmcost("compare", "--scenario", scenario, "--cached", "90%")
        #expect(over.exitCode == .usage)
        #expect(
            over.stderr.contains(
                "invalid value '90%' for --cached; with the scenario's cache_write_share 0.2"))
    }

    @Test func fxImportWritesAtomicallyOnlyWithForceAndSkipsADayWithoutUSD() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("currencies.json", "keep me\n")
        let daily = Self.ecb("eurofxref-2026-08-21.xml")
        let refused = llmcost("fx", "import", daily, "-o", "currencies.json", in: scratch.path)
        #expect(refused.exitCode == .io)
        #expect(scratch.read("currencies.json") == "keep me\n")
        let forced = llmcost("fx", "import", daily, "-o", "currencies.json", "--force", in: scratch.path)
        #expect(forced.exitCode == .success)
        #expect(
            forced.stderr.hasPrefix(
                "wrote currencies.json\nimported 30 rates for 1 day (2026-08-21 to 2026-08-21)"))
        #expect(scratch.read("currencies.json")?.contains("\"per_usd\": 158.69732") == true)
        let noUSD = try scratch.write(
            "no-usd.xml",
            "<Cube><Cube time='2026-08-22'><Cube currency='JPY' rate='185.00'/></Cube></Cube>\n")
        let skipped = llmcost("fx", "import", noUSD, daily, in: scratch.path)
        #expect(skipped.exitCode == .success)
        #expect(skipped.stderr.contains("skipped 2026-08-22: no USD rate"))
        #expect(!skipped.stdout.contains("2026-08-22"))
    }
}

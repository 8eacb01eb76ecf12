import Foundation
import Pricing
import Scenarios
import Testing

/// SPEC §6.1–§6.4: lifecycle, cache writes, service tiers, time-of-day prices and dated exchange rates.
@Suite("Market pricing (issue 14)")
struct MarketPricingTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 3)

    /// A scenario of one API model over `workload`.
    static func scenario(_ workload: Workload, model: String, tier: String? = nil) -> ScenarioFile {
        ScenarioFile(
            file: "s.json", name: "s", workload: workload,
            apiModels: [ScenarioReference(id: model, tier: tier)])
    }

    static func plan(_ scenario: ScenarioFile, _ models: [APIModel], asOf: CalendarDate = today)
        -> (ScenarioPlan?, [Diagnostic])
    {
        ScenarioPlanner.plan(
            scenario, table: PriceTable(models: models), asOf: asOf, converter: CurrencyConverter(rates: []))
    }

    // MARK: Cache writes (§6.2)

    @Test("cache writes: Tin·((1−c−w)·p_in + c·p_cached + w·p_write) + Tout·p_out")
    func cacheWrites() throws {
        // Anthropic-style: input 3, cache read 0.30, cache write 3.75, output 15 per 1M tokens.
        let prices = PriceSet(
            effective: day, inputPerMTok: 3, outputPerMTok: 15, cachedInputPerMTok: dec("0.3"),
            cacheWritePerMTok: dec("3.75"))
        var workload = Workload(
            requestsPerMonth: 1_000_000, inputTokens: 2_000, outputTokens: 500, cachedInputShare: dec("0.6"))
        workload.cacheWriteShare = dec("0.1")
        let cost = try APICost.monthly(workload, prices)
        // Tin = 1e6 × 2,000 = 2e9; Tout = 5e8.
        // plain input:  2e9 × (1 − 0.6 − 0.1) × 3    / 1e6 = 2e9 × 0.3 × 3 / 1e6 = 1,800
        // cache reads:  2e9 × 0.6 × 0.30 / 1e6 =   360
        // cache writes: 2e9 × 0.1 × 3.75 / 1e6 =   750
        // output:       5e8 × 15 / 1e6          = 7,500   → 10,410 a month
        #expect(cost.input == 1_800)
        #expect(cost.cachedInput == 360)
        #expect(cost.cacheWrite == 750)
        #expect(cost.output == 7_500)
        #expect(cost.monthly == 10_410)
        // a = (2,000 × (0.3 × 3 + 0.6 × 0.3 + 0.1 × 3.75) + 500 × 15) / 1e6
        //   = (2,000 × 1.455 + 7,500) / 1e6 = 10,410 / 1e6 = 0.01041
        #expect(cost.perRequest == dec("0.01041"))
        #expect(cost.explain.contains { $0.formula.symbols?.contains("w·p_write") == true })
    }

    @Test("without cache_write_per_mtok a cache write costs the input price")
    func cacheWriteDefaultsToInput() throws {
        let prices = PriceSet(effective: day, inputPerMTok: 2, outputPerMTok: 8)
        var workload = Workload(requestsPerMonth: 1_000, inputTokens: 1_000, outputTokens: 0)
        workload.cacheWriteShare = dec("0.5")
        let cost = try APICost.monthly(workload, prices)
        // 1,000 × 1,000 tokens × 2 / 1e6 = 2, written to the cache or not.
        #expect(cost.cacheWritePerMTok == 2)
        #expect(cost.cacheWrite == 1)
        #expect(cost.monthly == 2)
    }

    @Test("c + w above 1 is refused by the engine")
    func cacheSharesAboveOne() {
        var workload = Workload(
            requestsPerMonth: 1, inputTokens: 1_000, outputTokens: 1, cachedInputShare: dec("0.7"))
        workload.cacheWriteShare = dec("0.4")
        #expect(throws: ScenarioError.self) {
            try APICost.monthly(workload, PriceSet(effective: day, inputPerMTok: 1, outputPerMTok: 1))
        }
    }

    // MARK: Service tiers (§6.2)

    static func tiered() -> APIModel {
        var set = PriceSet(
            effective: day, inputPerMTok: dec("1.25"), outputPerMTok: 10, cachedInputPerMTok: dec("0.125"))
        set.serviceTiers = [
            "flex": ServiceTierPrices(
                inputPerMTok: dec("0.625"), cachedInputPerMTok: dec("0.0625"), outputPerMTok: 5),
            "priority": ServiceTierPrices(inputPerMTok: dec("2.5"), outputPerMTok: 20),
        ]
        return APIModel(
            id: "openai/x", name: "X", provider: "openai", family: "x", openWeights: false, prices: [set])
    }

    @Test("a service tier's prices replace the standard ones")
    func flexTier() throws {
        let workload = Workload(requestsPerMonth: 1_000_000, inputTokens: 1_000, outputTokens: 200)
        let (plan, errors) = Self.plan(
            Self.scenario(workload, model: "openai/x", tier: "flex"), [Self.tiered()])
        let option = try #require(plan?.api.first, "\(errors)")
        #expect(option.tierApplied)
        let cost = try APICost.monthly(workload, option.prices)
        // flex: (1e9 × 0.625 + 2e8 × 5) / 1e6 = 625 + 1,000 = 1,625 (standard would be 1,250 + 2,000 = 3,250)
        #expect(cost.monthly == 1_625)
    }

    @Test("a model without the tier is priced standard, and the plan says so")
    func missingTierIsStandard() throws {
        let workload = Workload(requestsPerMonth: 1_000_000, inputTokens: 1_000, outputTokens: 200)
        // Another model of the table has `scale`, so the tier exists; openai/x lacks it.
        var other = Self.tiered()
        other.id = "openai/y"
        other.prices[0].serviceTiers = ["scale": ServiceTierPrices(inputPerMTok: 1, outputPerMTok: 1)]
        let (plan, _) = Self.plan(
            Self.scenario(workload, model: "openai/x", tier: "scale"), [Self.tiered(), other])
        let option = try #require(plan?.api.first)
        #expect(!option.tierApplied)
        #expect(option.requestedTier == "scale")
        // standard: 1e9 × 1.25 / 1e6 + 2e8 × 10 / 1e6 = 1,250 + 2,000 = 3,250
        #expect(try APICost.monthly(workload, option.prices).monthly == 3_250)
    }

    @Test("a tier no model of the table has is refused at the tier's place, not priced standard")
    func unknownTierIsRefused() {
        let workload = Workload(requestsPerMonth: 1_000_000, inputTokens: 1_000, outputTokens: 200)
        var scenario = Self.scenario(workload, model: "openai/x", tier: "turbo")
        let path = JSONPath([.key("api_models"), .index(0), .key("tier")])
        scenario.apiModels[0].tierOrigin = Origin(
            file: "s.json", location: SourceLocation(line: 4, column: 40), path: path)
        let (plan, errors) = Self.plan(scenario, [Self.tiered()])
        #expect(plan == nil)
        #expect(errors.map(\.message) == ["unknown service tier 'turbo' (tiers: flex, priority)"])
        #expect(errors.first?.path == path)
        #expect(errors.first?.location == SourceLocation(line: 4, column: 40))
    }

    // MARK: Time-of-day prices (§6.3)

    /// DeepSeek's peak windows: 01:00–04:00 and 06:00–10:00 UTC, Monday to Friday.
    static let deepSeekPeak = [
        WeekWindow(days: .monFri, fromMinute: 60, toMinute: 240),
        WeekWindow(days: .monFri, fromMinute: 360, toMinute: 600),
    ]

    @Test("a Japanese call centre 09:00–18:00 JST on weekdays: f = 6/9 = 2/3")
    func jstCallCentre() {
        let peak = PeakPrices(
            inputPerMTok: dec("0.56"), outputPerMTok: dec("1.12"), windows: Self.deepSeekPeak)
        let active = ActiveHours(
            utcOffsetMinutes: 540, window: WeekWindow(days: .monFri, fromMinute: 540, toMinute: 1_080))
        let share = peak.share(of: active)
        // 09:00–18:00 JST is 00:00–09:00 UTC, the same weekday: 5 days × 540 = 2,700 active minutes.
        // Peak overlap each day: 01–04 (180) and 06–09 (180) = 360; 5 × 360 = 1,800.
        // f = 1,800 / 2,700 = 2/3.
        #expect(share.activeMinutes == 2_700)
        #expect(share.peakMinutes == 1_800)
        // blend: (1,800 × 0.56 + 900 × 0.14) / 2,700 = (1,008 + 126) / 2,700 = 1,134 / 2,700 = 0.42
        #expect(share.blend(peak: dec("0.56"), offPeak: dec("0.14")) == dec("0.42"))
        // (1,800 × 1.12 + 900 × 0.28) / 2,700 = (2,016 + 252) / 2,700 = 0.84
        #expect(share.blend(peak: dec("1.12"), offPeak: dec("0.28")) == dec("0.84"))
    }

    @Test("the whole week by default: 5 × 420 peak minutes of 10,080")
    func wholeWeek() {
        let peak = PeakPrices(inputPerMTok: 1, outputPerMTok: 1, windows: Self.deepSeekPeak)
        let share = peak.share(of: nil)
        // 3 h + 4 h = 420 minutes a weekday, × 5 = 2,100 of 10,080.
        #expect(share.peakMinutes == 2_100)
        #expect(share.activeMinutes == 10_080)
    }

    @Test("an offset shifts local hours across the day and the week: Mon 01:00 JST is Sun 16:00 UTC")
    func wrapsRoundTheWeek() {
        // Peak: Sundays only (sat-sun 16:00–17:00 UTC covers Sat and Sun).
        let peak = PeakPrices(
            inputPerMTok: 1, outputPerMTok: 1,
            windows: [WeekWindow(days: .satSun, fromMinute: 16 * 60, toMinute: 17 * 60)])
        // Active: Mondays to Fridays 01:00–02:00 JST = Sun–Thu 16:00–17:00 UTC.
        let active = ActiveHours(
            utcOffsetMinutes: 540, window: WeekWindow(days: .monFri, fromMinute: 60, toMinute: 120))
        let share = peak.share(of: active)
        // 5 × 60 active minutes; only Monday's (Sunday 16:00–17:00 UTC) is at peak: 60 of 300.
        #expect(share.activeMinutes == 300)
        #expect(share.peakMinutes == 60)
    }

    @Test("a window whose end is not after its start runs past midnight")
    func crossesMidnight() {
        // Friday 22:00 to Saturday 02:00 (mon-fri 22:00–02:00 on Friday), etc.: 4 h × 5 days.
        let window = WeekWindow(days: .monFri, fromMinute: 22 * 60, toMinute: 2 * 60)
        #expect(window.length == 240)
        let peak = PeakPrices(inputPerMTok: 1, outputPerMTok: 1, windows: [window])
        // Active Saturday 00:00–24:00 UTC: only Friday's window reaches into it, 00:00–02:00 = 120 min.
        let saturday = ActiveHours(
            utcOffsetMinutes: 0, window: WeekWindow(days: .satSun, fromMinute: 0, toMinute: 0))
        let share = peak.share(of: saturday)
        #expect(share.activeMinutes == 2 * 1_440)
        #expect(share.peakMinutes == 120)
    }

    @Test("the planner blends peak and off-peak prices at the workload's share")
    func plannerBlends() throws {
        var set = PriceSet(effective: day, inputPerMTok: dec("0.14"), outputPerMTok: dec("0.28"))
        set.peak = PeakPrices(
            inputPerMTok: dec("0.56"), outputPerMTok: dec("1.12"), windows: Self.deepSeekPeak)
        let model = APIModel(
            id: "deepseek/v", name: "V", provider: "deepseek", family: "v", openWeights: true, prices: [set])
        var workload = Workload(requestsPerMonth: 1_000_000, inputTokens: 1_000, outputTokens: 1_000)
        workload.activeHours = ActiveHours(
            utcOffsetMinutes: 540, window: WeekWindow(days: .monFri, fromMinute: 540, toMinute: 1_080))
        let (plan, errors) = Self.plan(Self.scenario(workload, model: "deepseek/v"), [model])
        let option = try #require(plan?.api.first, "\(errors)")
        #expect(option.peakShare == PeakShare(peakMinutes: 1_800, activeMinutes: 2_700))
        #expect(option.prices.inputPerMTok == dec("0.42"))
        #expect(option.prices.outputPerMTok == dec("0.84"))
        // (1e9 × 0.42 + 1e9 × 0.84) / 1e6 = 420 + 840 = 1,260 a month
        #expect(try APICost.monthly(workload, option.prices).monthly == 1_260)
    }

    // MARK: Lifecycle (§6.1)

    static func retiredModel() -> APIModel {
        var model = APIModel(
            id: "deepseek/deepseek-chat", name: "DeepSeek Chat", provider: "deepseek", family: "deepseek-v3",
            openWeights: true,
            prices: [PriceSet(effective: day, inputPerMTok: dec("0.14"), outputPerMTok: dec("0.28"))])
        model.deprecated = CalendarDate(year: 2026, month: 4, day: 24)
        model.retired = CalendarDate(year: 2026, month: 7, day: 24)
        model.successor = "deepseek/deepseek-v4-flash"
        return model
    }

    @Test("a retired model has no price in force from its retirement on")
    func retiredHasNoPrice() {
        let model = Self.retiredModel()
        #expect(model.prices(asOf: CalendarDate(year: 2026, month: 7, day: 23)) != nil)
        #expect(model.prices(asOf: CalendarDate(year: 2026, month: 7, day: 24)) == nil)
    }

    @Test("a scenario naming a retired model is refused at its position with the date and successor")
    func retiredRefused() {
        let workload = Workload(requestsPerMonth: 1, inputTokens: 1, outputTokens: 1)
        var scenario = Self.scenario(workload, model: "deepseek/deepseek-chat")
        let origin = Origin(
            file: "s.json", location: SourceLocation(line: 7, column: 5),
            path: JSONPath([.key("api_models"), .index(0)]))
        scenario.apiModels[0].origin = origin
        let (plan, errors) = Self.plan(scenario, [Self.retiredModel()])
        #expect(plan == nil)
        #expect(
            errors.map(\.description) == [
                "s.json:7:5: api_models[0]: 'deepseek/deepseek-chat' retired on 2026-07-24; successor deepseek/deepseek-v4-flash"
            ])
        // Before its retirement it still prices.
        #expect(
            Self.plan(scenario, [Self.retiredModel()], asOf: CalendarDate(year: 2026, month: 7, day: 1)).0
                != nil)
    }

    @Test("a flag naming a retired model is refused naming the flag")
    func retiredFlag() {
        let workload = Workload(requestsPerMonth: 1, inputTokens: 1, outputTokens: 1)
        var scenario = Self.scenario(workload, model: "deepseek/deepseek-chat")
        scenario.apiModels[0].flag = "api"
        let (_, errors) = Self.plan(scenario, [Self.retiredModel()])
        #expect(
            errors.map(\.description) == [
                "--api: 'deepseek/deepseek-chat' retired on 2026-07-24; successor deepseek/deepseek-v4-flash"
            ])
    }

    @Test("a free price set is marked free until the next set's date, or with no end date")
    func freeUntil() throws {
        let free = PriceSet(effective: day, inputPerMTok: 0, outputPerMTok: 0)
        let paid = PriceSet(
            effective: CalendarDate(year: 2027, month: 1, day: 15), inputPerMTok: 1, outputPerMTok: 2)
        let model = APIModel(
            id: "vertex/p", name: "P", provider: "vertex", family: "p", openWeights: true,
            prices: [free, paid])
        let workload = Workload(requestsPerMonth: 1, inputTokens: 1, outputTokens: 1)
        let option = try #require(Self.plan(Self.scenario(workload, model: "vertex/p"), [model]).0?.api.first)
        #expect(option.isFree)
        #expect(option.freeUntil == CalendarDate(year: 2027, month: 1, day: 15))
        let open = APIModel(
            id: "vertex/q", name: "Q", provider: "vertex", family: "q", openWeights: true, prices: [free])
        let endless = try #require(Self.plan(Self.scenario(workload, model: "vertex/q"), [open]).0?.api.first)
        #expect(endless.isFree)
        #expect(endless.freeUntil == nil)
    }

    @Test(
        "cache_write_share is written like the other shares: 30% reads as 0.3, and over 100% with the cached share is refused"
    )
    func cacheWriteShareAcceptsAPercentage() throws {
        func read(_ workload: String) -> (ScenarioFile?, [String]) {
            let text = """
                {"schema": "llmcost/scenario@1", "name": "t", "api_models": ["a/b"],
                 "workload": {"requests_per_month": "1M", "input_tokens": 100, "output_tokens": 10, \(workload)}}
                """
            let (scenario, diagnostics) = ScenarioReader.read(
                Data(text.utf8), file: "s.json", options: ValidationOptions(today: Self.today))
            return (scenario, diagnostics.map(\.description))
        }
        // "30%" as in cached_input_share: 30 / 100 = 0.3.
        let (scenario, messages) = read(#""cached_input_share": "40%", "cache_write_share": "30%""#)
        #expect(messages == [])
        #expect(scenario?.workload.cacheWriteShare == dec("0.3"))
        #expect(scenario?.workload.cachedInputShare == dec("0.4"))
        // 80% + 30% = 110% > 100%.
        let (_, over) = read(#""cached_input_share": "80%", "cache_write_share": "30%""#)
        #expect(
            over.contains { $0.contains("cached_input_share 0.8 + cache_write_share 0.3 is more than 1") })
    }

    // MARK: Exchange-rate history (§6.4)

    @Test("the rate in force is the latest date not after the as-of date")
    func rateInForce() {
        func jpy(_ rate: String, _ month: Int, _ dayOfMonth: Int) -> CurrencyRate {
            CurrencyRate(
                code: "JPY", perUSD: dec(rate), minorUnits: 0,
                date: CalendarDate(year: 2026, month: month, day: dayOfMonth))
        }
        let table = PriceTable(currencies: [jpy("150", 1, 30), jpy("158.7", 8, 21), jpy("155", 6, 1)])
        #expect(table.currencies(asOf: Self.today).map(\.perUSD) == [dec("158.7")])
        #expect(table.currencies(asOf: CalendarDate(year: 2026, month: 7, day: 1)).map(\.perUSD) == [155])
        #expect(table.currencies(asOf: CalendarDate(year: 2026, month: 6, day: 1)).map(\.perUSD) == [155])
        // Before every date: the earliest, rather than no rate at all.
        #expect(table.currencies(asOf: CalendarDate(year: 2025, month: 1, day: 1)).map(\.perUSD) == [150])
    }
}

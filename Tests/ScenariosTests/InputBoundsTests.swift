import Foundation
import Pricing
import Testing

@testable import Scenarios

/// The one table of bounds and defaults: the engine, the reader's defaults and sensitivity follow it.
@Suite struct InputBoundsTests {
    @Test func everyFlagAndKeyIsListedOnce() {
        let keys = InputBounds.all.map(\.key)
        let flags = InputBounds.all.compactMap(\.flag)
        #expect(Set(keys).count == keys.count)
        #expect(Set(flags).count == flags.count)
        #expect(InputBounds.forFlag("peak") == InputBounds.peakToAverage)
    }

    @Test func containsHonoursAnExcludedLowerBound() {
        // Growth lies in (−1, 10]: −100% a month is refused by the reader and the flags.
        #expect(!InputBounds.growthPerMonth.contains(-1))
        #expect(InputBounds.growthPerMonth.contains(Decimal(string: "-0.99") ?? 0))
        #expect(InputBounds.growthPerMonth.contains(10))
        #expect(!InputBounds.growthPerMonth.contains(Decimal(string: "10.01") ?? 0))
        // Peak lies in [1, 1000].
        #expect(InputBounds.peakToAverage.contains(1) && InputBounds.peakToAverage.contains(1000))
        #expect(!InputBounds.peakToAverage.contains(2000))
        #expect(InputBounds.peakToAverage.rangeText == "from 1 to 1000")
        #expect(InputBounds.servingHoursPerMonth.rangeText == "above 0 and at most 730")
    }

    @Test func theEngineRefusesWhatTheTableRefuses() {
        // peak 2000 > 1000: out of range, the same bound the reader and --peak use.
        var workload = Workload(requestsPerMonth: 1000, inputTokens: 100, outputTokens: 10)
        workload.peakToAverage = 2000
        #expect(
            throws: ScenarioError.outOfRange(field: "peak_to_average", value: 2000, lower: 1, upper: 1000)
        ) {
            try workload.validate()
        }
        workload.peakToAverage = 1000
        #expect(throws: Never.self) { try workload.validate() }
    }

    @Test func clampingStaysInsideTheBounds() {
        // Sensitivity moves peak 900 up by 20% to 1080, kept at 1000; growth −99% down 20% to −118.8%, kept at −100%.
        #expect(InputBounds.peakToAverage.clamped(1080) == 1000)
        #expect(InputBounds.growthPerMonth.clamped(Decimal(string: "-1.188") ?? 0) == -1)
        #expect(InputBounds.utilization.clamped(Decimal(string: "0.96") ?? 0) == Decimal(string: "0.96"))
    }

    @Test func theReadersDefaultsAreTheTables() {
        // A scenario without peak, growth or hours gets the table's 2, 0 and 730; horizon 36 and 8%.
        let text = """
            {"schema": "llmcost/scenario@1", "name": "d",
             "workload": {"requests_per_month": 1000, "input_tokens": 100, "output_tokens": 10},
             "api_models": ["openai/gpt-4o"]}
            """
        let (scenario, _) = ScenarioReader.read(
            Data(text.utf8), file: "d.json",
            options: ValidationOptions(today: CalendarDate(year: 2026, month: 11, day: 24)))
        #expect(scenario?.workload.peakToAverage == InputBounds.peakToAverage.defaultValue)
        #expect(scenario?.workload.growthPerMonth == InputBounds.growthPerMonth.defaultValue)
        #expect(scenario?.workload.servingHoursPerMonth == InputBounds.servingHoursPerMonth.defaultValue)
        #expect(scenario.map { Decimal($0.horizonMonths) } == InputBounds.horizonMonths.defaultValue)
        #expect(scenario?.discountRate == InputBounds.discountRate.defaultValue)
    }
}

import Foundation
import Testing

@testable import Scenarios

/// `Int(_:)` of a NaN or an infinite `Double` traps; the double-precision paths must clamp first.
@Suite struct NonFiniteTests {
    @Test func aHistogramOfAnInfiniteSpreadCountsEverySampleWithoutTrapping() {
        // lower 0, upper ∞: width = ∞ / 3 = ∞; 0/∞ = 0 and 1/∞ = 0 fall in bin 0, and ∞/∞ = NaN
        // is clamped to bin 0 too (before the clamp, Int(NaN) trapped).
        let histogram = Simulation.histogram([0, 1, .infinity], bins: 3)
        #expect(histogram.counts == [3, 0, 0])
        // A finite spread: width = (10 − 0) / 2 = 5; 0 → bin 0, 4.9 → bin 0, 5 → bin 1, 10 → bin 1 (clamped).
        #expect(Simulation.histogram([0, 4.9, 5, 10], bins: 2).counts == [2, 2])
    }
}

/// The explanation of s leaves out a term whose coefficient the fit dropped.
@Suite struct ExplainTermTests {
    @Test func aDroppedCoefficientIsLeftOutNotWrittenAsInfinity() throws {
        // Decode only: s = O/D = 400 / 1000 = 0.4.
        let decodeOnly = FittedThroughput(
            prefillTokensPerSecond: nil, decodeTokensPerSecond: 1000, contextTokensSquaredPerSecond: nil)
        let step = try #require(decodeOnly.explain(input: 1500, output: 400).first)
        #expect(step.substituted == "400/1000")
        #expect(step.result == "0.4")
        let none = FittedThroughput(
            prefillTokensPerSecond: nil, decodeTokensPerSecond: nil, contextTokensSquaredPerSecond: nil)
        #expect(none.explain(input: 1500, output: 400).first?.substituted == "0")
    }
}

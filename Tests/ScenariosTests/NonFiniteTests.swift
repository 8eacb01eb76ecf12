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

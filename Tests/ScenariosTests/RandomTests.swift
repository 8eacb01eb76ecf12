import Foundation
import Testing

@testable import Scenarios

@Suite struct RandomTests {
    /// SplitMix64 from seed 0: the reference outputs of Vigna's splitmix64.c.
    @Test func splitMixReferenceVectors() {
        var mixer = SplitMix64(seed: 0)
        #expect(mixer.next() == 0xE220_A839_7B1D_CDAF)
        #expect(mixer.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(mixer.next() == 0x06C4_5D18_8009_454F)
    }

    /// xoshiro256** from the state {1, 2, 3, 4}: the reference outputs of xoshiro256starstar.c.
    @Test func xoshiroReferenceVectors() {
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        let expected: [UInt64] = [
            11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360,
            607_988_272_756_665_600, 16_172_922_978_634_559_625, 8_476_171_486_693_032_832,
            10_595_114_339_597_558_777, 2_904_607_092_377_533_576,
        ]
        #expect((0..<10).map { _ in generator.next() } == expected)
    }

    @Test func uniformUsesTheTop53Bits() {
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        // First output 11520 >> 11 = 5, so the first uniform is 5 · 2⁻⁵³.
        #expect(generator.uniform() == 5 * 0x1.0p-53)
        // Second output is 0.
        #expect(generator.uniform() == 0)
    }

    /// 200,000 draws of triangular(1, 2, 6) at seed 42: mean (1+2+6)/3 = 3; since mode 2 < 3.5,
    /// median = 6 − √((6−1)(6−2)/2) = 6 − √10 ≈ 2.8377; P10 = 1 + √(0.1·5·1) ≈ 1.7071.
    @Test(arguments: [(1.0, 2.0, 6.0), (0.0, 9.0, 10.0), (-3.0, 0.0, 3.0)])
    func triangularMatchesItsClosedForms(low: Double, mode: Double, high: Double) {
        var generator = Xoshiro256StarStar(seed: 42)
        let count = 200_000
        var draws = (0..<count).map { _ in generator.triangular(low: low, mode: mode, high: high) }
        draws.sort()
        let mean = draws.reduce(0, +) / Double(count)
        let width = high - low
        // The mean's standard error is √((w² ... )/18)/√N < w/√(18N); allow about four of them.
        let tolerance = width / (18 * Double(count)).squareRoot() * 4
        #expect(abs(mean - TriangularMoments.mean(low: low, mode: mode, high: high)) < tolerance)
        let median = Percentiles.nearestRank(50, of: draws)
        #expect(abs(median - TriangularMoments.median(low: low, mode: mode, high: high)) < width * 0.005)
        let p10 = Percentiles.nearestRank(10, of: draws)
        #expect(abs(p10 - TriangularMoments.quantile(0.1, low: low, mode: mode, high: high)) < width * 0.005)
        #expect(draws.first ?? low >= low && draws.last ?? high <= high)
    }

    @Test func closedFormsByHand() {
        #expect(TriangularMoments.mean(low: 1, mode: 2, high: 6) == 3)
        #expect(abs(TriangularMoments.median(low: 1, mode: 2, high: 6) - (6 - 10.0.squareRoot())) < 1e-12)
        // Symmetric: the median is the mode.
        #expect(TriangularMoments.median(low: -3, mode: 0, high: 3) == 0)
    }

    @Test func nearestRank() {
        let values = (1...10).map(Double.init)
        #expect(Percentiles.nearestRank(10, of: values) == 1)
        #expect(Percentiles.nearestRank(50, of: values) == 5)
        #expect(Percentiles.nearestRank(90, of: values) == 9)
        #expect(Percentiles.nearestRank(90, of: [7]) == 7)
    }

    @Test func aPointRangeGivesItsMode() {
        var generator = Xoshiro256StarStar(seed: 3)
        #expect(generator.triangular(low: 5, mode: 5, high: 5) == 5)
    }
}

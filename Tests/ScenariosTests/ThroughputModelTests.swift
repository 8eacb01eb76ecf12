import Foundation
import Pricing
import Scenarios
import Testing

/// One row of the TensorRT-LLM perf-overview table in reference/FACTS.md.
struct MeasuredRow: Sendable, CustomTestStringConvertible {
    var name: String
    /// Output tokens/s of the whole group for the columns 128/2048, 1000/1000, 2048/2048, 5000/500, 20000/2000.
    var throughput: [Int]

    static let shapes = [(128, 2_048), (1_000, 1_000), (2_048, 2_048), (5_000, 500), (20_000, 2_000)]

    var points: [ThroughputPoint] {
        zip(Self.shapes, throughput).map {
            ThroughputPoint(inputLength: $0.0, outputLength: $0.1, outputTokensPerSecond: Decimal($1))
        }
    }

    var testDescription: String { name }

    static let table = [
        MeasuredRow(name: "Llama 3.3 70B, 1×B200, FP4", throughput: [9_922, 7_007, 4_783, 1_459, 665]),
        MeasuredRow(name: "Llama 3.3 70B, 1×H200, FP8", throughput: [4_336, 2_909, 2_003, 566, 283]),
        MeasuredRow(name: "Llama 3.3 70B, 2×H100, FP8", throughput: [6_651, 4_205, 3_082, 898, 437]),
        MeasuredRow(name: "Llama 3.1 405B, 4×B200, FP4", throughput: [8_020, 5_209, 4_212, 1_048, 672]),
        MeasuredRow(name: "Llama 3.1 405B, 8×H200, FP8", throughput: [5_348, 3_330, 2_948, 650, 505]),
        MeasuredRow(name: "Llama 3.1 405B, 8×H100, FP8", throughput: [4_340, 2_919, 2_296, 610, 345]),
    ]
}

@Suite("Throughput model")
struct ThroughputModelTests {
    @Test("the fit reproduces every TensorRT-LLM point within 15%", arguments: MeasuredRow.table)
    func tensorRT(row: MeasuredRow) throws {
        let fit = try ThroughputModel.fit(row.points)
        #expect(fit.points.count == 5)
        #expect(fit.prefillTokensPerSecond != nil)
        #expect(fit.decodeTokensPerSecond != nil)
        #expect(fit.contextTokensSquaredPerSecond != nil)
        for point in fit.points {
            #expect(point.errorPercent.magnitude < 15, "\(point.point)")
        }
    }

    @Test("all 30 points, and relative least squares beats plain on the worst point")
    func weightingChoice() throws {
        var relativeWorst: Decimal = 0
        var plainWorst: Decimal = 0
        var count = 0
        for row in MeasuredRow.table {
            let relative = try ThroughputModel.fit(row.points)
            let plain = try ThroughputModel.fit(row.points, weighting: .plain)
            count += relative.points.count
            relativeWorst = max(relativeWorst, relative.worstErrorPercent)
            plainWorst = max(plainWorst, plain.worstErrorPercent)
        }
        #expect(count == 30)
        #expect(relativeWorst < plainWorst)
        #expect(relativeWorst < 10)
    }

    @Test("plain least squares gives FACTS.md's constants for 70B on 2×H100")
    func factsConstants() throws {
        let row = try #require(MeasuredRow.table.first { $0.name.contains("2×H100") })
        let fit = try ThroughputModel.fit(row.points, weighting: .plain)
        // FACTS.md: P ≈ 14,600, D ≈ 21,400, K ≈ 1.35e7 (within 1%).
        let p = try #require(fit.prefillTokensPerSecond)
        let d = try #require(fit.decodeTokensPerSecond)
        let k = try #require(fit.contextTokensSquaredPerSecond)
        #expect((p / 14_600 - 1).magnitude < dec("0.01"))
        #expect((d / 21_400 - 1).magnitude < dec("0.01"))
        #expect((k / 13_500_000 - 1).magnitude < dec("0.01"))
    }

    @Test("constants are rounded to 6 significant digits")
    func sixDigits() throws {
        for row in MeasuredRow.table {
            let fit = try ThroughputModel.fit(row.points)
            for constant in [
                fit.prefillTokensPerSecond, fit.decodeTokensPerSecond, fit.contextTokensSquaredPerSecond,
            ] {
                let value = try #require(constant)
                // Dividing by 10^(digits − 6) must leave an integer.
                let digits = String(describing: rounded(value, 0)).count
                let scale = Decimal(sign: .plus, exponent: digits - 6, significand: 1)
                #expect(rounded(value / scale, 0) == value / scale, "\(value)")
            }
        }
    }

    @Test("two exact points give P and D exactly")
    func twoPoints() throws {
        // P = 4,000, D = 1,000: (I 2,000, O 500): s = 0.5 + 0.5 = 1 → 500 tokens/s;
        // (I 0, O 1,000): s = 0 + 1 = 1 → 1,000 tokens/s.
        let fit = try ThroughputModel.fit([
            ThroughputPoint(inputLength: 2_000, outputLength: 500, outputTokensPerSecond: 500),
            ThroughputPoint(inputLength: 0, outputLength: 1_000, outputTokensPerSecond: 1_000),
        ])
        #expect(fit.prefillTokensPerSecond == 4_000)
        #expect(fit.decodeTokensPerSecond == 1_000)
        #expect(fit.contextTokensSquaredPerSecond == nil)
        // s(1,000, 200) = 1,000/4,000 + 200/1,000 = 0.45
        #expect(fit.secondsPerRequest(input: 1_000, output: 200) == dec("0.45"))
        #expect(fit.worstErrorPercent == 0)
    }

    @Test("one point gives a decode-only model")
    func onePoint() throws {
        let fit = try ThroughputModel.fit([
            ThroughputPoint(inputLength: 1_000, outputLength: 1_000, outputTokensPerSecond: 2_000)
        ])
        // s = O/D with D = 2,000: s(1,000, 1,000) = 0.5
        #expect(fit.decodeTokensPerSecond == 2_000)
        #expect(fit.prefillTokensPerSecond == nil)
        #expect(fit.contextTokensSquaredPerSecond == nil)
        #expect(fit.secondsPerRequest(input: 1_000, output: 1_000) == dec("0.5"))
    }

    @Test("a coefficient that fits negative is dropped and the rest refitted")
    func negativeDropped() throws {
        // Throughput rises with input here, so every fit with P or K needs a negative term:
        // (I 0, O 1,000) at 1,000 tokens/s: s = 1; (I 10,000, O 1,000) at 2,000 tokens/s: s = 0.5.
        // D alone, weights 1/s: rows a = (1,000/1, 1,000/0.5) = (1,000, 2,000), b = (1, 1);
        // x = (1,000 + 2,000) / (1,000² + 2,000²) = 3,000 / 5,000,000 = 0.0006 → D = 1,666.67 (6 digits).
        let fit = try ThroughputModel.fit([
            ThroughputPoint(inputLength: 0, outputLength: 1_000, outputTokensPerSecond: 1_000),
            ThroughputPoint(inputLength: 10_000, outputLength: 1_000, outputTokensPerSecond: 2_000),
        ])
        #expect(fit.prefillTokensPerSecond == nil)
        #expect(fit.contextTokensSquaredPerSecond == nil)
        #expect(fit.decodeTokensPerSecond == dec("1666.67"))
    }

    @Test("per-point error compares predicted and measured throughput")
    func pointError() throws {
        let model = FittedThroughput(
            prefillTokensPerSecond: nil, decodeTokensPerSecond: 1_000, contextTokensSquaredPerSecond: nil)
        // s(5,000, 500) = 500 / 1,000 = 0.5 s
        #expect(model.secondsPerRequest(input: 5_000, output: 500) == dec("0.5"))
        let fit = try ThroughputModel.fit([
            ThroughputPoint(inputLength: 5_000, outputLength: 500, outputTokensPerSecond: 800)
        ])
        // One point fits exactly: D = 800, error 0%.
        #expect(fit.decodeTokensPerSecond == 800)
        #expect(fit.points.first?.errorPercent == 0)
        #expect(fit.points.first?.measuredSeconds == dec("0.625"))
    }
}

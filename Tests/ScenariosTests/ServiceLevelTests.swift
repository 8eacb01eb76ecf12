import Foundation
import Pricing
import Scenarios
import Testing

/// SPEC §6.5: the operating point on a profile's measured curve at a service level.
@Suite struct ServiceLevelTests {
    static func point(
        conc: Int, perGPU: Decimal, speed: Decimal, ttft: Decimal, input: Int = 1024, output: Int = 1024
    ) -> CurvePoint {
        CurvePoint(
            inputLength: input, outputLength: output, concurrency: conc, outputTokensPerSecondPerGPU: perGPU,
            tokensPerSecondPerUser: speed, ttftSeconds: ttft, source: "https://example.com/run", checked: nil)
    }

    /// Four runs of one shape on a 4-GPU replica; concurrency 48 is dominated (slower and less
    /// throughput than concurrency 32), and concurrency 128 has a 3 s first token.
    static let curve = [
        point(conc: 4, perGPU: 100, speed: 120, ttft: Decimal(string: "0.2") ?? 0),
        point(conc: 32, perGPU: 500, speed: 80, ttft: Decimal(string: "0.5") ?? 0),
        point(conc: 48, perGPU: 450, speed: 70, ttft: Decimal(string: "0.6") ?? 0),
        point(conc: 64, perGPU: 800, speed: 50, ttft: 1),
        point(conc: 128, perGPU: 1_200, speed: 20, ttft: 3),
    ]

    static func deployment(_ curves: [CurvePoint], measured: [ThroughputPoint] = []) -> Deployment {
        var d = Deployment(
            id: "test", name: "Test", modelFamily: "test", gpu: "b200", gpusPerReplica: 4, precision: "fp8",
            measured: measured)
        d.curves = curves
        return d
    }

    @Test func theFrontDropsDominatedPointsAndFiltersByTTFT() {
        // Fastest first: 120 (100/GPU), 80 (500), 70 (450 < 500: dropped), 50 (800), 20 (1,200).
        #expect(ServiceLevelCurves.front(Self.curve).map(\.concurrency) == [4, 32, 64, 128])
        // TTFT ≤ 2 s leaves out concurrency 128 (3 s).
        #expect(ServiceLevelCurves.front(Self.curve, maxTTFT: 2).map(\.concurrency) == [4, 32, 64])
    }

    @Test func aSpeedExactlyOnAFrontPointGivesThatPoint() throws {
        // v* = 80 is concurrency 32's speed: T = 500 per GPU, exactly, with no interpolation.
        let front = ServiceLevelCurves.front(Self.curve)
        let point = try #require(ServiceLevelCurves.throughput(on: front, atSpeed: 80))
        #expect(point.throughputPerGPU == 500)
        #expect(point.faster.concurrency == 32)
        #expect(point.slower == nil)
    }

    @Test func betweenTwoPointsThroughputIsLinearInSpeed() throws {
        // v* = 60 lies between concurrency 32 (80 tok/s, 500/GPU) and 64 (50 tok/s, 800/GPU):
        // T = 800 + (500 − 800)·(60 − 50)/(80 − 50) = 800 − 300·10/30 = 700 per GPU.
        let front = ServiceLevelCurves.front(Self.curve)
        let point = try #require(ServiceLevelCurves.throughput(on: front, atSpeed: 60))
        #expect(point.throughputPerGPU == 700)
        #expect(point.faster.concurrency == 32)
        #expect(point.slower?.concurrency == 64)
        // s = O/(T·G) = 1024/(700·4) = 1024/2800 = 0.365714… replica-seconds: a one-point fit is s = O/D
        // with D = T·G = 2,800 exactly.
        let fit = try ThroughputModel.fit(
            ServiceLevelCurves.fitPoints(
                Self.deployment(Self.curve), level: ServiceLevel(minTokensPerSecondPerUser: 60)
            ).0)
        #expect(fit.decodeTokensPerSecond == 2_800)
        #expect(fit.secondsPerRequest(input: 1024, output: 1024) == Decimal(1024) / 2_800)
    }

    @Test func belowTheSlowestPointItsThroughputHoldsNeverExtrapolated() throws {
        // v* = 10 is below the slowest front point (20 tok/s, 1,200/GPU): T = 1,200, not more.
        let front = ServiceLevelCurves.front(Self.curve)
        let point = try #require(ServiceLevelCurves.throughput(on: front, atSpeed: 10))
        #expect(point.throughputPerGPU == 1_200)
    }

    @Test func aboveTheFastestPointTheProfileIsRefusedWithItsBestSpeed() {
        // The fastest front point is 120 tok/s; 150 cannot be met, and the status says 120.
        let (points, status) = ServiceLevelCurves.fitPoints(
            Self.deployment(Self.curve), level: ServiceLevel(minTokensPerSecondPerUser: 150))
        #expect(points.isEmpty)
        #expect(status.bestSpeed == 120)
        // With TTFT ≤ 0.3 s only concurrency 4 (0.2 s) is left: still 120 at best; at TTFT ≤ 0.1 s, none.
        let none = ServiceLevelCurves.fitPoints(
            Self.deployment(Self.curve),
            level: ServiceLevel(minTokensPerSecondPerUser: 30, maxTTFTSeconds: 0.1)
        ).1
        guard case .unmet(let shortfalls) = none else {
            Issue.record("expected unmet, got \(none)")
            return
        }
        #expect(shortfalls.first?.fastestTokensPerSecondPerUser == nil)
        #expect(shortfalls.first?.shortestTTFTSeconds == Decimal(string: "0.2"))
    }

    @Test func theTTFTLimitMovesTheOperatingPoint() throws {
        // v* = 20 without a TTFT limit reads concurrency 128: T = 1,200. With TTFT ≤ 2 s that point
        // is gone and v* = 20 is below the slowest remaining point (50 tok/s): T = 800.
        let front = ServiceLevelCurves.front(Self.curve, maxTTFT: 2)
        #expect(try #require(ServiceLevelCurves.throughput(on: front, atSpeed: 20)).throughputPerGPU == 800)
    }

    @Test func withoutALevelMeasuredPointsStandAsBefore() throws {
        // A profile with `measured` fits exactly those points without a level, whatever curves it has.
        let measured = [ThroughputPoint(inputLength: 1000, outputLength: 1000, outputTokensPerSecond: 4_205)]
        let (points, status) = ServiceLevelCurves.fitPoints(
            Self.deployment(Self.curve, measured: measured), level: nil)
        #expect(points == measured)
        #expect(status == .notApplied)
        // A curve-only profile stands at each shape's highest throughput: 1,200/GPU × 4 GPUs = 4,800.
        let maxLoad = ServiceLevelCurves.fitPoints(Self.deployment(Self.curve), level: nil).0
        #expect(maxLoad.map(\.outputTokensPerSecond) == [4_800])
    }

    @Test func aMaxLoadProfileAtALevelIsLatencyNotMeasured() {
        let measured = [ThroughputPoint(inputLength: 1000, outputLength: 1000, outputTokensPerSecond: 4_205)]
        let (points, status) = ServiceLevelCurves.fitPoints(
            Self.deployment([], measured: measured), level: ServiceLevel(minTokensPerSecondPerUser: 30))
        #expect(points == measured)
        #expect(status == .latencyNotMeasured)
    }

    @Test func eachShapeHasItsOwnOperatingPointAndAnUnmetShapeIsLeftOut() throws {
        // A second shape, 8192/1024, reaches 40 tok/s at most (300/GPU). At v* = 60 the 1024/1024
        // shape gives T = 700 (as above) and 8192/1024 falls short, reaching 40.
        let long = [
            Self.point(conc: 8, perGPU: 300, speed: 40, ttft: 1, input: 8192),
            Self.point(conc: 16, perGPU: 400, speed: 30, ttft: 2, input: 8192),
        ]
        let (points, status) = ServiceLevelCurves.fitPoints(
            Self.deployment(Self.curve + long), level: ServiceLevel(minTokensPerSecondPerUser: 60))
        #expect(
            points == [ThroughputPoint(inputLength: 1024, outputLength: 1024, outputTokensPerSecond: 2_800)])
        guard case .met(_, let shortfalls) = status else {
            Issue.record("expected met, got \(status)")
            return
        }
        #expect(shortfalls.map(\.fastestTokensPerSecondPerUser) == [40])
        // At v* = 35: 1024/1024 below 50 gives 800 ×4 = 3,200; 8192/1024 between 40 (300) and 30 (400):
        // 400 + (300 − 400)·(35 − 30)/(40 − 30) = 350 per GPU × 4 = 1,400.
        let both = ServiceLevelCurves.fitPoints(
            Self.deployment(Self.curve + long),
            level: ServiceLevel(minTokensPerSecondPerUser: 35, maxTTFTSeconds: 2)
        ).0
        #expect(both.map(\.outputTokensPerSecond) == [3_200, 1_400])
    }
}

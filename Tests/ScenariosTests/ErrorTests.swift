import Foundation
import Pricing
import Scenarios
import Testing

/// Bad inputs, each with the error it must give (never a crash or a division by zero).
enum BadInput: String, CaseIterable, Sendable {
    case negativeVolume, cachedShareAboveOne, batchShareNegative, emptyRequest, peakBelowOne, zeroHours
    case zeroSeconds, zeroUtilization, utilizationAboveOne, zeroGPUs, zeroMinReplicas, negativeRate
    case zeroAmortization, zeroHorizon, discountAboveOne, noPoints, zeroThroughput, zeroOutputLength
    case negativeBenefit, batchDiscountAboveOne

    var expected: ScenarioError {
        switch self {
        case .negativeVolume: .negative(field: "requests", value: -1)
        case .cachedShareAboveOne:
            .outOfRange(field: "cached_input_share", value: dec("1.5"), lower: 0, upper: 1)
        case .batchShareNegative: .outOfRange(field: "batch_share", value: dec("-0.1"), lower: 0, upper: 1)
        case .emptyRequest: .emptyRequest
        case .peakBelowOne: .outOfRange(field: "peak_to_average", value: dec("0.5"), lower: 1, upper: 1_000)
        case .zeroHours: .notPositive(field: "serving_hours_per_month", value: 0)
        case .zeroSeconds: .notPositive(field: "seconds_per_request", value: 0)
        case .zeroUtilization: .notPositive(field: "utilization", value: 0)
        case .utilizationAboveOne: .outOfRange(field: "utilization", value: dec("1.2"), lower: 0, upper: 1)
        case .zeroGPUs: .notPositive(field: "gpus_per_replica", value: 0)
        case .zeroMinReplicas: .notPositive(field: "min_replicas", value: 0)
        case .negativeRate: .negative(field: "rate", value: -2)
        case .zeroAmortization: .notPositive(field: "amortization_months", value: 0)
        case .zeroHorizon: .outOfRange(field: "horizon_months", value: 0, lower: 1, upper: 600)
        case .discountAboveOne: .outOfRange(field: "discount_rate", value: 2, lower: 0, upper: 1)
        case .noPoints: .noMeasurements
        case .zeroThroughput:
            .invalidMeasurement(index: 1, reason: "output_tokens_per_s must be greater than zero")
        case .zeroOutputLength: .invalidMeasurement(index: 0, reason: "output_len must be greater than zero")
        case .negativeBenefit: .negative(field: "benefit_per_month", value: -1)
        case .batchDiscountAboveOne:
            .outOfRange(field: "batch_discount", value: dec("1.5"), lower: 0, upper: 1)
        }
    }

    /// Runs the engine on the bad input and returns what it threw.
    func run() -> ScenarioError? {
        var workload = shapeWorkload(1_000_000)
        var option = rentedOption(rate: 5)
        var prices = flatDollar
        var horizon = 36
        var rate = dec("0.08")
        var benefits = Benefits()
        var points = [ThroughputPoint(inputLength: 100, outputLength: 100, outputTokensPerSecond: 100)]
        switch self {
        case .negativeVolume: workload.requestsPerMonth = -1
        case .cachedShareAboveOne: workload.cachedInputShare = dec("1.5")
        case .batchShareNegative: workload.batchShare = dec("-0.1")
        case .emptyRequest:
            workload.inputTokens = 0
            workload.outputTokens = 0
        case .peakBelowOne: workload.peakToAverage = dec("0.5")
        case .zeroHours: workload.servingHoursPerMonth = 0
        case .zeroSeconds: option.secondsPerRequest = 0
        case .zeroUtilization: option.utilization = 0
        case .utilizationAboveOne: option.utilization = dec("1.2")
        case .zeroGPUs: option.gpusPerReplica = 0
        case .zeroMinReplicas: option.minReplicas = 0
        case .negativeRate: option.mode = .rent(ratePerGPUHour: -2)
        case .zeroAmortization:
            option.mode = .own(
                OwnedHardware(installedPricePerGPU: 1, amortizationMonths: 0, serverKWPerGPU: 1))
        case .zeroHorizon: horizon = 0
        case .discountAboveOne: rate = 2
        case .noPoints: points = []
        case .zeroThroughput:
            points.append(ThroughputPoint(inputLength: 100, outputLength: 100, outputTokensPerSecond: 0))
        case .zeroOutputLength:
            points = [ThroughputPoint(inputLength: 100, outputLength: 0, outputTokensPerSecond: 5)]
        case .negativeBenefit: benefits.fixedPerMonth = -1
        case .batchDiscountAboveOne: prices.batchDiscount = dec("1.5")
        }
        do {
            _ = try ThroughputModel.fit(points)
            _ = try CashFlow.project(
                workload, prices: prices, selfHosting: option, horizonMonths: horizon,
                annualDiscountRate: rate,
                benefits: benefits)
            _ = try BreakEven.analyse(workload, prices: prices, selfHosting: option)
            return nil
        } catch {
            return error
        }
    }
}

@Suite("Errors")
struct ErrorTests {
    @Test("bad input gives its error", arguments: BadInput.allCases)
    func bad(input: BadInput) {
        #expect(input.run() == input.expected)
    }

    @Test("messages are one lowercase line", arguments: BadInput.allCases)
    func message(input: BadInput) throws {
        let text = input.expected.description
        let first = try #require(text.first)
        #expect(first.isLowercase || first == "a")
        #expect(!text.contains("\n"))
    }

    @Test("a bad workload is refused by every entry point")
    func everyEntryPoint() {
        let bad = shapeWorkload(-5)
        let expected = ScenarioError.negative(field: "requests", value: -5)
        #expect(throws: expected) { try APICost.monthly(bad, flatDollar) }
        #expect(throws: expected) { try rentedOption(rate: 1).monthly(bad) }
        #expect(throws: expected) { try rentedOption(rate: 1).replicas(for: bad) }
        #expect(throws: expected) {
            try BreakEven.analyse(bad, prices: flatDollar, selfHosting: rentedOption(rate: 1))
        }
        #expect(throws: expected) {
            try CashFlow.project(bad, prices: flatDollar, selfHosting: rentedOption(rate: 1))
        }
    }

    @Test("the validated happy path throws nothing")
    func happy() {
        #expect(BadInput.negativeVolume.runHappy() == nil)
    }
}

extension BadInput {
    /// The same calls with nothing changed, so `run` proves the error comes from the change.
    func runHappy() -> ScenarioError? {
        do {
            _ = try ThroughputModel.fit([
                ThroughputPoint(inputLength: 100, outputLength: 100, outputTokensPerSecond: 100)
            ])
            _ = try CashFlow.project(
                shapeWorkload(1_000_000), prices: flatDollar, selfHosting: rentedOption(rate: 5))
            _ = try BreakEven.analyse(
                shapeWorkload(1_000_000), prices: flatDollar, selfHosting: rentedOption(rate: 5))
            return nil
        } catch {
            return error
        }
    }
}

import Foundation
import Pricing
import Scenarios
import Testing

@Suite("Self-hosting")
struct SelfHostingTests {
    let workload = Workload(requestsPerMonth: 3_000_000, inputTokens: 1_500, outputTokens: 400)

    @Test("rented: replicas and monthly cost by hand")
    func rented() throws {
        let option = SelfHostingOption(
            secondsPerRequest: dec("0.61"), gpusPerReplica: 2, mode: .rent(ratePerGPUHour: dec("2.99")))
        let cost = try option.monthly(workload)
        // N = max(1, ceil(3,000,000 × 0.61 × 2 / (730 × 3600 × 0.8))) = ceil(3,660,000 / 2,102,400)
        //   = ceil(1.7409) = 2
        #expect(cost.replicas == 2)
        #expect(cost.gpus == 4)
        // C = 2 GPUs × 730 h × 2.99 = 4,365.4; N·C = 8,730.8; F = 0.25 × 15,000 = 3,750 → 12,480.8
        #expect(cost.perReplica == dec("4365.4"))
        #expect(cost.rental == dec("8730.8"))
        #expect(cost.fixed == 3_750)
        #expect(cost.monthly == dec("12480.8"))
        // R_2 = 2 × 2,102,400 / (0.61 × 2) = 4,204,800 / 1.22 = 3,446,557.377…
        #expect(rounded(cost.capacity, 3) == dec("3446557.377"))
        let replicasStep = try #require(cost.explain.first)
        #expect(replicasStep.quantity == .replicas)
        #expect(replicasStep.result == "2")
    }

    @Test("rent bills serving hours only")
    func servingHours() throws {
        var short = workload
        short.servingHoursPerMonth = 365
        let option = SelfHostingOption(
            secondsPerRequest: dec("0.61"), gpusPerReplica: 2, mode: .rent(ratePerGPUHour: dec("2.99")))
        // N = ceil(3,660,000 / (365 × 3600 × 0.8)) = ceil(3,660,000 / 1,051,200) = ceil(3.48) = 4
        // rent = 4 × 2 × 365 × 2.99 = 8,730.8 (twice the replicas for half the hours)
        let cost = try option.monthly(short)
        #expect(cost.replicas == 4)
        #expect(cost.rental == dec("8730.8"))
    }

    @Test("owned: amortisation, power around the clock, hosting")
    func owned() throws {
        let hardware = OwnedHardware(
            installedPricePerGPU: 35_000, serverKWPerGPU: dec("1.275"), hostingPerGPUMonth: 50)
        let option = SelfHostingOption(
            secondsPerRequest: dec("0.61"), gpusPerReplica: 2, mode: .own(hardware))
        let cost = try option.monthly(workload)
        #expect(cost.replicas == 2)
        // amortisation: 4 GPUs × 35,000 / 36 = 3,888.888… → 3,888.89 when shown
        #expect(rounded(cost.amortization) == dec("3888.89"))
        // power: 4 × 1.275 kW × 1.3 × 730 h × 0.12 = 4 × 145.197 = 580.788
        #expect(cost.power == dec("580.788"))
        // hosting: 4 × 50 = 200
        #expect(cost.hosting == 200)
        // total: 3,888.888… + 580.788 + 200 + 3,750 = 8,419.676888… → 8,419.68
        #expect(rounded(cost.monthly) == dec("8419.68"))
        #expect(option.purchasePerReplica == 70_000)
    }

    @Test("minimum replicas hold at zero volume")
    func minimum() throws {
        let option = SelfHostingOption(
            secondsPerRequest: dec("0.61"), gpusPerReplica: 2, minReplicas: 3, mode: .rent(ratePerGPUHour: 2))
        #expect(try option.replicas(for: workload.with(requestsPerMonth: 0)) == 3)
        // 3 × 2 × 730 × 2 + 3,750 = 8,760 + 3,750 = 12,510
        #expect(try option.monthly(workload.with(requestsPerMonth: 0)).monthly == 12_510)
    }

    @Test("self-hosting cost is a step function of volume", arguments: 1...5)
    func steps(k: Int) throws {
        let option = rentedOption(rate: 5)
        let w = shapeWorkload(0)
        let boundary = option.capacity(replicas: k, w)
        // R_k = k × 10,512,000; C = 730 × 5 = 3,650
        #expect(boundary == Decimal(k) * 10_512_000)
        let atBoundary = try option.monthly(w.with(requestsPerMonth: boundary))
        let inside = try option.monthly(w.with(requestsPerMonth: boundary - 1_000_000))
        let past = try option.monthly(w.with(requestsPerMonth: boundary + 1))
        #expect(atBoundary.replicas == k)
        #expect(inside.monthly == atBoundary.monthly)
        #expect(past.monthly - atBoundary.monthly == 3_650)
        #expect(atBoundary.monthly == Decimal(k) * 3_650 + 3_750)
    }
}

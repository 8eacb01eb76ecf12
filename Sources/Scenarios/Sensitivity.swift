import Foundation
import Pricing

/// The figure a sensitivity analysis watches.
public enum SensitivityMetric: String, Sendable, Hashable, CaseIterable {
    /// Monthly API cost − monthly self-hosting cost at the current volume.
    case saving
    /// The first break-even volume R*, requests a month; nil when self-hosting never breaks even.
    case breakeven
    /// NPV of switching over the horizon.
    case npv
}

/// An input that sensitivity moves down and up, one at a time.
public enum SensitivityInput: String, Sendable, Hashable, CaseIterable {
    /// R ×(1 ± δ).
    case volume
    /// I and O both ×(1 ± δ), every segment's too; s is recomputed from the fitted constants at the new shapes.
    case tokensPerRequest = "tokens_per_request"
    /// Every price of the API's price set (tiers and cached included) ×(1 ± δ).
    case apiPrice = "api_price"
    /// Rent: the GPU-hour rate ×(1 ± δ); own: the installed price per GPU ×(1 ± δ).
    case gpuPrice = "gpu_price"
    /// Throughput ×(1 ± δ), i.e. s ÷ (1 ± δ).
    case throughput
    /// u ×(1 ± δ), capped at 1.
    case utilization
    /// p ×(1 ± δ), floored at 1.
    case peakFactor = "peak_factor"
    /// Own only: the price per kWh ×(1 ± δ).
    case powerPrice = "power_price"
    /// F ×(1 ± δ): the FTE cost and every other fixed item.
    case opsCost = "ops_cost"
    /// g ×(1 ± δ), relative to the rate (3% becomes 2.4% and 3.6%).
    case growth
    /// r ×(1 ± δ), capped at 1.
    case discountRate = "discount_rate"
    /// v*, the service level's speed per user ×(1 ± δ): P, D, K refitted at the operating point
    /// (SPEC §6.5); only for a curve profile at a level with a speed. Faster than the profile
    /// reaches, the metric is "never" (self-hosting cannot serve).
    case userSpeed = "user_speed"
}

/// One input moved down and up, and the metric at each end.
public struct SensitivityRow: Sendable, Hashable {
    public var input: SensitivityInput
    /// The input's value moved down, at base and moved up (nil for a set of prices).
    public var inputLow: Decimal?
    public var inputBase: Decimal?
    public var inputHigh: Decimal?
    /// The metric with the input moved down; nil is "never" for the break-even metric.
    public var low: Decimal?
    public var high: Decimal?
    /// |high − low|; nil when exactly one side is "never" (an unbounded swing, sorted first).
    public var swing: Decimal?
}

/// A tornado: each input moved by ±δ, sorted by the swing of the metric.
public struct Sensitivity: Sendable, Hashable {
    public var metric: SensitivityMetric
    public var delta: Decimal
    /// The metric at the scenario's own values: what `breakeven` and `roi` print.
    public var base: Decimal?
    /// Largest swing first; an unbounded swing before any finite one; ties in input order.
    public var rows: [SensitivityRow]

    /// The inputs that apply to a self-hosting option: power price only when the GPUs are owned.
    public static func inputs(for option: SelfHostingOption) -> [SensitivityInput] {
        let all = SensitivityInput.allCases.filter { $0 != .userSpeed }
        if case .own = option.mode { return all }
        return all.filter { $0 != .powerPrice }
    }

    /// Moves every input of `inputs(for:)` by ±`delta` (0 < δ < 1) and evaluates `metric` with the engine.
    public static func run(
        _ plan: ScenarioPlan, api: APIOptionPlan, selfHosting hosting: SelfHostingPlan,
        metric: SensitivityMetric, delta: Decimal
    ) throws(ScenarioError) -> Sensitivity {
        try Check.range(delta, "delta", 0, 1)
        if delta == 0 || delta == 1 { throw .outOfRange(field: "delta", value: delta, lower: 0, upper: 1) }
        var base = Case(
            workload: plan.workload, prices: api.prices, option: hosting.option,
            throughput: hosting.throughput, horizon: plan.horizonMonths, discount: plan.discountRate,
            benefits: plan.benefits)
        var inputs = inputs(for: hosting.option)
        if let level = plan.serviceLevel, level.minTokensPerSecondPerUser != nil,
            case .met = hosting.serviceLevel
        {
            base.serviceCurves = (hosting.deployment, level)
            inputs.append(.userSpeed)
        }
        let baseValue = try base.evaluate(metric)
        var rows: [SensitivityRow] = []
        for input in inputs {
            let (down, downValue) = try base.moved(input, by: 1 - delta)
            let (up, upValue) = try base.moved(input, by: 1 + delta)
            let low = try down.evaluate(metric)
            let high = try up.evaluate(metric)
            var swing: Decimal?
            switch (low, high) {
            case (let l?, let h?): swing = (h - l).magnitude
            case (nil, nil): swing = 0
            default: swing = nil
            }
            rows.append(
                SensitivityRow(
                    input: input, inputLow: downValue, inputBase: base.value(of: input), inputHigh: upValue,
                    low: low, high: high, swing: swing))
        }
        let sorted = rows.enumerated().sorted { lhs, rhs in
            switch (lhs.element.swing, rhs.element.swing) {
            case (nil, nil): return lhs.offset < rhs.offset
            case (nil, _): return true
            case (_, nil): return false
            case (let l?, let r?): return l != r ? l > r : lhs.offset < rhs.offset
            }
        }.map(\.element)
        return Sensitivity(metric: metric, delta: delta, base: baseValue, rows: sorted)
    }

    /// Everything one evaluation needs, in the plan's currency.
    struct Case {
        var workload: Workload
        var prices: PriceSet
        var option: SelfHostingOption
        var throughput: FittedThroughput
        var horizon: Int
        var discount: Decimal
        var benefits: Benefits
        /// The curve profile and level, when the speed per user is an input.
        var serviceCurves: (Deployment, ServiceLevel)?
        /// False when a moved speed is faster than the profile reaches: every metric is then "never".
        var servable = true

        /// The metric by the same engine calls `compare`, `breakeven` and `roi` make.
        func evaluate(_ metric: SensitivityMetric) throws(ScenarioError) -> Decimal? {
            guard servable else { return nil }
            switch metric {
            case .saving:
                return try APICost.monthly(workload, prices).monthly - option.monthly(workload).monthly
            case .breakeven:
                let outcome = try BreakEven.analyse(workload, prices: prices, selfHosting: option).outcome
                if case .breaksEven(let first, _, _, _) = outcome { return first.requestsPerMonth }
                return nil
            case .npv:
                return try CashFlow.project(
                    workload, prices: prices, selfHosting: option, horizonMonths: horizon,
                    annualDiscountRate: discount, benefits: benefits
                ).npvOfSwitching
            }
        }

        /// The input's own value, as shown beside the tornado; nil for the API's set of prices.
        func value(of input: SensitivityInput) -> Decimal? {
            switch input {
            case .volume: workload.requestsPerMonth
            case .tokensPerRequest: workload.tokensPerRequest
            case .apiPrice: nil
            case .gpuPrice:
                switch option.mode {
                case .rent(let rate): rate
                case .own(let hardware): hardware.installedPricePerGPU
                }
            case .throughput: option.secondsPerRequest
            case .utilization: option.utilization
            case .peakFactor: workload.peakToAverage
            case .powerPrice:
                if case .own(let hardware) = option.mode { hardware.pricePerKWh } else { nil }
            case .opsCost: option.fixedMonthly
            case .growth: workload.growthPerMonth
            case .discountRate: discount
            case .userSpeed: serviceCurves?.1.minTokensPerSecondPerUser
            }
        }

        /// This case with `input` multiplied by `factor` (1 − δ or 1 + δ), and the input's new value.
        func moved(_ input: SensitivityInput, by factor: Decimal) throws(ScenarioError) -> (Case, Decimal?) {
            var copy = self
            switch input {
            case .volume:
                copy.workload.requestsPerMonth *= factor
            case .tokensPerRequest:
                copy.workload = workload.scalingTokens(by: factor)
                copy.option.secondsPerRequest = throughput.secondsPerRequest(for: copy.workload)
            case .apiPrice:
                copy.prices = prices.converted(by: factor)
            case .gpuPrice:
                switch option.mode {
                case .rent(let rate): copy.option.mode = .rent(ratePerGPUHour: rate * factor)
                case .own(var hardware):
                    hardware.installedPricePerGPU *= factor
                    copy.option.mode = .own(hardware)
                }
            case .throughput:
                // The row shows s, so s moves: −20% is a faster replica (s·0.8), as the column says.
                copy.option.secondsPerRequest = option.secondsPerRequest * factor
            case .utilization:
                copy.option.utilization = InputBounds.utilization.clamped(option.utilization * factor)
            case .peakFactor:
                copy.workload.peakToAverage = InputBounds.peakToAverage.clamped(
                    workload.peakToAverage * factor)
            case .powerPrice:
                if case .own(var hardware) = option.mode {
                    hardware.pricePerKWh *= factor
                    copy.option.mode = .own(hardware)
                }
            case .opsCost:
                copy.option.fteMonthlyCost *= factor
                copy.option.otherFixedCosts = option.otherFixedCosts.map {
                    FixedCost(label: $0.label, monthly: $0.monthly * factor)
                }
            case .growth:
                // Kept inside the range the engine accepts (−100%…1000% a month), as utilisation and
                // peak are: −99% moved down by 20% would be −118.8%, a volume below zero.
                copy.workload.growthPerMonth = InputBounds.growthPerMonth.clamped(
                    workload.growthPerMonth * factor)
            case .discountRate:
                copy.discount = InputBounds.discountRate.clamped(discount * factor)
            case .userSpeed:
                guard case (let deployment, var level)? = serviceCurves,
                    let speed = level.minTokensPerSecondPerUser
                else {
                    break
                }
                level.minTokensPerSecondPerUser = speed * factor
                copy.serviceCurves = (deployment, level)
                let (points, status) = ServiceLevelCurves.fitPoints(deployment, level: level)
                guard case .met = status else {
                    copy.servable = false
                    break
                }
                copy.throughput = try ThroughputModel.fit(points)
                copy.option.secondsPerRequest = copy.throughput.secondsPerRequest(for: workload)
            }
            return (copy, copy.value(of: input))
        }
    }
}

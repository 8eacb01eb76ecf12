import Foundation
import Pricing

/// How well the fitted time model reproduces one measured point.
public struct PointFit: Sendable, Hashable {
    public var point: ThroughputPoint
    /// output_len / output_tokens_per_s: the measured replica-seconds per request.
    public var measuredSeconds: Decimal
    /// s(I, O) from the fitted constants.
    public var predictedSeconds: Decimal
    /// O / s(I, O): the throughput the model predicts, output tokens per second.
    public var predictedTokensPerSecond: Decimal
    /// (predicted − measured) / measured · 100, in percent of the measured throughput.
    public var errorPercent: Decimal
}

/// A replica's time model `s = I/P + O/D + O·(I + O/2)/K` with constants fitted to measurements.
///
/// A nil constant is a term the fit dropped (its rate is effectively infinite).
public struct FittedThroughput: Sendable, Hashable {
    /// P, prefill tokens per second, 6 significant digits.
    public var prefillTokensPerSecond: Decimal?
    /// D, decode tokens per second, 6 significant digits.
    public var decodeTokensPerSecond: Decimal?
    /// K, context cost in tokens² per second, 6 significant digits.
    public var contextTokensSquaredPerSecond: Decimal?
    /// Each measured point with its prediction and error.
    public var points: [PointFit]

    /// Creates a model from known constants (nil drops a term); `points` are only for display.
    public init(
        prefillTokensPerSecond: Decimal?, decodeTokensPerSecond: Decimal?,
        contextTokensSquaredPerSecond: Decimal?,
        points: [PointFit] = []
    ) {
        self.prefillTokensPerSecond = prefillTokensPerSecond
        self.decodeTokensPerSecond = decodeTokensPerSecond
        self.contextTokensSquaredPerSecond = contextTokensSquaredPerSecond
        self.points = points
    }

    /// s = I/P + O/D + O·(I + O/2)/K in `Decimal`, on the rounded constants.
    public func secondsPerRequest(input: Decimal, output: Decimal) -> Decimal {
        var seconds: Decimal = 0
        if let p = prefillTokensPerSecond, p > 0 { seconds += input / p }
        if let d = decodeTokensPerSecond, d > 0 { seconds += output / d }
        if let k = contextTokensSquaredPerSecond, k > 0 { seconds += output * (input + output / 2) / k }
        return seconds
    }

    /// The largest |error| over the measured points, in percent.
    public var worstErrorPercent: Decimal {
        points.map(\.errorPercent.magnitude).max() ?? 0
    }

    /// The trail for s at one request shape.
    public func explain(input: Decimal, output: Decimal) -> [ExplainStep] {
        // A coefficient the fit dropped contributes no term; it is left out rather than written
        // as a division by infinity.
        var terms: [String] = []
        if let p = prefillTokensPerSecond, p > 0 { terms.append("\(input)/\(p)") }
        if let d = decodeTokensPerSecond, d > 0 { terms.append("\(output)/\(d)") }
        if let k = contextTokensSquaredPerSecond, k > 0 {
            terms.append("\(output) × (\(input) + \(output)/2)/\(k)")
        }
        return [
            ExplainStep(
                quantity: .secondsPerRequest, formula: "s = I/P + O/D + O·(I + O/2)/K",
                substituted: FormulaText(terms.isEmpty ? "0" : terms.joined(separator: " + ")),
                result: "\(secondsPerRequest(input: input, output: output))")
        ]
    }
}

extension FittedThroughput {
    /// s for a workload: its own shape's, or with a mix the request-weighted mean s̄ = Σ w_i·s_i.
    ///
    /// R·s̄ = Σ R·w_i·s_i, the replica-seconds of all segments, so a fleet sized with s̄ carries every segment.
    public func secondsPerRequest(for workload: Workload) -> Decimal {
        guard workload.isMixed else {
            return secondsPerRequest(input: workload.inputTokens, output: workload.outputTokens)
        }
        return workload.mix.reduce(Decimal(0)) {
            $0 + $1.share * secondsPerRequest(input: $1.shape.inputTokens, output: $1.shape.outputTokens)
        }
    }

    /// The trail for s at the workload's shape, or for each segment's s_i and their mean s̄.
    public func explain(for workload: Workload) -> [ExplainStep] {
        guard workload.isMixed else {
            return explain(input: workload.inputTokens, output: workload.outputTokens)
        }
        var steps: [ExplainStep] = []
        for part in workload.mix {
            steps += explain(input: part.shape.inputTokens, output: part.shape.outputTokens).map {
                var step = $0
                step.segment = part.name
                return step
            }
        }
        steps.append(
            ExplainStep(
                quantity: .secondsPerRequestMean, formula: "s̄ = Σ w_i·s_i",
                substituted: FormulaText(
                    workload.mix.map {
                        "\($0.share) × \(secondsPerRequest(input: $0.shape.inputTokens, output: $0.shape.outputTokens))"
                    }.joined(separator: " + ")),
                result: "\(secondsPerRequest(for: workload))"))
        return steps
    }
}

/// Fits the replica time model to a deployment's measured points (SPEC §3, self-hosting).
public enum ThroughputModel {
    /// How the residuals are weighted in the least-squares fit.
    public enum Weighting: Sendable, Hashable {
        /// Minimises Σ (ŝ − s)²: long requests dominate.
        case plain
        /// Minimises Σ ((ŝ − s)/s)², the relative error, i.e. weights 1/s².
        case relative
    }

    /// Fits P, D and K by least squares on x = (1/P, 1/D, 1/K), which the model is linear in.
    ///
    /// The default weighting is `.relative`: on the TensorRT-LLM table (reference/FACTS.md)
    /// its worst error over all 30 points is 6.5% against 14.9% for `.plain`, because plain
    /// least squares lets the 20000/2000 column (s ≈ 4.6 s) outweigh the 128/2048 column
    /// (s ≈ 0.3 s). Plain least squares reproduces FACTS's quoted constants (2×H100:
    /// P ≈ 14,600, D ≈ 21,400, K ≈ 1.35e7); relative gives P ≈ 14,400, D ≈ 15,600, K ≈ 1.46e7.
    ///
    /// Every subset of the three terms is fitted (in `Double`, by modified Gram–Schmidt QR
    /// on unit-scaled columns); fits with a negative coefficient, fits with more terms than
    /// points and fits whose columns are linearly dependent are discarded, and the non-negative
    /// fit with the smallest weighted residual wins, preferring more terms and then the order
    /// {P,D,K}, {P,D}, {D,K}, {P,K}, {D}, {P}, {K} on ties. That is exact non-negative least
    /// squares for three unknowns. One point therefore gives a decode-only model s = O/D.
    /// The constants P = 1/x₁, D = 1/x₂, K = 1/x₃ are then rounded to 6 significant digits.
    public static func fit(
        _ points: [ThroughputPoint], weighting: Weighting = .relative
    ) throws(ScenarioError) -> FittedThroughput {
        if points.isEmpty { throw .noMeasurements }
        for (index, point) in points.enumerated() {
            if point.inputLength < 0 {
                throw .invalidMeasurement(index: index, reason: "input_len must not be negative")
            }
            if point.outputLength <= 0 {
                throw .invalidMeasurement(index: index, reason: "output_len must be greater than zero")
            }
            if point.outputTokensPerSecond.isNaN || point.outputTokensPerSecond <= 0 {
                throw .invalidMeasurement(
                    index: index, reason: "output_tokens_per_s must be greater than zero")
            }
        }
        let rows = points.map { point -> [Double] in
            let i = Double(point.inputLength)
            let o = Double(point.outputLength)
            return [i, o, o * (i + o / 2)]
        }
        let seconds = points.map { Double($0.outputLength) / DecimalMath.double($0.outputTokensPerSecond) }
        let weights = seconds.map { weighting == .relative ? 1 / $0 : 1 }

        let subsets: [[Int]] = [[0, 1, 2], [0, 1], [1, 2], [0, 2], [1], [0], [2]]
        var best: (residual: Double, columns: [Int], x: [Double])?
        for columns in subsets where columns.count <= points.count {
            let design = rows.enumerated().map { row, values in columns.map { values[$0] * weights[row] } }
            let target = seconds.enumerated().map { $1 * weights[$0] }
            guard let x = leastSquares(design, target), x.allSatisfy({ $0 >= 0 }),
                x.contains(where: { $0 > 0 })
            else { continue }
            var residual = 0.0
            for (row, values) in design.enumerated() {
                let predicted = zip(values, x).reduce(0) { $0 + $1.0 * $1.1 }
                residual += (predicted - target[row]) * (predicted - target[row])
            }
            if let current = best {
                let tolerance = 1e-9 * max(current.residual, 1e-30)
                if residual < current.residual - tolerance { best = (residual, columns, x) }
            } else {
                best = (residual, columns, x)
            }
        }
        guard let chosen = best else {
            throw .unfittable(reason: "no non-negative combination of the terms matches the points")
        }
        var constants: [Decimal?] = [nil, nil, nil]
        for (slot, column) in chosen.columns.enumerated() where chosen.x[slot] > 0 {
            constants[column] = DecimalMath.significant(1 / chosen.x[slot], digits: 6)
        }
        var model = FittedThroughput(
            prefillTokensPerSecond: constants[0], decodeTokensPerSecond: constants[1],
            contextTokensSquaredPerSecond: constants[2])
        model.points = points.map { point in
            let output = Decimal(point.outputLength)
            let measured = output / point.outputTokensPerSecond
            let predicted = model.secondsPerRequest(input: Decimal(point.inputLength), output: output)
            let tokens = predicted > 0 ? output / predicted : 0
            let error = (tokens - point.outputTokensPerSecond) / point.outputTokensPerSecond * 100
            return PointFit(
                point: point, measuredSeconds: measured, predictedSeconds: predicted,
                predictedTokensPerSecond: tokens, errorPercent: error)
        }
        return model
    }

    /// Fits a deployment's max-load points: `measured`, else each curve shape's highest throughput.
    public static func fit(
        _ deployment: Deployment, weighting: Weighting = .relative
    ) throws(ScenarioError) -> FittedThroughput {
        try fit(ServiceLevelCurves.fitPoints(deployment, level: nil).0, weighting: weighting)
    }

    /// Solves min ‖A·x − b‖ by modified Gram–Schmidt QR on unit-scaled columns; nil when rank-deficient.
    static func leastSquares(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        guard let width = a.first?.count, width > 0, a.count >= width else { return nil }
        var columns = (0..<width).map { j in a.map { $0[j] } }
        let scales = columns.map { column in column.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        guard scales.allSatisfy({ $0 > 0 && $0.isFinite }) else { return nil }
        for j in 0..<width { columns[j] = columns[j].map { $0 / scales[j] } }
        var q: [[Double]] = []
        var r = Array(repeating: Array(repeating: 0.0, count: width), count: width)
        for j in 0..<width {
            var v = columns[j]
            for k in 0..<j {
                let dot = zip(q[k], v).reduce(0) { $0 + $1.0 * $1.1 }
                r[k][j] = dot
                for index in v.indices { v[index] -= dot * q[k][index] }
            }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 1e-10 else { return nil }
            r[j][j] = norm
            q.append(v.map { $0 / norm })
        }
        let qtb = q.map { column in zip(column, b).reduce(0) { $0 + $1.0 * $1.1 } }
        var x = Array(repeating: 0.0, count: width)
        for j in stride(from: width - 1, through: 0, by: -1) {
            var sum = qtb[j]
            for k in (j + 1)..<width { sum -= r[j][k] * x[k] }
            x[j] = sum / r[j][j]
        }
        // Coefficients that are zero up to rounding noise count as zero, so an exactly fitting
        // smaller model is not discarded for a −1e-20.
        let size = b.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return zip(x, scales).map { abs($0) <= 1e-12 * size ? 0 : $0 / $1 }
    }
}

import Foundation
import Pricing

/// A share of a scenario's traffic with its routing rule and, optionally, a request shape of its own.
///
/// Volume, growth, peak-to-average and serving hours are the workload's; a segment may give its
/// own input and output tokens, cached input share and batch share, and takes the workload's
/// value for each it leaves out.
public struct WorkloadSegment: Sendable, Hashable {
    public var name: String
    /// The share of the scenario's requests (0–1); a scenario's segments add up to exactly 1.
    public var share: Decimal
    /// True when the segment may not be sent to an API.
    public var mustSelfHost: Bool
    /// The segment's own `input_tokens`, or nil for the workload's.
    public var inputTokens: Decimal?
    /// The segment's own `output_tokens`, or nil for the workload's.
    public var outputTokens: Decimal?
    /// The segment's own `cached_input_share`, or nil for the workload's.
    public var cachedInputShare: Decimal?
    /// The segment's own `batch_share`, or nil for the workload's.
    public var batchShare: Decimal?

    public init(name: String, share: Decimal, mustSelfHost: Bool = false) {
        self.name = name
        self.share = share
        self.mustSelfHost = mustSelfHost
    }

    /// The segment's request shape: its own fields, the workload's for the rest.
    public func shape(in workload: Workload) -> RequestShape {
        RequestShape(
            inputTokens: inputTokens ?? workload.inputTokens,
            outputTokens: outputTokens ?? workload.outputTokens,
            cachedInputShare: cachedInputShare ?? workload.cachedInputShare,
            batchShare: batchShare ?? workload.batchShare)
    }
}

extension ScenarioFile {
    /// σ, the share of requests that must be self-hosted: the sum of the must-self-host segments' shares.
    public var selfHostedShare: Decimal {
        segments.filter(\.mustSelfHost).reduce(Decimal(0)) { $0 + $1.share }
    }

    /// True when the scenario routes part of its traffic: it has segments and a share that must be self-hosted.
    public var isHybrid: Bool { segments.contains(where: \.mustSelfHost) }

    /// The workload every command prices: with segments of different shapes, a mix of them.
    ///
    /// Segments that all have one shape leave the workload as it is (with that shape), so a split
    /// that changes no shape prices exactly as the workload without segments.
    public var pricedWorkload: Workload {
        Workload.mixed(workload, parts: mixParts(segments))
    }

    /// True when segments give requests more than one shape.
    public var hasShapedSegments: Bool { pricedWorkload.isMixed }

    /// The path of the first shape field a segment gives (`segments[0].input_tokens`), for messages.
    public var firstSegmentShapeField: String? {
        for (index, segment) in segments.enumerated() {
            let given: [(String, Decimal?)] = [
                ("input_tokens", segment.inputTokens), ("output_tokens", segment.outputTokens),
                ("cached_input_share", segment.cachedInputShare), ("batch_share", segment.batchShare),
            ]
            if let field = given.first(where: { $0.1 != nil })?.0 { return "segments[\(index)].\(field)" }
        }
        return nil
    }

    /// The segments as shaped shares of the workload, in the scenario's order.
    func mixParts(_ chosen: [WorkloadSegment]) -> [ShapedShare] {
        chosen.map {
            ShapedShare(
                name: $0.name, share: $0.share, shape: $0.shape(in: workload), mustSelfHost: $0.mustSelfHost)
        }
    }
}

extension ScenarioReader {
    /// `segments`, `users` and `seat_plans`, checked with their positions.
    ///
    /// Shares must add up to exactly 100%; a must-self-host segment needs a self-hosting option;
    /// seat plans need the number of users.
    static func readStrategies(
        _ object: ObjectReader, file: String, hasSelfHosting: Bool, workload: Workload?
    ) -> (
        [WorkloadSegment], Int?, [ScenarioReference]
    ) {
        let sink = object.sink
        var segments: [WorkloadSegment] = []
        if let elements = object.array("segments", required: false, nonEmpty: true) {
            var names: [String: SourceLocation] = [:]
            var total: Decimal = 0
            var complete = true
            for element in elements {
                guard let reader = ObjectReader(element, sink: sink, options: object.options) else {
                    complete = false
                    continue
                }
                let name = reader.string("name")
                if let name, let node = reader.value("name", required: false) {
                    if name.isEmpty {
                        sink.error(node, .segmentNeedsName)
                    } else if let first = names[name] {
                        sink.error(node, .duplicateSegment(name: name, line: "\(first.line)"))
                    } else {
                        names[name] = node.location
                    }
                }
                let share = reader.quantity("share", rule: .share)
                let mustSelfHost = reader.bool("must_self_host", required: false) ?? false
                let input = reader.quantity("input_tokens", required: false)
                let output = reader.quantity("output_tokens", required: false)
                let cached = reader.quantity("cached_input_share", required: false, rule: .share)
                let batch = reader.quantity("batch_share", required: false, rule: .share)
                if let workload, (input ?? workload.inputTokens) + (output ?? workload.outputTokens) == 0 {
                    sink.error(
                        reader.node,
                        name.map { .segmentNoTokens(name: $0) } ?? .unnamedSegmentNoTokens)
                }
                reader.finish()
                guard let name, let share else {
                    complete = false
                    continue
                }
                total += share
                var segment = WorkloadSegment(name: name, share: share, mustSelfHost: mustSelfHost)
                segment.inputTokens = input
                segment.outputTokens = output
                segment.cachedInputShare = cached
                segment.batchShare = batch
                segments.append(segment)
            }
            if complete, total != 1, let node = object.value("segments", required: false) {
                sink.error(
                    node,
                    .segmentSharesSum(total: NumberText.percent(total)))
            }
            if !hasSelfHosting, segments.contains(where: \.mustSelfHost),
                let node = object.value("segments", required: false)
            {
                sink.error(
                    node,
                    .mustSelfHostWithoutOption)
            }
        }
        let users = object.integer("users", required: false, minimum: 1)
        var seatPlans: [ScenarioReference] = []
        for element in object.array("seat_plans", required: false) ?? [] {
            if let id = element.string {
                seatPlans.append(
                    ScenarioReference(
                        id: id, origin: Origin(file: file, location: element.location, path: element.path)))
            } else {
                sink.error(element, .expectedSeatPlanID(found: element.kindName))
            }
        }
        if users == nil, object.value("users", required: false) == nil,
            let node = object.value("seat_plans", required: false)
        {
            sink.error(
                node, .seatPlansNeedUsers)
        }
        return (segments, users, seatPlans)
    }
}

/// Numbers written into messages.
enum NumberText {
    /// A share as a percentage with its exact digits: 0.9 → `90%`.
    static func percent(_ share: Decimal) -> String { "\(share * 100)%" }
}

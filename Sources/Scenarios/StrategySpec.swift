import Foundation
import Pricing

/// A share of a scenario's traffic with its routing rule, for hybrid routing.
///
/// A segment has the workload's request shape; only its share of the volume and whether it
/// must stay on a self-hosted deployment (confidential data, say) are its own.
public struct WorkloadSegment: Sendable, Hashable {
    public var name: String
    /// The share of the scenario's requests (0–1); a scenario's segments add up to exactly 1.
    public var share: Decimal
    /// True when the segment may not be sent to an API.
    public var mustSelfHost: Bool

    public init(name: String, share: Decimal, mustSelfHost: Bool = false) {
        self.name = name
        self.share = share
        self.mustSelfHost = mustSelfHost
    }
}

extension ScenarioFile {
    /// σ, the share of requests that must be self-hosted: the sum of the must-self-host segments' shares.
    public var selfHostedShare: Decimal {
        segments.filter(\.mustSelfHost).reduce(Decimal(0)) { $0 + $1.share }
    }

    /// True when the scenario routes part of its traffic: it has segments and a share that must be self-hosted.
    public var isHybrid: Bool { segments.contains(where: \.mustSelfHost) }
}

extension ScenarioReader {
    /// `segments`, `users` and `seat_plans`, checked with their positions.
    ///
    /// Shares must add up to exactly 100%; a must-self-host segment needs a self-hosting option;
    /// seat plans need the number of users.
    static func readStrategies(_ object: ObjectReader, file: String, hasSelfHosting: Bool) -> (
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
                        sink.error(node, "a segment needs a name, e.g. \"confidential\"")
                    } else if let first = names[name] {
                        sink.error(node, "duplicate segment name '\(name)' (first at line \(first.line))")
                    } else {
                        names[name] = node.location
                    }
                }
                let share = reader.quantity("share", rule: .share)
                let mustSelfHost = reader.bool("must_self_host", required: false) ?? false
                reader.finish()
                guard let name, let share else {
                    complete = false
                    continue
                }
                total += share
                segments.append(WorkloadSegment(name: name, share: share, mustSelfHost: mustSelfHost))
            }
            if complete, total != 1, let node = object.value("segments", required: false) {
                sink.error(
                    node,
                    "segment shares add up to \(NumberText.percent(total)), not 100%; every request belongs to one segment"
                )
            }
            if !hasSelfHosting, segments.contains(where: \.mustSelfHost),
                let node = object.value("segments", required: false)
            {
                sink.error(
                    node,
                    "a segment must be self-hosted, but the scenario has no 'self_hosting' option to carry it"
                )
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
                sink.error(element, "expected a seat plan id string, found \(element.kindName)")
            }
        }
        if users == nil, object.value("users", required: false) == nil,
            let node = object.value("seat_plans", required: false)
        {
            sink.error(
                node, "'seat_plans' needs 'users': how many staff would hold a seat, e.g. \"users\": 120")
        }
        return (segments, users, seatPlans)
    }
}

/// Numbers written into messages.
enum NumberText {
    /// A share as a percentage with its exact digits: 0.9 → `90%`.
    static func percent(_ share: Decimal) -> String { "\(share * 100)%" }
}

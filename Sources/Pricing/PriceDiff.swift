import Foundation

/// One difference between two models.json files.
public struct PriceChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case modelAdded = "model added"
        case modelRemoved = "model removed"
        case setAdded = "price set added"
        case setRemoved = "price set removed"
        case changed
    }

    public var kind: Kind
    public var modelID: String
    /// The `effective` date of the price set concerned; nil for a model-level field or a whole model.
    public var effective: CalendarDate?
    /// The field, e.g. `input_per_mtok` or `tiers[above 200000].output_per_mtok`; nil for a whole model or set.
    public var field: String?
    public var old: String?
    public var new: String?
    /// (new − old) / old for a price per 1M tokens; nil for other fields, or when old is 0.
    public var change: Decimal?
    /// For a price set compared with an earlier one (a new set, or one that replaces a set of OLD), that set's date.
    public var comparedWith: CalendarDate?
    /// Where the change is: in NEW, or in OLD for what was removed.
    public var origin: Origin?

    public init(
        kind: Kind, modelID: String, effective: CalendarDate? = nil, field: String? = nil, old: String? = nil,
        new: String? = nil, change: Decimal? = nil, comparedWith: CalendarDate? = nil, origin: Origin? = nil
    ) {
        self.kind = kind
        self.modelID = modelID
        self.effective = effective
        self.field = field
        self.old = old
        self.new = new
        self.change = change
        self.comparedWith = comparedWith
        self.origin = origin
    }
}

/// The differences between two price tables' API models.
public struct PriceDiff: Sendable, Hashable {
    public var changes: [PriceChange]
    /// Price sets of NEW that only re-date a set of OLD with the same prices (a re-import on another day).
    public var redated: [String]

    /// The ids of models with any change, in the order first met.
    public var changedModelIDs: [String] {
        var ids: [String] = []
        for change in changes where !ids.contains(change.modelID) { ids.append(change.modelID) }
        return ids
    }
}

/// Compares two sets of API models: models by id, price sets by `effective`, tiers by threshold.
///
/// `checked` and `note` are left out: re-verifying a price or rewording a note changes no price.
/// A price set only in NEW is compared with the set before it (in NEW, else in OLD); when that
/// set exists only in OLD, the new set replaces it and only the fields that differ are listed.
public enum PriceDiffer {
    public static func diff(
        old: [APIModel], new: [APIModel], oldRoot: JSONNode? = nil, newRoot: JSONNode? = nil
    ) -> PriceDiff {
        var changes: [PriceChange] = []
        var redated: [String] = []
        let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.map(\.id))
        for model in new {
            let locator = Locator(root: newRoot, model: model)
            guard let before = oldByID[model.id] else {
                changes.append(
                    PriceChange(
                        kind: .modelAdded, modelID: model.id, effective: model.prices.last?.effective,
                        new: model.prices.last.map(summary), origin: model.origin))
                continue
            }
            let fields: [(String, String, String)] = [
                ("name", before.name, model.name), ("provider", before.provider, model.provider),
                ("family", before.family, model.family),
                ("open_weights", "\(before.openWeights)", "\(model.openWeights)"),
                (
                    "context_window", before.contextWindow.map(String.init) ?? "",
                    model.contextWindow.map(String.init) ?? ""
                ),
                ("deprecated", before.deprecated?.description ?? "", model.deprecated?.description ?? ""),
                ("retired", before.retired?.description ?? "", model.retired?.description ?? ""),
                ("successor", before.successor ?? "", model.successor ?? ""),
            ]
            for (field, was, now) in fields where was != now {
                changes.append(
                    PriceChange(
                        kind: .changed, modelID: model.id, field: field, old: was.isEmpty ? nil : was,
                        new: now.isEmpty ? nil : now, origin: locator.origin(field: field)))
            }
            let newDates = Set(model.prices.map(\.effective))
            var replaced: Set<CalendarDate> = []
            for set in model.prices {
                if let was = before.prices.first(where: { $0.effective == set.effective }) {
                    changes += compare(was, set, modelID: model.id, locator: locator, comparedWith: nil)
                    continue
                }
                let earlierNew = model.prices.last { $0.effective < set.effective }
                let earlierOld = before.prices.last {
                    $0.effective < set.effective && !newDates.contains($0.effective)
                }
                if let previous = earlierNew {
                    changes.append(
                        PriceChange(
                            kind: .setAdded, modelID: model.id, effective: set.effective, new: summary(set),
                            comparedWith: previous.effective, origin: locator.origin(set: set.effective)))
                    changes += compare(
                        previous, set, modelID: model.id, locator: locator, comparedWith: previous.effective)
                } else if let previous = earlierOld {
                    replaced.insert(previous.effective)
                    let fields = compare(
                        previous, set, modelID: model.id, locator: locator, comparedWith: previous.effective)
                    if fields.isEmpty { redated.append(model.id) }
                    changes += fields
                } else {
                    changes.append(
                        PriceChange(
                            kind: .setAdded, modelID: model.id, effective: set.effective, new: summary(set),
                            origin: locator.origin(set: set.effective)))
                }
            }
            let oldLocator = Locator(root: oldRoot, model: before)
            for set in before.prices
            where !newDates.contains(set.effective) && !replaced.contains(set.effective) {
                changes.append(
                    PriceChange(
                        kind: .setRemoved, modelID: model.id, effective: set.effective, old: summary(set),
                        origin: oldLocator.origin(set: set.effective)))
            }
        }
        for model in old where !newIDs.contains(model.id) {
            changes.append(
                PriceChange(
                    kind: .modelRemoved, modelID: model.id, effective: model.prices.last?.effective,
                    old: model.prices.last.map(summary), origin: model.origin))
        }
        return PriceDiff(changes: changes, redated: redated)
    }

    /// The fields of two price sets that differ, located in the NEW set `now`.
    static func compare(
        _ was: PriceSet, _ now: PriceSet, modelID: String, locator: Locator, comparedWith: CalendarDate?
    ) -> [PriceChange] {
        var changes: [PriceChange] = []
        func add(
            _ field: String, _ before: Decimal?, _ after: Decimal?, isPrice: Bool, tier: Int? = nil,
            within: String? = nil
        ) {
            guard before != after else { return }
            var change: Decimal?
            if isPrice, let before, let after, before != 0 { change = (after - before) / before }
            var name = tier.map { "tiers[above \($0)].\(field)" } ?? field
            // A service tier's or the peak's field is named by its path and located at its set.
            if let within { name = "\(within).\(field)" }
            changes.append(
                PriceChange(
                    kind: .changed, modelID: modelID, effective: now.effective, field: name,
                    old: before.map { "\($0)" }, new: after.map { "\($0)" }, change: change,
                    comparedWith: comparedWith,
                    origin: locator.origin(
                        set: now.effective, tier: tier, field: after == nil || within != nil ? nil : field))
            )
        }
        add("input_per_mtok", was.inputPerMTok, now.inputPerMTok, isPrice: true)
        add("cached_input_per_mtok", was.cachedInputPerMTok, now.cachedInputPerMTok, isPrice: true)
        add("cache_write_per_mtok", was.cacheWritePerMTok, now.cacheWritePerMTok, isPrice: true)
        add("output_per_mtok", was.outputPerMTok, now.outputPerMTok, isPrice: true)
        add("batch_discount", was.batchDiscount, now.batchDiscount, isPrice: false)
        for name in Set(was.serviceTiers.keys).union(now.serviceTiers.keys).sorted() {
            let (before, after) = (was.serviceTiers[name], now.serviceTiers[name])
            let path = "service_tiers.\(name)"
            add("input_per_mtok", before?.inputPerMTok, after?.inputPerMTok, isPrice: true, within: path)
            add(
                "cached_input_per_mtok", before?.cachedInputPerMTok, after?.cachedInputPerMTok, isPrice: true,
                within: path)
            add(
                "cache_write_per_mtok", before?.cacheWritePerMTok, after?.cacheWritePerMTok, isPrice: true,
                within: path)
            add("output_per_mtok", before?.outputPerMTok, after?.outputPerMTok, isPrice: true, within: path)
        }
        add("input_per_mtok", was.peak?.inputPerMTok, now.peak?.inputPerMTok, isPrice: true, within: "peak")
        add(
            "cached_input_per_mtok", was.peak?.cachedInputPerMTok, now.peak?.cachedInputPerMTok,
            isPrice: true,
            within: "peak")
        add(
            "output_per_mtok", was.peak?.outputPerMTok, now.peak?.outputPerMTok, isPrice: true, within: "peak"
        )
        let thresholds = Set(was.tiers.map(\.aboveInputTokens) + now.tiers.map(\.aboveInputTokens)).sorted()
        for threshold in thresholds {
            let before = was.tiers.first { $0.aboveInputTokens == threshold }
            let after = now.tiers.first { $0.aboveInputTokens == threshold }
            add("input_per_mtok", before?.inputPerMTok, after?.inputPerMTok, isPrice: true, tier: threshold)
            add(
                "cached_input_per_mtok", before?.cachedInputPerMTok, after?.cachedInputPerMTok, isPrice: true,
                tier: threshold)
            add(
                "output_per_mtok", before?.outputPerMTok, after?.outputPerMTok, isPrice: true, tier: threshold
            )
        }
        if was.source != now.source {
            changes.append(
                PriceChange(
                    kind: .changed, modelID: modelID, effective: now.effective, field: "source",
                    old: was.source,
                    new: now.source, comparedWith: comparedWith,
                    origin: locator.origin(set: now.effective, field: "source")))
        }
        return changes
    }

    /// `input 2.5, cached 1.25, output 10 per 1M; batch −50%; 1 tier`.
    static func summary(_ set: PriceSet) -> String {
        var text = "input \(set.inputPerMTok)"
        if let cached = set.cachedInputPerMTok { text += ", cached \(cached)" }
        text += ", output \(set.outputPerMTok) per 1M tokens"
        if set.batchDiscount > 0 { text += "; batch discount \(set.batchDiscount)" }
        if !set.tiers.isEmpty {
            text += "; \(set.tiers.count) long-context tier\(set.tiers.count == 1 ? "" : "s")"
        }
        if let write = set.cacheWritePerMTok { text += "; cache write \(write)" }
        if !set.serviceTiers.isEmpty {
            text += "; service tiers \(set.serviceTiers.keys.sorted().joined(separator: ", "))"
        }
        if let peak = set.peak {
            text +=
                "; peak input \(peak.inputPerMTok), output \(peak.outputPerMTok) (\(peak.windows.map(\.text).joined(separator: ", ")) UTC)"
        }
        return text
    }

    /// Finds the source position of a model's parts from its parsed document.
    struct Locator {
        var root: JSONNode?
        var model: APIModel

        /// The model's object in the document, found by the path its origin recorded.
        var modelNode: JSONNode? {
            guard let root, let path = model.origin?.path else { return nil }
            var node = root
            for component in path.components {
                switch component {
                case .key(let key):
                    guard let next = node[key] else { return nil }
                    node = next
                case .index(let index):
                    guard let elements = node.elements, elements.indices.contains(index) else { return nil }
                    node = elements[index]
                }
            }
            return node
        }

        func origin(_ node: JSONNode?) -> Origin? {
            guard let node, let file = model.origin?.file else { return model.origin }
            return Origin(file: file, location: node.location, path: node.path)
        }

        func origin(field: String) -> Origin? {
            let node = modelNode
            return origin(node?[field] ?? node)
        }

        func origin(set effective: CalendarDate, tier: Int? = nil, field: String? = nil) -> Origin? {
            let set = modelNode?["prices"]?.elements?.first {
                $0["effective"]?.string == effective.description
            }
            var node = set
            if let tier {
                let tierNode = set?["tiers"]?.elements?.first {
                    if case .number(let number) = $0["above_input_tokens"]?.value {
                        return number.integer == tier
                    }
                    return false
                }
                node = tierNode ?? node
            }
            if let field, let fieldNode = node?[field] { node = fieldNode }
            return origin(node ?? modelNode)
        }
    }
}

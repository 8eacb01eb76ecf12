import Foundation
import Pricing

/// How a price change moves one API option's monthly cost on a scenario's workload.
public struct ScenarioCostChange: Sendable, Hashable {
    public var modelID: String
    /// The monthly cost with OLD's prices; nil when OLD has no price in force for the model.
    public var old: Decimal?
    /// The monthly cost with NEW's prices; nil when NEW has none.
    public var new: Decimal?

    public init(modelID: String, old: Decimal?, new: Decimal?) {
        self.modelID = modelID
        self.old = old
        self.new = new
    }
}

/// The scenario part of a price diff: its name, currency and the cost of each option on both sides.
public struct ScenarioDiff: Sendable, Hashable {
    public var name: String
    public var currency: String
    public var minorUnits: Int
    public var asOf: CalendarDate
    public var costs: [ScenarioCostChange]

    public init(
        name: String, currency: String, minorUnits: Int, asOf: CalendarDate, costs: [ScenarioCostChange]
    ) {
        self.name = name
        self.currency = currency
        self.minorUnits = minorUnits
        self.asOf = asOf
        self.costs = costs
    }
}

/// Builds the report of `prices diff`.
public enum PriceDiffReports {
    /// Every change as a row (model, price set, field, old → new, change), then the scenario's costs.
    public static func diff(
        _ diff: PriceDiff, oldFile: String, newFile: String, currency: String, scenario: ScenarioDiff?,
        language: Language = .en
    ) -> Report {
        let context = ReportContext(language: language)
        var rows: [Row] = []
        for change in diff.changes {
            var what = change.field ?? context.t(phrase(change.kind))
            if let previous = change.comparedWith, change.kind == .changed {
                what += context.t(.pVs, "\(previous)")
            } else if let previous = change.comparedWith {
                what += context.t(.pAfter, "\(previous)")
            }
            rows.append(
                Row(cells: [
                    .text(change.modelID), .text(change.effective?.description ?? ""), .text(what),
                    .text(change.old ?? ""), .text(change.new ?? ""),
                    change.change.map { .percent($0, places: 1) } ?? .empty,
                ]))
        }
        let changed = diff.changes.filter { $0.kind == .changed && $0.change != nil }.count
        let added = diff.changes.filter { $0.kind == .modelAdded }.count
        let removed = diff.changes.filter { $0.kind == .modelRemoved }.count
        let sets = diff.changes.filter { $0.kind == .setAdded || $0.kind == .setRemoved }.count
        let subtitle = context.t(
            .pModelAddedRemovedPriceSetAdded, "\(added)", "\(added == 1 ? "" : "s")", "\(removed)", "\(sets)",
            "\(sets == 1 ? "" : "s")", "\(changed)", "\(changed == 1 ? "" : "s")")
        var sections: [Section] = []
        if rows.isEmpty {
            sections.append(Section(paragraphs: [context.t(.pNoPriceChanges)]))
        } else {
            sections.append(
                Section(
                    table: Table(
                        id: "changes",
                        columns: [
                            Column(key: "model", label: context.t(.pModel)),
                            Column(key: "effective", label: context.t(.pEffective)),
                            Column(key: "change", label: context.t(.pChange)),
                            Column(key: "old", label: context.t(.pOld), alignment: .right),
                            Column(key: "new", label: context.t(.pNew), alignment: .right),
                            Column(
                                key: "change_percent", label: context.t(.pChange2), unit: "%",
                                alignment: .right),
                        ], rows: rows)))
        }
        if let scenario {
            sections.append(scenarioSection(scenario, context: context))
        }
        var notes = FootnoteList()
        notes.add(
            context.t(.pPricesPer1mTokensInPrice, "\(currency)"))
        if !diff.redated.isEmpty {
            notes.add(
                context.t(
                    .pPriceSetOnlyReDatedWith, "\(diff.redated.count)",
                    "\(diff.redated.count == 1 ? "" : "s")", "\(diff.redated.joined(separator: ", "))")
            )
        }
        return Report(
            key: "price_diff",
            title: context.t(.pPriceChanges, "\(oldFile)", "\(newFile)"),
            subtitle: subtitle, sections: sections, footnotes: notes.footnotes)
    }

    static func scenarioSection(_ scenario: ScenarioDiff, context: ReportContext) -> Section {
        let currency = scenario.currency
        let rows = scenario.costs.map { cost -> Row in
            var delta: Cell = .empty
            var percent: Cell = .empty
            if let old = cost.old, let new = cost.new {
                delta = .money(new - old, currency: currency, places: scenario.minorUnits)
                if old != 0 { percent = .percent((new - old) / old, places: 1) }
            }
            return Row(
                cells: [
                    .text(cost.modelID),
                    cost.old.map { .money($0, currency: currency, places: scenario.minorUnits) } ?? .empty,
                    cost.new.map { .money($0, currency: currency, places: scenario.minorUnits) } ?? .empty,
                    delta, percent,
                ], marked: cost.old != cost.new)
        }
        return Section(
            heading: context.t(.pScenarioMonthlyApiCostWithOld, "\(scenario.name)", "\(scenario.asOf)"),
            table: Table(
                id: "scenario_costs",
                columns: [
                    Column(key: "model", label: context.t(.pApiOption2)),
                    Column(
                        key: "old_monthly", label: context.t(.pOld), unit: "\(currency)/month",
                        alignment: .right),
                    Column(
                        key: "new_monthly", label: context.t(.pNew), unit: "\(currency)/month",
                        alignment: .right),
                    Column(
                        key: "change_monthly", label: context.t(.pChange3), unit: "\(currency)/month",
                        alignment: .right),
                    Column(
                        key: "change_percent", label: context.t(.pChange2), unit: "%", alignment: .right
                    ),
                ], rows: rows),
            paragraphs: rows.isEmpty
                ? [
                    context.t(.pNoApiOptionOfTheScenario)
                ]
                : [])
    }

    /// The catalog's words for a kind of change.
    static func phrase(_ kind: PriceChange.Kind) -> Phrase {
        switch kind {
        case .modelAdded: .changeModelAdded
        case .modelRemoved: .changeModelRemoved
        case .setAdded: .changeSetAdded
        case .setRemoved: .changeSetRemoved
        case .changed: .changeChanged
        }
    }
}

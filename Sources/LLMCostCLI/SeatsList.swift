import Foundation
import Pricing
import Reports

extension PricesCommands {
    /// `prices list --seats`: every per-user plan of seats.json with its price, billing, minimum and source.
    static func listSeats(_ invocation: Invocation, table: PriceTable) throws(CLIError) -> CLIResult {
        for flag in ["family", "open-weights"] where invocation.parsed.has(flag) {
            throw .usage(
                invocation.t(
                    .cliNotForSeats, flag,
                    "llmcost prices list --\(flag == "family" ? "family llama-3.3-70b" : flag)"))
        }
        let provider = invocation.parsed.value("provider")
        if let provider, !table.seatPlans.contains(where: { $0.provider == provider }) {
            let providers = Set(table.seatPlans.map(\.provider))
            let language = invocation.messageLanguage
            var hint = didYouMean(provider, among: providers, language)
            if hint.isEmpty {
                hint = providers.sorted().first.map { forExample("--provider \($0)", language) } ?? ""
            }
            throw .usage(invocation.t(.cliNoSeatPlansFromProvider, provider, hint))
        }
        var sources = FootnoteList()
        let plans = table.seatPlans.filter { provider == nil || $0.provider == provider }
        let rows = plans.map { plan in
            var refs: [Int] = []
            if let source = plan.source { refs.append(sources.add(source)) }
            if let note = plan.note { refs.append(sources.add(note)) }
            return Row(
                cells: [
                    .text(plan.id), .text(plan.name), .text(plan.provider),
                    .money(plan.perUserMonth, currency: plan.currency, places: 2),
                    plan.billing == .annual
                        ? .key("annual", text: invocation.t(.pAnnual))
                        : .key("monthly", text: invocation.t(.pMonthly)),
                    .integer(Decimal(plan.minSeats)), .text(plan.checked?.description ?? ""),
                ], footnoteRefs: refs)
        }
        var notes = sources.footnotes
        notes.append(
            Footnote(
                number: notes.count + 1,
                text: invocation.t(.pListPricesPerUserAMonth)))
        let report = Report(
            key: "seats_list",
            title: invocation.t(.pSeatPlans),
            subtitle: invocation.t(.pPlans, "\(rows.count)"),
            sections: [
                Section(
                    table: Table(
                        id: "seat_plans",
                        columns: [
                            Column(key: "plan", label: invocation.t(.pPlan)),
                            Column(key: "name", label: invocation.t(.pName)),
                            Column(key: "provider", label: invocation.t(.pProvider)),
                            Column(
                                key: "per_user_month", label: invocation.t(.pPerUser),
                                unit: invocation.t(.pMonth), alignment: .right),
                            Column(key: "billing", label: invocation.t(.pBilling)),
                            Column(
                                key: "min_seats", label: invocation.t(.pMinimumSeats),
                                alignment: .right),
                            Column(key: "checked", label: invocation.t(.pChecked)),
                        ], rows: rows))
            ], footnotes: notes)
        return try invocation.emit(report, allowed: [.table, .markdown, .csv, .json, .html])
    }
}

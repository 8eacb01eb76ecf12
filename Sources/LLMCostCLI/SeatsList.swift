import Foundation
import Pricing
import Reports

extension PricesCommands {
    /// `prices list --seats`: every per-user plan of seats.json with its price, billing, minimum and source.
    static func listSeats(_ invocation: Invocation, table: PriceTable) throws(CLIError) -> CLIResult {
        for flag in ["family", "open-weights"] where invocation.parsed.has(flag) {
            throw .usage(
                "option --\(flag) does not apply to 'llmcost prices list --seats': it filters API models; e.g. llmcost prices list --\(flag == "family" ? "family llama-3.3-70b" : flag)"
            )
        }
        let provider = invocation.parsed.value("provider")
        if let provider, !table.seatPlans.contains(where: { $0.provider == provider }) {
            let providers = Set(table.seatPlans.map(\.provider))
            let hint =
                closestMatch(to: provider, among: providers).map { "; did you mean '\($0)'?" }
                ?? providers.sorted().first.map { ", e.g. --provider \($0)" } ?? ""
            throw .usage("no seat plans from provider '\(provider)' for --provider\(hint)")
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
                        ? .key("annual", text: invocation.localized("annual", "年払い"))
                        : .key("monthly", text: invocation.localized("monthly", "月払い")),
                    .integer(Decimal(plan.minSeats)), .text(plan.checked?.description ?? ""),
                ], footnoteRefs: refs)
        }
        var notes = sources.footnotes
        notes.append(
            Footnote(
                number: notes.count + 1,
                text: invocation.localized(
                    "List prices per user a month (annual plans: the monthly equivalent); no plan includes API access, and all have fair-use caps.",
                    "1ユーザー・1か月あたりの定価（年払いプランは月額換算）。どのプランにも API 利用は含まれず、利用上限があります。")))
        let report = Report(
            key: "seats_list",
            title: invocation.localized("Seat plans", "シートプラン"),
            subtitle: invocation.localized("\(rows.count) plans", "\(rows.count) プラン"),
            sections: [
                Section(
                    table: Table(
                        id: "seat_plans",
                        columns: [
                            Column(key: "plan", label: invocation.localized("Plan", "プラン")),
                            Column(key: "name", label: invocation.localized("Name", "名前")),
                            Column(key: "provider", label: invocation.localized("Provider", "提供元")),
                            Column(
                                key: "per_user_month", label: invocation.localized("Per user", "1ユーザーあたり"),
                                unit: invocation.localized("/month", "／月"), alignment: .right),
                            Column(key: "billing", label: invocation.localized("Billing", "支払い")),
                            Column(
                                key: "min_seats", label: invocation.localized("Minimum seats", "最低シート数"),
                                alignment: .right),
                            Column(key: "checked", label: invocation.localized("Checked", "確認日")),
                        ], rows: rows))
            ], footnotes: notes)
        return try invocation.emit(report, allowed: [.table, .markdown, .csv, .json, .html])
    }
}

import Foundation
import Testing

@testable import Reports

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small report touching every cell kind, footnotes, escaping hazards and a chart.
func sampleReport(language: Language = .en) -> Report {
    let columns = [
        Column(key: "option", label: Phrases.text(.option, language)),
        Column(
            key: "monthly_cost", label: Phrases.text(.monthlyCost, language), unit: "USD/month",
            alignment: .right),
        Column(key: "price_per_mtok", label: "Input price", unit: "USD/1M tok", alignment: .right),
        Column(key: "requests", label: "Requests", unit: "requests/month", alignment: .right),
        Column(key: "cached_share", label: "Cached", unit: "%", alignment: .right),
        Column(
            key: "break_even", label: Phrases.text(.breakEven, language), unit: "requests/month",
            alignment: .right),
    ]
    let rows = [
        Row(
            cells: [
                .text("api/gpt-4o-mini"), .money(dec("1234.5"), currency: "USD", places: 2),
                .pricePerMTok(dec("0.075"), currency: "USD"), .integer(dec("3000000")),
                .percent(dec("0.3"), places: 1),
                .never(reason: .replicaNotCheaper, text: Phrases.text(.never, language)),
            ], marked: true, footnoteRefs: [1]),
        Row(cells: [
            .text("self | H100, \"8x\"\nrented"), .money(dec("-12"), currency: "USD", places: 2),
            .pricePerMTok(dec("2.5"), currency: "USD"), .integer(dec("250000")),
            .percent(dec("0.125"), places: 1),
            .integer(dec("1500000")),
        ]),
        Row(cells: [
            .text("=HYPERLINK(\"x\")"), .money(dec("2.675"), currency: "USD", places: 2),
            .pricePerMTok(dec("0.0280"), currency: "USD"), .integer(0), .percent(0, places: 1), .empty,
        ]),
    ]
    let chart = Chart(
        title: "Cost <script>alert(1)</script>",
        xAxis: .init(label: "Requests", unit: "per month", scale: .log),
        yAxis: .init(label: "Monthly cost", unit: "USD"),
        series: [
            Chart.Series(
                name: "API",
                points: [.init(x: dec("1000"), y: dec("10")), .init(x: dec("10000000"), y: dec("100000"))]),
            Chart.Series(
                name: "Self-hosted & rented",
                points: [.init(x: 1000, y: 20000), .init(x: 5e6, y: 40000), .init(x: 1e7, y: 40000)],
                style: .step),
        ],
        markers: [Chart.Marker(x: dec("2000000"), y: dec("20000"), label: "Break-even")])
    return Report(
        title: "Costs <script>alert(1)</script>",
        subtitle: "Prices as of 2025-01-01 & checked",
        sections: [
            Section(
                heading: "Options",
                table: Table(id: "options", columns: columns, rows: rows),
                paragraphs: ["Volumes are per month."]),
            Section(
                heading: "Summary",
                table: Table(
                    id: "summary",
                    columns: [
                        Column(key: "item", label: "Item"),
                        Column(key: "value", label: "Value", alignment: .right),
                    ],
                    rows: [
                        Row(
                            cells: [.label("Setup"), .money(dec("1234.5"), currency: "JPY", places: 0)],
                            key: "setup"
                        )
                    ])),
        ],
        footnotes: [Footnote(number: 1, text: "Source: https://example.com/?a=1&b=<2>")],
        charts: [chart], about: Report.About(scenario: "Sample", asOf: "2025-01-01", currency: "USD"))
}

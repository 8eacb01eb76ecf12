import Foundation
import TestSupport
import Testing

@testable import Reports

@Suite struct TornadoTests {
    @Test func tornadoSVGIsWellFormedAndEscaped() throws {
        let chart = Chart(
            title: "Sensitivity <of> & \"NPV\"", valueAxis: .init(label: "NPV", unit: "USD"),
            bars: [
                .init(label: "API <price>", low: -100, high: 300),
                .init(label: "volume & more", low: 50, high: nil),
                .init(label: "growth", low: 90, high: 110),
            ], baseline: 100, legend: ["input −20%", "input +20%"])
        let report = Report(title: "t", charts: [chart])
        let svg = SVGRenderer.render(report, options: RenderOptions())
        let names = try #require(xmlElementNames(svg))
        #expect(names.filter { $0 == "rect" }.count >= 6)
        #expect(svg.contains("API &lt;price&gt;"))
        #expect(svg.contains("volume &amp; more"))
        #expect(svg.contains("stroke-dasharray"))  // the "never" side
        let html = HTMLRenderer.render(report, options: RenderOptions())
        #expect(xmlElementNames(html) != nil)
    }
}

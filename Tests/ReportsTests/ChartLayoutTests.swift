import Foundation
import TestSupport
import Testing

@testable import Reports

/// Chart layout computed the way the SVG is drawn: labels in the view box and apart, axes
/// ending at the data, Japanese units.
@Suite("Chart layout")
struct ChartLayoutTests {
    /// A cost chart up to 9M requests with markers at `xs` on the API line (cost = x / 100).
    func chart(markersAt xs: [Double], labels: [String]? = nil, title: String = "Monthly cost") -> Chart {
        let markers = xs.enumerated().map { index, x in
            Chart.Marker(
                plotX: x, plotY: x / 100, label: labels?[index] ?? "break-even \(NumberFormatting.compact(x))"
            )
        }
        return Chart(
            title: title, xAxis: .init(label: "Requests", unit: "per month"),
            yAxis: .init(label: "Monthly cost", unit: "USD/month"),
            series: [
                .init(name: "API", points: [.init(plotX: 0, plotY: 0), .init(plotX: 9e6, plotY: 9e4)]),
                .init(
                    name: "Self-hosted",
                    points: [.init(plotX: 0, plotY: 6e4), .init(plotX: 9e6, plotY: 6e4)],
                    style: .step),
            ], markers: markers)
    }

    func expectApartAndInside(_ layout: ChartLayout, _ comment: Comment) {
        let boxes = layout.labels.map(\.box)
        for (index, box) in boxes.enumerated() {
            #expect(box.isInside(layout.viewBox), comment)
            #expect(box.isInside(layout.plot), comment)
            for other in boxes[(index + 1)...] {
                #expect(!box.overlaps(other), "\(box) overlaps \(other); \(comment)")
            }
        }
    }

    @Test func labelsAtTheRightEdgeStayInTheViewBox() {
        // A label to the right of a point at the axis end would run 8 + 16 × 6.7 px past it.
        let layout = ChartLayout(chart(markersAt: [9e6, 8.9e6]))
        #expect(layout.labels.count == 2)
        expectApartAndInside(layout, "right edge")
        // The first choice, right and above, was not taken for the point at the very end.
        let end = layout.px(9e6)
        #expect(layout.labels.allSatisfy { $0.box.x + $0.box.width <= end + 1e-9 || $0.box.x > end })
    }

    @Test func crowdedLabelsDoNotOverlap() {
        // "break-even 835k" over "today 600k": close points get labels one above the other.
        let crowded = chart(
            markersAt: [835_000, 600_000, 700_000, 1_000_000, 1_100_000, 4e6],
            labels: ["break-even 835k", "today 600k", "always cheaper 700k", "a 1M", "b 1.1M", "c 4M"])
        let layout = ChartLayout(crowded)
        #expect(layout.labels.count == 6)
        expectApartAndInside(layout, "crowded")
        // Nor on another marker's dot (12 × 12 around each point).
        for label in layout.labels {
            for marker in crowded.markers {
                let dot = ChartLayout.Box(
                    x: layout.px(marker.x) - 6, y: layout.py(marker.y) - 6, width: 12, height: 12)
                #expect(!label.box.overlaps(dot))
            }
        }
    }

    @Test func japaneseLabelsCountDoubleWidth() {
        let layout = ChartLayout(chart(markersAt: [8.5e6], labels: ["36か月目に移行"]))
        let box = layout.labels[0].box
        // "36" is 2 columns and the 6 wide characters 12: 14 × 6.7 + 4 = 97.8 px.
        #expect(abs(box.width - 97.8) < 1e-9)
        expectApartAndInside(layout, "ja")
    }

    @Test func theHorizontalAxisEndsWhereTheDataEnds() {
        // Data to 9M: the axis ends at 9M (not 10M), ticks every 2M up to 8M.
        let layout = ChartLayout(chart(markersAt: []))
        #expect(layout.xScale.high == 9e6)
        #expect(layout.xScale.ticks == [0, 2e6, 4e6, 6e6, 8e6])
        #expect(layout.px(9e6) == SVGRenderer.width - SVGRenderer.right)
        // The value axis still ends on a tick: 90k → 100k.
        #expect(layout.yScale.high == 1e5)
    }

    @Test func aLongTitleTakesTwoLinesAndMovesThePlotDown() {
        let long = String(repeating: "Llama 3.3 70B FP8 on 2×H100 SXM ", count: 3)
        let (lines, size) = SVGRenderer.titleLines(long)
        #expect(lines.count == 2)
        #expect(size >= 13)
        #expect(
            ChartFrame(chart(markersAt: [], title: long)).top == ChartFrame(chart(markersAt: [])).top + 20)
    }

    /// Titles as `breakeven`, `sensitivity` and `compare --lang ja` make them for call-centre-ja:
    /// broken only between words and Japanese phrases, nothing lost, every line inside the canvas.
    @Test(arguments: [
        "月間リクエスト数と月額コスト：コールセンター一次対応（ファインチューニング済み Llama 3 70B）",
        "月間リクエスト数と月額コスト：Llama 3 70B（ファインチューニング）H100×2 自社保有（レイテンシ未測定） vs"
            + " GPT-4o（コールセンター一次対応（ファインチューニング済み Llama 3 70B））",
        "感度：月間削減額（API − 自社運用）：Llama 3 70B（ファインチューニング）H100×2 自社保有（レイテンシ未測定） vs GPT-4o",
        "Cumulative cash of switching: GPT-6.1 Sol → Llama 3.3 70B FP8 on 2×H100 SXM (TensorRT-LLM), rented"
            + " (runpod) (latency not measured) (Mid-size customer-support chat)",
    ])
    func titlesBreakBetweenPhrasesAndStayInside(_ title: String) {
        let (lines, size) = SVGRenderer.titleLines(title)
        let squeezed = { (text: String) in text.filter { $0 != " " } }
        #expect(squeezed(lines.joined()) == squeezed(title))
        // Each line at 0.62 em a column (a wide character two) fits the 720 px canvas less 24 px.
        for line in lines {
            #expect(Double(DisplayWidth.of(line)) * 0.62 * Double(size) <= SVGRenderer.width - 24, "\(line)")
        }
        // Where a line ends, the title had a space, or a Japanese phrase ended: never inside a
        // Latin word or number, nor inside 対応.
        var rest = Substring(title)
        for line in lines.dropLast() {
            // Each line is a stretch of the title.
            rest = rest.drop { $0 == " " }
            #expect(rest.hasPrefix(line), "\(line) | \(rest)")
            rest = rest.dropFirst(line.count)
            let before = line.last
            let after = rest.first
            let latin = { (c: Character?) in c.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true }
            #expect(!(latin(before) && latin(after)), "\(line) | \(rest)")
            #expect(!line.hasSuffix("対"), "\(line) | \(rest)")
        }
        // The old rule, two halves or one line at no less than 9 px, put 188 columns on one line
        // at 9 px: 188 × 0.62 × 9 = 1049 px on a 720 px canvas. Now three lines keep it at 13 or more.
        #expect(size >= 13)
    }

    @Test func captionsWrapUnderTheLegend() throws {
        var captioned = chart(markersAt: [])
        captioned.caption =
            "Prices as of 2026-11-24 · sources: " + String(repeating: "example.com, ", count: 20)
        let svg = SVGRenderer.render(captioned, options: RenderOptions())
        #expect(svg.components(separatedBy: "class=\"caption\"").count - 1 == 3)
        #expect(SVGRenderer.height(of: captioned) == SVGRenderer.height(of: chart(markersAt: [])) + 48)
    }

    @Test(arguments: [
        (8_350.0, "8,350"), (835_000, "83.5万"), (3_000_000, "300万"), (10_000_000, "1,000万"),
        (150_000_000, "1.5億"), (99_999_999, "1億"), (0, "0"),
    ])
    func japaneseUnitsAreManAndOku(_ value: Double, _ expected: String) {
        #expect(NumberFormatting.compact(value, .ja) == expected)
    }

    @Test func japaneseTicksUseMan() {
        let svg = SVGRenderer.render(chart(markersAt: []), options: RenderOptions(language: .ja))
        #expect(svg.contains(">200万</text>"))
        #expect(!svg.contains(">2M</text>"))
    }

    /// One linear axis counts in one unit, its largest tick's: 0 to 15,000 in steps of 5,000 is
    /// `5,000`, `10,000`, `15,000` (not `1万`, `1.5万` beside `5,000`); from 10万 up every tick is in
    /// 万 (5,000 → `0.5万`), from 1億 in 億 (5,000万 → `0.5億`).
    @Test(arguments: [
        (5_000.0, 15_000.0, "5,000"), (15_000, 15_000, "15,000"), (0, 15_000, "0"),
        (5_000, 150_000, "0.5万"), (1_500_000, 1_500_000, "150万"), (-300_000, 300_000, "-30万"),
        (50_000_000, 150_000_000, "0.5億"), (150_000_000, 150_000_000, "1.5億"),
    ])
    func japaneseTicksShareTheLargestTicksUnit(_ value: Double, _ largest: Double, _ expected: String) {
        #expect(NumberFormatting.compact(value, unitOf: largest) == expected)
    }

    @Test func aJapaneseAxisBelowManHasNoManTick() {
        let scale = AxisScale(values: [0, 14_000], scale: .linear)
        #expect(scale.ticks.map { scale.label($0, .ja) } == ["0", "5,000", "10,000", "15,000"])
        #expect(scale.ticks.map { scale.label($0, .en) } == ["0", "5k", "10k", "15k"])
    }

    @Test func reportCaptionNamesDateAndSites() {
        let report = Report(
            title: "T",
            footnotes: [
                Footnote(
                    number: 1,
                    text: "GPT-4o — https://openai.com/api/pricing/ (also https://www.openai.com/x)"),
                Footnote(number: 2, text: "H100 — https://www.runpod.io/pricing"),
            ], charts: [chart(markersAt: [])]
        ).captioningCharts(pricesAsOf: "2026-11-24", language: .en)
        #expect(
            report.charts[0].caption
                == "Prices as of 2026-11-24 · sources: openai.com, runpod.io · assumptions and dates of each figure: see the notes of the report"
        )
    }
}

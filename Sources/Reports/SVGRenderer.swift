import Foundation

/// Charts as standalone SVG: axes with units and readable ticks, series, markers, legend.
///
/// Output is deterministic: coordinates are written with one decimal by integer arithmetic,
/// never through a locale. Linear axes start at zero and step 1-2-5 × 10ⁿ; log axes tick at
/// powers of ten (`1k`, `10k`, `100k`, `1M`) and leave out values at or below zero. A step
/// series is drawn horizontal-then-vertical, so a fleet's cost shows as stairs.
public enum SVGRenderer {
    static let width = 720.0
    /// The bottom of the plot area; the axis title and the legend (one series a line) follow it.
    private static let plotBottom = 340.0
    private static let left = 80.0
    private static let right = 24.0
    private static let top = 48.0
    private static let palette = [
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f",
        "#bcbd22",
    ]

    /// A chart's height: the plot, the x-axis title, then one legend line per series.
    static func height(of chart: Chart) -> Double {
        plotBottom + 70 + 18 * Double(max(1, chart.series.count))
    }

    /// The report's charts as one SVG document, stacked top to bottom.
    ///
    /// A report without charts gives a small SVG that shows only its title.
    public static func render(_ report: Report, options: RenderOptions) -> String {
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        if report.charts.count == 1, let only = report.charts.first {
            return header + render(only, options: options) + "\n"
        }
        if report.charts.isEmpty {
            return header + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fmt(width))\" height=\"60\""
                + " viewBox=\"0 0 \(fmt(width)) 60\">\n<title>\(Markup.escape(report.title))</title>\n"
                + "<text x=\"16\" y=\"36\" font-family=\"sans-serif\" font-size=\"16\">"
                + "\(Markup.escape(report.title))</text>\n</svg>\n"
        }
        let heights = report.charts.map(height(of:))
        let total = heights.reduce(0, +)
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fmt(width))\" height=\"\(fmt(total))\""
                + " viewBox=\"0 0 \(fmt(width)) \(fmt(total))\">",
            "<title>\(Markup.escape(report.title))</title>",
        ]
        var offset = 0.0
        for (index, chart) in report.charts.enumerated() {
            lines.append(
                "<svg y=\"\(fmt(offset))\" width=\"\(fmt(width))\" height=\"\(fmt(heights[index]))\">")
            offset += heights[index]
            lines.append(contentsOf: body(chart, options: options))
            lines.append("</svg>")
        }
        return header + (lines + ["</svg>"]).joined(separator: "\n") + "\n"
    }

    /// One chart as an `<svg>` element with its own `xmlns`, for a file or inline in HTML.
    public static func render(_ chart: Chart, options: RenderOptions) -> String {
        let height = height(of: chart)
        let open =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fmt(width))\" height=\"\(fmt(height))\""
            + " viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" role=\"img\">"
        return ([open] + body(chart, options: options) + ["</svg>"]).joined(separator: "\n")
    }

    private static func body(_ chart: Chart, options: RenderOptions) -> [String] {
        if !chart.bars.isEmpty { return tornadoBody(chart) }
        let plotRight = width - right
        let height = height(of: chart)
        let xs = chart.series.flatMap { $0.points.map(\.x) } + chart.markers.map(\.x)
        let ys = chart.series.flatMap { $0.points.map(\.y) } + chart.markers.map(\.y)
        let xScale = AxisScale(values: xs, scale: chart.xAxis.scale)
        let yScale = AxisScale(values: ys, scale: chart.yAxis.scale)
        func px(_ x: Double) -> Double { left + xScale.fraction(x) * (plotRight - left) }
        func py(_ y: Double) -> Double { plotBottom - yScale.fraction(y) * (plotBottom - top) }
        func drawable(_ x: Double, _ y: Double) -> Bool { xScale.contains(x) && yScale.contains(y) }

        var lines = chartHead(chart, height: height)
        for tick in yScale.ticks {
            let y = fmt(py(tick))
            lines.append(
                "<line x1=\"\(fmt(left))\" y1=\"\(y)\" x2=\"\(fmt(plotRight))\" y2=\"\(y)\" stroke=\"#e0e0e0\"/>"
            )
            lines.append(
                "<text x=\"\(fmt(left - 8))\" y=\"\(fmt(py(tick) + 4))\" text-anchor=\"end\">"
                    + "\(Markup.escape(yScale.label(tick)))</text>")
        }
        for tick in xScale.ticks {
            let x = fmt(px(tick))
            lines.append(
                "<line x1=\"\(x)\" y1=\"\(fmt(plotBottom))\" x2=\"\(x)\" y2=\"\(fmt(plotBottom + 5))\" stroke=\"#333333\"/>"
            )
            lines.append(
                "<text x=\"\(x)\" y=\"\(fmt(plotBottom + 18))\" text-anchor=\"middle\">"
                    + "\(Markup.escape(xScale.label(tick)))</text>")
        }
        lines.append("</g>")
        lines.append(
            "<path d=\"M\(fmt(left)) \(fmt(top))V\(fmt(plotBottom))H\(fmt(plotRight))\" fill=\"none\" stroke=\"#333333\"/>"
        )
        lines.append(
            "<text x=\"\(fmt((left + plotRight) / 2))\" y=\"\(fmt(plotBottom + 40))\" text-anchor=\"middle\""
                + " font-family=\"sans-serif\" font-size=\"12\">\(Markup.escape(chart.xAxis.title))</text>")
        let yMiddle = fmt((top + plotBottom) / 2)
        lines.append(
            "<text x=\"18\" y=\"\(yMiddle)\" transform=\"rotate(-90 18 \(yMiddle))\" text-anchor=\"middle\""
                + " font-family=\"sans-serif\" font-size=\"12\">\(Markup.escape(chart.yAxis.title))</text>")

        for (index, series) in chart.series.enumerated() {
            let points = series.points.filter { drawable($0.x, $0.y) }
            var vertices: [(Double, Double)] = []
            for point in points {
                if series.style == .step, let last = vertices.last { vertices.append((px(point.x), last.1)) }
                vertices.append((px(point.x), py(point.y)))
            }
            lines.append(
                "<polyline class=\"series \(series.style.rawValue)\" fill=\"none\"\(stroke(index))"
                    + " points=\""
                    + vertices.map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " ")
                    + "\"><title>\(Markup.escape(series.name))</title></polyline>")
        }
        for marker in chart.markers where drawable(marker.x, marker.y) {
            let x = fmt(px(marker.x))
            let y = fmt(py(marker.y))
            lines.append(
                "<line x1=\"\(x)\" y1=\"\(y)\" x2=\"\(x)\" y2=\"\(fmt(plotBottom))\" stroke=\"#666666\""
                    + " stroke-dasharray=\"4 3\"/>")
            lines.append(
                "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"5\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"2\"/>"
            )
            lines.append(
                "<text x=\"\(fmt(px(marker.x) + 8))\" y=\"\(fmt(py(marker.y) - 8))\" font-family=\"sans-serif\""
                    + " font-size=\"12\">\(Markup.escape(marker.label))</text>")
        }
        for (index, series) in chart.series.enumerated() {
            let legendY = plotBottom + 70 + 18 * Double(index)
            lines.append(
                "<line x1=\"\(fmt(left))\" y1=\"\(fmt(legendY - 4))\" x2=\"\(fmt(left + 24))\""
                    + " y2=\"\(fmt(legendY - 4))\"\(stroke(index))/>")
            lines.append(
                "<text x=\"\(fmt(left + 30))\" y=\"\(fmt(legendY))\" font-family=\"sans-serif\""
                    + " font-size=\"\(legendFontSize(series.name))\">\(Markup.escape(series.name))</text>")
        }
        return lines
    }

    /// What every chart starts with: its title for screen readers, a white background, the
    /// visible title, and the group the axis labels are drawn in.
    static func chartHead(_ chart: Chart, height: Double) -> [String] {
        [
            "<title>\(Markup.escape(chart.title))</title>",
            "<rect x=\"0\" y=\"0\" width=\"\(fmt(width))\" height=\"\(fmt(height))\" fill=\"#ffffff\"/>",
            titleText(chart.title),
            "<g font-family=\"sans-serif\" font-size=\"11\" fill=\"#333333\">",
        ]
    }

    /// A series' stroke: the palette's colours in turn, then the same colours dashed, then
    /// dotted, so a chart with more series than colours still tells each line apart.
    static func stroke(_ index: Int) -> String {
        let color = palette[index % palette.count]
        let dashes = ["", " stroke-dasharray=\"8 4\"", " stroke-dasharray=\"2 3\""]
        return " stroke=\"\(color)\" stroke-width=\"2\"" + dashes[(index / palette.count) % dashes.count]
    }

    /// A legend entry's font size: 12, reduced (to no less than 7) so a long name fits the width
    /// to the right of its line sample.
    static func legendFontSize(_ name: String) -> Int {
        // A sans-serif glyph is about 0.56 em wide; a wide (CJK) character counts twice.
        let room = width - (left + 30) - 8
        let fitting = room / (Double(max(1, DisplayWidth.of(name))) * 0.56)
        return Int(max(7, min(12, fitting)).rounded(.down))
    }

    /// The chart's centred bold title, its size reduced so a long title still fits the width.
    static func titleText(_ title: String) -> String {
        // A bold sans-serif glyph is about 0.62 em wide; a wide (CJK) character counts twice.
        let fitting = (width - 24) / (Double(max(1, DisplayWidth.of(title))) * 0.62)
        let size = Int(max(9, min(16, fitting)).rounded(.down))
        return "<text x=\"\(fmt(width / 2))\" y=\"28\" text-anchor=\"middle\" font-family=\"sans-serif\""
            + " font-size=\"\(size)\" font-weight=\"bold\">\(Markup.escape(title))</text>"
    }

    /// `value` with exactly one decimal, by integer arithmetic (no locale, no `-0.0`).
    static func fmt(_ value: Double) -> String {
        // Coordinates lie within the canvas; anything else is clamped before `Int`, which traps past 2^63.
        guard value.isFinite else { return "0.0" }
        let tenths = Int((min(max(value, -1e15), 1e15) * 10).rounded(.toNearestOrAwayFromZero))
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}

/// The mapping from data values to a 0–1 position along an axis, with its ticks.
struct AxisScale {
    let isLog: Bool
    let low: Double
    let high: Double
    let step: Double
    let ticks: [Double]

    init(values: [Double], scale: Chart.Axis.Scale) {
        isLog = scale == .log
        if isLog {
            let positive = values.filter { $0.isFinite && $0 > 0 }
            let lowPower = (positive.min().map { log10($0).rounded(.down) }) ?? 0
            var highPower = (positive.max().map { log10($0).rounded(.up) }) ?? 1
            if highPower <= lowPower { highPower = lowPower + 1 }
            low = pow(10, lowPower)
            high = pow(10, highPower)
            step = 0
            ticks = (0...Int(highPower - lowPower)).map { pow(10, lowPower + Double($0)) }
        } else {
            let finite = values.filter(\.isFinite)
            let minimum = min(0, finite.min() ?? 0)
            var maximum = max(0, finite.max() ?? 1)
            if maximum <= minimum { maximum = minimum + 1 }
            let step = Self.niceStep((maximum - minimum) / 5)
            let lowSteps = (minimum / step).rounded(.down)
            let highSteps = (maximum / step).rounded(.up)
            self.step = step
            low = lowSteps * step
            high = highSteps * step
            ticks = (0...Int(highSteps - lowSteps)).map { (lowSteps + Double($0)) * step }
        }
    }

    /// 1, 2 or 5 times a power of ten, the smallest at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough.isFinite, rough > 0 else { return 1 }
        let power = pow(10, log10(rough).rounded(.down))
        for multiple in [1.0, 2, 5, 10] where multiple * power >= rough * (1 - 1e-9) {
            return multiple * power
        }
        return 10 * power
    }

    func contains(_ value: Double) -> Bool {
        value.isFinite && (!isLog || value > 0)
    }

    func fraction(_ value: Double) -> Double {
        if isLog { return (log10(value) - log10(low)) / (log10(high) - log10(low)) }
        return (value - low) / (high - low)
    }

    /// A tick's text: `250k`, `1.5M`, or enough decimals for a step below one, as in `0.05`.
    func label(_ value: Double) -> String {
        if isLog || step >= 1 { return NumberFormatting.compact(value) }
        let places = Int((-log10(step)).rounded(.up))
        return NumberFormatting.plain(Decimal(value), places: places)
    }
}

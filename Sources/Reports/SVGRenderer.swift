import Foundation

/// Charts as standalone SVG: axes with units and readable ticks, series, markers, legend.
///
/// Output is deterministic: coordinates are written with one decimal by integer arithmetic,
/// never through a locale. Linear axes step 1-2-5 × 10ⁿ; the value axis starts at zero, the
/// horizontal axis ends where the data ends. Log axes tick at powers of ten (`1k`, `10k`,
/// `1M`; `1万`, `100万`, `1億` in Japanese) and leave out values at or below zero. A step series
/// is drawn horizontal-then-vertical, so a fleet's cost shows as stairs. Marker labels are
/// placed by ``ChartLayout`` so that they never overlap each other or leave the plot.
public enum SVGRenderer {
    static let width = 720.0
    static let left = 80.0
    static let right = 24.0
    /// The plot's height between its top and its bottom.
    static let plotHeight = 292.0
    private static let palette = [
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f",
        "#bcbd22",
    ]
    private static let dashes = [
        "", " stroke-dasharray=\"8 4\"", " stroke-dasharray=\"2 3\"", " stroke-dasharray=\"10 3 2 3\"",
    ]

    /// A chart's height: the title, the plot, the x-axis title, a legend line per series, the caption.
    static func height(of chart: Chart) -> Double {
        let frame = ChartFrame(chart)
        return frame.legendTop + 18 * Double(max(1, chart.series.count)) + 16
            * Double(frame.captionLines.count)
            + 4
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
        if !chart.bars.isEmpty { return tornadoBody(chart, language: options.language) }
        let layout = ChartLayout(chart, language: options.language)
        let frame = layout.frame
        let plotRight = width - right
        let (top, plotBottom) = (frame.top, frame.bottom)
        let height = height(of: chart)

        var lines = chartHead(chart, height: height)
        for tick in layout.yScale.ticks {
            let y = fmt(layout.py(tick))
            lines.append(
                "<line x1=\"\(fmt(left))\" y1=\"\(y)\" x2=\"\(fmt(plotRight))\" y2=\"\(y)\" stroke=\"#e0e0e0\"/>"
            )
            lines.append(
                "<text x=\"\(fmt(left - 8))\" y=\"\(fmt(layout.py(tick) + 4))\" text-anchor=\"end\">"
                    + "\(Markup.escape(layout.yScale.label(tick, options.language)))</text>")
        }
        for tick in layout.xScale.ticks {
            let x = fmt(layout.px(tick))
            lines.append(
                "<line x1=\"\(x)\" y1=\"\(fmt(plotBottom))\" x2=\"\(x)\" y2=\"\(fmt(plotBottom + 5))\" stroke=\"#333333\"/>"
            )
            lines.append(
                "<text x=\"\(x)\" y=\"\(fmt(plotBottom + 18))\" text-anchor=\"middle\">"
                    + "\(Markup.escape(layout.xScale.label(tick, options.language)))</text>")
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
            let points = series.points.filter { layout.drawable($0.x, $0.y) }
            var vertices: [(Double, Double)] = []
            for point in points {
                if series.style == .step, let last = vertices.last {
                    vertices.append((layout.px(point.x), last.1))
                }
                vertices.append((layout.px(point.x), layout.py(point.y)))
            }
            lines.append(
                "<polyline class=\"series \(series.style.rawValue)\" fill=\"none\"\(stroke(index))"
                    + " points=\""
                    + vertices.map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " ")
                    + "\"><title>\(Markup.escape(series.name))</title></polyline>")
        }
        for placed in layout.labels {
            let marker = chart.markers[placed.marker]
            let x = layout.px(marker.x)
            let y = layout.py(marker.y)
            lines.append(
                "<line x1=\"\(fmt(x))\" y1=\"\(fmt(y))\" x2=\"\(fmt(x))\" y2=\"\(fmt(plotBottom))\" stroke=\"#666666\""
                    + " stroke-dasharray=\"4 3\"/>")
            lines.append(
                "<circle cx=\"\(fmt(x))\" cy=\"\(fmt(y))\" r=\"5\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"2\"/>"
            )
            let box = placed.box
            lines.append(
                "<rect class=\"label\" x=\"\(fmt(box.x))\" y=\"\(fmt(box.y))\" width=\"\(fmt(box.width))\""
                    + " height=\"\(fmt(box.height))\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>")
            lines.append(
                "<text x=\"\(fmt(box.x + 2))\" y=\"\(fmt(box.y + box.height - 4))\" font-family=\"sans-serif\""
                    + " font-size=\"12\">\(Markup.escape(marker.label))</text>")
        }
        for (index, series) in chart.series.enumerated() {
            let legendY = frame.legendTop + 18 * Double(index)
            lines.append(
                "<line x1=\"\(fmt(left))\" y1=\"\(fmt(legendY - 4))\" x2=\"\(fmt(left + 24))\""
                    + " y2=\"\(fmt(legendY - 4))\"\(stroke(index))/>")
            lines.append(
                "<text x=\"\(fmt(left + 30))\" y=\"\(fmt(legendY))\" font-family=\"sans-serif\""
                    + " font-size=\"\(legendFontSize(series.name))\">\(Markup.escape(series.name))</text>")
        }
        let captionTop = frame.legendTop + 18 * Double(max(1, chart.series.count))
        for (index, line) in frame.captionLines.enumerated() {
            lines.append(
                "<text class=\"caption\" x=\"16\" y=\"\(fmt(captionTop + 16 * Double(index)))\""
                    + " font-family=\"sans-serif\" font-size=\"10\" fill=\"#555555\">\(Markup.escape(line))</text>"
            )
        }
        return lines
    }

    /// What every chart starts with: its title for screen readers, a white background, the
    /// visible title (one or two lines), and the group the axis labels are drawn in.
    static func chartHead(_ chart: Chart, height: Double) -> [String] {
        [
            "<title>\(Markup.escape(chart.title))</title>",
            "<rect x=\"0\" y=\"0\" width=\"\(fmt(width))\" height=\"\(fmt(height))\" fill=\"#ffffff\"/>",
        ] + titleText(chart.title) + ["<g font-family=\"sans-serif\" font-size=\"11\" fill=\"#333333\">"]
    }

    /// A series' stroke: a colour of the palette and a dash pattern that both change from one
    /// series to the next, so even in grey print each of the first few lines looks different.
    static func stroke(_ index: Int) -> String {
        let color = palette[index % palette.count]
        return " stroke=\"\(color)\" stroke-width=\"2\"" + dashes[index % dashes.count]
    }

    /// A legend entry's font size: 12, reduced (to no less than 7) so a long name fits the width
    /// to the right of its line sample.
    static func legendFontSize(_ name: String) -> Int {
        // A sans-serif glyph is about 0.56 em wide; a wide (CJK) character counts twice.
        let room = width - (left + 30) - 8
        let fitting = room / (Double(max(1, DisplayWidth.of(name))) * 0.56)
        return Int(max(7, min(12, fitting)).rounded(.down))
    }

    /// The title in as few lines as keep its font at 13 or more (one, two or three), else in the
    /// lines that give the largest font; the font size fits the longest line, so no line leaves
    /// the canvas. Lines break at spaces and between Japanese phrases (`TableRenderer.phrases`),
    /// never inside a word such as 対応.
    static func titleLines(_ title: String) -> (lines: [String], size: Int) {
        // A bold sans-serif glyph is about 0.62 em wide; a wide (CJK) character counts twice.
        func size(_ lines: [String]) -> Double {
            let widest = lines.map(DisplayWidth.of).max() ?? 0
            return min(16, (width - 24) / (Double(max(1, widest)) * 0.62))
        }
        let columns = DisplayWidth.of(title)
        // No line is narrower than the widest word or Japanese phrase, so none is cut inside.
        let widestPiece =
            title.split(separator: " ").flatMap { TableRenderer.phrases(of: $0) }.map(DisplayWidth.of).max()
            ?? 0
        var best = [title]
        for count in 2...3 where size(best) < 13 {
            // The narrowest lines that break the title into `count` or fewer.
            guard
                let lines = (max(widestPiece, (columns + count - 1) / count)...max(widestPiece, columns)).lazy
                    .map({ TableRenderer.lines(of: title, width: $0) })
                    .first(where: { $0.count <= count })
            else { continue }
            if size(lines) > size(best) { best = lines }
        }
        return (best, Int(size(best).rounded(.down)))
    }

    /// The chart's centred bold title lines.
    static func titleText(_ title: String) -> [String] {
        let (lines, size) = titleLines(title)
        return lines.enumerated().map { index, line in
            "<text x=\"\(fmt(width / 2))\" y=\"\(fmt(26 + 20 * Double(index)))\" text-anchor=\"middle\""
                + " font-family=\"sans-serif\" font-size=\"\(size)\" font-weight=\"bold\">\(Markup.escape(line))</text>"
        }
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

/// The vertical places of a line chart's parts: title, plot, legend and caption.
struct ChartFrame {
    let top: Double
    let bottom: Double
    let legendTop: Double
    let captionLines: [String]

    init(_ chart: Chart) {
        let titleLines = SVGRenderer.titleLines(chart.title).lines.count
        top = 48 + 20 * Double(titleLines - 1)
        bottom = top + SVGRenderer.plotHeight
        legendTop = bottom + 70
        // Captions are 10 px: about 5.6 px a column across the width less 16 px each side.
        let columns = Int((SVGRenderer.width - 32) / 5.6)
        captionLines =
            chart.caption.map { TableRenderer.lines(of: $0.replacingNewlines(), width: columns) } ?? []
    }
}

/// Where a line chart's data and marker labels go, computed once: drawn by ``SVGRenderer``, and
/// checked by tests (labels inside the view box and never on top of each other).
struct ChartLayout {
    /// A rectangle in SVG user units, y downwards.
    struct Box: Equatable {
        var x: Double
        var y: Double
        var width: Double
        var height: Double

        func overlaps(_ other: Box) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.y + other.height
                && other.y < y + height
        }

        func isInside(_ other: Box) -> Bool {
            x >= other.x && y >= other.y && x + width <= other.x + other.width
                && y + height <= other.y + other.height
        }
    }

    /// A marker's label and where it goes.
    struct Label: Equatable {
        var marker: Int
        var box: Box
    }

    let frame: ChartFrame
    let xScale: AxisScale
    let yScale: AxisScale
    let viewBox: Box
    let plot: Box
    private(set) var labels: [Label] = []

    init(_ chart: Chart, language: Language = .en) {
        frame = ChartFrame(chart)
        let xs = chart.series.flatMap { $0.points.map(\.x) } + chart.markers.map(\.x)
        let ys = chart.series.flatMap { $0.points.map(\.y) } + chart.markers.map(\.y)
        xScale = AxisScale(values: xs, scale: chart.xAxis.scale, tight: true)
        yScale = AxisScale(values: ys, scale: chart.yAxis.scale)
        viewBox = Box(x: 0, y: 0, width: SVGRenderer.width, height: SVGRenderer.height(of: chart))
        plot = Box(
            x: SVGRenderer.left, y: frame.top,
            width: SVGRenderer.width - SVGRenderer.right - SVGRenderer.left,
            height: frame.bottom - frame.top)
        placeLabels(chart)
    }

    func px(_ x: Double) -> Double { plot.x + xScale.fraction(x) * plot.width }
    func py(_ y: Double) -> Double { frame.bottom - yScale.fraction(y) * plot.height }
    func drawable(_ x: Double, _ y: Double) -> Bool { xScale.contains(x) && yScale.contains(y) }

    /// Each marker's label in the first free place around its point: right or left, above or
    /// below, then further up or down in steps of a line; never across the plot's edge or
    /// another label or marker. Markers are placed left to right.
    private mutating func placeLabels(_ chart: Chart) {
        let lineHeight = 16.0
        let drawn = chart.markers.indices.filter {
            chart.markers[$0].x.isFinite && drawable(chart.markers[$0].x, chart.markers[$0].y)
        }
        .sorted { chart.markers[$0].x < chart.markers[$1].x }
        let dots = drawn.map { index in
            Box(x: px(chart.markers[index].x) - 6, y: py(chart.markers[index].y) - 6, width: 12, height: 12)
        }
        for index in drawn {
            let marker = chart.markers[index]
            let (x, y) = (px(marker.x), py(marker.y))
            // A 12 px sans-serif glyph is about 6.7 px wide; a wide (CJK) character counts twice.
            let boxWidth = Double(DisplayWidth.of(marker.label)) * 6.7 + 4
            var candidates: [Box] = []
            for step in 0..<12 {
                let lift = Double(step) * lineHeight
                candidates += [
                    Box(x: x + 8, y: y - 8 - lineHeight - lift, width: boxWidth, height: lineHeight),
                    Box(
                        x: x - 8 - boxWidth, y: y - 8 - lineHeight - lift, width: boxWidth, height: lineHeight
                    ),
                    Box(x: x + 8, y: y + 8 + lift, width: boxWidth, height: lineHeight),
                    Box(x: x - 8 - boxWidth, y: y + 8 + lift, width: boxWidth, height: lineHeight),
                ]
            }
            let taken = labels.map(\.box) + dots
            let free = candidates.first { box in box.isInside(plot) && !taken.contains { $0.overlaps(box) } }
            // With no free place (more labels than room), the least crowded place inside the plot.
            let box =
                free
                ?? candidates.map { box in clamped(box) }.min { a, b in
                    taken.filter { $0.overlaps(a) }.count < taken.filter { $0.overlaps(b) }.count
                } ?? clamped(candidates[0])
            labels.append(Label(marker: index, box: box))
        }
    }

    /// `box` moved the least to lie inside the plot.
    private func clamped(_ box: Box) -> Box {
        var box = box
        box.x = min(max(box.x, plot.x), plot.x + plot.width - box.width)
        box.y = min(max(box.y, plot.y), plot.y + plot.height - box.height)
        return box
    }
}

/// The mapping from data values to a 0–1 position along an axis, with its ticks.
struct AxisScale {
    let isLog: Bool
    let low: Double
    let high: Double
    let step: Double
    let ticks: [Double]

    /// A `tight` axis ends at the largest value rather than at the next tick, so lines reach it.
    init(values: [Double], scale: Chart.Axis.Scale, tight: Bool = false) {
        isLog = scale == .log
        if isLog {
            let positive = values.filter { $0.isFinite && $0 > 0 }
            let lowPower = (positive.min().map { log10($0).rounded(.down) }) ?? 0
            var highPower = (positive.max().map { log10($0).rounded(.up) }) ?? 1
            if highPower <= lowPower { highPower = lowPower + 1 }
            low = pow(10, lowPower)
            let largest = positive.max() ?? pow(10, highPower)
            let top = tight && largest > low ? largest : pow(10, highPower)
            high = top
            step = 0
            ticks = (0...Int(highPower - lowPower)).map { pow(10, lowPower + Double($0)) }
                .filter { $0 <= top * (1 + 1e-9) }
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
            high = tight ? maximum : highSteps * step
            let top = high
            ticks = (0...Int(highSteps - lowSteps)).map { (lowSteps + Double($0)) * step }
                .filter { $0 <= top * (1 + 1e-9) }
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

    /// A tick's text: `250k`, `1.5M` (`25万`, `150万` in Japanese), or enough decimals for a step
    /// below one, as in `0.05`.
    func label(_ value: Double, _ language: Language = .en) -> String {
        if isLog { return NumberFormatting.compact(value, language) }
        if step >= 1 {
            // Japanese counts every tick of a linear axis in one unit, its largest tick's:
            // `5,000`, `10,000`, `15,000` (not `5,000`, `1万`, `1.5万`), `50万`, `100万`, `150万`.
            guard language == .ja else { return NumberFormatting.compact(value, language) }
            return NumberFormatting.compact(value, unitOf: ticks.map(abs).max() ?? abs(value))
        }
        let places = Int((-log10(step)).rounded(.up))
        return NumberFormatting.plain(Decimal(value), places: places)
    }
}

import Foundation

extension SVGRenderer {
    /// A tornado: one horizontal bar per input from the base case to the metric with the input
    /// moved down (blue) and up (red), labelled at the left; a side that does not exist ("never")
    /// runs to the plot's right edge, dashed.
    static func tornadoBody(_ chart: Chart, language: Language = .en) -> [String] {
        let labelWidth = 190.0
        let left = labelWidth + 16
        let plotRight = width - 32
        let frame = ChartFrame(chart)
        let top = frame.top + 8
        let captionHeight = 16 * Double(frame.captionLines.count)
        let height = height(of: chart)
        let plotBottom = height - 90 - captionHeight
        let colors = (down: "#1f77b4", up: "#d62728")
        let values =
            chart.bars.flatMap { [$0.low, $0.high].compactMap { $0 } } + [chart.baseline].compactMap { $0 }
        let scale = AxisScale(values: values, scale: .linear)
        func px(_ x: Double) -> Double { left + scale.fraction(x) * (plotRight - left) }
        let rowHeight = min(30, (plotBottom - top) / Double(max(1, chart.bars.count)))
        let base = chart.baseline.map(px) ?? px(0)
        var lines = chartHead(chart, height: height)
        for tick in scale.ticks {
            let x = fmt(px(tick))
            lines.append(
                "<line x1=\"\(x)\" y1=\"\(fmt(top))\" x2=\"\(x)\" y2=\"\(fmt(plotBottom))\" stroke=\"#e0e0e0\"/>"
            )
            lines.append(
                "<text x=\"\(x)\" y=\"\(fmt(plotBottom + 16))\" text-anchor=\"middle\">"
                    + "\(Markup.escape(scale.label(tick, language)))</text>")
        }
        lines.append("</g>")
        for (index, bar) in chart.bars.enumerated() {
            let y = top + Double(index) * rowHeight
            let barTop = fmt(y + rowHeight * 0.15)
            let barHeight = fmt(rowHeight * 0.7)
            lines.append(
                "<text x=\"\(fmt(labelWidth))\" y=\"\(fmt(y + rowHeight * 0.5 + 4))\" text-anchor=\"end\""
                    + " font-family=\"sans-serif\" font-size=\"12\">\(Markup.escape(bar.label))</text>")
            for (value, color) in [(bar.low, colors.down), (bar.high, colors.up)] {
                let end = value.map(px) ?? plotRight
                let x = min(base, end)
                let dash =
                    value == nil ? " stroke=\"\(color)\" stroke-dasharray=\"4 3\" fill-opacity=\"0.3\"" : ""
                lines.append(
                    "<rect class=\"bar\" x=\"\(fmt(x))\" y=\"\(barTop)\" width=\"\(fmt(abs(end - base)))\""
                        + " height=\"\(barHeight)\" fill=\"\(color)\"\(dash)/>")
            }
        }
        lines.append(
            "<line x1=\"\(fmt(base))\" y1=\"\(fmt(top - 6))\" x2=\"\(fmt(base))\" y2=\"\(fmt(plotBottom))\""
                + " stroke=\"#000000\" stroke-width=\"1.5\"/>")
        lines.append(
            "<text x=\"\(fmt((left + plotRight) / 2))\" y=\"\(fmt(plotBottom + 38))\" text-anchor=\"middle\""
                + " font-family=\"sans-serif\" font-size=\"12\">\(Markup.escape(chart.xAxis.title))</text>")
        let legendY = height - 24 - captionHeight
        let names = chart.barLegend + ["down", "up"].dropFirst(min(2, chart.barLegend.count))
        let legend = zip([colors.down, colors.up], names).map { ($0, $1) }
        var legendX = left
        for (color, text) in legend {
            lines.append(
                "<rect x=\"\(fmt(legendX))\" y=\"\(fmt(legendY - 10))\" width=\"18\" height=\"10\" fill=\"\(color)\"/>"
            )
            lines.append(
                "<text x=\"\(fmt(legendX + 24))\" y=\"\(fmt(legendY))\" font-family=\"sans-serif\" font-size=\"12\">"
                    + "\(Markup.escape(text))</text>")
            legendX += 24 + Double(DisplayWidth.of(text)) * 7 + 24
        }
        for (index, line) in frame.captionLines.enumerated() {
            lines.append(
                "<text class=\"caption\" x=\"16\" y=\"\(fmt(legendY + 24 + 16 * Double(index)))\""
                    + " font-family=\"sans-serif\" font-size=\"10\" fill=\"#555555\">\(Markup.escape(line))</text>"
            )
        }
        return lines
    }
}

import Foundation

/// A line or step chart, such as monthly cost against volume with the break-even marked.
///
/// Charts are pictures, so their coordinates are `Double`; build them from the exact
/// values with ``ChartPoint/init(x:y:)``, never from separately computed floats.
public struct Chart: Sendable, Equatable {
    public var title: String
    public var xAxis: Axis
    public var yAxis: Axis
    public var series: [Series]
    public var markers: [Marker]
    /// Horizontal bars from `low` to `high` around `baseline`, top to bottom: a tornado.
    /// A chart with bars draws them instead of series.
    public var bars: [Bar] = []
    /// The value the bars spread around (the base case), drawn as a vertical line.
    public var baseline: Double?
    /// The legend of the two bar colours: input moved down, input moved up.
    public var barLegend: [String] = []
    /// A line under the chart such as the price date and sources, so a pasted chart keeps them.
    public var caption: String?

    public init(title: String, xAxis: Axis, yAxis: Axis, series: [Series], markers: [Marker] = []) {
        self.title = title
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.series = series
        self.markers = markers
    }

    /// A tornado chart: one horizontal bar per input, around the base case.
    public init(title: String, valueAxis: Axis, bars: [Bar], baseline: Double?, legend: [String]) {
        self.init(title: title, xAxis: valueAxis, yAxis: Axis(label: ""), series: [])
        self.bars = bars
        self.baseline = baseline
        self.barLegend = legend
    }

    /// One bar of a tornado: the metric with the input moved down (`low`) and up (`high`).
    public struct Bar: Sendable, Equatable {
        public var label: String
        /// The metric with the input moved down; nil when it does not exist ("never").
        public var low: Double?
        public var high: Double?

        public init(label: String, low: Double?, high: Double?) {
            self.label = label
            self.low = low
            self.high = high
        }
    }

    /// A chart axis: its label, unit and scale.
    public struct Axis: Sendable, Equatable {
        /// How values map to positions along an axis.
        public enum Scale: String, Sendable, Equatable {
            case linear
            /// Base 10; values at or below zero are left out.
            case log
        }

        public var label: String
        public var unit: String?
        public var scale: Scale

        public init(label: String, unit: String? = nil, scale: Scale = .linear) {
            self.label = label
            self.unit = unit
            self.scale = scale
        }

        /// The label with its unit, as in `Requests (per month)`.
        public var title: String {
            guard let unit, !unit.isEmpty else { return label }
            return "\(label) (\(unit))"
        }
    }

    /// A named line through points.
    public struct Series: Sendable, Equatable {
        /// How a series joins its points.
        public enum Style: String, Sendable, Equatable {
            /// Straight segments from point to point.
            case line
            /// Each value holds until the next point's x, then jumps: horizontal, then vertical.
            case step
        }

        public var name: String
        public var points: [ChartPoint]
        public var style: Style

        public init(name: String, points: [ChartPoint], style: Style = .line) {
            self.name = name
            self.points = points
            self.style = style
        }
    }

    /// A labelled point, such as the break-even volume.
    public struct Marker: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var label: String

        /// A marker at coordinates that are already floating point.
        public init(plotX x: Double, plotY y: Double, label: String) {
            self.x = x
            self.y = y
            self.label = label
        }

        /// A marker at exact values, converted once for drawing.
        public init(x: Decimal, y: Decimal, label: String) {
            self.init(plotX: ChartPoint.double(x), plotY: ChartPoint.double(y), label: label)
        }
    }
}

/// A point of a chart series.
public struct ChartPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    /// A point at coordinates that are already floating point.
    public init(plotX x: Double, plotY y: Double) {
        self.x = x
        self.y = y
    }

    /// A point at exact values, converted once for drawing.
    public init(x: Decimal, y: Decimal) {
        self.init(plotX: Self.double(x), plotY: Self.double(y))
    }

    static func double(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }
}

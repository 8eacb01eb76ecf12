import Foundation
import Pricing
import Scenarios

/// A document that every output format renders: titled sections of tables and
/// paragraphs, numbered footnotes and charts.
public struct Report: Sendable, Equatable {
    /// A stable machine key naming the kind of report, such as `compare` or `break_even`.
    public var key: String
    public var title: String
    public var subtitle: String?
    public var sections: [Section]
    public var footnotes: [Footnote]
    public var charts: [Chart]
    /// What the report is about: scenario, as-of date and currency, when it has them.
    public var about: About

    /// The facts that head a CSV file and a JSON report: the scenario, as-of date and currency.
    public struct About: Sendable, Equatable {
        /// The scenario's name, as the scenario file gives it.
        public var scenario: String?
        /// The date prices were taken in force on, `YYYY-MM-DD`.
        public var asOf: String?
        /// The ISO 4217 code every amount is in.
        public var currency: String?

        public init(scenario: String? = nil, asOf: String? = nil, currency: String? = nil) {
            self.scenario = scenario
            self.asOf = asOf
            self.currency = currency
        }
    }

    public init(
        key: String = "report", title: String, subtitle: String? = nil, sections: [Section] = [],
        footnotes: [Footnote] = [], charts: [Chart] = [], about: About = About()
    ) {
        self.key = key
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
        self.footnotes = footnotes
        self.charts = charts
        self.about = about
    }

    /// The tables of all sections, in order.
    public var tables: [Table] { sections.compactMap(\.table) }
}

/// A part of a report: an optional heading, an optional table, then paragraphs.
///
/// A key-value summary is a two-column table.
public struct Section: Sendable, Equatable {
    public var heading: String?
    public var table: Table?
    public var paragraphs: [String]

    public init(heading: String? = nil, table: Table? = nil, paragraphs: [String] = []) {
        self.heading = heading
        self.table = table
        self.paragraphs = paragraphs
    }
}

/// A table with machine-readable column keys and typed cells.
public struct Table: Sendable, Equatable {
    /// A stable machine key such as `options`, used as the JSON key, the HTML id and by `--table`.
    public var id: String
    public var columns: [Column]
    public var rows: [Row]
    /// The option the whole table is about, such as the self-hosting option of a cash flow.
    public var option: OptionID?

    public init(id: String, columns: [Column], rows: [Row], option: OptionID? = nil) {
        self.id = id
        self.columns = columns
        self.rows = rows
        self.option = option
    }
}

/// A table column: a stable key, a human label, and the unit its values are in.
public struct Column: Sendable, Equatable {
    /// How a column's cells line up in text formats.
    public enum Alignment: String, Sendable, Equatable {
        case left
        case right
    }

    /// A stable snake_case name such as `monthly_cost`, used as the JSON key.
    public var key: String
    /// The localised header, such as `Monthly cost` or `月額コスト`.
    public var label: String
    /// The unit such as `USD/month`, `requests/month` or `USD/1M tok`, shown in the header.
    public var unit: String?
    public var alignment: Alignment

    public init(key: String, label: String, unit: String? = nil, alignment: Alignment = .left) {
        self.key = key
        self.label = label
        self.unit = unit
        self.alignment = alignment
    }

    /// The header text with its unit, as in `Monthly cost (USD/month)`.
    public var header: String {
        guard let unit, !unit.isEmpty else { return label }
        return "\(label) (\(unit))"
    }
}

/// A table row; `marked` flags a row such as the cheapest option.
public struct Row: Sendable, Equatable {
    public var cells: [Cell]
    public var marked: Bool
    /// Numbers of ``Footnote``s that apply to this row.
    public var footnoteRefs: [Int]
    /// A stable machine key of the row, such as `payback_month` in a key-value summary.
    public var key: String?
    /// The option the row is about.
    public var option: OptionID?
    /// The end of the row's API model, when it is deprecated or retires within the horizon.
    public var lifecycle: Lifecycle?
    /// The unit of an explain row's result, a stable key such as `money_per_month`.
    public var unit: String?

    public init(
        cells: [Cell], marked: Bool = false, footnoteRefs: [Int] = [], key: String? = nil,
        option: OptionID? = nil, lifecycle: Lifecycle? = nil, unit: String? = nil
    ) {
        self.unit = unit
        self.cells = cells
        self.marked = marked
        self.footnoteRefs = footnoteRefs
        self.key = key
        self.option = option
        self.lifecycle = lifecycle
    }

    /// An API model's announced end as data: the deprecation, a retirement inside the horizon, the successor.
    public struct Lifecycle: Sendable, Equatable {
        public var deprecated: CalendarDate?
        /// The retirement date, only when it falls inside the report's horizon.
        public var retires: CalendarDate?
        public var successor: String?

        public init(deprecated: CalendarDate?, retires: CalendarDate?, successor: String?) {
            self.deprecated = deprecated
            self.retires = retires
            self.successor = successor
        }
    }
}

/// One value in a table, kept exact; each renderer chooses its text.
public enum Cell: Sendable, Equatable {
    case text(String)
    /// A count, such as requests per month or replicas; shown with no decimals.
    case integer(Decimal)
    /// An amount of money shown rounded to `places` (the currency's minor unit).
    case money(Decimal, currency: String, places: Int)
    /// A price per 1M tokens, shown with up to 4 decimals and at least 2.
    case pricePerMTok(Decimal, currency: String)
    case decimal(Decimal, places: Int)
    /// A share where 0.3 means 30%; `places` counts the decimals of the percentage.
    case percent(Decimal, places: Int)
    /// A value that does not exist, such as a break-even that is never reached: the reason's
    /// code, and the words shown in its place (`never`, `not within 36 months`).
    case never(reason: NeverReason, text: String)
    /// One of a fixed set of values, such as the kind `own`: the key machines read, the words people read.
    case key(String, text: String)
    /// Words for people only, such as an option's name; JSON writes them under the row's `labels`.
    case label(String)
    /// A fleet: replicas × GPUs per replica = GPUs.
    case fleet(replicas: Int, gpusPerReplica: Int)
    /// A text of the formula trail: the exact, language-free text JSON writes (English words);
    /// the exact values in the report's words, for CSV; and the text people read, rounded, with
    /// units and words in the report's language.
    case trail(exact: String, words: String, shown: String)
    case empty

    /// A fleet's GPUs, replicas × GPUs per replica, multiplied exactly (no overflow at any size).
    static func gpus(_ replicas: Int, _ perReplica: Int) -> String {
        NumberFormatting.exact(Decimal(replicas) * Decimal(perReplica))
    }

    /// Whether the cell holds a number (and so is right-aligned and never neutralised in CSV).
    public var isNumeric: Bool {
        switch self {
        case .integer, .money, .pricePerMTok, .decimal, .percent: true
        case .text, .never, .key, .label, .fleet, .trail, .empty: false
        }
    }

    /// The currency of a money or price cell.
    public var currency: String? {
        switch self {
        case .money(_, let currency, _), .pricePerMTok(_, let currency): currency
        default: nil
        }
    }

    /// The text people read: grouped digits, currency symbol, localised words.
    ///
    /// `$1,234.50`, `¥1,235`, `$2.50` (per 1M tokens), `3,000,000`, `30.0%`, `never`.
    public func displayText(_ language: Language) -> String {
        switch self {
        case .text(let text): text
        case .integer(let value): NumberFormatting.grouped(value, places: 0)
        case .money(let value, let currency, let places):
            Money.format(value, currency: currency, places: places)
        case .pricePerMTok(let value, let currency):
            Money.formatPricePerMTok(value, currency: currency)
        case .decimal(let value, let places): NumberFormatting.grouped(value, places: places)
        case .percent(let value, let places): NumberFormatting.grouped(value * 100, places: places) + "%"
        case .never(_, let text): text
        case .key(_, let text), .label(let text): text
        case .fleet(let replicas, let perReplica):
            "\(replicas) × \(perReplica) = \(Cell.gpus(replicas, perReplica))"
        case .trail(_, _, let shown): shown
        case .empty: ""
        }
    }

    /// The machine text for CSV: rounded as displayed, no grouping, no currency sign.
    ///
    /// Percentages are written in the header's unit (`30.0` for 30% under `(%)`); an absent
    /// value is empty, its reason going to a column of its own.
    public var plainText: String {
        switch self {
        case .text(let text), .label(let text), .key(_, let text), .trail(_, let text, _): text
        case .integer(let value): NumberFormatting.plain(value, places: 0)
        case .money(let value, _, let places): NumberFormatting.plain(value, places: places)
        case .pricePerMTok(let value, _): NumberFormatting.pricePerMTok(value, grouping: false)
        case .decimal(let value, let places): NumberFormatting.plain(value, places: places)
        case .percent(let value, let places): NumberFormatting.plain(value * 100, places: places)
        case .fleet(let replicas, let perReplica):
            "\(replicas) × \(perReplica) = \(Cell.gpus(replicas, perReplica))"
        case .never, .empty: ""
        }
    }
}

/// A note that rows refer to by number, such as a price date or source.
public struct Footnote: Sendable, Equatable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

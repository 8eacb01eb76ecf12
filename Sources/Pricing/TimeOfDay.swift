import Foundation

/// Which days of the week a time window repeats on.
public enum WeekDays: String, Sendable, Hashable, CaseIterable {
    case monFri = "mon-fri"
    case satSun = "sat-sun"
    case all

    /// The days, 0 = Monday … 6 = Sunday.
    var days: [Int] {
        switch self {
        case .monFri: [0, 1, 2, 3, 4]
        case .satSun: [5, 6]
        case .all: [0, 1, 2, 3, 4, 5, 6]
        }
    }
}

/// A daily window `from`–`to` on some days of the week, in minutes after midnight.
///
/// A window whose `to` is not after its `from` runs past midnight into the next day (so
/// `22:00`–`02:00` on mon-fri covers Friday 22:00 to Saturday 02:00, and `00:00`–`00:00` a whole day).
public struct WeekWindow: Sendable, Hashable {
    public var days: WeekDays
    public var fromMinute: Int
    public var toMinute: Int

    public init(days: WeekDays, fromMinute: Int, toMinute: Int) {
        self.days = days
        self.fromMinute = fromMinute
        self.toMinute = toMinute
    }

    /// Minutes the window lasts each day it starts on (1…1,440).
    public var length: Int {
        toMinute > fromMinute ? toMinute - fromMinute : toMinute - fromMinute + WeekMinutes.perDay
    }

    /// Marks the window's minutes in a week of `WeekMinutes.perWeek`, shifted by `offset` minutes
    /// (the local time minus UTC: local minute m is UTC minute m − offset, wrapping round the week).
    func mark(_ week: inout [Bool], offset: Int = 0) {
        for day in days.days {
            let start = day * WeekMinutes.perDay + fromMinute - offset
            for minute in start..<(start + length) {
                let wrapped = ((minute % WeekMinutes.perWeek) + WeekMinutes.perWeek) % WeekMinutes.perWeek
                week[wrapped] = true
            }
        }
    }

    /// `mon-fri 01:00–04:00`, as the data writes it.
    public var text: String { "\(days.rawValue) \(Self.clock(fromMinute))–\(Self.clock(toMinute))" }

    /// Minutes after midnight as `HH:MM`.
    public static func clock(_ minutes: Int) -> String {
        let (h, m) = (minutes / 60, minutes % 60)
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }

    /// `HH:MM` (00:00–24:00) as minutes after midnight, or nil when it is not such a time.
    public static func minutes(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
            let hours = twoDigits(bytes[0], bytes[1]), let minutes = twoDigits(bytes[3], bytes[4]),
            minutes < 60, hours < 24 || (hours == 24 && minutes == 0)
        else { return nil }
        return hours * 60 + minutes
    }

    /// `+09:00`, `-05:30` or `Z` as minutes east of UTC (at most ±18 hours), or nil.
    public static func offset(_ text: String) -> Int? {
        if text == "Z" { return 0 }
        let bytes = Array(text.utf8)
        guard bytes.count == 6, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
            bytes[3] == UInt8(ascii: ":"), let hours = twoDigits(bytes[1], bytes[2]),
            let minutes = twoDigits(bytes[4], bytes[5]), minutes < 60, hours * 60 + minutes <= 18 * 60
        else { return nil }
        return (bytes[0] == UInt8(ascii: "-") ? -1 : 1) * (hours * 60 + minutes)
    }

    private static func twoDigits(_ a: UInt8, _ b: UInt8) -> Int? {
        let zero = UInt8(ascii: "0")
        guard (zero...zero + 9).contains(a), (zero...zero + 9).contains(b) else { return nil }
        return Int(a - zero) * 10 + Int(b - zero)
    }
}

/// The minutes of a day and of a Monday-to-Sunday week.
public enum WeekMinutes {
    public static let perDay = 1_440
    public static let perWeek = 10_080
}

/// When a workload's traffic comes: a window of local time on some days, spread evenly over it.
public struct ActiveHours: Sendable, Hashable {
    /// Minutes east of UTC of the local time (`+09:00` = 540).
    public var utcOffsetMinutes: Int
    public var window: WeekWindow

    public init(utcOffsetMinutes: Int, window: WeekWindow) {
        self.utcOffsetMinutes = utcOffsetMinutes
        self.window = window
    }
}

/// A price set's time-of-day prices: what it charges inside its UTC `windows`.
public struct PeakPrices: Sendable, Hashable {
    public var inputPerMTok: Decimal
    public var cachedInputPerMTok: Decimal?
    public var outputPerMTok: Decimal
    /// Windows in UTC.
    public var windows: [WeekWindow]

    public init(
        inputPerMTok: Decimal, cachedInputPerMTok: Decimal? = nil, outputPerMTok: Decimal,
        windows: [WeekWindow]
    ) {
        self.inputPerMTok = inputPerMTok
        self.cachedInputPerMTok = cachedInputPerMTok
        self.outputPerMTok = outputPerMTok
        self.windows = windows
    }

    /// f: the share of the active minutes of a UTC week that fall in a peak window (SPEC §6.3).
    ///
    /// Without active hours the traffic is spread over the whole week.
    public func share(of active: ActiveHours?) -> PeakShare {
        var peak = [Bool](repeating: false, count: WeekMinutes.perWeek)
        for window in windows { window.mark(&peak) }
        var busy = [Bool](repeating: active == nil, count: WeekMinutes.perWeek)
        if let active { active.window.mark(&busy, offset: active.utcOffsetMinutes) }
        var activeMinutes = 0
        var overlap = 0
        for minute in 0..<WeekMinutes.perWeek where busy[minute] {
            activeMinutes += 1
            if peak[minute] { overlap += 1 }
        }
        return PeakShare(peakMinutes: overlap, activeMinutes: activeMinutes)
    }
}

/// f as the exact fraction it is: active minutes in a peak window over all active minutes of the week.
public struct PeakShare: Sendable, Hashable {
    public var peakMinutes: Int
    public var activeMinutes: Int

    public init(peakMinutes: Int, activeMinutes: Int) {
        self.peakMinutes = peakMinutes
        self.activeMinutes = activeMinutes
    }

    /// f as a decimal (rounded only where the fraction does not end, e.g. 2/3).
    public var fraction: Decimal {
        activeMinutes > 0 ? Decimal(peakMinutes) / Decimal(activeMinutes) : 0
    }

    /// f·peak + (1 − f)·off-peak, computed as (n·peak + (N − n)·off-peak) / N so that no rounded f enters.
    public func blend(peak: Decimal, offPeak: Decimal) -> Decimal {
        guard activeMinutes > 0 else { return offPeak }
        if peakMinutes == 0 { return offPeak }
        if peakMinutes == activeMinutes { return peak }
        return (Decimal(peakMinutes) * peak + Decimal(activeMinutes - peakMinutes) * offPeak)
            / Decimal(activeMinutes)
    }
}

/// The prices of a service tier (`flex`, `priority`, …), which replace the standard ones when asked for.
public struct ServiceTierPrices: Sendable, Hashable {
    public var inputPerMTok: Decimal
    public var cachedInputPerMTok: Decimal?
    public var cacheWritePerMTok: Decimal?
    public var outputPerMTok: Decimal

    public init(
        inputPerMTok: Decimal, cachedInputPerMTok: Decimal? = nil, cacheWritePerMTok: Decimal? = nil,
        outputPerMTok: Decimal
    ) {
        self.inputPerMTok = inputPerMTok
        self.cachedInputPerMTok = cachedInputPerMTok
        self.cacheWritePerMTok = cacheWritePerMTok
        self.outputPerMTok = outputPerMTok
    }
}

extension ObjectReader {
    /// `{"days": "mon-fri"|"sat-sun"|"all", "from": "HH:MM", "to": "HH:MM"}`.
    package func weekWindow() -> WeekWindow? {
        let days = oneOf("days", WeekDays.allCases.map(\.rawValue)).flatMap(WeekDays.init(rawValue:))
        func time(_ key: String) -> Int? {
            guard let text = string(key), let node = value(key, required: false) else { return nil }
            guard let minutes = WeekWindow.minutes(text), key == "to" || minutes < WeekMinutes.perDay else {
                sink.error(node, .notATimeOfDay(text: text))
                return nil
            }
            return minutes
        }
        let from = time("from")
        let to = time("to")
        guard let days, let from, let to else { return nil }
        return WeekWindow(days: days, fromMinute: from, toMinute: to)
    }
}

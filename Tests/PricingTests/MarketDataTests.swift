import Foundation
import Pricing
import Testing

/// Issue 14's data rules: lifecycle, cache writes, service tiers, peak windows, dated rates, and diffs of them.
@Suite struct MarketDataTests {
    static let options = ValidationOptions(today: CalendarDate(year: 2026, month: 11, day: 24))

    static func read(_ text: String) -> PriceFile {
        PriceFileReader.read(Data(text.utf8), file: "m.json", options: options)
    }

    static func models(_ body: String) -> String {
        """
        { "schema": "llmcost/models@1", "currency": "USD", "models": [
        \(body)
        ] }
        """
    }

    static func set(_ extra: String = "", effective: String = "2025-01-01") -> String {
        """
        { "effective": "\(effective)", "input_per_mtok": 1, "output_per_mtok": 2\(extra),
          "source": "https://example.com", "checked": "2026-11-01" }
        """
    }

    @Test func lifecycleFieldsAreReadAndADeprecationDateMayNotLieAhead() throws {
        let file = Self.read(
            Self.models(
                """
                { "id": "a/old", "name": "Old", "provider": "a", "family": "o", "deprecated": "2026-05-01",
                  "retired": "2027-01-15", "successor": "a/new", "prices": [\(Self.set())] },
                { "id": "a/new", "name": "New", "provider": "a", "family": "n", "prices": [\(Self.set())] },
                { "id": "a/soon", "name": "Soon", "provider": "a", "family": "s", "deprecated": "2027-01-01",
                  "prices": [\(Self.set())] }
                """))
        let old = try #require(file.table.model(id: "a/old"))
        #expect(old.deprecated == CalendarDate(year: 2026, month: 5, day: 1))
        // An announced end may lie ahead.
        #expect(old.retired == CalendarDate(year: 2027, month: 1, day: 15))
        #expect(old.successor == "a/new")
        #expect(
            file.diagnostics.map(\.message) == ["2027-01-01 is in the future (today is 2026-11-24)"])
    }

    @Test func cacheWritesServiceTiersAndPeakAreReadExactly() throws {
        let file = Self.read(
            Self.models(
                """
                { "id": "a/m", "name": "M", "provider": "a", "family": "m", "prices": [\(Self.set(
                    """
                    , "cache_write_per_mtok": "3.75",
                      "service_tiers": { "flex": { "input_per_mtok": 0.5, "cache_write_per_mtok": 1.875, "output_per_mtok": 1 } },
                      "peak": { "input_per_mtok": 2, "output_per_mtok": 4,
                                "windows": [ { "days": "all", "from": "22:00", "to": "02:00" } ] }
                    """))] }
                """))
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics)")
        let set = try #require(file.table.model(id: "a/m")?.prices.first)
        #expect(set.cacheWritePerMTok == Decimal(string: "3.75"))
        #expect(set.serviceTiers["flex"]?.cacheWritePerMTok == Decimal(string: "1.875"))
        let window = try #require(set.peak?.windows.first)
        // 22:00 to 02:00: past midnight, 4 hours.
        #expect(window.fromMinute == 1_320)
        #expect(window.length == 240)
    }

    @Test func aPeakWithTiersABadWindowAndABadTierNameAreErrors() {
        let file = Self.read(
            Self.models(
                """
                { "id": "a/m", "name": "M", "provider": "a", "family": "m", "prices": [\(Self.set(
                    """
                    , "tiers": [ { "above_input_tokens": 1000, "input_per_mtok": 2, "output_per_mtok": 4 } ],
                      "service_tiers": { "Flex": { "input_per_mtok": 0.5, "output_per_mtok": 1 } },
                      "peak": { "input_per_mtok": 2, "output_per_mtok": 4,
                                "windows": [ { "days": "weekdays", "from": "24:00", "to": "25:00" } ] }
                    """))] }
                """))
        let messages = file.diagnostics.map(\.message)
        #expect(messages.contains("tier name 'Flex' must be lowercase letters, digits or '-' (e.g. flex)"))
        #expect(
            messages.contains("a price set cannot have both 'peak' and long-context 'tiers' (not supported)"))
        #expect(messages.contains { $0.hasPrefix("'weekdays' is not one of") })
        #expect(messages.contains("'24:00' is not a time of day HH:MM (00:00–23:59, or 24:00 for 'to')"))
        #expect(messages.contains("'25:00' is not a time of day HH:MM (00:00–23:59, or 24:00 for 'to')"))
    }

    @Test func aFreePreviewThatEndedIsNotWarnedAboutButAnOpenEndedOneIs() {
        let ended = Self.read(
            Self.models(
                """
                { "id": "a/p", "name": "P", "provider": "a", "family": "p", "prices": [
                  { "effective": "2025-01-01", "input_per_mtok": 0, "output_per_mtok": 0,
                    "source": "https://example.com", "checked": "2026-11-01" }, \(Self.set(effective: "2026-01-01"))] }
                """))
        #expect(ended.diagnostics.isEmpty, "\(ended.diagnostics)")
        let open = Self.read(
            Self.models(
                """
                { "id": "a/p", "name": "P", "provider": "a", "family": "p", "prices": [
                  { "effective": "2025-01-01", "input_per_mtok": 0, "output_per_mtok": 0,
                    "source": "https://example.com", "checked": "2026-11-01" }] }
                """))
        #expect(open.diagnostics.map(\.severity) == [.warning])
        #expect(open.diagnostics.first?.path?.description == "models[0].prices[0]")
    }

    @Test func aCurrencyMayRepeatWithOtherDatesAndOnlyItsLatestRateMustBeRecent() {
        let file = Self.read(
            """
            { "schema": "llmcost/currencies@1", "base": "USD", "rates": [
              { "code": "JPY", "per_usd": 150.7636, "minor_units": 0, "date": "2025-02-28", "source": "https://example.com" },
              { "code": "JPY", "per_usd": 158.69732, "minor_units": 0, "date": "2026-08-21", "source": "https://example.com" },
              { "code": "EUR", "per_usd": 0.960523, "minor_units": 2, "date": "2025-02-28", "source": "https://example.com" }
            ] }
            """)
        #expect(file.table.currencies.count == 3)
        // JPY's 2025 rate is history; EUR's only rate is 634 days old.
        #expect(file.diagnostics.map(\.path?.description) == ["rates[2].date"])
        #expect(file.diagnostics.first?.severity == .warning)
        #expect(file.table.currency(code: "JPY")?.perUSD == Decimal(string: "158.69732"))
    }

    @Test func aDiffNamesChangedCacheWriteTierPeakAndLifecycleFields() throws {
        func model(_ extra: String, retired: String = "") -> APIModel? {
            Self.read(
                Self.models(
                    """
                    { "id": "a/m", "name": "M", "provider": "a", "family": "m"\(retired), "prices": [\(Self.set(extra))] },
                    { "id": "a/n", "name": "N", "provider": "a", "family": "n", "prices": [\(Self.set())] }
                    """)
            ).table.model(id: "a/m")
        }
        let old = try #require(
            model(
                """
                , "cache_write_per_mtok": 3.75, "service_tiers": { "flex": { "input_per_mtok": 0.5, "output_per_mtok": 1 } },
                  "peak": { "input_per_mtok": 2, "output_per_mtok": 4, "windows": [ { "days": "all", "from": "01:00", "to": "02:00" } ] }
                """))
        let new = try #require(
            model(
                """
                , "cache_write_per_mtok": 4, "service_tiers": { "flex": { "input_per_mtok": 0.6, "output_per_mtok": 1 } },
                  "peak": { "input_per_mtok": 3, "output_per_mtok": 4, "windows": [ { "days": "all", "from": "01:00", "to": "02:00" } ] }
                """, retired: #", "retired": "2027-01-01", "successor": "a/n""#))
        let fields = PriceDiffer.diff(old: [old], new: [new]).changes.compactMap(\.field)
        #expect(
            fields == [
                "retired", "successor", "cache_write_per_mtok", "service_tiers.flex.input_per_mtok",
                "peak.input_per_mtok",
            ])
    }
}

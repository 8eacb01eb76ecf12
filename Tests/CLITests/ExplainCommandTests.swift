import Foundation
import LLMCostCLI
import Pricing
import Scenarios
import Testing

/// `--explain` as a user meets it: results with units in the report's currency and language,
/// rounded for people, exact in JSON.
@Suite struct ExplainCommandTests {
    /// One explain row of a JSON report: its `unit` and its values by column key.
    struct ExplainRow: Equatable {
        var unit: String?
        var values: [String: String]
    }

    /// The explain rows of a JSON report, every explain table's in order.
    static func explainRows(_ json: String) throws -> [ExplainRow] {
        let root = try JSONReader().parse(json)
        let tables = try #require(root.members?.first { $0.key == "tables" }?.value.elements)
        var found: [ExplainRow] = []
        for table in tables where table.members?.first(where: { $0.key == "key" })?.value.string == "explain"
        {
            for row in table.members?.first(where: { $0.key == "rows" })?.value.elements ?? [] {
                var values: [String: String] = [:]
                for member in row.members?.first(where: { $0.key == "values" })?.value.members ?? [] {
                    values[member.key] = member.value.string
                }
                found.append(
                    ExplainRow(unit: row.members?.first { $0.key == "unit" }?.value.string, values: values))
            }
        }
        return found
    }

    @Test func yenReportsExplainInYen() throws {
        // As of 2026-12-03 the rate in force is 158.69732 JPY/USD (2026-08-21). The rented option's
        // one-time cost is the $20,000 setup: 20,000 × 158.69732 = ¥3,173,946.4, shown ¥3,173,946
        // (JPY has 0 minor units); the trail computes in yen, it does not relabel dollars.
        let table = llmcost("roi", "--explain", "--currency", "JPY", "--wide")
        #expect(table.exitCode == .success, "\(table.stderr)")
        let line = try #require(
            table.stdout.split(separator: "\n").first { $0.contains("one-time costs at t = 0") })
        #expect(line.hasSuffix("¥3,173,946"))
        #expect(!line.contains("$"))
        let json = llmcost("roi", "--explain", "--currency", "JPY", "--format", "json")
        let rows = try Self.explainRows(json.stdout)
        let oneTime = try #require(rows.first { $0.values["quantity"] == "one_time_costs_at_start" })
        #expect(oneTime.unit == "money")
        #expect(oneTime.values["result"] == "3173946.4")
        #expect(json.stdout.contains(#""currency": "JPY""#))
    }

    @Test func jsonKeepsEveryDigitWhileTablesRound() throws {
        let json = llmcost("roi", "--explain", "--format", "json")
        #expect(json.exitCode == .success, "\(json.stderr)")
        let rows = try Self.explainRows(json.stdout)
        let root = try #require(rows.first { $0.values["quantity"] == "monthly_discount_root" })
        // 1.08^(1/12) by Newton's method, all 38 significant digits, no unit.
        #expect(root.values["result"] == "1.00643403011000345483391717928725186507")
        #expect(root.unit == "factor")
        let npv = try #require(rows.first { $0.values["quantity"] == "npv_of_switching" })
        #expect(npv.unit == "money")
        #expect(npv.values["result"] == "712763.31389918468083651872237729661734")
        // The formulas are the same in every language in JSON: English words, exact values.
        #expect(npv.values["formula"] == "Σ (API_t − self_t) / (1 + r)^(t/12) − one-time costs")
        let ja = llmcost("roi", "--explain", "--format", "json", "--lang", "ja")
        #expect(try Self.explainRows(ja.stdout).map(\.values) == rows.map(\.values))
        // Every explain row carries a unit the schema lists.
        #expect(rows.allSatisfy { $0.unit.map { ExplainUnit(rawValue: $0) != nil } ?? false })
        // People read 712763.3138… as $712,763.31 and 6.3359… as 633.6%.
        let table = llmcost("roi", "--explain", "--wide")
        let npvLine = try #require(
            table.stdout.split(separator: "\n").first { $0.contains("NPV of switching") })
        #expect(npvLine.hasSuffix("$712,763.31"))
        let roiLine = try #require(
            table.stdout.split(separator: "\n").first { $0.contains("ROI of self-hosting") })
        #expect(roiLine.hasSuffix("633.6%"))
        #expect(!table.stdout.contains("712763.3138"))
    }

    @Test func planSwitchMonthCellsAreRoundedAndTheBestIsMarked() throws {
        let markdown = llmcost("plan", "--mode", "own", "--horizon", "4", "--explain", "--format", "markdown")
        #expect(markdown.exitCode == .success, "\(markdown.stderr)")
        // Total cost 116161.576 and NPV 159648.5647… (38 digits) in words: the same rule as every
        // other cell, 6 significant digits and at least 2 decimals from 1 up.
        #expect(markdown.stdout.contains("| total cost 116161.58; NPV 159648.56 | $116,161.58 |"))
        #expect(!markdown.stdout.contains("159648.5647"))
        // Month 5 (API only) costs least: its row is marked and says so.
        #expect(markdown.stdout.contains("**$77,125.16 (best)**"))
        let ja = llmcost(
            "plan", "--mode", "own", "--horizon", "4", "--explain", "--format", "markdown", "--lang", "ja")
        #expect(ja.stdout.contains("| 総コスト 116161.58; NPV 159648.56 | $116,161.58 |"))
    }
}

/// `sensitivity` names each input with its unit and shows its values as that unit reads.
@Suite struct SensitivityInputTests {
    @Test func ratesAreMoneyInTheReportsCurrency() throws {
        // The rented H100 rate $2.69/GPU-hour × (1 ± 20%) = $2.152 and $3.228, shown like the
        // notes' $2.6900 (2 more decimals than the currency's); in yen 2.69 × 158.69732 =
        // 426.8957908 → ¥426.90.
        let table = llmcost("sensitivity", "--wide")
        #expect(table.exitCode == .success, "\(table.stderr)")
        let rate = try #require(
            table.stdout.split(separator: "\n").first { $0.contains("GPU price or rate") })
        #expect(rate.contains("(USD/GPU-hour)     $2.1520        $2.6900     $3.2280"))
        let yen = llmcost("sensitivity", "--wide", "--currency", "JPY")
        #expect(yen.stdout.contains("¥426.90"))
        // JSON writes money as money: amount and currency, exact.
        let json = llmcost("sensitivity", "--format", "json")
        #expect(json.stdout.contains(#""input_base": {"amount": "2.69", "currency": "USD"}"#))
        // s is seconds per request, not a throughput, and it moves by the column's share:
        // the default's s = 0.1763413… s × 0.8 = 0.1410731… → 0.1411 and × 1.2 = 0.2116096… → 0.2116.
        #expect(table.stdout.contains("seconds per request (s)"))
        let seconds = try #require(
            table.stdout.split(separator: "\n").first { $0.contains("seconds per request (s)") })
        #expect(
            seconds.contains("0.1411") && seconds.contains("0.1763") && seconds.contains("0.2116"),
            "\(seconds)")
        #expect(!table.stdout.contains("throughput ("))
    }
}

import Foundation
import TestSupport
import Testing

@testable import Reports

/// The terminal table at a width: each layout in turn, and nothing past the width.
@Suite("Terminal table layouts")
struct TableLayoutTests {
    /// The lines of `report` at `width`, and the widest of them in terminal columns.
    func rendered(_ report: Report, width: Int?) -> (lines: [String], widest: Int) {
        let text = TableRenderer.render(report, options: RenderOptions(width: width))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (lines, lines.map(DisplayWidth.of).max() ?? 0)
    }

    /// A table with one long text column and `count` money columns of `$1,234,567.89` (13 columns).
    func wideTable(moneyColumns count: Int) -> Report {
        let columns =
            [Column(key: "option", label: "Option")]
            + (1...count).map {
                Column(key: "m\($0)", label: "Monthly cost \($0)", unit: "USD/month", alignment: .right)
            }
        let name = "Llama 3.3 70B FP8 on 2×H100 SXM (TensorRT-LLM), rented (runpod)"
        let row = Row(
            cells: [.text(name)]
                + Array(repeating: .money(dec("1234567.89"), currency: "USD", places: 2), count: count),
            marked: true, footnoteRefs: [1])
        return Report(
            title: "T", sections: [Section(table: Table(id: "t", columns: columns, rows: [row]))],
            footnotes: [Footnote(number: 1, text: String(repeating: "word ", count: 40))])
    }

    @Test func withoutWidthEveryRowIsOneLine() {
        let (lines, widest) = rendered(wideTable(moneyColumns: 3), width: nil)
        // 2 flag + 67 name with " [1]" + 3 × (2 gap + 28 header "Monthly cost 1 (USD/month)") = 153 or so.
        #expect(widest > 100)
        #expect(lines.contains { $0.hasPrefix("* Llama 3.3 70B") && $0.contains("$1,234,567.89") })
        #expect(lines.contains { $0.contains("Monthly cost 1 (USD/month)") })
    }

    @Test func wrappedLayoutKeepsColumnsSideBySide() throws {
        // 2 + name + 3 × (2 + 13) = 47 + name: at 80 the name gets 33 columns and wraps.
        let (lines, widest) = rendered(wideTable(moneyColumns: 3), width: 80)
        #expect(widest <= 80)
        let first = try #require(lines.first { $0.hasPrefix("* ") })
        #expect(first.hasPrefix("* Llama 3.3 70B FP8 on"))
        #expect(first.hasSuffix("$1,234,567.89  $1,234,567.89  $1,234,567.89"))
        // The unit stands on its own header line, in parentheses.
        #expect(lines.contains { $0.contains("(USD/month)") && !$0.contains("Monthly") })
        // The name continues on an indented line below.
        #expect(lines.contains { $0.hasPrefix("    (TensorRT-LLM), rented") })
    }

    @Test func stackedLayoutPutsTextAboveNumbers() throws {
        // 5 × (13 + 2) = 75 for the numbers: no room for the name beside them at 80.
        let (lines, widest) = rendered(wideTable(moneyColumns: 5), width: 80)
        #expect(widest <= 80)
        let title = try #require(lines.firstIndex { $0.hasPrefix("* Llama") })
        #expect(lines[title] == "* Llama 3.3 70B FP8 on 2×H100 SXM (TensorRT-LLM), rented (runpod) [1]")
        #expect(lines[title + 1].hasPrefix("    "))
        #expect(lines[title + 1].trimmingCharacters(in: .whitespaces).hasPrefix("$1,234,567.89"))
        #expect(lines[title + 1].components(separatedBy: "$1,234,567.89").count == 6)
    }

    @Test func columnGroupsRepeatTheFirstColumn() {
        // 8 × 15 = 120 columns of numbers at 60: stacked cannot hold them, so groups of two
        // (2 + 28 name + 2 × 15 = 60) each repeat the option.
        let (lines, widest) = rendered(wideTable(moneyColumns: 8), width: 60)
        #expect(widest <= 60)
        #expect(lines.filter { $0.hasPrefix("* Llama 3.3 70B FP8") }.count == 4)
        #expect(lines.filter { $0.contains("$1,234,567.89") }.count == 4)
        #expect(lines.contains { $0.contains("Monthly cost") && $0.hasSuffix("Monthly cost") })
    }

    @Test func recordLayoutWhenNothingElseFits() {
        // At 40 the name's narrowest (24, its longest words kept whole) and one amount (13) with the
        // flag and a gap make 41: one line per value instead.
        let (lines, widest) = rendered(wideTable(moneyColumns: 3), width: 40)
        #expect(widest <= 40)
        #expect(lines.contains("    Monthly cost 3 (USD/month):"))
        #expect(lines.filter { $0 == "      $1,234,567.89" }.count == 3)
    }

    @Test func numbersAreNeverSplit() {
        for width in [40, 60, 80, 100, 120] {
            let (lines, widest) = rendered(wideTable(moneyColumns: 4), width: width)
            #expect(widest <= width, "width \(width)")
            // Each of the four amounts appears whole on some line.
            #expect(
                lines.map { $0.components(separatedBy: "$1,234,567.89").count - 1 }.reduce(0, +) == 4,
                "width \(width)")
        }
    }

    @Test func footnotesHangUnderTheirNumber() {
        let (lines, widest) = rendered(wideTable(moneyColumns: 1), width: 60)
        #expect(widest <= 60)
        let notes = lines.drop { !$0.hasPrefix("[1] ") }
        // 40 × "word " is 199 columns: four lines of up to 56 after the 4-column marker.
        #expect(notes.count >= 4)
        #expect(notes.dropFirst().filter { !$0.isEmpty }.allSatisfy { $0.hasPrefix("    word") })
    }

    @Test func aLongWordIsCut() {
        let url = "https://example.com/" + String(repeating: "a", count: 100)
        let lines = TableRenderer.wrap("see " + url, 50)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 50 })
        #expect(lines.joined() == "see" + url)
    }

    @Test func pricesInAColumnShareTheirDecimals() {
        // $0.137, $0.6321 and $0.88 need 3, 4 and 2 decimals: the column shows all with 4.
        let table = Table(
            id: "t", columns: [Column(key: "p", label: "Price", unit: "USD/1M tok", alignment: .right)],
            rows: ["0.137", "0.6321", "0.88"].map { Row(cells: [.pricePerMTok(dec($0), currency: "USD")]) })
        #expect(table.displayTexts(.en).map { $0[0] } == ["$0.1370", "$0.6321", "$0.8800"])
        let report = Report(title: "T", sections: [Section(table: table)])
        #expect(MarkdownRenderer.render(report, options: RenderOptions()).contains("| $0.8800 |"))
        #expect(HTMLRenderer.render(report, options: RenderOptions()).contains(">$0.8800</td>"))
        // A column of whole cents stays at 2: $2.50, $10.00.
        let cents = Table(
            id: "t", columns: table.columns,
            rows: ["2.5", "10"].map { Row(cells: [.pricePerMTok(dec($0), currency: "USD")]) })
        #expect(cents.displayTexts(.en).map { $0[0] } == ["$2.50", "$10.00"])
    }

    @Test func explainValuesAreRoundedForPeopleOnly() {
        // 0.176341313365… has 36 decimals: 6 significant digits are 0.176341. 42845.887… from 1 up
        // keeps max(2, 6 − 5) = 2 decimals. 0.0071875 and 3927.4 are short and stay.
        let text = "730 × 3600 × 0.8 / (0.176341313365324468830390285099212858 × 2) = 42845.887080059050376"
        #expect(ExplainText.readable(text) == "730 × 3600 × 0.8 / (0.176341 × 2) = 42845.89")
        #expect(
            ExplainText.readable("0.0071875 × 3927.4; 1.19726871664375991") == "0.0071875 × 3927.4; 1.19727")
        let table = Table(
            id: "explain", columns: [Column(key: "values", label: "With the values")],
            rows: [Row(cells: [.text("0.00012345678901")])])
        let report = Report(title: "T", sections: [Section(table: table)])
        // 4 leading zeros after the point, then 6 significant digits.
        #expect(TableRenderer.render(report, options: RenderOptions()).contains("0.000123457"))
        #expect(JSONRenderer.render(report, options: RenderOptions()).contains("0.00012345678901"))
    }

    @Test func japaneseHeadersBreakBetweenPhrases() {
        let columns =
            [Column(key: "option", label: "選択肢")]
            + (1...3).map {
                Column(
                    key: "c\($0)", label: "100万トークンあたりのコスト\($0)", unit: "JPY", alignment: .right)
            }
        let row = Row(
            cells: [.text("自社保有のサーバー")]
                + Array(repeating: .money(dec("123456"), currency: "JPY", places: 0), count: 3))
        let report = Report(
            title: "T", sections: [Section(table: Table(id: "t", columns: columns, rows: [row]))])
        // Unbroken, each header is 28 columns wide; broken between its phrases (100万トークン /
        // あたりの / コスト1), 14 columns: 2 + 18 + 3 × 16 = 68 fit.
        let (lines, widest) = rendered(report, width: 70)
        #expect(widest <= 70)
        // Still one line per row: the headers broke, not the layout; never inside a word.
        #expect(lines.contains { $0.hasPrefix("  自社保有のサーバー") && $0.hasSuffix("¥123,456") })
        #expect(lines.contains { $0.hasSuffix("100万トークン") })
    }
}

/// Japanese headers in a narrow terminal break between phrases and before "(", never inside a word.
@Suite("Japanese table headers")
struct JapaneseHeaderTests {
    @Test func aHeaderBreaksBetweenPhrasesAndKeepsItsUnitWhole() {
        let columns = [
            Column(key: "api", label: "API"),
            Column(key: "self", label: "自社運用"),
            Column(key: "first", label: "最初の損益分岐点", unit: "リクエスト／月", alignment: .right),
            Column(key: "always", label: "常に安くなる量", unit: "リクエスト／月", alignment: .right),
        ]
        let row = Row(cells: [
            .text("GPT-6.1 Sol"), .text("Llama 3.3 70B FP8 on 2×H100 SXM (TensorRT-LLM)"),
            .integer(dec("1249373")), .integer(dec("1249373")),
        ])
        let report = Report(
            title: "T", sections: [Section(table: Table(id: "t", columns: columns, rows: [row]))])
        for width in [40, 50, 60] {
            let text = TableRenderer.render(report, options: RenderOptions(language: .ja, width: width))
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            #expect(words.contains("(リクエスト／月)"), "at \(width):\n\(text)")
            #expect(words.contains("最初の損益分岐点") || words.contains("損益分岐点"), "at \(width):\n\(text)")
            #expect(!words.contains(")") && !words.contains("月)"), "at \(width):\n\(text)")
            #expect(!text.contains("損益分\n") && !words.contains { $0.hasPrefix("岐") }, "at \(width):\n\(text)")
        }
        #expect(TableRenderer.phrases(of: "最初の損益分岐点(リクエスト／月)") == ["最初の", "損益分岐点", "(リクエスト／月)"])
        #expect(TableRenderer.phrases(of: "100万トークンあたりのコスト") == ["100万トークン", "あたりの", "コスト"])
        #expect(TableRenderer.phrases(of: "Monthly") == ["Monthly"])
    }

    /// A Japanese paragraph (the service-level note of call-centre-ja at 80 columns) breaks after
    /// a particle, a comma, a full stop or a colon: no line starts with 、 or 。, and
    /// 「レイテンシ未測定」 stays whole.
    @Test func japaneseParagraphsBreakBetweenPhrases() {
        let text =
            "サービスレベル：ユーザーあたり出力 40 トークン/秒以上、最初のトークンまで 1 秒以内（中央値）。"
            + "自社運用は、実測曲線がその速度で示す GPU あたりスループットで計算しています。"
            + "フル稼働時の実測しかない構成は「レイテンシ未測定」と表示し、フル稼働で計算しています。"
        let lines = TableRenderer.wrap(text, 80, marker: "[4] ")
        #expect(lines.count > 1)
        for line in lines {
            #expect(DisplayWidth.of(line) <= 80, "\(line)")
            let start = line.drop { $0 == " " }.first
            #expect(start != "、" && start != "。", "\(line)")
        }
        #expect(lines.contains { $0.contains("「レイテンシ未測定」") })
        #expect(TableRenderer.phrases(of: "表示し、フル稼働で") == ["表示し、", "フル稼働で"])
        #expect(TableRenderer.phrases(of: "構成は「レイテンシ未測定」と") == ["構成は", "「レイテンシ未測定」と"])
    }
}

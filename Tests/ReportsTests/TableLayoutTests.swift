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
        // At 40 the name's narrowest is 17 ("(TensorRT-LLM)," on an indented line): with the flag
        // and two amounts, 2 + 17 + 2 × 15 = 49; groups would hold one amount each, so one line
        // per value instead.
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

    @Test func recordValuesAlignPastALongLabel() throws {
        // At 40 the header "総コスト (JPY、36か月)" is 22 columns, past half the line (20), but with
        // its colon, a space and the widest amount (11, "¥30,762,833") it fits: 4 + 23 + 1 + 11 = 39.
        // Every label is padded to 23, so every value ends at column 39.
        let columns =
            [Column(key: "option", label: "選択肢")]
            + ["初期費用", "総コスト", "総便益", "NPV"].enumerated().map { index, label in
                Column(
                    key: "c\(index)", label: label, unit: index == 1 ? "JPY、36か月" : "JPY", alignment: .right)
            }
        let row = Row(
            cells: [.text("GPT-4o (openai)")]
                + Array(repeating: .money(dec("30762833"), currency: "JPY", places: 0), count: 4))
        let report = Report(
            title: "T", sections: [Section(table: Table(id: "t", columns: columns, rows: [row]))])
        let (lines, widest) = rendered(report, width: 40)
        #expect(widest <= 40)
        let values = lines.filter { $0.hasSuffix("¥30,762,833") }
        #expect(values.count == 4)
        #expect(values.contains("    総コスト (JPY、36か月): ¥30,762,833"))
        #expect(Set(values.map { DisplayWidth.of($0) }) == [39])
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
    /// A number and the Japanese word beside it move to the next line together: the subtitle of
    /// call-centre-ja at 80 columns once ended a line with "月間成長率" and began the next with "1%。".
    @Test func aNumberStaysWithItsJapaneseWord() {
        let text =
            "月 600,000 リクエスト ×（入力 2000 + 出力 300 トークン）、キャッシュ入力 20%、バッチ 0%、月間成長率 1%。価格は 2026-12-03 時点、金額は JPY。"
        for width in 40...100 {
            let lines = TableRenderer.lines(of: text, width: width)
            for (line, next) in zip(lines, lines.dropFirst()) {
                let kept = TableRenderer.keptTogether(String(line), Substring(next))
                #expect(!kept, "\(width): \(line) | \(next)")
            }
            #expect(lines.joined(separator: " ").filter { $0 != " " } == text.filter { $0 != " " })
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
        }
        // With continuation lines indented (hang), and after a word too long for a line (cut into
        // pieces), nothing is lost and no line passes the width.
        let cut = String(repeating: "計算", count: 20) + " 20%、バッチ 0%、月間成長率 1%。価格は 2026-12-03 時点"
        for hang in [0, 2, 4] {
            for width in 24...60 {
                for source in [text, cut] {
                    let lines = TableRenderer.lines(of: source, width: width, hang: hang)
                    #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width) \(hang): \(lines)")
                    #expect(
                        lines.joined().filter { $0 != " " } == source.filter { $0 != " " }, "\(width) \(hang)"
                    )
                }
            }
        }
        #expect(TableRenderer.keptTogether("（現在の 1.38", "倍）"))
        #expect(TableRenderer.keptTogether("月間成長率", "1%。"))
        #expect(!TableRenderer.keptTogether("cost", "1%"))
    }

    /// Two wrapping columns, as in an explain trail: a formula of words in one row, a list of 36
    /// amounts in another. Spare room goes where it saves lines: the list gets room for two
    /// amounts a line (36 → 18 lines), where giving every spare column to the formula column
    /// (the widest text) left it one amount a line.
    @Test func spareRoomGoesWhereItSavesLines() throws {
        let amounts = (1...36).map { "3,\(String(100 + $0)),000" }.joined(separator: "; ")
        let formula = String(repeating: "Σ (API_t − self_t) / (1 + r)^(t/12) ", count: 12)
        let table = Table(
            id: "explain",
            columns: [
                Column(key: "values", label: "With the values"),
                Column(key: "result", label: "Result", alignment: .right),
            ],
            rows: [
                Row(cells: [.text(formula), .text("$712,763.31")]),
                Row(cells: [.text("3000000 × (1 + 0.03)^(t−1)"), .text(amounts)]),
            ])
        let report = Report(title: "T", sections: [Section(table: table)])
        let (lines, widest) = rendered(report, width: 80)
        #expect(widest <= 80)
        // Each amount is 9 columns and "; " parts them: two on a line need 20 (first line) and 22
        // (continuation lines indented 2), so at most 18 lines hold the 36 amounts.
        let listLines = lines.filter { $0.contains("3,1") }
        #expect(listLines.count <= 18, "\(lines.joined(separator: "\n"))")
        #expect(listLines.contains { $0.components(separatedBy: "3,1").count - 1 >= 2 })
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

/// A cell's text wraps between words, and Japanese between characters, but never inside a word,
/// a number or an id, nor before closing punctuation: a column too narrow for its widest piece is
/// widened, and a table that cannot be widened enough takes another layout.
@Suite("Words kept whole in narrow tables")
struct WholeWordTests {
    /// The lines of a one-table report at `width`, and the widest of them.
    func rendered(_ columns: [Column], _ rows: [Row], width: Int, language: Language = .en) -> (
        lines: [String], widest: Int
    ) {
        let report = Report(
            title: "T", sections: [Section(table: Table(id: "t", columns: columns, rows: rows))])
        let text = TableRenderer.render(report, options: RenderOptions(language: language, width: width))
        let lines = text.split(separator: "\n").map(String.init)
        return (lines, lines.map(DisplayWidth.of).max() ?? 0)
    }

    /// The ROI table of `roi --lang ja`: an option name and five amounts of up to 13 columns.
    func roiTable() -> (columns: [Column], rows: [Row]) {
        let columns =
            [Column(key: "option", label: "選択肢")]
            + ["初期費用", "総コスト", "総便益", "NPV", "ROI"].map {
                Column(key: $0, label: $0, unit: "JPY", alignment: .right)
            }
        let name = "Llama 3 70B（ファインチューニング）H100×2 自社保有（レイテンシ未測定）"
        let row = Row(
            cells: [.text(name)]
                + Array(repeating: .money(dec("-12345678"), currency: "JPY", places: 0), count: 5),
            footnoteRefs: [6, 7])
        return (columns, [row])
    }

    @Test func aGPUNameIsNeverCut() throws {
        let (columns, rows) = roiTable()
        // Beside five amounts of 12 columns ("-¥12,345,678") the name gets what is left:
        // 100 − 2 − 5 × (12 + 2) = 28 columns at 100, 60 − 2 = 58 stacked at 60.
        for width in [60, 80, 100, 120] {
            let (lines, widest) = rendered(columns, rows, width: width, language: .ja)
            let text = lines.joined(separator: "\n")
            #expect(widest <= width, "at \(width):\n\(text)")
            #expect(text.contains("H100×2"), "at \(width):\n\(text)")
            #expect(text.contains("70B"), "at \(width):\n\(text)")
            // No line starts with closing punctuation or ends with an opening bracket.
            for line in lines.map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
                #expect(!"、。）」".contains(try #require(line.first)), "at \(width):\n\(text)")
                #expect(!"（「".contains(try #require(line.last)), "at \(width):\n\(text)")
            }
        }
        // At 100 the layout keeps the columns side by side: the name wraps between phrases.
        let (lines, _) = rendered(columns, rows, width: 100, language: .ja)
        #expect(lines.contains { $0.hasPrefix("  Llama 3 70B ") && $0.hasSuffix("-¥12,345,678") })
        #expect(lines.contains("    （ファインチューニング）"))
        #expect(lines.contains("    H100×2 自社保有"))
    }

    /// A text column of `id` beside a short name and a count.
    func idTable(_ id: String) -> (columns: [Column], rows: [Row]) {
        let columns = [
            Column(key: "deployment", label: "Deployment"),
            Column(key: "gpus", label: "GPUs", alignment: .right),
            Column(key: "engine", label: "Engine"),
        ]
        let row = Row(cells: [
            .text("llama-3.3-70b-fp8-2xh100-trtllm"), .integer(dec("8")), .text("SGLang " + id),
        ])
        return (columns, [row])
    }

    @Test func aLongIdWidensItsColumn() {
        // The id is 45 columns, 47 on an indented continuation line: 2 + 31 + 2 + 4 + 2 + 47 = 88
        // fit at 90, the id below "SGLang". At 80 the engine column would get 80 − 41 = 39 and the
        // id would be cut; instead the deployment goes above (stacked), 4 + 4 + 2 + 47 = 57 ≤ 80.
        let id = "(lmsysorg/sglang:v0.5.10.post1-cu130-rocm700)"
        let (columns, rows) = idTable(id)
        let (wide, widest) = rendered(columns, rows, width: 90)
        #expect(widest <= 90)
        #expect(wide.contains { $0.hasPrefix("  llama-3.3-70b-fp8-2xh100-trtllm") && $0.hasSuffix("SGLang") })
        #expect(wide.contains(String(repeating: " ", count: 43) + id))
        let (stacked, stackedWidest) = rendered(columns, rows, width: 80)
        #expect(stackedWidest <= 80)
        #expect(stacked.contains("  llama-3.3-70b-fp8-2xh100-trtllm"))
        #expect(stacked.contains("       8  SGLang " + id))
    }

    @Test func anIdTooWideForAnyGridGoesToRecords() {
        // The id is 61 columns, 63 on a continuation line. At 70 no grid holds it: stacked needs
        // 4 + 4 + 2 + 63 = 73, and groups of one column each read worse; one field per line does,
        // the value indented 6 with 64 columns.
        let id = "(rocm/atom:rocm7.1.1-ubuntu24.04-pytorch2.9-atom0.1.1-MI350x)"
        let (columns, rows) = idTable(id)
        let (lines, widest) = rendered(columns, rows, width: 70)
        #expect(widest <= 70)
        #expect(lines.contains("    GPUs:   8"))
        #expect(lines.contains("      " + id))
    }

    @Test func aLongNumberInTextIsNeverCut() {
        // A text cell of numbers, as in --explain with every digit: each number (27 columns, 28
        // with its comma, 30 on a continuation line) stays on one line at every width.
        let numbers = (1...6).map { "1234567890123456789012345.\($0)" }
        let text = "cumulative: " + numbers.joined(separator: ", ")
        let columns = [
            Column(key: "item", label: "Item"), Column(key: "result", label: "Result", alignment: .right),
            Column(key: "values", label: "With the values"),
        ]
        let row = Row(cells: [.text("payback month"), .integer(dec("36")), .text(text)])
        // At 50 the values column gets 50 − 2 − 13 − 2 − 6 − 2 = 25 beside the others, too few:
        // the item goes above (stacked) with 46 for the rest. At 40 not even that: records.
        for width in [40, 50, 60, 80] {
            let (lines, widest) = rendered(columns, [row], width: width)
            #expect(widest <= width)
            let words = lines.flatMap { $0.split(separator: " ") }.map { String($0) }
            for number in numbers {
                #expect(words.contains(number + ",") || words.contains(number), "at \(width): \(number)")
            }
        }
    }

    @Test func japaneseCellsBreakBetweenPhrasesWhenThereIsRoom() {
        // As in `roi --explain --lang ja`: a formula column beside a long column of values. The
        // formula's widest phrase on a continuation line is あたり導入価格 (14) + 2 = 16; the values
        // would take every spare column, so the formula column is given its 16 first and
        // 価格 (price) is not cut. Without room (40) the layout still never cuts a piece.
        let columns = [
            Column(key: "item", label: "項目"), Column(key: "formula", label: "式"),
            Column(key: "values", label: "代入"), Column(key: "result", label: "結果", alignment: .right),
        ]
        let values = (1...30).map { "\(83639 + $0 * 1000).19" }.joined(separator: ", ")
        let row = Row(cells: [
            .text("t = 0 の初期費用"), .text("初期構築 + 最初のフリート × G × GPU あたり導入価格"), .text(values),
            .integer(dec("20695786")),
        ])
        for width in [80, 100] {
            let (lines, widest) = rendered(columns, [row], width: width, language: .ja)
            #expect(widest <= width)
            #expect(
                lines.contains { $0.contains("あたり導入価格") }, "at \(width):\n\(lines.joined(separator: "\n"))")
            #expect(
                lines.contains { $0.contains("最初のフリート") }, "at \(width):\n\(lines.joined(separator: "\n"))")
        }
        let (narrow, narrowest) = rendered(columns, [row], width: 40, language: .ja)
        #expect(narrowest <= 40)
        #expect(narrow.contains { $0.contains("20,695,786") })
    }

    @Test func piecesKeepWordsAndPunctuationTogether() {
        #expect(
            TableRenderer.pieces(of: "70B（ファインチューニング）H100×2")
                == ["70B", "（ファ", "イ", "ン", "チュー", "ニ", "ン", "グ）", "H100×2"])
        #expect(TableRenderer.pieces(of: "成長率1%。") == ["成", "長", "率", "1%。"])
        #expect(TableRenderer.pieces(of: "together/meta-llama-3.1-405b") == ["together/meta-llama-3.1-405b"])
        // A sentence ends a phrase: the next one may start the line.
        #expect(TableRenderer.phrases(of: "−50%。2026-09-22") == ["−50%。", "2026-09-22"])
        #expect(TableRenderer.phrases(of: "投資対効果：コールセンター") == ["投資対効果：", "コールセンター"])
        // Phrases are made of whole pieces: `自社保有` `（レイテンシ未測定）`.
        #expect(TableRenderer.phrases(of: "自社保有（レイテンシ未測定）") == ["自社保有", "（レイテンシ未測定）"])
        // A phrase wider than the line breaks between pieces, a line never starting with `）`.
        let lines = TableRenderer.lines(of: "（ファインチューニング）H100×2", width: 9)
        #expect(lines == ["（ファイ", "ンチュー", "ニング）", "H100×2"])
    }

}

import Foundation
import TestSupport
import Testing

@testable import Reports

@Suite("Terminal table")
struct TableRendererTests {
    @Test func headersCarryUnitsAndMarkedRowIsFlagged() {
        let text = TableRenderer.render(sampleReport(), options: RenderOptions())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Costs <script>alert(1)</script>")
        #expect(text.contains("Monthly cost (USD/month)"))
        #expect(lines.contains { $0.hasPrefix("* api/gpt-4o-mini [1]") })
        #expect(lines.contains { $0.hasPrefix("  self | H100, \"8x\" rented") })
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("\n\nVolumes are per month.\n"))
        #expect(text.hasSuffix("[1] Source: https://example.com/?a=1&b=<2>\n"))
    }

    @Test func numbersAreRightAligned() throws {
        let text = TableRenderer.render(sampleReport(), options: RenderOptions())
        let lines = text.split(separator: "\n").map(String.init)
        // "$1,234.50", "-$12.00" and "$2.68" end in the same column.
        let ends = try ["$1,234.50", "-$12.00", "$2.68"].map { amount in
            let line = try #require(lines.first { $0.contains(amount) })
            let range = try #require(line.range(of: amount))
            return DisplayWidth.of(String(line[..<range.upperBound]))
        }
        #expect(Set(ends).count == 1)
        #expect(text.contains("never"))
    }

    @Test func colourOnlyWhenAsked() {
        let text = TableRenderer.render(sampleReport(), options: RenderOptions(color: true))
        #expect(text.contains("\u{1B}[1;32m* api/gpt-4o-mini"))
        #expect(text.contains("\u{1B}[0m"))
    }

    @Test func japaneseLabelsAlign() throws {
        let table = Table(
            id: "options",
            columns: [
                Column(key: "option", label: Phrases.text(.option, .ja)),
                Column(
                    key: "monthly_cost", label: Phrases.text(.monthlyCost, .ja), unit: "JPY/月",
                    alignment: .right),
            ],
            rows: [
                Row(
                    cells: [.text("自前ホスティング"), .money(dec("1234.5"), currency: "JPY", places: 0)],
                    marked: true),
                Row(cells: [.text("API"), .money(dec("98765"), currency: "JPY", places: 0)]),
            ])
        let report = Report(title: "比較", sections: [Section(table: table)])
        let text = TableRenderer.render(report, options: RenderOptions(language: .ja))
        let lines = text.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("  ") || $0.hasPrefix("* ")
        }
        try #require(lines.count == 4)
        #expect(lines[0] == "  選択肢            月額コスト (JPY/月)")
        #expect(lines[2] == "* 自前ホスティング               ¥1,235")
        #expect(Set(lines.map(DisplayWidth.of)).count == 1)
        // Counting characters instead of columns would have misaligned these lines.
        #expect(Set(lines.map(\.count)).count > 1)
    }

    @Test func wrapsParagraphsAtWidth() {
        let paragraph = "one two three four five six seven eight nine ten eleven twelve"
        let report = Report(title: "T", sections: [Section(paragraphs: [paragraph])])
        let text = TableRenderer.render(report, options: RenderOptions(width: 40))
        // 40 columns take the first 8 words (39 columns); "ten" would make 43.
        #expect(text == "T\n\none two three four five six seven eight\nnine ten eleven twelve\n")
        // A narrower width is raised to the minimum of 40.
        #expect(TableRenderer.render(report, options: RenderOptions(width: 10)) == text)
    }

    @Test func terminalControlsInDataAreRemoved() {
        let table = Table(
            id: "t", columns: [Column(key: "a", label: "A")], rows: [Row(cells: [.text("x\u{1B}[31my")])])
        let text = TableRenderer.render(
            Report(title: "T", sections: [Section(table: table)]), options: RenderOptions())
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("x[31my"))
    }
}

@Suite("Markdown")
struct MarkdownRendererTests {
    @Test func gitHubTableShape() throws {
        let text = MarkdownRenderer.render(sampleReport(), options: RenderOptions())
        let lines = text.split(separator: "\n").map(String.init)
        let headerIndex = try #require(lines.firstIndex { $0.hasPrefix("| Option |") })
        #expect(
            lines[headerIndex]
                == "| Option | Monthly cost (USD/month) | Input price (USD/1M tok) | Requests (requests/month) "
                + "| Cached (%) | Break-even (requests/month) |")
        #expect(lines[headerIndex + 1] == "| :--- | ---: | ---: | ---: | ---: | ---: |")
        #expect(
            lines[headerIndex + 2]
                == "| **api/gpt-4o-mini** [1] | **$1,234.50** | **$0.075** | **3,000,000** | **30.0%** | **never** |"
        )
        // Each row of the table has exactly seven unescaped pipes: six cells.
        for line in lines[headerIndex...(headerIndex + 4)] {
            let unescaped = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(unescaped == 7, "\(line)")
        }
    }

    @Test func cellsAreEscaped() {
        let text = MarkdownRenderer.render(sampleReport(), options: RenderOptions())
        // One `$` in a cell cannot pair into a maths formula, so it stays `$` (no `\$` in chat tools).
        #expect(text.contains("| self \\| H100, \"8x\"<br>rented | -$12.00 |"))
        #expect(text.contains("# Costs &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!text.contains("<script"))
        #expect(text.contains("| =HYPERLINK(\"x\") | $2.68 | $0.028 | 0 | 0.0% |  |"))
    }

    @Test func onlyADollarThatCouldCloseAFormulaIsEscaped() {
        // "$5 and -$3": the second `$` follows "-", so GitHub could read "$5 and -$" as maths.
        #expect(MarkdownRenderer.escape("from $5 and -$3 to $7") == "from $5 and -\\$3 to $7")
        #expect(MarkdownRenderer.escape("-$12.00") == "-$12.00")
        #expect(MarkdownRenderer.escape("$0.14 input / $0.28 output") == "$0.14 input / $0.28 output")
    }

    @Test func footnotesAreListed() {
        let text = MarkdownRenderer.render(sampleReport(), options: RenderOptions())
        // The URL is an autolink (nothing escaped inside); it ends where `<` begins.
        #expect(text.hasSuffix("\n\n- [1] Source: <https://example.com/?a=1&b=>&lt;2&gt;\n"))
        #expect(text.contains("\n\n## Summary\n\n| Item | Value |\n| :--- | ---: |\n| Setup | ¥1,235 |\n"))
    }
}

@Suite("CSV")
struct CSVRendererTests {
    @Test func opensWithAByteOrderMarkAndABlockNamingTheReport() throws {
        let text = CSVRenderer.render(sampleReport(), options: RenderOptions())
        #expect(text.hasPrefix("\u{FEFF}report,Costs <script>alert(1)</script>\r\nscenario,Sample\r\n"))
        let records = try #require(parseCSV(text))
        #expect(records[0] == ["report", "Costs <script>alert(1)</script>"])
        #expect(records[1] == ["scenario", "Sample"])
        #expect(records[2] == ["as of", "2025-01-01"])
        #expect(records[3] == ["currency", "USD"])
        #expect(records[4] == [""])
        let plain = CSVRenderer.render(sampleReport(), options: RenderOptions(byteOrderMark: false))
        #expect(plain.hasPrefix("report,"))
        #expect("\u{FEFF}" + plain == text)
    }

    @Test func parsesBackToPlainNumbers() throws {
        let text = CSVRenderer.render(sampleReport(), options: RenderOptions())
        let records = Array(try #require(parseCSV(text)).dropFirst(5))
        // Each table is introduced by its title.
        #expect(records[0] == ["Options"])
        #expect(
            records[1] == [
                "Option", "Monthly cost (USD/month)", "Input price (USD/1M tok)", "Requests (requests/month)",
                "Cached (%)", "Break-even (requests/month)", "Break-even (reason)", "currency",
            ])
        // 30% under "(%)" is 30.0; the number column stays empty where a value does not exist,
        // its reason in the next column.
        #expect(
            records[2] == [
                "api/gpt-4o-mini", "1234.50", "0.075", "3000000", "30.0", "",
                "one replica at full utilisation costs at least what the API charges for the same tokens",
                "USD",
            ])
        #expect(
            records[3] == [
                "self | H100, \"8x\"\nrented", "-12.00", "2.50", "250000", "12.5", "1500000", "", "USD",
            ])
        #expect(records[4] == ["'=HYPERLINK(\"x\")", "2.68", "0.028", "0", "0.0", "", "", "USD"])
        // The plain numbers are the displayed rounding of the exact values.
        #expect(dec(records[4][1]) == Rounding.rounded(dec("2.675"), places: 2))
        #expect(dec(records[2][2]) == dec("0.075"))
    }

    @Test func blocksAreSeparatedByAnEmptyLine() throws {
        let text = CSVRenderer.render(sampleReport(), options: RenderOptions())
        let records = Array(try #require(parseCSV(text)).dropFirst(5))
        #expect(records.count == 12)
        #expect(records[5] == [""])
        #expect(records[6] == ["Summary"])
        #expect(records[7] == ["Item", "Value", "currency"])
        #expect(records[8] == ["Setup", "1235", "JPY"])
        #expect(records[9] == [""])
        #expect(records[10] == ["footnote", "text"])
        #expect(records[11] == ["1", "Source: https://example.com/?a=1&b=<2>"])
    }

    @Test func oneTablePerFile() throws {
        let report = sampleReport()
        #expect(TableSelection.selectors(in: report) == ["options", "summary"])
        let text = CSVRenderer.render(report, options: RenderOptions(table: "summary"))
        let records = try #require(parseCSV(text))
        // The first block, then the one table; no other table and no footnotes.
        #expect(records.count == 8)
        #expect(
            Array(records[5...]) == [["Summary"], ["Item", "Value", "currency"], ["Setup", "1235", "JPY"]])
        // Two tables with one key are told apart by their place.
        var twice = report
        twice.sections[1].table?.id = "options"
        #expect(TableSelection.selectors(in: twice) == ["options.1", "options.2"])
        let second = try #require(
            parseCSV(CSVRenderer.render(twice, options: RenderOptions(table: "options.2"))))
        #expect(second[5] == ["Summary"])
    }

    @Test func fleetsTakeThreeNumberColumns() throws {
        let table = Table(
            id: "t", columns: [Column(key: "replicas", label: "Replicas × GPUs", unit: "= GPUs")],
            rows: [Row(cells: [.fleet(replicas: 3, gpusPerReplica: 2)]), Row(cells: [.empty])])
        let records = try #require(parseCSV(CSVRenderer.render(table, options: RenderOptions(language: .ja))))
        #expect(records[0] == ["レプリカ数", "1レプリカあたりのGPU数", "GPU数"])
        // 3 replicas × 2 GPUs = 6 GPUs.
        #expect(records[1] == ["3", "2", "6"])
        #expect(records[2] == ["", "", ""])
    }

    @Test func recordsEndInCRLFAndQuotesAreDoubled() {
        let text = CSVRenderer.render(sampleReport(), options: RenderOptions())
        #expect(text.contains("\r\nOption,Monthly cost (USD/month),"))
        #expect(text.contains("\r\n\"self | H100, \"\"8x\"\"\nrented\",-12.00,"))
        #expect(text.hasSuffix("\r\n"))
        // The only bare LF is the one inside the quoted cell.
        #expect(text.replacingOccurrences(of: "\r\n", with: "").filter { $0 == "\n" }.count == 1)
    }

    @Test(
        "formula-looking text is neutralised, numbers are not",
        arguments: [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1", "'+1"), ("-cmd", "'-cmd"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"), ("safe", "safe"),
        ])
    func injection(text: String, expected: String) throws {
        let table = Table(
            id: "t", columns: [Column(key: "a", label: "A"), Column(key: "b", label: "B")],
            rows: [Row(cells: [.text(text), .decimal(dec("-1.5"), places: 2)])])
        let csv = CSVRenderer.render(table, options: RenderOptions())
        let records = try #require(parseCSV(csv))
        #expect(records[1] == [expected, "-1.50"])
    }

    @Test func mixedCurrenciesGetOneColumnEach() throws {
        let table = Table(
            id: "t",
            columns: [Column(key: "usd", label: "US"), Column(key: "jpy", label: "JP")],
            rows: [
                Row(cells: [
                    .money(dec("1.5"), currency: "USD", places: 2),
                    .money(dec("150"), currency: "JPY", places: 0),
                ])
            ])
        let records = try #require(parseCSV(CSVRenderer.render(table, options: RenderOptions(language: .ja))))
        #expect(records[0] == ["US", "US 通貨", "JP", "JP 通貨"])
        #expect(records[1] == ["1.50", "USD", "150", "JPY"])
    }
}

@Suite("JSON")
struct JSONRendererTests {
    private func document() throws -> [String: Any] {
        let text = JSONRenderer.render(sampleReport(), options: RenderOptions())
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func shapeAndExactAmounts() throws {
        let json = try document()
        #expect(json["schema"] as? String == "llmcost/report@2")
        #expect(json["title"] as? String == "Costs <script>alert(1)</script>")
        #expect(json["scenario"] as? String == "Sample")
        #expect(json["as_of"] as? String == "2025-01-01")
        let tables = try #require(json["tables"] as? [[String: Any]])
        #expect(tables.map { $0["key"] as? String } == ["options", "summary"])
        let columns = try #require(tables[0]["columns"] as? [[String: Any]])
        #expect(columns.map { $0["key"] as? String }.first == "option")
        #expect(columns[1]["label"] as? String == "Monthly cost (USD/month)")
        #expect(
            columns.map { $0["type"] as? String } == [
                "text", "money", "price_per_mtok", "count", "percent", "count",
            ])
        let rows = try #require(tables[0]["rows"] as? [[String: Any]])
        #expect(rows[0]["marked"] as? Bool == true)
        #expect(rows[0]["footnotes"] as? [Int] == [1])
        let first = try #require(rows[0]["values"] as? [String: Any])
        let cost = try #require(first["monthly_cost"] as? [String: String])
        #expect(cost == ["amount": "1234.5", "currency": "USD"])
        #expect((first["requests"] as? NSNumber)?.intValue == 3_000_000)
        // A share is a number (0.3 for 30%), not a string.
        #expect((first["cached_share"] as? NSNumber)?.doubleValue == 0.3)
        // An absent value is null, with its reason code beside it.
        #expect(first["break_even"] is NSNull)
        #expect(rows[0]["reasons"] as? [String: String] == ["break_even": "replica_not_cheaper"])
        let third = try #require(rows[2]["values"] as? [String: Any])
        // Unrounded: 2.675 stays 2.675 although it shows as $2.68.
        #expect((third["monthly_cost"] as? [String: String])?["amount"] == "2.675")
        #expect(third["break_even"] is NSNull)
        #expect(rows[2]["reasons"] as? [String: String] == [:])
        let second = try #require(rows[1]["values"] as? [String: Any])
        #expect(second["option"] as? String == "self | H100, \"8x\"\nrented")
        // Display-only words go under the row's labels, the row's key beside them.
        let summary = try #require((tables[1]["rows"] as? [[String: Any]])?.first)
        #expect(summary["key"] as? String == "setup")
        #expect(summary["labels"] as? [String: String] == ["item": "Setup"])
        #expect((summary["values"] as? [String: Any])?.keys.sorted() == ["value"])
    }

    @Test func optionIDs() {
        #expect(
            JSONRenderer.optionID(.api(model: "openai/gpt-4o", tier: nil))
                == #"{"api": "openai/gpt-4o", "tier": null}"#)
        #expect(
            JSONRenderer.optionID(.deployment(id: "d", mode: .rent, offer: "lambda", used: false))
                == #"{"deployment": "d", "mode": "rent", "offer": "lambda", "used": false}"#)
    }

    @Test func deterministicKeyOrder() throws {
        let text = JSONRenderer.render(sampleReport(), options: RenderOptions())
        #expect(text == JSONRenderer.render(sampleReport(), options: RenderOptions()))
        let positions = try [
            "\"schema\"", "\"report\"", "\"language\"", "\"scenario\"", "\"title\"", "\"subtitle\"",
            "\"tables\"", "\"footnotes\"",
        ]
        .map { try #require(text.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted())
        #expect(text.hasPrefix("{\n  \"schema\": \"llmcost/report@2\",\n"))
    }

    @Test func stringEscaping() {
        #expect(JSONRenderer.string("a\"b\\c\n\u{1}\u{2028}日本") == "\"a\\\"b\\\\c\\n\\u0001\\u2028日本\"")
    }
}

@Suite("HTML")
struct HTMLRendererTests {
    /// Japanese cells break only between phrases: a `<wbr/>` after each, under the page's
    /// `word-break:keep-all`; `GPT-4o` kept on one line; のみ (only) and では stay whole.
    @Test func japaneseCellsBreakOnlyBetweenPhrases() {
        #expect(HTMLRenderer.phrased("2か月目に移行", .ja) == "2か月目に<wbr/>移行")
        #expect(HTMLRenderer.phrased("APIのみ（GPT-4o）", .ja) == "APIのみ<wbr/><span class=\"nw\">（GPT-4o）</span>")
        #expect(HTMLRenderer.phrased("このリクエストの形では", .ja) == "この<wbr/>リクエストの<wbr/>形では")
        #expect(HTMLRenderer.phrased("GPT-4o <mini>", .en) == "GPT-4o &lt;mini&gt;")
        let page = HTMLRenderer.render(
            Report(
                title: "T",
                sections: [
                    Section(
                        table: Table(
                            id: "t", columns: [Column(key: "a", label: "計画")],
                            rows: [Row(cells: [.text("初月から自社運用")])]))
                ]),
            options: RenderOptions(language: .ja))
        #expect(page.contains("word-break:keep-all"))
        #expect(!page.contains("auto-phrase"))
    }

    /// The hyphen of a name is no minus sign: only real amounts get the `nowrap` amount span.
    @Test func aHyphenInANameIsNoAmount() {
        #expect(
            HTMLRenderer.unsplitAmounts("GPT-4o at -$12.50")
                == "GPT-4o at <span class=\"amount\">-$12.50</span>")
        #expect(HTMLRenderer.unsplitAmounts("gpt-oss-120b") == "gpt-oss-120b")
    }

    @Test func wellFormedSelfContainedDocument() throws {
        let text = HTMLRenderer.render(sampleReport(language: .ja), options: RenderOptions(language: .ja))
        let names = try #require(xmlElementNames(text))
        #expect(names.first == "html")
        #expect(names.contains("svg") && names.contains("polyline") && names.contains("th"))
        #expect(text.contains("<meta charset=\"utf-8\" />"))
        #expect(text.contains("lang=\"ja\""))
        #expect(
            text.contains("<th scope=\"col\" class=\"num\">月額コスト<span class=\"unit\">USD/month</span></th>"))
        #expect(text.contains("<tr class=\"marked\">"))
        #expect(
            text.contains(
                "<td class=\"num\" title=\"フル稼働の1レプリカでも、同じトークン量の API 料金以上のコストがかかります\">なし</td>"))
        #expect(!text.contains("src="))
        #expect(
            text.contains(
                "<a href=\"https://example.com/?a=1&amp;b=\">https://example.com/?a=1&amp;b=</a>&lt;2&gt;"))
    }

    @Test func everyStringIsEscaped() {
        let text = HTMLRenderer.render(sampleReport(), options: RenderOptions())
        #expect(text.contains("<title>Costs &lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(!text.contains("<script"))
        #expect(text.contains("self | H100, &quot;8x&quot;"))
        #expect(text.contains("a=1&amp;b=</a>&lt;2&gt;"))
        #expect(Markup.escape("'&'") == "&#39;&amp;&#39;")
    }

    @Test func urlsAreFoundWithoutTheirTrailingPunctuation() {
        #expect(
            Links.pieces("see https://a.example/x_y. Then (https://b.example/p) and http://c.example/q(1)")
                == [
                    .text("see "), .url("https://a.example/x_y"), .text(". Then ("),
                    .url("https://b.example/p"),
                    .text(") and "), .url("http://c.example/q(1)"),
                ])
        #expect(Links.pieces("javascript:alert(1)") == [.text("javascript:alert(1)")])
        #expect(Links.pieces("") == [])
    }

    @Test func markersAreSeparatedAndAmountsStayWhole() {
        var report = sampleReport()
        report.sections[0].table?.rows[1].footnoteRefs = [6, 7]
        report.footnotes.append(
            Footnote(number: 6, text: "Saving −$233,364.76 over 36 months, from 2026-12-03."))
        let text = HTMLRenderer.render(report, options: RenderOptions())
        // Two notes read "6, 7", never "67".
        #expect(text.contains("<sup class=\"refs\"><a href=\"#fn-6\">6</a>, <a href=\"#fn-7\">7</a></sup>"))
        // The sign stays with its digits; the date is not broken at its hyphens.
        #expect(text.contains("Saving <span class=\"amount\">−$233,364.76</span> over 36 months"))
        #expect(text.contains("from <span class=\"amount\">2026-12-03</span>."))
        #expect(text.contains(".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"))
    }

    @Test func printsLandscapeWithRepeatedHeaders() {
        let text = HTMLRenderer.render(sampleReport(language: .ja), options: RenderOptions(language: .ja))
        // Landscape on the printer's own paper (A4 or Letter), not A4 forced on a Letter printer.
        #expect(text.contains("@page{size:landscape;"))
        #expect(!text.contains("A4"))
        #expect(text.contains("thead{display:table-header-group}"))
        // Japanese breaks between phrases, not inside words.
        #expect(text.contains(":lang(ja){word-break:keep-all;line-break:strict;overflow-wrap:break-word}"))
        #expect(text.contains("lang=\"ja\""))
    }

    @Test func footnoteLinks() {
        let text = HTMLRenderer.render(sampleReport(), options: RenderOptions())
        #expect(text.contains("api/gpt-4o-mini<sup class=\"refs\"><a href=\"#fn-1\">1</a></sup>"))
        #expect(text.contains("<li id=\"fn-1\" value=\"1\">"))
    }
}

@Suite("SVG")
struct SVGRendererTests {
    @Test func wellFormedWithTitleFirst() throws {
        let text = SVGRenderer.render(sampleReport(), options: RenderOptions())
        let names = try #require(xmlElementNames(text))
        #expect(Array(names.prefix(2)) == ["svg", "title"])
        #expect(names.filter { $0 == "polyline" }.count == 2)
        #expect(names.contains("circle"))
        #expect(text.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!text.contains("<script"))
        #expect(text.contains("<title>Cost &lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(text.contains(">Self-hosted &amp; rented</text>"))
        #expect(text.contains(">Requests (per month)</text>"))
        #expect(text == SVGRenderer.render(sampleReport(), options: RenderOptions()))
    }

    @Test func logTicksArePowersOfTen() {
        let text = SVGRenderer.render(sampleReport(), options: RenderOptions())
        for label in ["1k", "10k", "100k", "1M", "10M"] {
            #expect(text.contains(">\(label)</text>"), "missing tick \(label)")
        }
    }

    @Test func stepSeriesIsHorizontalThenVertical() throws {
        let text = SVGRenderer.render(sampleReport(), options: RenderOptions())
        let line = try #require(text.split(separator: "\n").first { $0.contains("class=\"series step\"") })
        let start = try #require(line.range(of: "points=\"")).upperBound
        let end = try #require(line[start...].firstIndex(of: "\""))
        let vertices = line[start..<end].split(separator: " ").map {
            $0.split(separator: ",").map(String.init)
        }
        // Three points become five vertices: p0, (x1, y0), p1, (x2, y1), p2.
        try #require(vertices.count == 5)
        for vertex in vertices {
            for coordinate in vertex {
                #expect(coordinate.wholeMatch(of: /-?\d+\.\d/) != nil, "\(coordinate)")
            }
        }
        #expect(vertices[1][1] == vertices[0][1])  // horizontal first
        #expect(vertices[2][0] == vertices[1][0])  // then vertical
        #expect(vertices[3][1] == vertices[2][1])
    }

    @Test func linearTicksStepOneTwoFive() {
        let scale = AxisScale(values: [3, 37], scale: .linear)
        #expect(scale.ticks == [0, 10, 20, 30, 40])
        #expect(AxisScale.niceStep(0.3) == 0.5)
        #expect(AxisScale.niceStep(1500) == 2000)
        let small = AxisScale(values: [0.21], scale: .linear)
        #expect(small.label(0.05) == "0.05")
        #expect(SVGRenderer.fmt(-0.04) == "0.0")
        #expect(SVGRenderer.fmt(-12.35) == "-12.4")
    }

    @Test func eachOfTheFirstSeriesHasItsOwnColourAndDash() {
        // Colours cycle through 10, dashes through 4: the first 20 series differ in the pair.
        let strokes = (0..<20).map(SVGRenderer.stroke)
        #expect(Set(strokes).count == 20)
        #expect(!SVGRenderer.stroke(0).contains("dasharray"))
        #expect(SVGRenderer.stroke(1).contains("stroke-dasharray=\"8 4\""))
        #expect(SVGRenderer.stroke(2).contains("stroke-dasharray=\"2 3\""))
        // Neighbours never share a colour or a dash.
        for index in 0..<5 {
            let (a, b) = (SVGRenderer.stroke(index), SVGRenderer.stroke(index + 1))
            #expect(a.prefix(18) != b.prefix(18))
            #expect(a.contains("dasharray") != b.contains("dasharray") || a.suffix(12) != b.suffix(12))
        }
    }

    @Test func aLongLegendNameGetsASmallerFont() {
        // Room right of the line sample: 720 − (80 + 30) − 8 = 602 px. At 0.56 em a glyph,
        // 60 characters need 60 × 0.56 × 12 = 403 px (fits at 12); 120 need 806 px, so
        // 602 / (120 × 0.56) = 8.96 → 8; 300 would need less than 7, so 7.
        #expect(SVGRenderer.legendFontSize(String(repeating: "a", count: 60)) == 12)
        #expect(SVGRenderer.legendFontSize(String(repeating: "a", count: 120)) == 8)
        #expect(SVGRenderer.legendFontSize(String(repeating: "a", count: 300)) == 7)
        // A wide (CJK) character counts twice: 60 of them are as wide as 120 narrow ones.
        #expect(SVGRenderer.legendFontSize(String(repeating: "月", count: 60)) == 8)
    }

    @Test func reportWithoutChartsIsStillValid() throws {
        let text = SVGRenderer.render(Report(title: "A <b>"), options: RenderOptions())
        #expect(try #require(xmlElementNames(text)) == ["svg", "title", "text"])
    }

    @Test func everyFormatEndsWithALineBreak() {
        for format in OutputFormat.allCases {
            #expect(
                Renderer.render(sampleReport(), as: format, options: RenderOptions()).unicodeScalars.last
                    == "\n")
        }
    }
}

/// SVG coordinates are written by integer arithmetic; a value past `Int`'s range must not trap.
@Suite struct SVGCoordinateTests {
    @Test func coordinatesAreClampedBeforeIntegerConversion() {
        #expect(SVGRenderer.fmt(12.34) == "12.3")
        #expect(SVGRenderer.fmt(-0.04) == "0.0")
        // 1e300 × 10 is far past Int.max (about 9.2e18): clamped to 10^15.
        #expect(SVGRenderer.fmt(1e300) == "1000000000000000.0")
        #expect(SVGRenderer.fmt(-1e300) == "-1000000000000000.0")
        #expect(SVGRenderer.fmt(.nan) == "0.0")
    }
}

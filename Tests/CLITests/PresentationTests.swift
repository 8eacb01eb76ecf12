import DefaultData
import Foundation
import LLMCostCLI
import Pricing
import Reports
import Testing

/// Where the terminal width comes from, and the charts as drawn: labels apart and inside.
@Suite struct PresentationTests {
    func widest(_ text: String) -> Int {
        text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
    }

    func run(_ arguments: [String], terminal: Int?, variables: [String: String] = [:]) -> CLIResult {
        let environment = CLIEnvironment(
            today: CalendarDate(year: 2026, month: 12, day: 3), variables: variables,
            stdoutIsTerminal: terminal != nil, currentDirectory: NSTemporaryDirectory(),
            terminalColumns: terminal)
        return CLI.run(arguments: arguments, environment: environment)
    }

    @Test func theWidthComesFromTheTerminalThenColumnsElseNone() {
        // Wide, compare's option table is over 200 columns.
        let wide = run(["compare", "--no-color"], terminal: nil).stdout
        #expect(widest(wide) > 200)
        // A terminal's own width wins over COLUMNS.
        #expect(
            widest(run(["compare", "--no-color"], terminal: 90, variables: ["COLUMNS": "150"]).stdout) <= 90)
        // Into a pipe, COLUMNS when set; a COLUMNS that is not a number is ignored.
        #expect(widest(run(["compare"], terminal: nil, variables: ["COLUMNS": "100"]).stdout) <= 100)
        #expect(run(["compare"], terminal: nil, variables: ["COLUMNS": "1e3"]).stdout == wide)
        // --wide, and -o, always give the wide layout.
        #expect(run(["compare", "--wide", "--no-color"], terminal: 90).stdout == wide)
        // A terminal too narrow to read is laid out at 40.
        #expect(widest(run(["compare", "--no-color"], terminal: 20).stdout) <= 40)
    }

    /// With more than one API drawn, a break-even marker names the API it is against; with one, it
    /// need not.
    /// A narrow `prices list` shows one record per model; in Japanese each label ends in the
    /// full-width colon (提供元：), and the values still start in one column although the colon
    /// takes two terminal columns there.
    @Test func narrowRecordsEndTheirLabelsWithTheLanguagesColon() {
        let ja = run(["prices", "list", "--lang", "ja"], terminal: 80).stdout
        #expect(ja.contains("    提供元："))
        #expect(!ja.contains("提供元:"))
        let valueColumns = Set(
            ja.split(separator: "\n").map(String.init).filter { $0.hasPrefix("    ") && $0.contains("：") }
                .compactMap { line -> Int? in
                    guard let colon = line.range(of: "：") else { return nil }
                    let rest = line[colon.upperBound...]
                    let padding = rest.prefix { $0 == " " }.count
                    return DisplayWidth.of(String(line[..<colon.upperBound])) + padding
                })
        #expect(valueColumns.count == 1)
        let en = run(["prices", "list", "--no-color"], terminal: 60).stdout
        #expect(en.contains("    Provider:"))
    }

    @Test func breakEvenMarkersNameTheirAPIWhenSeveralAreDrawn() {
        let models = ["--models", "openai/gpt-6.1-sol,google/gemini-3.8-flash", "--mode", "rent"]
        let two = run(["compare"] + models + ["--format", "svg"], terminal: nil).stdout
        #expect(two.contains(">break-even vs GPT-6.1 Sol 1.2M<"))
        #expect(two.contains(">break-even vs Gemini 3.8 Flash 3.3M<"))
        let ja = run(["compare"] + models + ["--format", "svg", "--lang", "ja"], terminal: nil).stdout
        #expect(ja.contains(">GPT-6.1 Solとの損益分岐 125万<"))
        let one = run(
            ["compare", "--models", "openai/gpt-6.1-sol", "--mode", "rent", "--format", "svg"], terminal: nil
        ).stdout
        #expect(one.contains(">break-even 1.2M<"))
    }

    /// In call-centre-ja self-hosting breaks even only against GPT-4o and Bedrock, neither among
    /// the three cheapest APIs: the chart draws them too, with their break-even markers (it drew
    /// none before).
    @Test func theChartDrawsTheAPIsSelfHostingBreaksEvenAgainst() throws {
        let path = NSTemporaryDirectory() + "llmcost-yen-\(UUID().uuidString).json"
        try defaultFile("scenarios/call-centre-ja.json").write(
            toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let svg = run(["compare", "--scenario", path, "--format", "svg"], terminal: nil).stdout
        #expect(svg.contains("<title>GPT-4o (openai)</title>"))
        #expect(svg.contains(">break-even vs GPT-4o 826k<"))
        #expect(svg.contains(">break-even vs Llama 3 70B Instruct (AWS Bedrock) 976k<"))
        // The three cheapest and both self-hosting options stay: seven lines.
        #expect(svg.components(separatedBy: "<polyline class=\"series").count - 1 == 7)
    }

    @Test func writingAFileIsWide() throws {
        let directory = NSTemporaryDirectory() + "llmcost-present-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = run(
            ["compare", "-o", directory + "/c.txt"], terminal: nil, variables: ["COLUMNS": "80"])
        #expect(result.exitCode == .success)
        let text = String(
            decoding: try #require(FileManager.default.contents(atPath: directory + "/c.txt")), as: UTF8.self)
        #expect(widest(text) > 200)
    }

    /// The label boxes of every chart golden, read back from the SVG: inside their chart's
    /// canvas and never on top of each other.
    @Test(
        arguments: try FileManager.default.contentsOfDirectory(atPath: GoldenTests.directory.path)
            .filter { $0.hasSuffix(".svg") || $0.hasSuffix(".html") }.sorted())
    func chartLabelsStayApartAndInside(_ file: String) throws {
        let text = String(
            decoding: try #require(
                FileManager.default.contents(atPath: GoldenTests.directory.appendingPathComponent(file).path)),
            as: UTF8.self)
        // Each chart is an <svg … height="H" …> whose boxes follow it, up to the next chart.
        let charts = text.components(separatedBy: "<svg ").dropFirst()
        for chart in charts {
            guard let height = number(after: "height=\"", in: chart),
                let width = number(after: "width=\"", in: chart)
            else { continue }
            var boxes: [(Double, Double, Double, Double)] = []
            for piece in chart.components(separatedBy: "<rect class=\"label\" ").dropFirst() {
                let values = ["x=\"", "y=\"", "width=\"", "height=\""].compactMap {
                    number(after: $0, in: piece)
                }
                try #require(values.count == 4)
                boxes.append((values[0], values[1], values[2], values[3]))
            }
            // Each title line, centred, at about 0.62 em a column (a wide character two), fits.
            let title = try Regex(#"font-size="([0-9]+)" font-weight="bold">([^<]*)<"#)
            for match in chart.matches(of: title) {
                let size = try #require(match.output[1].substring.flatMap { Double($0) })
                let line = String(match.output[2].substring ?? "")
                let drawn = Double(DisplayWidth.of(line)) * 0.62 * size
                #expect(drawn <= width - 24, "\(file): title line '\(line)' is \(drawn) px wide")
            }
            for (index, box) in boxes.enumerated() {
                #expect(
                    box.0 >= 0 && box.1 >= 0 && box.0 + box.2 <= width && box.1 + box.3 <= height,
                    "\(file): \(box)")
                for other in boxes[(index + 1)...] {
                    let apart =
                        box.0 + box.2 <= other.0 || other.0 + other.2 <= box.0 || box.1 + box.3 <= other.1
                        || other.1 + other.3 <= box.1
                    #expect(apart, "\(file): \(box) overlaps \(other)")
                }
            }
        }
    }

    private func number(after key: String, in text: String) -> Double? {
        guard let start = text.range(of: key)?.upperBound,
            let end = text[start...].firstIndex(of: "\"")
        else { return nil }
        return Double(text[start..<end])
    }
}

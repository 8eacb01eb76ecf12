import Foundation
import LLMCostCLI
import Testing

/// A copy of the embedded models.json with faults planted at known places, validated in one run.
///
/// Expected positions are found in the generated text by locating what was planted, so the test
/// follows the data file as it changes; if a planting site disappears, `#require` says which.
@Suite struct PlantedFaultsTests {
    /// One expected line of `prices validate`, placed by where its text starts in the file.
    struct Expected {
        var offset: String.Index
        var path: String
        var message: String
    }

    /// The planted copy and the diagnostics each fault must produce, in file order.
    struct Planted {
        var text: String
        var expected: [Expected]
    }

    /// The line and column (in Unicode scalars) of `index` in `text`.
    static func position(of index: String.Index, in text: String) -> String {
        let before = text[..<index]
        let line = before.reduce(into: 1) { count, character in if character == "\n" { count += 1 } }
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return "\(line):\(text[lineStart..<index].unicodeScalars.count + 1)"
    }

    /// The index of model `id` in the embedded file, read with Foundation's parser, not ours.
    static func modelIndex(_ id: String, in text: String) throws -> Int {
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let models = try #require(root["models"] as? [[String: Any]])
        return try #require(
            models.firstIndex { $0["id"] as? String == id }, "no model '\(id)' in models.json")
    }

    /// Replaces the first `old` after the model `"id": "<anchor>"` with `new`.
    static func plant(_ text: inout String, model anchor: String, replacing old: String, with new: String)
        throws
    {
        let model = try #require(text.range(of: "\"id\": \"\(anchor)\""), "no model '\(anchor)' to plant in")
        let site = try #require(
            text.range(of: old, range: model.lowerBound..<text.endIndex),
            "no '\(old)' after model '\(anchor)'")
        text.replaceSubrange(site, with: new)
    }

    /// Where `needle` (unique in `text`) starts, shifted by `skip` characters.
    static func locate(_ needle: String, in text: String, skip: Int = 0, occurrence: Int = 0) throws
        -> String.Index
    {
        var from = text.startIndex
        var found: Range<String.Index>?
        for _ in 0...occurrence {
            found = text.range(of: needle, range: from..<text.endIndex)
            guard let range = found else { break }
            from = range.upperBound
        }
        let range = try #require(found, "'\(needle)' not found in the planted text")
        return text.index(range.lowerBound, offsetBy: skip)
    }

    /// Plants six faults in the embedded models.json, one per rule of SPEC §2.
    static func plantFaults() throws -> Planted {
        let original = defaultFile("models.json")
        var text = original
        try plant(
            &text, model: "openai/gpt-4o", replacing: #""input_per_mtok": 2.50,"#,
            with: #""input_per_mtok": -2.50,"#)
        try plant(
            &text, model: "openai/gpt-4o-mini", replacing: #""id": "openai/gpt-4o-mini""#,
            with: #""id": "openai/gpt-4o""#)
        try plant(&text, model: "openai/gpt-4.1", replacing: #""input_per_mtok""#, with: #""input_per_mtk""#)
        try plant(
            &text, model: "google/gemini-2.0-flash", replacing: #""effective": "2025-02-05""#,
            with: #""effective": "2027-02-05""#)
        try plant(
            &text, model: "google/gemini-2.5-flash", replacing: #""batch_discount": 0.5"#,
            with: #""batch_discount": 1.5"#)
        try plant(
            &text, model: "deepseek/deepseek-chat", replacing: #""input_per_mtok": 0.14,"#,
            with: #""input_per_mtok": 1.5000300000000002e-06,"#)

        let gpt4o = try modelIndex("openai/gpt-4o", in: original)
        let mini = try modelIndex("openai/gpt-4o-mini", in: original)
        let gpt41 = try modelIndex("openai/gpt-4.1", in: original)
        let flash20 = try modelIndex("google/gemini-2.0-flash", in: original)
        let flash25 = try modelIndex("google/gemini-2.5-flash", in: original)
        let deepseek = try modelIndex("deepseek/deepseek-chat", in: original)

        let firstID = try locate(#""id": "openai/gpt-4o""#, in: text, skip: 6)
        let misspelt = try locate(#""input_per_mtk""#, in: text)
        let misspeltObject = try #require(text[..<misspelt].lastIndex(of: "{"))
        let artifact = try locate("1.5000300000000002e-06", in: text)
        let expected = [
            Expected(
                offset: try locate("-2.50", in: text), path: "models[\(gpt4o)].prices[0].input_per_mtok",
                message: "-2.50 is negative"),
            Expected(
                offset: try locate(#""id": "openai/gpt-4o""#, in: text, skip: 6, occurrence: 1),
                path: "models[\(mini)].id",
                message:
                    "duplicate id 'openai/gpt-4o' (first at line \(position(of: firstID, in: text).prefix { $0 != ":" }))"
            ),
            Expected(
                offset: misspeltObject, path: "models[\(gpt41)].prices[0].input_per_mtok",
                message: "missing required field 'input_per_mtok'"),
            Expected(
                offset: misspelt, path: "models[\(gpt41)].prices[0].input_per_mtk",
                message: "unknown key 'input_per_mtk'; did you mean 'input_per_mtok'?"),
            Expected(
                offset: try locate(#""2027-02-05""#, in: text),
                path: "models[\(flash20)].prices[0].effective",
                message: "2027-02-05 is in the future (today is 2026-12-03)"),
            Expected(
                offset: try locate(#""batch_discount": 1.5"#, in: text, skip: 18),
                path: "models[\(flash25)].prices[0].batch_discount",
                message: "1.5 is outside 0–1 (a share: 0.5 means 50%)"),
            Expected(
                offset: artifact, path: "models[\(deepseek)].prices[0].input_per_mtok",
                message:
                    "warning: 1.5000300000000002e-06 looks like a floating-point artifact; write 0.00000150003 if that is meant"
            ),
            Expected(
                offset: artifact, path: "models[\(deepseek)].prices[0].input_per_mtok",
                message:
                    "warning: 1.5000300000000002e-06 per 1M tokens is implausibly small; is it a per-token price (× 1,000,000 = 1.5000300000000002)?"
            ),
        ]
        return Planted(
            text: text,
            expected: (expected + (try baseline(original, planted: text))).sorted { $0.offset < $1.offset })
    }

    /// What the shipped file itself draws (e.g. an open-ended $0 price set), placed in the planted
    /// text: every planting replaces text within one line, so other lines keep their positions.
    static func baseline(_ original: String, planted text: String) throws -> [Expected] {
        let scratch = try ScratchDirectory()
        try scratch.write("models.json", original)
        let result = llmcost("prices", "validate", "--format", "json", "models.json", in: scratch.path)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return try diagnostics.map { diagnostic in
            let line = try #require(diagnostic["line"] as? Int)
            let column = try #require(diagnostic["column"] as? Int)
            let lineText = lines[line - 1]
            let offset = lineText.unicodeScalars.index(lineText.startIndex, offsetBy: column - 1)
            let warning = diagnostic["severity"] as? String == "warning"
            return Expected(
                offset: offset, path: diagnostic["path"] as? String ?? "",
                message: (warning ? "warning: " : "") + (diagnostic["message"] as? String ?? ""))
        }
    }

    /// `N errors, M warnings` of the planted faults and the shipped file's own findings.
    static func counts(_ planted: Planted, extraErrors: Int = 0) -> String {
        let warnings = planted.expected.filter { $0.message.hasPrefix("warning: ") }.count
        return "\(planted.expected.count - warnings + extraErrors) errors, \(warnings) warnings"
    }

    static func lines(_ planted: Planted, file: String) -> [String] {
        planted.expected.map {
            "\(file):\(position(of: $0.offset, in: planted.text)): \($0.path): \($0.message)"
        }
    }

    @Test func everyPlantedFaultIsReportedAtItsLine() throws {
        let planted = try Self.plantFaults()
        let scratch = try ScratchDirectory()
        try scratch.write("planted.json", planted.text)
        let result = llmcost("prices", "validate", "planted.json", in: scratch.path)
        #expect(result.exitCode == .invalidInput)
        let expected = Self.lines(planted, file: "planted.json")
        #expect(
            result.stdout
                == (expected + ["1 file checked: \(Self.counts(planted))"]).map { $0 + "\n" }.joined())
    }

    @Test func aTruncatedCopyStillReportsEveryOtherFaultInOneRun() throws {
        var planted = try Self.plantFaults()
        // Cut the file inside the URL of its last `source`: the last price set loses its source
        // and checked, every open container its closing bracket.
        let lastSource = try #require(planted.text.range(of: #""source": "https://"#, options: .backwards))
        planted.text = String(planted.text[..<lastSource.upperBound]) + "cloud.goo"
        let opening = Self.position(
            of: planted.text.index(lastSource.lowerBound, offsetBy: 10), in: planted.text)
        let end = Self.position(of: planted.text.endIndex, in: planted.text)
        let scratch = try ScratchDirectory()
        try scratch.write("cut.json", planted.text)

        let result = llmcost("prices", "validate", "cut.json", in: scratch.path)

        #expect(result.exitCode == .invalidInput)
        #expect(result.stderr.isEmpty)
        let expected =
            Self.lines(planted, file: "cut.json") + [
                "cut.json:\(end): unterminated string starting at \(opening)",
                "1 file checked: \(Self.counts(planted, extraErrors: 1))",
            ]
        #expect(result.stdout == expected.map { $0 + "\n" }.joined())
        // What the cut explains (the last price set's lost source and checked) is not a fault of its own.
        #expect(!result.stdout.contains("'source'"))
        #expect(!result.stdout.contains("'checked'"))
    }

    @Test func theSyntaxErrorIsAtTheTrueEndOfFile() throws {
        let planted = try Self.plantFaults()
        let cut = String(planted.text.dropLast(40))
        let scratch = try ScratchDirectory()
        try scratch.write("cut.json", cut)
        let result = llmcost("prices", "validate", "--format", "json", "cut.json", in: scratch.path)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let syntax = try #require(diagnostics.last)
        let lines = cut.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(syntax["line"] as? Int == lines.count)
        #expect(syntax["column"] as? Int == (lines.last?.unicodeScalars.count ?? 0) + 1)
        #expect(syntax["path"] is NSNull)
        #expect(diagnostics.count == planted.expected.count + 1)
    }
}

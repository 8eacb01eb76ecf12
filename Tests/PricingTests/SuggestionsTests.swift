import Testing

@testable import Pricing

@Suite("closestMatch")
struct SuggestionsTests {
    static let keys = [
        "input_per_mtok", "output_per_mtok", "cached_input_per_mtok", "effective", "tiers", "source",
    ]
    static let flags = ["--currency", "--format", "--as-of", "--strict", "--max-age"]
    static let models = ["openai/gpt-4o", "openai/gpt-4o-mini", "openai/o1", "anthropic/claude-3-5-sonnet"]

    static let hits: [(word: String, candidates: [String], expected: String)] = [
        ("input_per_mtk", keys, "input_per_mtok"),
        ("outptu_per_mtok", keys, "output_per_mtok"),
        ("efective", keys, "effective"),
        ("Tiers", keys, "tiers"),
        ("--curency", flags, "--currency"),
        ("--fromat", flags, "--format"),
        ("--stirct", flags, "--strict"),
        ("openai/gpt4o", models, "openai/gpt-4o"),
        ("OpenAI/GPT-4o-mini", models, "openai/gpt-4o-mini"),
    ]

    @Test(arguments: hits)
    func suggestsTheIntendedSpelling(_ word: String, _ candidates: [String], _ expected: String) {
        #expect(closestMatch(to: word, among: candidates) == expected)
    }

    static let misses: [(word: String, candidates: [String])] = [
        ("price", keys),
        ("--verbose", flags),
        ("mistral/large", models),
        ("x", ["y"]),
        ("", keys),
        ("tiers", []),
    ]

    @Test(arguments: misses)
    func staysQuietWhenNothingIsClose(_ word: String, _ candidates: [String]) {
        #expect(closestMatch(to: word, among: candidates) == nil)
    }

    @Test func shortWordsAllowOneEditAndNineLettersAllowThree() {
        // "sorce" (5 letters): limit max(1, 5 / 3) = 1, so one deletion matches, two do not.
        #expect(closestMatch(to: "sorce", among: ["source"]) == "source")
        #expect(closestMatch(to: "srce", among: ["source"]) == nil)
        // "effectxxx" (9 letters): limit 3, and it is three substitutions from "effective".
        #expect(closestMatch(to: "effectxxx", among: ["effective"]) == "effective")
        #expect(closestMatch(to: "effecxxxx", among: ["effective"]) == nil)
    }

    @Test func tiesGoToTheSmallerDistanceThenTheFirstInOrder() {
        // "ab" is one swap from "ba" and one substitution from "ac"; "ac" sorts first.
        #expect(closestMatch(to: "ab", among: ["ba", "ac"]) == "ac")
        #expect(closestMatch(to: "ab", among: ["ac", "ba"]) == "ac")
        #expect(closestMatch(to: "tiers", among: ["tier", "tiers2", "tiers"]) == "tiers")
    }

    @Test(arguments: [
        ("kitten", "sitting", 3),
        ("ca", "abc", 3),  // optimal string alignment does not edit a swapped pair again
        ("abcd", "abdc", 1),
        ("", "abc", 3),
        ("日本語", "日本", 1),
    ])
    func editDistanceCountsEdits(_ a: String, _ b: String, _ distance: Int) {
        #expect(editDistance(Array(a), Array(b)) == distance)
        #expect(editDistance(Array(b), Array(a)) == distance)
    }
}

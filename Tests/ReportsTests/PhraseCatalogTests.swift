import Foundation
import Scenarios
import Testing

@testable import Reports

/// The one catalog of words: every phrase in every language, side by side.
@Suite struct PhraseCatalogTests {
    /// `{1}`, `{2}` … in a phrase, sorted.
    static func placeholders(_ text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.append(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found.sorted()
    }

    @Test(arguments: Phrase.allCases) func everyPhraseHasEveryLanguage(_ phrase: Phrase) {
        let entry = Phrases.entry(phrase)
        for language in Language.allCases {
            #expect(!entry(language).isEmpty, "\(phrase) has no \(language)")
            #expect(entry(language) == entry(language).trimmingCharacters(in: .whitespaces))
        }
        // The same arguments in every language, so no translation drops a number.
        #expect(Self.placeholders(entry.en) == Self.placeholders(entry.ja), "\(phrase)")
        // The Japanese is Japanese: it holds kana or kanji, not the English again.
        #expect(entry.ja != entry.en)
        #expect(
            entry.ja.unicodeScalars.contains {
                (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
            },
            "\(phrase): \(entry.ja)")
    }

    @Test func oneTermOneTranslation() {
        // A term has one Japanese form across the catalog (issue 17: キャッシュ入力 not 入力のキャッシュ,
        // 名前 not 名称, 注記 not 備考).
        let japanese = Phrase.allCases.map { Phrases.entry($0).ja }
        for avoided in ["入力のキャッシュ", "名称", "備考"] {
            #expect(!japanese.contains { $0.contains(avoided) }, "\(avoided)")
        }
        // No two phrases say the same English with different Japanese.
        var seen: [String: String] = [:]
        for phrase in Phrase.allCases {
            let entry = Phrases.entry(phrase)
            if let other = seen[entry.en.lowercased()] { #expect(other == entry.ja, "\(entry.en)") }
            seen[entry.en.lowercased()] = entry.ja
        }
    }

    @Test func argumentsFillTheirPlaces() {
        // Japanese puts the number first: "36か月以内になし"; English after: "not within 36 months".
        #expect(Phrases.text(.notWithinMonths, .en, "36") == "not within 36 months")
        #expect(Phrases.text(.notWithinMonths, .ja, "36") == "36か月以内になし")
        #expect(Phrases.text(.wrote, .ja, "a.csv") == "a.csv を書き出しました")
    }

    @Test(arguments: NeverReason.allCases) func everyReasonHasWords(_ reason: NeverReason) {
        for language in Language.allCases {
            let words = Phrases.reason(reason, language, horizonMonths: 36)
            #expect(!words.isEmpty && !words.contains("{"), "\(reason) in \(language)")
        }
        #expect(
            Phrases.reason(reason, .en, horizonMonths: 36) != Phrases.reason(reason, .ja, horizonMonths: 36))
    }
}

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

    /// Whether `text` holds kana or kanji.
    static func isJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
        }
    }

    /// The words of `text` in ASCII letters, at least two long.
    static func asciiWords(_ text: String) -> [String] {
        text.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 2 }
    }

    @Test(arguments: Phrase.allCases) func everyPhraseHasEveryLanguage(_ phrase: Phrase) {
        let entry = Phrases.entry(phrase)
        let wordless = Self.asciiWords(entry.en).isEmpty && !Self.isJapanese(entry.en)
        for language in Language.allCases {
            // Only a phrase of spacing and punctuation may be empty (Japanese needs no space).
            #expect(!entry(language).isEmpty || wordless, "\(phrase) has no \(language)")
        }
        // A translation may leave out a name the English repeats, never bring in one of its own.
        #expect(
            Set(Self.placeholders(entry.ja)).isSubset(of: Self.placeholders(entry.en)),
            "\(phrase): \(entry.ja)")
        // The Japanese is Japanese: kana or kanji, or only acronyms and symbols (API, NPV, P10, Σ).
        let english = Self.asciiWords(entry.ja).filter {
            $0 != $0.uppercased() && !["vs", "kWh"].contains($0)
        }
        #expect(Self.isJapanese(entry.ja) || wordless || english.isEmpty, "\(phrase): \(entry.ja)")
    }

    @Test func oneTermOneTranslation() {
        // A term has one Japanese form across the catalog (issue 17: キャッシュ入力 not 入力のキャッシュ,
        // 名前 not 名称, 注記 not 備考).
        let japanese = Phrase.allCases.map { Phrases.entry($0).ja }
        for avoided in ["入力のキャッシュ", "名称", "備考"] {
            #expect(!japanese.contains { $0.contains(avoided) }, "\(avoided)")
        }
        // No two phrases say the same English with different Japanese, but for English words that
        // name two things: a seat plan (プラン) and a migration plan (計画); a price change (変更),
        // its percentage (変化率) and its amount (差額); the seats kind (シート) and their cost (シート費用);
        // a fit's error (誤差) and a refused input's (エラー); the input tokens (入力) and a
        // sensitivity input, a value moved (変数).
        let homonyms: Set<String> = ["plan", "change", "seats", "error", "input"]
        var seen: [String: String] = [:]
        for phrase in Phrase.allCases where !homonyms.contains(Phrases.entry(phrase).en.lowercased()) {
            let entry = Phrases.entry(phrase)
            // Punctuation follows the sentence around it (`; ` is `。` or `、`): words only.
            if Self.asciiWords(entry.en).isEmpty { continue }
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

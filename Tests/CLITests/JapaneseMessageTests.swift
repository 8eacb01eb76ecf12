import Foundation
import LLMCostCLI
import Testing

/// Issue 17: what `--lang ja` users see once the language is known is Japanese, with the same exit codes.
@Suite struct JapaneseMessageTests {
    /// True when `text` holds kana or kanji.
    static func isJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
        }
    }

    @Test(arguments: [
        ["compare", "--rate", "2.5XYZ"],
        ["compare", "--fx", "JPY=151.2", "--fx", "EUR=0.9"],
        ["compare", "--scenario", "-", "--prices", "-"],
        ["prices", "diff", "a.json", "b.json", "--currency", "JPY"],
    ])
    func aRefusalIsJapaneseWithTheSameExitCode(_ arguments: [String]) {
        let english = llmcost(arguments)
        let japanese = llmcost(arguments + ["--lang", "ja"])
        #expect(english.exitCode == .usage)
        #expect(japanese.exitCode == english.exitCode)
        #expect(!Self.isJapanese(english.stderr), "\(english.stderr)")
        #expect(Self.isJapanese(japanese.stderr), "\(japanese.stderr)")
        #expect(japanese.stderr.hasPrefix("llmcost: "))
        #expect(japanese.stderr.contains("（使い方は 'llmcost --help' で表示されます）"))
    }

    @Test func theMessagesKeepFlagsAndExamples() {
        let japanese = llmcost("compare", "--rate", "2.5XYZ", "--lang", "ja")
        #expect(
            japanese.stderr
                == "llmcost: --rate の値 '2.5XYZ' が不正です。XYZ の為替レートがありません（既知：CHF, CNY, EUR, GBP, JPY, USD）。例：--rate 2.5USD または --fx XYZ=RATE（使い方は 'llmcost --help' で表示されます）\n"
        )
    }

    @Test func theOldRateWarningIsJapanese() {
        // The shipped JPY rate is of 2026-08-21; on 2026-12-03 it is 104 days old.
        let old = llmcost("compare", "--currency", "JPY", "--as-of", "2026-12-03", "--lang", "ja")
        #expect(old.exitCode == .success, "\(old.stderr)")
        #expect(
            old.stderr.contains(
                "llmcost: 警告：JPY のレート（1 USD あたり 158.69732）は 2026-08-21 のもので、2026-12-03 より 104 日古いです。"))
    }
}

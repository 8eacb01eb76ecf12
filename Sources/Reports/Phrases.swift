import Scenarios

/// The language of headers, notes and words in a report.
public enum Language: String, Sendable, CaseIterable, Equatable {
    case en
    case ja
}

/// A phrase that reports and commands show in the chosen language.
///
/// `{1}`, `{2}` … in a phrase are filled by ``Phrases/text(_:_:_:)``'s arguments, so word
/// order can differ between languages.
public enum Phrase: String, Sendable, CaseIterable, Equatable {
    case option
    case monthlyCost
    case costPerMTok
    case costPerRequest
    case cheapest
    case breakEven
    case paybackMonth
    case never
    case sources
    case pricesAsOf
    case assumptions
    case estimatedThroughput
    case roundingNote
    case notes
    case currency
    case footnote
    case text
    case report
    case scenario
    case asOf
    case reason
    case replicas
    case gpusPerReplica
    case gpus
    case notWithinMonths
    case reasonAPIFree
    case reasonReplicaNotCheaper
    case reasonBeyondAnyFleet
    case reasonStaysOnAPI
    case reasonNeverBreaksEven
    case wrote
    case yes
    case no
}

/// A phrase in every ``Language``, side by side; a new language is one more field.
public struct PhraseText: Sendable, Equatable {
    public var en: String
    public var ja: String

    /// The phrase in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .en: en
        case .ja: ja
        }
    }
}

/// The one catalog of words: every ``Phrase`` in every ``Language``.
///
/// One term has one translation: キャッシュ入力 (cached input), 名前 (name), 注記 (note).
public enum Phrases {
    /// The text of `phrase` in `language`, with `{1}`, `{2}` … replaced by `arguments`.
    public static func text(_ phrase: Phrase, _ language: Language, _ arguments: String...) -> String {
        var result = entry(phrase)(language)
        for (index, argument) in arguments.enumerated() {
            result = result.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return result
    }

    /// The words for why a result does not exist (`never`, `not within 36 months`).
    public static func reason(_ reason: NeverReason, _ language: Language, horizonMonths: Int? = nil)
        -> String
    {
        switch reason {
        case .apiFree: text(.reasonAPIFree, language)
        case .replicaNotCheaper: text(.reasonReplicaNotCheaper, language)
        case .beyondAnyFleet: text(.reasonBeyondAnyFleet, language)
        case .notWithinHorizon: text(.notWithinMonths, language, horizonMonths.map(String.init) ?? "?")
        case .staysOnAPI: text(.reasonStaysOnAPI, language)
        case .neverBreaksEven: text(.reasonNeverBreaksEven, language)
        }
    }

    // swift-format-ignore
    /// The table itself: one line a phrase, the languages in columns.
    public static func entry(_ phrase: Phrase) -> PhraseText {
        switch phrase {
        case .option: PhraseText(en: "Option", ja: "選択肢")
        case .monthlyCost: PhraseText(en: "Monthly cost", ja: "月額コスト")
        case .costPerMTok: PhraseText(en: "Cost per 1M tokens", ja: "100万トークンあたりのコスト")
        case .costPerRequest: PhraseText(en: "Cost per request", ja: "1リクエストあたりのコスト")
        case .cheapest: PhraseText(en: "cheapest", ja: "最安")
        case .breakEven: PhraseText(en: "Break-even", ja: "損益分岐点")
        case .paybackMonth: PhraseText(en: "Payback month", ja: "回収月")
        case .never: PhraseText(en: "never", ja: "なし")
        case .sources: PhraseText(en: "Sources", ja: "出典")
        case .pricesAsOf: PhraseText(en: "Prices as of", ja: "価格の基準日")
        case .assumptions: PhraseText(en: "Assumptions", ja: "前提条件")
        case .estimatedThroughput: PhraseText(en: "estimated throughput", ja: "推定スループット")
        case .roundingNote: PhraseText(en: "Parts do not add up to the total because of rounding.", ja: "端数処理のため、内訳の合計は総額と一致しない場合があります。")
        case .notes: PhraseText(en: "Notes", ja: "注記")
        case .currency: PhraseText(en: "currency", ja: "通貨")
        case .footnote: PhraseText(en: "footnote", ja: "注")
        case .text: PhraseText(en: "text", ja: "内容")
        case .report: PhraseText(en: "report", ja: "レポート")
        case .scenario: PhraseText(en: "scenario", ja: "シナリオ")
        case .asOf: PhraseText(en: "as of", ja: "基準日")
        case .reason: PhraseText(en: "reason", ja: "理由")
        case .replicas: PhraseText(en: "Replicas", ja: "レプリカ数")
        case .gpusPerReplica: PhraseText(en: "GPUs per replica", ja: "1レプリカあたりのGPU数")
        case .gpus: PhraseText(en: "GPUs", ja: "GPU数")
        case .notWithinMonths: PhraseText(en: "not within {1} months", ja: "{1}か月以内になし")
        case .reasonAPIFree: PhraseText(en: "the api costs nothing per request", ja: "API の料金がかかりません")
        case .reasonReplicaNotCheaper: PhraseText(en: "one replica at full utilisation costs at least what the api charges for the same tokens", ja: "フル稼働の1レプリカでも、同じトークン量の API 料金以上のコストがかかります")
        case .reasonBeyondAnyFleet: PhraseText(en: "the fixed costs would be covered only beyond 2147483647 replicas", ja: "固定費を回収するには 2147483647 を超えるレプリカが必要です")
        case .reasonStaysOnAPI: PhraseText(en: "stays on the API", ja: "API のまま")
        case .reasonNeverBreaksEven: PhraseText(en: "self-hosting never breaks even", ja: "自社運用は損益分岐しない")
        case .wrote: PhraseText(en: "wrote {1}", ja: "{1} を書き出しました")
        case .yes: PhraseText(en: "yes", ja: "はい")
        case .no: PhraseText(en: "no", ja: "いいえ")
        }
    }
}

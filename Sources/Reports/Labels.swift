/// The language of headers, notes and words in a report.
public enum Language: String, Sendable, CaseIterable, Equatable {
    case en
    case ja
}

/// A common word or phrase that renderers and commands show in the chosen language.
public enum LabelKey: String, Sendable, CaseIterable, Equatable {
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
    case latencyNotMeasured
    case roundingNote
    case notes
    case currency
    case footnote
    case text
}

/// The string table for ``LabelKey`` in every ``Language``.
public enum Labels {
    /// The text of `key` in `language`.
    public static func text(_ key: LabelKey, _ language: Language) -> String {
        switch language {
        case .en: english(key)
        case .ja: japanese(key)
        }
    }

    private static func english(_ key: LabelKey) -> String {
        switch key {
        case .option: "Option"
        case .monthlyCost: "Monthly cost"
        case .costPerMTok: "Cost per 1M tokens"
        case .costPerRequest: "Cost per request"
        case .cheapest: "cheapest"
        case .breakEven: "Break-even"
        case .paybackMonth: "Payback month"
        case .never: "never"
        case .sources: "Sources"
        case .pricesAsOf: "Prices as of"
        case .assumptions: "Assumptions"
        case .estimatedThroughput: "estimated throughput"
        case .latencyNotMeasured: "latency not measured"
        case .roundingNote: "Parts do not add up to the total because of rounding."
        case .notes: "Notes"
        case .currency: "currency"
        case .footnote: "footnote"
        case .text: "text"
        }
    }

    private static func japanese(_ key: LabelKey) -> String {
        switch key {
        case .option: "選択肢"
        case .monthlyCost: "月額コスト"
        case .costPerMTok: "100万トークンあたりのコスト"
        case .costPerRequest: "1リクエストあたりのコスト"
        case .cheapest: "最安"
        case .breakEven: "損益分岐点"
        case .paybackMonth: "回収月"
        case .never: "なし"
        case .sources: "出典"
        case .pricesAsOf: "価格の基準日"
        case .assumptions: "前提条件"
        case .estimatedThroughput: "推定スループット"
        case .latencyNotMeasured: "レイテンシ未測定"
        case .roundingNote: "端数処理のため、内訳の合計は総額と一致しない場合があります。"
        case .notes: "注記"
        case .currency: "通貨"
        case .footnote: "注"
        case .text: "内容"
        }
    }
}

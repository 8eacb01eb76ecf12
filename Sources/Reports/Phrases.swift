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

extension Phrases {
    /// The name of an explanation step's quantity in `language`: `api cost per request`,
    /// `APIの1リクエストあたりコスト`, with its segment before it (`general: replicas`).
    public static func quantity(_ step: ExplainStep, _ language: Language) -> String {
        var name = quantity(step.quantity)(language)
        if let argument = step.argument { name = name.replacingOccurrences(of: "{1}", with: argument) }
        guard let segment = step.segment else { return name }
        return segment + (language == .ja ? "：" : ": ") + name
    }

    // swift-format-ignore
    /// The quantities' names, the languages in columns.
    public static func quantity(_ quantity: ExplainQuantity) -> PhraseText {
        switch quantity {
        case .pricesPerMTok: PhraseText(en: "prices per 1M tokens (base prices)", ja: "100万トークンあたりの価格（基本料金）")
        case .tierPricesPerMTok: PhraseText(en: "prices per 1M tokens (tier above {1} input tokens)", ja: "100万トークンあたりの価格（入力 {1} トークン超の料金）")
        case .segmentRequests: PhraseText(en: "requests", ja: "リクエスト数")
        case .alwaysCheaperReplicas: PhraseText(en: "always-cheaper replicas", ja: "常に安くなるレプリカ数")
        case .alwaysCheaperVolume: PhraseText(en: "always-cheaper volume", ja: "常に安くなる量")
        case .apiCostOfReplicaCapacity: PhraseText(en: "api cost of one replica's capacity", ja: "1レプリカの処理能力分のAPIコスト")
        case .apiCostPerMTokBlended: PhraseText(en: "api cost per 1M tokens (blended)", ja: "100万トークンあたりのAPIコスト（加重平均）")
        case .apiCostPerMonth: PhraseText(en: "api cost per month", ja: "APIの月額コスト")
        case .apiCostPerRequest: PhraseText(en: "api cost per request", ja: "APIの1リクエストあたりコスト")
        case .apiRequests: PhraseText(en: "api requests", ja: "APIへのリクエスト数")
        case .batchFactor: PhraseText(en: "batch factor", ja: "バッチ係数")
        case .breakEvenRequestsPerUser: PhraseText(en: "break-even requests per user", ja: "損益分岐となる1ユーザーあたりのリクエスト数")
        case .breakEven: PhraseText(en: "break-even", ja: "損益分岐点")
        case .dipBound: PhraseText(en: "dip bound", ja: "逆転区間の上限")
        case .firstBreakEvenReplicas: PhraseText(en: "first break-even replicas", ja: "最初の損益分岐点のレプリカ数")
        case .firstBreakEvenVolume: PhraseText(en: "first break-even volume", ja: "最初の損益分岐点の量")
        case .fixedPerMonth: PhraseText(en: "fixed per month", ja: "固定費／月")
        case .hybridPerMonth: PhraseText(en: "hybrid per month", ja: "ハイブリッドの月額")
        case .monthlyDiscountRoot: PhraseText(en: "monthly discount root", ja: "月次割引率")
        case .npvOfSwitching: PhraseText(en: "npv of switching", ja: "切替のNPV")
        case .replicaPerMonth: PhraseText(en: "one replica per month", ja: "1レプリカの月額")
        case .replicaCapacity: PhraseText(en: "one replica's capacity", ja: "1レプリカの処理能力")
        case .oneTimeCostsAtStart: PhraseText(en: "one-time costs at t = 0", ja: "t = 0 の初期費用")
        case .oneTimeCostsAtMonth: PhraseText(en: "one-time costs at the start of month {1}", ja: "{1}か月目の初めの初期費用")
        case .oneTimeCostsPresentValue: PhraseText(en: "one-time costs, present value", ja: "初期費用の現在価値")
        case .ownedGPUsPerMonth: PhraseText(en: "owned GPUs per month", ja: "自社保有GPUの月額")
        case .paybackMonth: PhraseText(en: "payback month", ja: "回収月")
        case .rentPerMonth: PhraseText(en: "rent per month", ja: "レンタル料／月")
        case .replicas: PhraseText(en: "replicas", ja: "レプリカ数")
        case .requestsPerUser: PhraseText(en: "requests per user", ja: "1ユーザーあたりのリクエスト数")
        case .roiOfSelfHosting: PhraseText(en: "roi of self-hosting", ja: "自社運用のROI")
        case .seatsBilled: PhraseText(en: "seats billed", ja: "課金されるシート数")
        case .seatsPerMonth: PhraseText(en: "seats per month", ja: "シートの月額")
        case .secondsPerRequestMean: PhraseText(en: "seconds per request (mean)", ja: "1リクエストあたりの秒数（平均）")
        case .secondsPerRequest: PhraseText(en: "seconds per request", ja: "1リクエストあたりの秒数")
        case .selfHostedRequests: PhraseText(en: "self-hosted requests", ja: "自社運用のリクエスト数")
        case .selfHostingPerMonth: PhraseText(en: "self-hosting per month", ja: "自社運用の月額")
        case .volumeInMonth: PhraseText(en: "volume in month t", ja: "t か月目の量")
        case .selfHostedShare: PhraseText(en: "self-hosted share", ja: "自社運用の割合")
        case .flexibleRequests: PhraseText(en: "flexible requests", ja: "柔軟なリクエスト数")
        case .spareRoomInFlexibleRequests: PhraseText(en: "spare room on the constrained fleet, in flexible requests", ja: "制約付きフリートの空き（柔軟なリクエスト数換算）")
        case .spareRoom: PhraseText(en: "spare room on the constrained fleet", ja: "制約付きフリートの空き")
        case .fixedAndSetup: PhraseText(en: "fixed per month and setup", ja: "固定費／月と初期費用")
        case .switchInMonth: PhraseText(en: "switch in month {1}", ja: "{1} か月目に切替")
        case .switchOnDayOne: PhraseText(en: "switch in month {1} (day one)", ja: "{1} か月目に切替（初月から）")
        case .switchNever: PhraseText(en: "switch in month {1} (API only)", ja: "{1} か月目に切替（API のみ）")
        }
    }
}

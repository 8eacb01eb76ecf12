import Foundation

/// Why an entry of LiteLLM's price map was not imported.
public enum LiteLLMSkipReason: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// `sample_spec`: LiteLLM's documentation of its own fields, not a model.
    case placeholder
    /// An entry without `mode`, such as Fireworks' size-bucket prices (`fireworks-ai-up-to-4b`).
    case noMode
    /// A mode other than chat, completion or responses (embedding, image generation, audio, rerank…).
    case notChat(mode: String)
    /// No `input_cost_per_token` or no `output_cost_per_token` (priced per second, image, character, or not at all).
    case noTokenPrice
    /// Both token prices are zero: local (Ollama) or free entries, never imported as a $0 price.
    case zeroPrice
    /// A price that is negative, not a number, or above the sane bound once per 1M tokens.
    case implausiblePrice(String)
    /// The entry is not a JSON object, or its provider is missing.
    case malformed(String)
    /// Another entry already produced the same `provider/model` id.
    case duplicateID

    public var description: String {
        switch self {
        case .placeholder: "placeholder entry (sample_spec)"
        case .noMode: "no mode (a pricing bucket, not a model)"
        case .notChat(let mode): "mode \(mode) (not chat, completion or responses)"
        case .noTokenPrice: "no input or output price per token"
        case .zeroPrice: "priced at zero (local or free; never imported as $0)"
        case .implausiblePrice(let why): "implausible price: \(why)"
        case .malformed(let why): "malformed entry: \(why)"
        case .duplicateID: "duplicate id"
        }
    }

    /// The reason without its details, for counting (`notChat` of every mode together, …).
    public var category: String {
        switch self {
        case .placeholder: "placeholder entry (sample_spec)"
        case .noMode: "no mode (a pricing bucket, not a model)"
        case .notChat: "not a chat model (embedding, image, audio, rerank, …)"
        case .noTokenPrice: "no input or output price per token"
        case .zeroPrice: "priced at zero (local or free; never imported as $0)"
        case .implausiblePrice: "implausible price (negative, not exact, or above 1,000 per 1M tokens)"
        case .malformed: "malformed entry"
        case .duplicateID: "duplicate id"
        }
    }
}

/// One entry of the source map that was left out, with where it is and why.
public struct LiteLLMSkip: Sendable, Hashable {
    public var key: String
    public var location: SourceLocation
    public var reason: LiteLLMSkipReason
}

/// What converting LiteLLM's price map produced: a models.json document and what was left out.
public struct LiteLLMImportResult: Sendable {
    /// The `llmcost/models@1` document, numbers as exact literals.
    public var document: JSONOutput
    /// The ids imported, in the source's order.
    public var imported: [String]
    public var skipped: [LiteLLMSkip]
    /// Entries imported with something left out (non-uniform batch prices), as `id: what`.
    public var remarks: [String]

    /// The document as the text of a models.json file, ending with a line break.
    public var text: String { document.rendered() + "\n" }

    /// Skips counted by reason category, each given by its first reason (for words in any
    /// language), most frequent first, ties by category.
    public var skippedByCategory: [(example: LiteLLMSkipReason, count: Int)] {
        countedByCategory(skipped.map(\.reason), category: \.category)
    }
}

/// Converts LiteLLM's `model_prices_and_context_window.json` into an `llmcost/models@1` document.
///
/// Prices are per token in LiteLLM and per 1M tokens here: each literal is parsed exactly and
/// its decimal exponent moved by six, so `1.5000300000000002e-06` becomes `1.5000300000000002`
/// (and the validator then warns about that float artifact).
public enum LiteLLMImport {
    /// Used as `source` where an entry has no URL of its own: the figure is as LiteLLM lists it.
    public static let mapURL =
        "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json"

    /// The modes that price text generation per token.
    public static let chatModes: Set<String> = ["chat", "completion", "responses"]

    /// Families whose weights are published, matched as prefixes of the derived family.
    public static let openWeightFamilies = [
        "llama", "codellama", "mistral-7b", "mistral-nemo", "mistral-small", "mixtral", "qwen", "qwq",
        "gemma",
        "deepseek", "phi-", "gpt-oss", "olmo", "falcon", "yi-", "glm-", "kimi-k2",
    ]

    /// Converts the map; `effective` dates every price set and is also its `checked` date.
    public static func convert(
        _ data: Data, effective: CalendarDate, maxPricePerMTok: Decimal = 1000,
        reader: JSONReader = JSONReader()
    ) throws(JSONSyntaxError) -> LiteLLMImportResult {
        let root = try reader.parse(data)
        guard let members = root.members else {
            throw JSONSyntaxError(location: root.location, reason: .notALiteLLMPriceMap(found: root.kindName))
        }
        var models: [JSONOutput] = []
        var imported: [String] = []
        var seen: Set<String> = []
        var skipped: [LiteLLMSkip] = []
        var remarks: [String] = []
        var entries: [Entry] = []
        for member in members {
            let outcome = convertEntry(
                member.key, member.value, effective: effective, maxPricePerMTok: maxPricePerMTok)
            switch outcome {
            case .failure(let reason):
                skipped.append(LiteLLMSkip(key: member.key, location: member.keyLocation, reason: reason))
            case .success(let entry):
                guard seen.insert(entry.id).inserted else {
                    skipped.append(
                        LiteLLMSkip(key: member.key, location: member.keyLocation, reason: .duplicateID))
                    continue
                }
                entries.append(entry)
                imported.append(entry.id)
                remarks += entry.remarks.map { "\(entry.id): \($0)" }
            }
        }
        // A successor must be a model of the file; one LiteLLM names but did not import is left out.
        let ids = Set(imported)
        for entry in entries {
            var fields = entry.fields
            if let successor = entry.successor {
                if ids.contains(successor) {
                    fields.append(("successor", .string(successor)))
                } else {
                    remarks.append("\(entry.id): successor \(successor) is not in the import, so left out")
                }
            }
            fields.append(("prices", .array([entry.prices])))
            models.append(.object(fields))
        }
        let document = JSONOutput.object([
            ("schema", .string(DataFileKind.models.schemaID)),
            ("currency", .string("USD")),
            ("models", .array(models)),
        ])
        return LiteLLMImportResult(document: document, imported: imported, skipped: skipped, remarks: remarks)
    }

    struct Entry {
        var id: String
        /// The model's fields before `successor` and `prices`.
        var fields: [(String, JSONOutput)]
        /// LiteLLM's `successor_model` as an id, kept only when that model is imported too.
        var successor: String?
        var prices: JSONOutput
        var remarks: [String]
    }

    enum Outcome {
        case success(Entry)
        case failure(LiteLLMSkipReason)
    }

    static func convertEntry(
        _ key: String, _ node: JSONNode, effective: CalendarDate, maxPricePerMTok: Decimal
    ) -> Outcome {
        if key == "sample_spec" { return .failure(.placeholder) }
        guard node.members != nil else { return .failure(.malformed("not an object")) }
        guard let mode = node["mode"]?.string else { return .failure(.noMode) }
        guard chatModes.contains(mode) else { return .failure(.notChat(mode: mode)) }
        guard let provider = node["litellm_provider"]?.string, !provider.isEmpty else {
            return .failure(.malformed("no litellm_provider"))
        }
        guard node["input_cost_per_token"] != nil, node["output_cost_per_token"] != nil else {
            return .failure(.noTokenPrice)
        }
        func price(_ field: String) throws(PriceProblem) -> Decimal? {
            try perMTok(node, field, bound: maxPricePerMTok)
        }
        do throws(PriceProblem) {
            guard let input = try price("input_cost_per_token"),
                let output = try price("output_cost_per_token")
            else { return .failure(.noTokenPrice) }
            if input == 0 && output == 0 { return .failure(.zeroPrice) }
            let cached = try price("cache_read_input_token_cost")
            let write = try price("cache_creation_input_token_cost")
            var remarks: [String] = []
            let discount = try batchDiscount(
                node, input: input, output: output, bound: maxPricePerMTok, remarks: &remarks)
            let tiers = try self.tiers(
                node, input: input, output: output, cached: cached, write: write, bound: maxPricePerMTok)
            let services = try serviceTiers(node, input: input, output: output, bound: maxPricePerMTok)

            let id = key.contains("/") ? key : "\(provider)/\(key)"
            let name = String(key.split(separator: "/").last ?? Substring(key))
            let family = family(of: key)
            var set: [(String, JSONOutput)] = [
                ("effective", .string(effective.description)),
                ("input_per_mtok", number(input)),
            ]
            if let cached { set.append(("cached_input_per_mtok", number(cached))) }
            if let write { set.append(("cache_write_per_mtok", number(write))) }
            set.append(("output_per_mtok", number(output)))
            if let discount { set.append(("batch_discount", number(discount))) }
            if !tiers.isEmpty { set.append(("tiers", .array(tiers))) }
            if !services.isEmpty { set.append(("service_tiers", .object(services))) }
            let source = node["source"]?.string.flatMap { text in
                text.hasPrefix("https://") || text.hasPrefix("http://") ? text : nil
            }
            set.append(("source", .string(source ?? mapURL)))
            set.append(("checked", .string(effective.description)))
            if !remarks.isEmpty { set.append(("note", .string(remarks.joined(separator: " ")))) }

            var model: [(String, JSONOutput)] = [
                ("id", .string(id)), ("name", .string(name)), ("provider", .string(provider)),
                ("family", .string(family)),
                ("open_weights", .bool(openWeightFamilies.contains { family.hasPrefix($0) })),
            ]
            if let window = contextWindow(node) { model.append(("context_window", .integer(window))) }
            // LiteLLM's `deprecation_date` is the day the vendor stops serving the model (OpenAI's
            // and Anthropic's "shutdown date", often ahead): llmcost's `retired`, not `deprecated`.
            if let text = node["deprecation_date"]?.string {
                if let date = CalendarDate(iso: text) {
                    model.append(("retired", .string(date.description)))
                } else {
                    remarks.append("deprecation_date '\(text)' is not a date (YYYY-MM-DD), so left out.")
                }
            }
            let successor = node["successor_model"]?.string.flatMap { name in
                name.isEmpty ? nil : name.contains("/") ? name : "\(provider)/\(name)"
            }
            return .success(
                Entry(
                    id: id, fields: model, successor: successor, prices: .object(set), remarks: remarks))
        } catch {
            return .failure(.implausiblePrice(error.message))
        }
    }

    struct PriceProblem: Error {
        var message: String
    }

    /// A per-token field as an exact price per 1M tokens; nil when absent.
    static func perMTok(_ node: JSONNode, _ field: String, bound: Decimal) throws(PriceProblem) -> Decimal? {
        guard let value = node[field] else { return nil }
        guard case .number(let number) = value.value, let perToken = number.decimal else {
            throw PriceProblem(message: "\(field) is not an exact number")
        }
        guard perToken >= 0 else { throw PriceProblem(message: "\(field) \(number.literal) is negative") }
        let result = timesMillion(perToken)
        guard result <= bound else {
            throw PriceProblem(
                message: "\(field) \(number.literal) is \(result) per 1M tokens, above \(bound)")
        }
        return result
    }

    /// `value` × 1,000,000 by moving the decimal exponent, so no digit can be lost.
    public static func timesMillion(_ value: Decimal) -> Decimal {
        guard value != 0 else { return 0 }
        return Decimal(
            sign: value.sign, exponent: value.exponent + 6, significand: value.significand.magnitude)
    }

    /// The batch discount when batch input and output are the same fraction of the base prices;
    /// otherwise nil, with the batch prices kept in a remark.
    static func batchDiscount(
        _ node: JSONNode, input: Decimal, output: Decimal, bound: Decimal, remarks: inout [String]
    ) throws(PriceProblem) -> Decimal? {
        let batchInput = try perMTok(node, "input_cost_per_token_batches", bound: bound)
        let batchOutput = try perMTok(node, "output_cost_per_token_batches", bound: bound)
        guard batchInput != nil || batchOutput != nil else { return nil }
        if let batchInput, let batchOutput, input > 0, output > 0 {
            let inputShare = batchInput / input
            let outputShare = batchOutput / output
            if inputShare == outputShare, inputShare <= 1 {
                let discount = 1 - inputShare
                return discount == 0 ? nil : discount
            }
        }
        let parts = [("input", batchInput), ("output", batchOutput)].compactMap { name, price in
            price.map { "\(name) \($0)" }
        }
        remarks.append(
            "Batch prices per 1M tokens in LiteLLM's map: \(parts.joined(separator: ", ")); "
                + "not one discount off both input and output, so not imported as batch_discount.")
        return nil
    }

    /// Long-context tiers from `*_above_<N>k_tokens`, each inheriting what it does not state
    /// from the tier below, as LiteLLM's own cost calculation does.
    static func tiers(
        _ node: JSONNode, input: Decimal, output: Decimal, cached: Decimal?, write: Decimal?, bound: Decimal
    ) throws(PriceProblem) -> [JSONOutput] {
        let prefixes = [
            "input_cost_per_token", "output_cost_per_token", "cache_read_input_token_cost",
            "cache_creation_input_token_cost",
        ]
        var thresholds: [Int: String] = [:]
        for member in node.members ?? [] {
            for prefix in prefixes
            where member.key.hasPrefix(prefix + "_above_") && member.key.hasSuffix("_tokens") {
                let middle = member.key.dropFirst(prefix.count + 7).dropLast(7)
                let thousands = middle.hasSuffix("k")
                let digits = thousands ? middle.dropLast() : middle
                guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let count = Int(digits) else {
                    continue
                }
                thresholds[thousands ? count * 1000 : count] = String(middle)
            }
        }
        var result: [JSONOutput] = []
        var (tierInput, tierOutput, tierCached, tierWrite) = (input, output, cached, write)
        for threshold in thresholds.keys.sorted() {
            guard let label = thresholds[threshold] else { continue }
            tierInput =
                try perMTok(node, "input_cost_per_token_above_\(label)_tokens", bound: bound) ?? tierInput
            tierOutput =
                try perMTok(node, "output_cost_per_token_above_\(label)_tokens", bound: bound) ?? tierOutput
            tierCached =
                try perMTok(node, "cache_read_input_token_cost_above_\(label)_tokens", bound: bound)
                ?? tierCached
            tierWrite =
                try perMTok(node, "cache_creation_input_token_cost_above_\(label)_tokens", bound: bound)
                ?? tierWrite
            var tier: [(String, JSONOutput)] = [
                ("above_input_tokens", .integer(threshold)),
                ("input_per_mtok", number(tierInput)),
            ]
            if let tierCached { tier.append(("cached_input_per_mtok", number(tierCached))) }
            if let tierWrite { tier.append(("cache_write_per_mtok", number(tierWrite))) }
            tier.append(("output_per_mtok", number(tierOutput)))
            result.append(.object(tier))
        }
        return result
    }

    /// The service tiers LiteLLM prices (`*_flex`, `*_priority`): a tier with an input or output
    /// price of its own, the other inheriting the standard price as LiteLLM's cost calculation does.
    static func serviceTiers(_ node: JSONNode, input: Decimal, output: Decimal, bound: Decimal)
        throws(PriceProblem) -> [(String, JSONOutput)]
    {
        var result: [(String, JSONOutput)] = []
        for name in ["flex", "priority"] {
            let tierInput = try perMTok(node, "input_cost_per_token_\(name)", bound: bound)
            let tierOutput = try perMTok(node, "output_cost_per_token_\(name)", bound: bound)
            guard tierInput != nil || tierOutput != nil else { continue }
            let tierCached = try perMTok(node, "cache_read_input_token_cost_\(name)", bound: bound)
            let tierWrite = try perMTok(node, "cache_creation_input_token_cost_\(name)", bound: bound)
            var tier: [(String, JSONOutput)] = [("input_per_mtok", number(tierInput ?? input))]
            if let tierCached { tier.append(("cached_input_per_mtok", number(tierCached))) }
            if let tierWrite { tier.append(("cache_write_per_mtok", number(tierWrite))) }
            tier.append(("output_per_mtok", number(tierOutput ?? output)))
            result.append((name, .object(tier)))
        }
        return result
    }

    /// `max_input_tokens`, else `max_tokens`, when a positive whole number.
    static func contextWindow(_ node: JSONNode) -> Int? {
        for field in ["max_input_tokens", "max_tokens"] {
            if case .number(let number) = node[field]?.value, let value = number.integer, value > 0 {
                return value
            }
        }
        return nil
    }

    static func number(_ value: Decimal) -> JSONOutput { .number("\(value)") }

    /// The model family: the key's last path part, lower-cased, without a Bedrock vendor or
    /// region prefix (`us.anthropic.`), a version or variant after `:` or `@`, a date stamp or
    /// `-latest`, and without `meta-` before `llama` or `-instruct`/`-turbo` after a size like `70b`.
    public static func family(of key: String) -> String {
        var name = String(key.split(separator: "/").last ?? Substring(key)).lowercased()
        // Bedrock: `us.anthropic.claude-…`, `meta.llama3-…`: letters-only segments ending in a dot.
        while let dot = name.firstIndex(of: "."), name[..<dot].allSatisfy({ $0.isLetter && $0.isASCII }),
            !name[..<dot].isEmpty
        {
            name = String(name[name.index(after: dot)...])
        }
        // `ft:gpt-4o-…` is a fine-tune of that family.
        if name.hasPrefix("ft:") { name.removeFirst(3) }
        if let cut = name.firstIndex(where: { $0 == ":" || $0 == "@" }) { name = String(name[..<cut]) }
        var parts = name.split(separator: "-", omittingEmptySubsequences: true).map(String.init)
        func isStamp(_ part: String) -> Bool {
            part.allSatisfy(\.isASCIIDigit) && [4, 6, 8].contains(part.count)
        }
        func isVersion(_ part: String) -> Bool {
            part.count >= 2 && part.first == "v" && part.dropFirst().allSatisfy(\.isASCIIDigit)
        }
        while let last = parts.last, parts.count > 1 {
            // `-08-2024`: a month and a year.
            if parts.count > 2, last.count == 4, last.hasPrefix("20"), last.allSatisfy(\.isASCIIDigit),
                parts[parts.count - 2].count == 2, parts[parts.count - 2].allSatisfy(\.isASCIIDigit)
            {
                parts.removeLast(2)
                continue
            }
            if last == "latest" || isStamp(last) || isVersion(last)
                || (last.count == 3 && last.hasPrefix("0")
                    && last.allSatisfy(\.isASCIIDigit))
            {
                parts.removeLast()
                continue
            }
            // `-2024-08-06`: a year, month and day in three parts.
            if parts.count > 3, parts.suffix(3).allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
                parts[parts.count - 3].count == 4
            {
                parts.removeLast(3)
                continue
            }
            break
        }
        if let size = parts.lastIndex(where: { $0.hasSuffix("b") && $0.dropLast().allSatisfy(\.isASCIIDigit) }
        ),
            size + 1 < parts.count,
            parts[(size + 1)...].allSatisfy({ ["instruct", "turbo", "chat", "it", "hf"].contains($0) })
        {
            parts.removeSubrange((size + 1)...)
        }
        if parts.first == "meta", parts.count > 1, parts[1].hasPrefix("llama") { parts.removeFirst() }
        var family = ""
        for character in parts.joined(separator: "-") {
            let allowed =
                (character.isASCII && (character.isLetter || character.isNumber)) || character == "."
            family.append(allowed ? character : "-")
        }
        while family.contains("--") { family = family.replacingOccurrences(of: "--", with: "-") }
        let trimmed = family.trimmingCharacters(in: CharacterSet(charactersIn: "-."))
        return trimmed.isEmpty ? "unknown" : trimmed
    }
}

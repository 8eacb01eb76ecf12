import Foundation

/// Why a point of an InferenceX export was not imported.
public enum InferenceXSkipReason: Error, Sendable, Hashable, CustomStringConvertible {
    /// A field the profile needs is absent or of the wrong type.
    case missing(String)
    /// `isl`/`osl` absent: the request shape is unknown.
    case noShape
    /// Only `tput_per_gpu` (input + output together), no `output_tput_per_gpu`.
    case totalThroughputOnly
    /// A hardware name with no GPU id in llmcost's data.
    case unknownHardware(String)
    /// A model other than the ones llmcost maps to a family.
    case unknownModel(String)
    /// Prefill and decode on separate GPUs: what one replica's GPUs are is not settled.
    case disaggregated
    /// A number that is zero, negative or not a number where a rate must be positive.
    case notPositive(String)

    public var description: String {
        switch self {
        case .missing(let field): "missing or malformed '\(field)'"
        case .noShape: "no input/output split of the request (isl/osl missing), so its shape is unknown"
        case .totalThroughputOnly:
            "only 'tput_per_gpu' (input + output tokens together), no 'output_tput_per_gpu'"
        case .unknownHardware(let name): "unknown hardware '\(name)' (no GPU id for it in llmcost)"
        case .unknownModel(let name): "unknown model '\(name)' (only dsr1, DeepSeek-R1, is mapped)"
        case .disaggregated:
            "disaggregated (prefill and decode on separate GPUs): how many GPUs a point stands for is not settled; pass --disagg all-gpus to count prefill and decode GPUs"
        case .notPositive(let field): "'\(field)' is not a positive number"
        }
    }

    /// The reason without its details, for counting.
    public var category: String {
        switch self {
        case .missing: "missing or malformed field"
        case .noShape: "no input/output split"
        case .totalThroughputOnly: "tput_per_gpu only (no output throughput)"
        case .unknownHardware: "unknown hardware"
        case .unknownModel: "unknown model"
        case .disaggregated: "disaggregated configuration"
        case .notPositive: "non-positive rate"
        }
    }
}

/// One point of the export that was left out, with where it is and why.
public struct InferenceXSkip: Sendable, Hashable {
    /// The point's index in the export's array.
    public var index: Int
    public var location: SourceLocation
    public var reason: InferenceXSkipReason
}

/// What converting an InferenceX export produced: a deployments.json document and what was left out.
public struct InferenceXImportResult: Sendable {
    public var document: JSONOutput
    /// The profile ids, sorted.
    public var imported: [String]
    public var skipped: [InferenceXSkip]
    /// Points of a configuration measured on another date than the one its curve is built from.
    public var otherDates: Int

    /// The document as the text of a deployments.json file, ending with a line break.
    public var text: String { document.rendered() + "\n" }

    /// Skips counted by reason category, each given by its first reason (for words in any
    /// language), most frequent first, ties by category.
    public var skippedByCategory: [(example: InferenceXSkipReason, count: Int)] {
        countedByCategory(skipped.map(\.reason), category: \.category)
    }
}

/// Converts SemiAnalysis InferenceX benchmark points into `llmcost/deployments@1` profiles with `curves`.
///
/// One profile per serving configuration (model, hardware, framework, precision, speculative
/// decoding, TP, EP, DP attention), built from ONE run date: the date with the most points of that
/// configuration, the latest on a tie (runs on different dates differ as the software improves).
/// A point stands for `decode_tp` GPUs (README of the reference data: output throughput per GPU ×
/// decode_tp matches concurrency × user speed); disaggregated points are refused.
public enum InferenceXImport {
    /// The dashboard every point comes from; each point also cites its own run.
    public static let dashboardURL = "https://inferencex.semianalysis.com"

    /// InferenceX hardware names and llmcost GPU ids.
    public static let hardware: [String: (id: String, name: String)] = [
        "h100": ("h100-sxm", "H100 SXM"), "h200": ("h200", "H200"), "b200": ("b200", "B200"),
        "b300": ("b300", "B300"), "gb200": ("gb200", "GB200"), "gb300": ("gb300", "GB300"),
        "mi300x": ("mi300x", "MI300X"), "mi325x": ("mi325x", "MI325X"), "mi355x": ("mi355x", "MI355X"),
    ]

    /// InferenceX model names: family, display name, billions of parameters.
    public static let models: [String: (family: String, name: String, parameters: String)] = [
        "dsr1": ("deepseek-r1", "DeepSeek R1", "671")
    ]

    static let frameworks: [String: String] = [
        "sglang": "SGLang", "trt": "TensorRT-LLM", "atom": "ATOM", "vllm": "vLLM",
        "dynamo-trt": "Dynamo + TensorRT-LLM", "dynamo-sglang": "Dynamo + SGLang",
        "mori-sglang": "MoRI + SGLang",
    ]

    struct Point {
        var index: Int
        var model: String
        var hardware: String
        var framework: String
        var precision: String
        var mtp: Bool
        var tp: Int
        var ep: Int
        var dpAttention: Bool
        var image: String?
        var isl: Int
        var osl: Int
        var concurrency: Int
        var throughput: JSONNumber
        var speed: JSONNumber
        var ttft: JSONNumber
        var ttftP99: JSONNumber?
        var date: CalendarDate
        var runURL: String
        /// Disaggregated: the prefill and decode GPUs (`num_prefill_gpu`, `num_decode_gpu`); nil otherwise.
        var split: (prefill: Int, decode: Int)?

        /// G: decode_tp, or prefill + decode GPUs for a disaggregated point.
        var gpus: Int { split.map { $0.prefill + $0.decode } ?? tp }

        var configuration: String {
            var id = "\(models[model]?.family ?? model)-\(precision)-\(gpus)x\(hardware)-\(framework)"
            if let split { id += "-disagg-p\(split.prefill)-d\(split.decode)-tp\(tp)" }
            if ep > 1 { id += "-ep\(ep)" }
            if dpAttention { id += "-dpa" }
            if mtp { id += "-mtp" }
            return id
        }
    }

    /// Converts the export (a JSON array of points); `checked` is the profiles' `checked` date (today).
    ///
    /// With `countingAllGPUs`, a disaggregated point is imported under a documented rule instead of
    /// refused: a replica is its prefill and decode GPUs together (G = num_prefill_gpu +
    /// num_decode_gpu, all of which cost money), and since the source's output_tput_per_gpu is
    /// normalised by the decode GPUs, the throughput per GPU of the replica is
    /// output_tput_per_gpu × num_decode_gpu / G.
    public static func convert(
        _ data: Data, checked: CalendarDate, countingAllGPUs: Bool = false, reader: JSONReader = JSONReader()
    )
        throws(JSONSyntaxError) -> InferenceXImportResult
    {
        let root = try reader.parse(data)
        guard let elements = root.elements else {
            throw JSONSyntaxError(location: root.location, reason: .notInferenceXPoints(found: root.kindName))
        }
        var points: [Point] = []
        var skipped: [InferenceXSkip] = []
        for (index, element) in elements.enumerated() {
            switch read(element, index: index, countingAllGPUs: countingAllGPUs) {
            case .success(let point): points.append(point)
            case .failure(let reason):
                skipped.append(InferenceXSkip(index: index, location: element.location, reason: reason))
            }
        }
        var byConfiguration: [String: [Point]] = [:]
        for point in points { byConfiguration[point.configuration, default: []].append(point) }
        var profiles: [JSONOutput] = []
        var otherDates = 0
        for id in byConfiguration.keys.sorted() {
            guard let all = byConfiguration[id], let first = all.first else { continue }
            var counts: [CalendarDate: Int] = [:]
            for point in all { counts[point.date, default: 0] += 1 }
            guard
                let date = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key })?
                    .key
            else { continue }
            let chosen = all.filter { $0.date == date }.sorted {
                ($0.isl, $0.osl, $0.concurrency, $0.index) < ($1.isl, $1.osl, $1.concurrency, $1.index)
            }
            otherDates += all.count - chosen.count
            profiles.append(
                profile(
                    id: id, first: first, points: chosen, date: date, dates: counts.count, checked: checked))
        }
        let document = JSONOutput.object([
            ("schema", .string(DataFileKind.deployments.schemaID)),
            ("deployments", .array(profiles)),
        ])
        return InferenceXImportResult(
            document: document, imported: byConfiguration.keys.sorted(), skipped: skipped,
            otherDates: otherDates)
    }

    /// Measurements keep 6 significant digits, rounded half away from zero: the source's doubles
    /// (`102.35898514097701`) carry run-to-run noise far above that, and the validator would flag
    /// every longer literal as a floating-point artifact.
    public static let significantDigits = 6

    /// `value` rounded to `significantDigits`, as exact decimal text.
    public static func rounded(_ number: JSONNumber) -> String {
        number.decimal.map(rounded) ?? number.literal
    }

    /// `value` rounded to `significantDigits`, as exact decimal text.
    public static func rounded(_ exact: Decimal) -> String {
        var value = exact
        guard value != 0 else { return "0" }
        var magnitude = 0
        var probe = value.magnitude
        while probe >= 10 {
            probe /= 10
            magnitude += 1
        }
        while probe < 1 {
            probe *= 10
            magnitude -= 1
        }
        var result = Decimal()
        NSDecimalRound(&result, &value, significantDigits - 1 - magnitude, .plain)
        return "\(result)"
    }

    static func profile(
        id: String, first: Point, points: [Point], date: CalendarDate, dates: Int, checked: CalendarDate
    ) -> JSONOutput {
        let model = models[first.model] ?? (first.model, first.model, "1")
        let gpu = hardware[first.hardware] ?? (first.hardware, first.hardware)
        let framework = frameworks[first.framework] ?? first.framework
        var parallel =
            first.split.map {
                "disaggregated, \($0.prefill) prefill + \($0.decode) decode GPUs, TP\(first.tp)"
            } ?? "TP\(first.tp)"
        if first.ep > 1 { parallel += ", EP\(first.ep)" }
        if first.dpAttention { parallel += ", DP attention" }
        if first.mtp { parallel += ", MTP" }
        let name =
            "\(model.name) \(first.precision.uppercased()) on \(first.gpus)×\(gpu.name) (\(framework), \(parallel))"
        let images = Set(points.compactMap(\.image)).sorted()
        let engine = images.isEmpty ? framework : "\(framework) (\(images.joined(separator: ", ")))"
        let curves = points.map { point -> JSONOutput in
            var members: [(String, JSONOutput)] = [
                ("input_len", .integer(point.isl)), ("output_len", .integer(point.osl)),
                ("concurrency", .integer(point.concurrency)),
                ("output_tokens_per_s_per_gpu", .number(throughputPerGPU(point))),
                ("tokens_per_s_per_user", .number(rounded(point.speed))),
                ("ttft_s", .number(rounded(point.ttft))),
            ]
            if let p99 = point.ttftP99 { members.append(("ttft_s_p99", .number(rounded(p99)))) }
            members += [("source", .string(point.runURL)), ("checked", .string(point.date.description))]
            return .object(members)
        }
        let otherDates =
            dates > 1
            ? " Runs of \(dates - 1) other date\(dates == 2 ? "" : "s") of this configuration are left out."
            : ""
        let replica =
            first.split.map {
                "a replica is its \($0.prefill) prefill + \($0.decode) decode GPUs (disaggregated, counted by the all-gpus rule: output_tokens_per_s_per_gpu = output_tput_per_gpu × \($0.decode) / \(first.gpus))"
            } ?? "a replica is decode_tp = \(first.tp) GPUs"
        let note =
            "SemiAnalysis InferenceX, \(first.hardware) \(first.framework) \(first.precision), spec_method \(first.mtp ? "mtp" : "none"), \(first.split == nil ? "not disaggregated" : "disaggregated"): every point is one run at one concurrency, all from the runs of \(date) (the date with the most points).\(otherDates) output_tokens_per_s_per_gpu is the source's output_tput_per_gpu (output only), tokens_per_s_per_user its median_intvty, ttft_s its median_ttft (ttft_s_p99 its p99_ttft), each rounded to 6 significant digits; \(replica)."
        return .object([
            ("id", .string(id)), ("name", .string(name)), ("model_family", .string(model.family)),
            ("gpu", .string(gpu.id)), ("gpus_per_replica", .integer(first.gpus)),
            ("precision", .string(first.precision)), ("engine", .string(engine)),
            ("parameters_b", .number(model.parameters)), ("estimated", .bool(false)),
            ("curves", .array(curves)), ("source", .string(dashboardURL)),
            ("checked", .string(checked.description)), ("note", .string(note)),
        ])
    }

    /// The replica's output tokens/s per GPU: the source's figure, or for a disaggregated point
    /// output_tput_per_gpu × num_decode_gpu / (num_prefill_gpu + num_decode_gpu).
    static func throughputPerGPU(_ point: Point) -> String {
        guard let split = point.split, let value = point.throughput.decimal else {
            return rounded(point.throughput)
        }
        return rounded(value * Decimal(split.decode) / Decimal(split.prefill + split.decode))
    }

    static func read(_ node: JSONNode, index: Int, countingAllGPUs: Bool) -> Result<
        Point, InferenceXSkipReason
    > {
        guard let members = node.members else { return .failure(.missing("point object")) }
        func member(_ key: String, in list: [JSONMember] = members) -> JSONNode? {
            list.first { $0.key == key }?.value
        }
        func text(_ key: String) -> String? { member(key)?.string }
        func number(_ key: String, in list: [JSONMember] = members) -> JSONNumber? {
            guard case .number(let value)? = member(key, in: list)?.value else { return nil }
            return value
        }
        func flag(_ key: String) -> Bool? {
            guard case .bool(let value)? = member(key)?.value else { return nil }
            return value
        }
        guard let model = text("model") else { return .failure(.missing("model")) }
        guard models[model] != nil else { return .failure(.unknownModel(model)) }
        guard let hardwareName = text("hardware") else { return .failure(.missing("hardware")) }
        guard hardware[hardwareName] != nil else { return .failure(.unknownHardware(hardwareName)) }
        guard let disagg = flag("disagg") else { return .failure(.missing("disagg")) }
        var split: (prefill: Int, decode: Int)?
        if disagg {
            guard countingAllGPUs else { return .failure(.disaggregated) }
            guard let prefill = number("num_prefill_gpu")?.integer,
                let decode = number("num_decode_gpu")?.integer,
                prefill >= 1, decode >= 1, prefill + decode <= SanityBounds.gpusPerReplica
            else { return .failure(.missing("num_prefill_gpu/num_decode_gpu")) }
            split = (prefill, decode)
        }
        guard let framework = text("framework") else { return .failure(.missing("framework")) }
        guard let precision = text("precision") else { return .failure(.missing("precision")) }
        guard let isl = number("isl")?.integer, let osl = number("osl")?.integer else {
            return .failure(.noShape)
        }
        guard isl >= 0, osl > 0 else { return .failure(.notPositive(isl < 0 ? "isl" : "osl")) }
        guard let tp = number("decode_tp")?.integer else { return .failure(.missing("decode_tp")) }
        guard tp >= 1, tp <= SanityBounds.gpusPerReplica else { return .failure(.notPositive("decode_tp")) }
        let ep = number("decode_ep")?.integer ?? 1
        guard let concurrency = number("conc")?.integer, concurrency >= 1 else {
            return .failure(.missing("conc"))
        }
        guard let dateText = text("date"), let date = CalendarDate(iso: dateText) else {
            return .failure(.missing("date"))
        }
        guard let runURL = text("run_url"), runURL.hasPrefix("https://") else {
            return .failure(.missing("run_url"))
        }
        guard let metrics = member("metrics")?.members else { return .failure(.missing("metrics")) }
        guard let throughput = number("output_tput_per_gpu", in: metrics) else {
            return .failure(
                number("tput_per_gpu", in: metrics) != nil
                    ? .totalThroughputOnly : .missing("metrics.output_tput_per_gpu"))
        }
        guard let speed = number("median_intvty", in: metrics) else {
            return .failure(.missing("metrics.median_intvty"))
        }
        guard let ttft = number("median_ttft", in: metrics) else {
            return .failure(.missing("metrics.median_ttft"))
        }
        for (field, value) in [
            ("metrics.output_tput_per_gpu", throughput), ("metrics.median_intvty", speed),
        ] where !((value.decimal ?? 0) > 0) {
            return .failure(.notPositive(field))
        }
        guard let ttftValue = ttft.decimal, ttftValue >= 0 else {
            return .failure(.notPositive("metrics.median_ttft"))
        }
        // A p99 below the median is not a percentile of the same runs: left out rather than imported.
        let p99 = number("p99_ttft", in: metrics).flatMap { value in
            (value.decimal ?? -1) >= ttftValue ? value : nil
        }
        return .success(
            Point(
                index: index, model: model, hardware: hardwareName, framework: framework,
                precision: precision,
                mtp: (text("spec_method") ?? "none") != "none", tp: tp, ep: max(1, ep),
                dpAttention: flag("decode_dp_attention") ?? false, image: text("image"), isl: isl, osl: osl,
                concurrency: concurrency, throughput: throughput, speed: speed, ttft: ttft, ttftP99: p99,
                date: date, runURL: runURL, split: split))
    }
}

import DefaultData
import Foundation
import Pricing
import Scenarios

// llmcost-bench: times the engine in-process for scripts/bench.sh (see docs/benchmarks.md).
// Not part of `swift test`. Each timing case prints one line of `key=value` fields:
//
//   llmcost-bench api N          N exact API cost evaluations (RequestPricer; model looked up by id)
//   llmcost-bench engine-api N   N evaluations through APICost.monthly (Decimal, with the breakdown)
//   llmcost-bench sweep N        an N-point break-even sweep (VolumeSweep.dense), default scenario
//   llmcost-bench simulate N     N simulation draws (Simulation.run), default scenario
//   llmcost-bench models N FILE  writes a valid models.json of N models (for `prices validate`)

/// Stops with a one-line message and exit code 2 (usage) or 1 (the embedded data is unusable).
func fail(_ message: String, code: Int32 = 2) -> Never {
    FileHandle.standardError.write(Data("llmcost-bench: \(message)\n".utf8))
    exit(code)
}

let arguments = Array(CommandLine.arguments.dropFirst())
let usage = "usage: llmcost-bench api|engine-api|sweep|simulate N, or llmcost-bench models N FILE"
guard let command = arguments.first else { fail(usage) }
guard arguments.count >= 2, let count = Int(arguments[1].replacingOccurrences(of: "_", with: "")), count > 0
else { fail("expected a positive count after '\(command)'; \(usage)") }
let today = CalendarDate(Date())

/// The embedded data's price table, as `llmcost` loads it without `--data`.
func embeddedTable() -> PriceTable {
    var table = PriceTable()
    for name in ["models.json", "gpus.json", "deployments.json", "currencies.json"] {
        guard let data = DefaultData.files[name] else { fail("the embedded data has no \(name)", code: 1) }
        let file = PriceFileReader.read(data, file: "Data/\(name)", options: ValidationOptions(today: today))
        guard !file.diagnostics.contains(where: { $0.severity == .error }) else {
            fail("the embedded \(name) has errors; run 'llmcost prices validate'", code: 1)
        }
        table = table.overlaid(with: file.table)
    }
    return table
}

/// The default scenario's plan, as bare `llmcost` computes it.
func defaultPlan() -> ScenarioPlan {
    let table = embeddedTable()
    guard let data = DefaultData.files["scenarios/default.json"],
        case let (scenario?, _) = ScenarioReader.read(
            data, file: "Data/scenarios/default.json", options: ValidationOptions(today: today))
    else { fail("the embedded default scenario does not read", code: 1) }
    let (plan, errors) = ScenarioPlanner.plan(
        scenario, table: table, asOf: today, converter: CurrencyConverter(rates: table.currencies))
    guard let plan, errors.isEmpty, !plan.api.isEmpty, !plan.selfHosting.isEmpty else {
        fail("the embedded default scenario does not plan", code: 1)
    }
    return plan
}

/// Runs `body` once and returns the seconds it took.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    let elapsed = start.duration(to: clock.now)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func report(_ name: String, _ count: Int, _ time: Double, _ extra: String = "") {
    let rate = time > 0 ? Double(count) / time : 0
    print(
        "case=\(name) count=\(count) seconds=\(String(format: "%.6f", time)) per_second=\(Int(rate))"
            + (extra.isEmpty ? "" : " \(extra)"))
}

/// The request shape of evaluation `index`: varied so that tiers, cache and batch all occur.
@inline(__always)
func shape(_ index: Int) -> (input: Int, cached: Int, output: Int, batch: Bool) {
    let input = 50 + (index &* 7_919) % 250_000
    return (input, index % 3 == 0 ? input / 4 : 0, 10 + index % 2_000, index % 5 == 0)
}

do {
    switch command {
    case "api":
        let table = embeddedTable()
        var pricers: [String: RequestPricer] = [:]
        var engineOnly: [String: PriceSet] = [:]
        for model in table.models {
            guard let prices = model.prices(asOf: today) else { continue }
            if let pricer = RequestPricer(prices) {
                pricers[model.id] = pricer
            } else {
                engineOnly[model.id] = prices
            }
        }
        let ids = table.models.map(\.id).filter { pricers[$0] != nil || engineOnly[$0] != nil }
        guard !ids.isEmpty else { fail("no model has prices in force today", code: 1) }
        var checksum: Int64 = 0
        var fallbacks = 0
        let time = try seconds {
            for index in 0..<count {
                let id = ids[index % ids.count]
                let (input, cached, output, batch) = shape(index)
                if let cost = pricers[id]?.cost(
                    inputTokens: input, cachedInputTokens: cached, outputTokens: output, batch: batch)
                {
                    checksum &+= cost.significand
                    continue
                }
                // Too many digits for 64 bits: the same request through the Decimal engine.
                guard let prices = engineOnly[id] ?? table.model(id: id)?.prices(asOf: today) else {
                    continue
                }
                let workload = Workload(
                    requestsPerMonth: 1, inputTokens: Decimal(input), outputTokens: Decimal(output),
                    cachedInputShare: input > 0 ? Decimal(cached) / Decimal(input) : 0,
                    batchShare: batch ? 1 : 0)
                checksum &+= try APICost.monthly(workload, prices).monthly.isZero ? 0 : 1
                fallbacks += 1
            }
        }
        report("api", count, time, "models=\(ids.count) decimal_fallbacks=\(fallbacks) checksum=\(checksum)")
    case "engine-api":
        let table = embeddedTable()
        let prices = table.models.compactMap { $0.prices(asOf: today) }
        guard !prices.isEmpty else { fail("no model has prices in force today", code: 1) }
        var total: Decimal = 0
        let time = try seconds {
            for index in 0..<count {
                let (input, cached, output, batch) = shape(index)
                let workload = Workload(
                    requestsPerMonth: 1, inputTokens: Decimal(input), outputTokens: Decimal(output),
                    cachedInputShare: Decimal(cached) / Decimal(input), batchShare: batch ? 1 : 0)
                total += try APICost.monthly(workload, prices[index % prices.count]).monthly
            }
        }
        report("engine-api", count, time, "checksum_positive=\(total > 0)")
    case "sweep":
        let plan = defaultPlan()
        let api = plan.api[0]
        let hosting = plan.selfHosting[0]
        var points: [SweepPoint] = []
        let time = try seconds {
            points = try VolumeSweep.dense(
                plan.workload, prices: api.prices, selfHosting: hosting.option, from: 100_000,
                to: 100_000_000,
                count: count)
        }
        let crossings = zip(points, points.dropFirst()).filter {
            $0.selfHostingCheaper != $1.selfHostingCheaper
        }
        report(
            "sweep", count, time,
            "pair=\(api.model.id)|\(hosting.deployment.id) crossings=\(crossings.count)")
    case "simulate":
        let plan = defaultPlan()
        var simulation: Simulation?
        let time = try seconds {
            simulation = try Simulation.run(plan, api: 0, selfHosting: 0, samples: count, seed: 42)
        }
        report("simulate", count, time, "p50_saving=\(Int(simulation?.saving.p50 ?? .nan))")
    case "models":
        guard arguments.count == 3 else { fail("expected a file after 'models \(count)'; \(usage)") }
        do {
            try generatedModels(count, checked: today).write(
                to: URL(fileURLWithPath: arguments[2]), atomically: true, encoding: .utf8)
        } catch {
            fail("cannot write \(arguments[2])", code: 3)
        }
        print("case=models count=\(count) file=\(arguments[2])")
    default:
        fail("unknown case '\(command)'; \(usage)")
    }
} catch {
    fail("\(error)", code: 1)
}

/// A valid models.json of `count` models shaped like real price lists: one to three dated price
/// sets each, cached-input prices, batch discounts and long-context tiers on some.
func generatedModels(_ count: Int, checked: CalendarDate) -> String {
    var out = "{\n  \"schema\": \"llmcost/models@1\",\n  \"currency\": \"USD\",\n  \"models\": [\n"
    for index in 0..<count {
        let provider = [
            "openai", "anthropic", "google", "mistral", "deepseek", "bedrock", "azure", "together",
        ][
            index % 8]
        let input = 5 + (index &* 37) % 1_500  // cents per 1M tokens: 0.05 … 15.04
        let output = input * (2 + index % 4)
        var sets: [String] = []
        for version in 0..<(1 + index % 3) {
            let cents = input + version * 10
            let outputCents = output + version * 20
            var fields = [
                "\"effective\": \"202\(4 + version)-0\(1 + index % 9)-1\(index % 10)\"",
                "\"input_per_mtok\": \(cents / 100).\(String(format: "%02d", cents % 100))",
                "\"output_per_mtok\": \(outputCents / 100).\(String(format: "%02d", outputCents % 100))",
            ]
            if index % 2 == 0 {
                fields.append(
                    "\"cached_input_per_mtok\": \(cents / 1_000).\(String(format: "%03d", cents % 1_000))")
            }
            if index % 4 == 0 { fields.append("\"batch_discount\": 0.5") }
            if index % 7 == 0 {
                fields.append(
                    "\"tiers\": [{\"above_input_tokens\": 200000, \"input_per_mtok\": \(2 * cents / 100).\(String(format: "%02d", 2 * cents % 100)), \"output_per_mtok\": \(2 * outputCents / 100).\(String(format: "%02d", 2 * outputCents % 100))}]"
                )
            }
            fields.append("\"source\": \"https://example.com/\(provider)/pricing\"")
            fields.append("\"checked\": \"\(checked)\"")
            sets.append("        {" + fields.joined(separator: ", ") + "}")
        }
        out += """
                {
                  "id": "\(provider)/generated-model-\(index)",
                  "name": "Generated model \(index)",
                  "provider": "\(provider)",
                  "family": "generated-\(index % 500)",
                  "open_weights": \(index % 5 == 0),
                  "context_window": \(8_192 << (index % 6)),
                  "prices": [
            \(sets.joined(separator: ",\n"))
                  ]
                }
            """
        out += index + 1 < count ? ",\n" : "\n"
    }
    return out + "  ]\n}\n"
}

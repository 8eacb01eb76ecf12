extension Options {
    /// `breakeven --sweep`, `sensitivity` and `simulate`.
    static let sweep = OptionSpec.flag(
        "sweep", help: "breakeven: a table of both costs across volumes (log grid, replica steps)")
    static let range = OptionSpec.value(
        "range", "FROM..TO", example: "100k..100M",
        help: "breakeven --sweep: the volumes to sweep (default: around today and the break-even)")
    static let metric = OptionSpec.value(
        "metric", "METRIC", example: "npv",
        help: "sensitivity: saving (monthly), breakeven (requests/month) or npv (default saving)")
    static let delta = OptionSpec.value(
        "delta", "SHARE", example: "20%", help: "sensitivity: how far each input moves (default 20%)")
    static let samples = OptionSpec.value(
        "samples", "N", example: "10000", help: "simulate: number of draws (default 10,000)")
    static let seed = OptionSpec.value(
        "seed", "S", example: "42", help: "simulate: the generator's seed, 0…2^64−1 (default 1)")
}

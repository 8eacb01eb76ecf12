extension Options {
    /// `breakeven --sweep`, `sensitivity` and `simulate`.
    static let uncertainty: [OptionSpec] = [
        .flag("sweep", help: "breakeven: a table of both costs across volumes (log grid, replica steps)"),
        .value(
            "range", "FROM..TO", example: "100k..100M",
            help: "breakeven --sweep: the volumes to sweep (default: around today and the break-even)"),
        .value(
            "metric", "METRIC", example: "npv",
            help: "sensitivity: saving (monthly), breakeven (requests/month) or npv (default saving)"),
        .value("delta", "SHARE", example: "20%", help: "sensitivity: how far each input moves (default 20%)"),
        .value("samples", "N", example: "10000", help: "simulate: number of draws (default 10,000)"),
        .value("seed", "S", example: "42", help: "simulate: the generator's seed, 0…2^64−1 (default 1)"),
    ]
}

import Foundation

/// How a seat plan's per-user price is billed.
public enum SeatBilling: String, Sendable, Hashable, CaseIterable {
    case monthly
    case annual
}

/// A chat product priced per user (`llmcost/seats@1`): a ChatGPT, Claude or Copilot seat.
///
/// A seat serves one person using a chat product interactively, within the vendor's fair-use
/// caps; none of the plans in the data includes API access.
public struct SeatPlan: Sendable, Hashable {
    /// `provider/plan`, unique in the file (`openai/chatgpt-plus`).
    public var id: String
    public var name: String
    public var provider: String
    /// The list price of one seat for one month, in `currency`.
    public var perUserMonth: Decimal
    public var billing: SeatBilling
    /// The fewest seats the vendor sells; fewer users still pay for this many.
    public var minSeats: Int
    public var source: String?
    public var checked: CalendarDate?
    /// What the source says beyond the price: caps, required base licences, how the figure was seen.
    public var note: String?
    /// The ISO 4217 code of `perUserMonth` (the file's `currency`).
    public var currency: String
    public var origin: Origin?

    public init(
        id: String, name: String, provider: String, perUserMonth: Decimal, billing: SeatBilling = .monthly,
        minSeats: Int = 1, source: String? = nil, checked: CalendarDate? = nil, note: String? = nil,
        currency: String = "USD", origin: Origin? = nil
    ) {
        self.id = id
        self.name = name
        self.provider = provider
        self.perUserMonth = perUserMonth
        self.billing = billing
        self.minSeats = minSeats
        self.source = source
        self.checked = checked
        self.note = note
        self.currency = currency
        self.origin = origin
    }
}

extension PriceTable {
    /// The seat plan with this id.
    public func seatPlan(id: String) -> SeatPlan? { seatPlans.first { $0.id == id } }
}

extension PriceFileReader.Context {
    /// One entry of a seats file: id, name, provider, price per user-month, billing and minimum seats.
    func readSeatPlan(_ object: ObjectReader, currency: String) -> SeatPlan? {
        let id = object.string("id")
        if let id, let node = object.value("id", required: false) {
            let parts = id.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count != 2 || parts[0].isEmpty || parts[1].isEmpty {
                sink.error(node, .notProviderPlan(id: id))
            }
        }
        let name = object.string("name")
        let provider = object.string("provider")
        let price = object.decimal("per_user_month", rule: .nonNegative)
        let billing = object.oneOf("billing", SeatBilling.allCases.map(\.rawValue)).flatMap(
            SeatBilling.init(rawValue:))
        let minSeats = object.integer("min_seats", required: false, minimum: 1)
        let source = object.source()
        let checked = object.checkedDate()
        let note = object.string("note", required: false)
        guard let id, let name, let provider, let price, let billing else { return nil }
        return SeatPlan(
            id: id, name: name, provider: provider, perUserMonth: price, billing: billing,
            minSeats: minSeats ?? 1, source: source, checked: checked, note: note, currency: currency,
            origin: Origin(file: file, location: object.node.location, path: object.node.path))
    }
}

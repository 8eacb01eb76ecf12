import Foundation
import Pricing

/// What identifies an option across the engine → reports boundary, whatever the display language.
///
/// Reports key rows and cash-flow tables by it; JSON writes it as `{"api": "openai/gpt-4o",
/// "tier": null}` or `{"deployment": ID, "mode": "rent", "offer": "lambda"}`.
public enum OptionID: Sendable, Hashable {
    /// An API model; `tier` names a service tier such as `flex`, nil for the standard prices.
    case api(model: String, tier: String?)
    /// A self-hosted deployment: rented (with the rental provider, when one was chosen) or owned
    /// (`used` when bought second-hand).
    case deployment(id: String, mode: HostingModeName, offer: String?, used: Bool)
    /// The must-self-host share on a deployment, the rest on an API.
    indirect case hybrid(selfHosted: OptionID, api: OptionID)
    /// A per-user seat plan.
    case seats(plan: String)
    /// An API option set against a self-hosting option (a break-even, a switch's cash flow).
    indirect case pair(api: OptionID, selfHosted: OptionID)
}

/// Why a result does not exist: a break-even never reached, a payback not within the horizon.
///
/// The engine returns these codes; Reports alone turns them into words.
public enum NeverReason: String, Sendable, Hashable, CaseIterable {
    /// The API costs nothing per request, so nothing undercuts it.
    case apiFree = "api_free"
    /// One replica at full utilisation costs at least what the API charges for the same tokens.
    case replicaNotCheaper = "replica_not_cheaper"
    /// The fixed costs would be covered only beyond 2,147,483,647 replicas.
    case beyondAnyFleet = "beyond_any_fleet"
    /// The one-time costs are not paid back within the horizon.
    case notWithinHorizon = "not_within_horizon"
    /// The plan stays on the API for the whole horizon, so there is no switch month.
    case staysOnAPI = "stays_on_api"
    /// Self-hosting never breaks even in any sampled case.
    case neverBreaksEven = "never_breaks_even"
}

extension APIOptionPlan {
    /// The option's id: the model's `provider/model` id.
    public var id: OptionID { .api(model: model.id, tier: nil) }
}

extension SelfHostingPlan {
    /// The option's id: deployment, mode, and the rental provider when renting from an offer.
    public var id: OptionID {
        .deployment(
            id: deployment.id, mode: spec.mode, offer: spec.mode == .rent ? offer?.provider : nil,
            used: spec.mode == .own && spec.condition == .used)
    }
}

extension SeatOptionPlan {
    /// The option's id: the seat plan's id.
    public var id: OptionID { .seats(plan: plan.id) }
}

extension OptionPair {
    /// The pair's id: its API option against its self-hosting option.
    public var id: OptionID { .pair(api: api.id, selfHosted: selfHosting.id) }
}

extension OptionCost {
    /// The option's id.
    public var id: OptionID {
        switch kind {
        case .api(let api, _): api.id
        case .selfHosted(let hosting, _): hosting.id
        case .hybrid(let cost): .hybrid(selfHosted: cost.selfHosting.id, api: cost.api.id)
        case .seats(let cost): cost.option.id
        }
    }
}

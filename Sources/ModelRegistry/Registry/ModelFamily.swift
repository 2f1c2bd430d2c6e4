/// The models shown together under one family name, in `displayOrderInFamily` order.
public struct ModelFamily: Sendable, Hashable {
    /// The family's name.
    public var name: String
    /// Its models, ordered by `displayOrderInFamily`, then name, then record id.
    public var models: [ModelDefinition]
}

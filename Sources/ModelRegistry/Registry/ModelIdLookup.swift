/// The answer to "which model has this provider model id?": several entries may share one.
public enum ModelIdLookup: Sendable, Hashable {
    /// No model has the id.
    case notFound
    /// Exactly one model has it.
    case unique(ModelDefinition)
    /// Several have it; pick by `recordId`.
    case ambiguous([ModelDefinition])

    /// The model when the answer is unique.
    public var unique: ModelDefinition? {
        if case .unique(let m) = self { return m }
        return nil
    }
}

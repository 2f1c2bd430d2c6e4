/// A field bound to a model parameter of one step.
struct PlanBinding: Sendable {
    /// The model parameter that receives the value.
    let parameter: String
    /// The field that gives it.
    let field: Int
    /// The model's property of that name (`nil` when the schema lacks it).
    let property: SchemaProperty?
    /// Whether the step's pricing rule reads the parameter.
    let priced: Bool
}

/// One user-facing input of a template.
struct PlanField: Sendable {
    /// How values given for the field are checked.
    enum Kind: Sendable {
        /// A workflow's `userInputFields` entry.
        case workflow(UserInputField)
        /// A content template's editable schema property (`nil` when the schema lacks it).
        case content(SchemaProperty?)
    }

    let name: String
    let kind: Kind
    /// Whether a run must give it (checked when a total is computed for non-empty inputs).
    let required: Bool
    /// The values the field can take for pricing purposes. `choices[0]` is the state when
    /// the user gives nothing (`nil`: no value at all). For a finite field (select,
    /// checkbox, enum, boolean) the rest are the other acceptable values; for an open field
    /// (number, text, file) they are the values that bound its price (range endpoints,
    /// table keys), when it moves a price.
    var choices: [ParameterValue?]
    /// Whether `choices` lists every value a user can give, so that a given value has a
    /// choice index and steps can be priced by table lookup.
    let isFinite: Bool
    /// Whether `choices[0]` is itself an acceptable value to give (a select whose default is
    /// not one of its options is not).
    var defaultIsAcceptable: Bool
    /// Whether some step's price reads a parameter bound to this field.
    var movesPrice = false
    /// Where the field is bound: (step index, binding index).
    var bindings: [(step: Int, binding: Int)] = []

    /// The index in `choices` of a value given for a finite field, or `nil` when the value
    /// is not acceptable. Select options match "5" and 5 alike (forms send text).
    func choiceIndex(of value: ParameterValue) -> Int? {
        let start = defaultIsAcceptable ? 0 : 1
        var i = start
        while i < choices.count {
            if let c = choices[i], c == value { return i }
            i += 1
        }
        guard case .workflow(let field) = kind else { return nil }
        switch field.type {
        case .select:
            i = start
            while i < choices.count {
                if let c = choices[i], TemplatePlan.sameChoice(c, value) { return i }
                i += 1
            }
        case .checkbox:
            if case .string(let s) = value, s == "true" || s == "false" {
                return choiceIndex(of: .bool(s == "true"))
            }
        default:
            break
        }
        return nil
    }
}

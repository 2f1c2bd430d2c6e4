/// The fast path's view of a template's inputs: what `PreparedTemplate.total(userInputs:)`
/// needs to check a run's inputs and turn each finite choice into a table index, as plain
/// data in flat arrays (reading it copies nothing reference-counted).
///
/// It only ever says "valid, here are the choice indices" or "not sure": for anything it
/// does not handle (an unknown name, a value that does not fit, an open value that moves a
/// price and must be priced by calling the model) it answers `nil`, and the caller takes the
/// general path, which prices the run or throws the precise error. So the two paths cannot
/// disagree.
struct FastInputs: Sendable {
    /// One input field.
    struct Field: Sendable {
        enum Kind: UInt8, Sendable {
            /// A content template's enum or boolean parameter: the value must be a choice.
            case exact
            /// A select: an option, "5" and 5 alike.
            case select
            /// A checkbox: a boolean, or "true"/"false".
            case checkbox
            /// A workflow's text or textarea field.
            case text
            /// A workflow's number field.
            case number
            /// A workflow's file field.
            case file
            /// A content template's open parameter (number, text, …).
            case open
        }
        var kind: Kind
        var movesPrice: Bool
        /// Its choices in `choices`; the search starts at `firstAcceptable` (past a default
        /// that cannot be given, such as "no value").
        var choiceStart: Int
        var choiceCount: Int
        var firstAcceptable: Int
        var maxFiles: Int
        /// The parameters it fills, in `checks`.
        var checkStart: Int
        var checkCount: Int
    }

    /// A parameter a field fills: the schema constraints a given value must meet there.
    struct Check: Sendable {
        /// `nil` when the model lacks the parameter: no value fits it.
        var constraints: PropertyConstraints?
        /// Whether a value is converted to the parameter's type first (workflows' form values).
        var coerce: Bool
    }

    let names: NameLookup
    let fields: [Field]
    /// Every finite field's choices (`.null` stands for "no value"), and whether giving each
    /// one passes every parameter it fills.
    let choices: [ParameterValue]
    let choiceIsValid: [Bool]
    let checks: [Check]
    let enumValues: [ParameterValue]

    init(plan: TemplatePlan) {
        var fields: [Field] = []
        var choices: [ParameterValue] = []
        var valid: [Bool] = []
        var checks: [Check] = []
        var enumValues: [ParameterValue] = []
        for field in plan.fields {
            let kind: Field.Kind
            var maxFiles = -1
            var properties: [SchemaProperty?] = []
            switch field.kind {
            case .content(let property):
                kind = field.isFinite ? .exact : .open
                properties = [property]
            case .workflow(let declared):
                switch declared.type {
                case .select: kind = .select
                case .checkbox: kind = .checkbox
                case .text, .textarea: kind = .text
                case .number: kind = .number
                case .file: kind = .file
                }
                maxFiles = declared.maxFiles ?? -1
                properties = field.bindings.map { plan.steps[$0.step].bindings[$0.binding].property }
            }
            let coerce = plan.isWorkflow
            let checkStart = checks.count
            for property in properties {
                checks.append(Check(constraints: property.map { PropertyConstraints($0, enumValues: &enumValues) }, coerce: coerce))
            }
            let choiceStart = choices.count
            if field.isFinite {
                for choice in field.choices {
                    choices.append(choice ?? .null)
                    valid.append(choice.map { c in
                        properties.allSatisfy { p in
                            guard let p else { return false }
                            return p.problems(with: coerce ? TemplatePlan.coerce(c, to: p) : c, at: "").isEmpty
                        }
                    } ?? false)
                }
            }
            fields.append(Field(
                kind: kind, movesPrice: field.movesPrice, choiceStart: choiceStart,
                choiceCount: field.isFinite ? field.choices.count : 0,
                firstAcceptable: field.defaultIsAcceptable && field.choices.first.map({ $0 != nil }) == true ? 0 : 1,
                maxFiles: maxFiles, checkStart: checkStart, checkCount: checks.count - checkStart))
        }
        // Field names are unique (the plan keeps a name's first field), so the lookup agrees
        // with `plan.fieldIndex`.
        names = NameLookup(plan.fields.map(\.name))
        self.fields = fields
        self.choices = choices
        self.choiceIsValid = valid
        self.checks = checks
        self.enumValues = enumValues
    }

    /// Fills `choice[f]` with the choice index of each given finite field and returns the
    /// bit set of given fields, or `nil` when the general path must decide.
    @inline(__always)
    func resolve(_ userInputs: [String: ParameterValue], into choice: UnsafeMutableBufferPointer<Int>) -> UInt64? {
        var given: UInt64 = 0
        for (name, value) in userInputs {
            guard let f = names.index(of: name) else { return nil }
            given |= 1 << UInt64(f)
            let field = fields[f]
            switch field.kind {
            case .exact, .select, .checkbox:
                guard let c = choiceIndex(of: value, in: field) else { return nil }
                choice[f] = c
            case .text, .number, .file, .open:
                // An open value that moves a price is priced by calling the model.
                if field.movesPrice || !isValidOpenValue(value, field) { return nil }
            }
        }
        return given
    }

    /// The choice index of a given value, when the value is one of the field's choices and
    /// giving it passes every parameter the field fills.
    @inline(__always)
    private func choiceIndex(of value: ParameterValue, in field: Field) -> Int? {
        var i = field.firstAcceptable
        while i < field.choiceCount {
            if choices[field.choiceStart + i] == value { return choiceIsValid[field.choiceStart + i] ? i : nil }
            i += 1
        }
        switch field.kind {
        case .select:
            i = field.firstAcceptable
            while i < field.choiceCount {
                if TemplatePlan.sameChoice(choices[field.choiceStart + i], value) { return choiceIsValid[field.choiceStart + i] ? i : nil }
                i += 1
            }
        case .checkbox:
            if case .string(let s) = value, s == "true" || s == "false" { return choiceIndex(of: .bool(s == "true"), in: field) }
        default:
            break
        }
        return nil
    }

    /// Whether a given open value fits its field and every parameter it fills.
    @inline(__always)
    private func isValidOpenValue(_ value: ParameterValue, _ field: Field) -> Bool {
        switch field.kind {
        case .text:
            guard case .string = value else { return false }
        case .number:
            guard value.numericValue != nil else { return false }
        case .file:
            switch value {
            case .string: break
            case .array(let items):
                for item in items { guard case .string = item else { return false } }
                if field.maxFiles >= 0 && items.count > field.maxFiles { return false }
            default: return false
            }
        default:
            break
        }
        var k = field.checkStart
        while k < field.checkStart + field.checkCount {
            if !meets(checks[k], value) { return false }
            k += 1
        }
        return true
    }

    /// `SchemaProperty.problems(with:)` is empty, checked on plain data.
    @inline(__always)
    private func meets(_ check: Check, _ raw: ParameterValue) -> Bool {
        guard let constraints = check.constraints else { return false }
        let value = check.coerce ? TemplatePlan.coerce(raw, to: constraints.type) : raw
        return constraints.validate(value, enumValues: enumValues) != nil
    }
}

// The last stage both builders share: which fields move a price, and each step's table.

extension TemplatePlan {
    /// Marks price-moving fields, adds the range candidates of open fields, and tabulates
    /// each step over the choices of its price-moving fields.
    // Internal, not private: `workflow(_:models:)` and `content(_:models:)` live in their
    // own files and both finish with it.
    mutating func compile() throws(PricingError) {
        for s in steps.indices {
            for b in steps[s].bindings where b.priced {
                fields[b.field].movesPrice = true
            }
        }
        // Open fields that move a price range over the values that bound it.
        for f in fields.indices where fields[f].movesPrice && !fields[f].isFinite {
            var candidates = fields[f].choices
            var bound: [SchemaProperty] = []
            for (s, b) in fields[f].bindings {
                let binding = steps[s].bindings[b]
                guard let property = binding.property else { continue }
                bound.append(property)
                guard binding.priced else { continue }
                for v in Self.rangeCandidates(of: property, rule: steps[s].model.rule) where !candidates.contains(v) {
                    candidates.append(v)
                }
            }
            // Keep what every bound parameter accepts: a value one of them rejects is not a run.
            let isWorkflow = self.isWorkflow
            fields[f].choices = [candidates[0]] + candidates.dropFirst().filter { c in
                guard let c else { return true }
                return bound.allSatisfy { p in p.problems(with: isWorkflow ? Self.coerce(c, to: p) : c, at: p.name).isEmpty }
            }
        }
        for s in steps.indices {
            var moving: [Int] = []
            var chosen: [String] = []
            for b in steps[s].bindings where b.priced {
                if !moving.contains(b.field) { moving.append(b.field) }
                if !chosen.contains(b.parameter) { chosen.append(b.parameter) }
            }
            moving.sort()
            steps[s].movingFields = moving
            steps[s].userChosenParameters = chosen
            var strides: [Int] = []
            var count = 1
            for f in moving {
                strides.append(count)
                let (c, overflow) = count.multipliedReportingOverflow(by: fields[f].choices.count)
                count = overflow ? Int.max : c
            }
            steps[s].strides = strides
            if count <= Self.enumerationLimit {
                var table: [ExactDecimal] = []
                table.reserveCapacity(count)
                var values = fields.map { $0.choices[0] }
                for index in 0..<count {
                    for (k, f) in moving.enumerated() {
                        values[f] = fields[f].choices[(index / strides[k]) % fields[f].choices.count]
                    }
                    table.append(try total(ofStep: s, values: values, given: nil))
                }
                steps[s].table = table
                steps[s].min = table.min()!
                steps[s].max = table.max()!
            } else {
                (steps[s].min, steps[s].max) = try bounds(ofStep: s)
            }
        }
    }
}

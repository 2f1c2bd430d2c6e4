import ModelRegistry

extension CheckRun {
    /// near-duplicate-name: model names, and family names, that are spelt differently but share
    /// a `ModelDisplayNames.comparisonKey` (they differ only in case or punctuation). One finding
    /// per spelling, on the first model (registry order) that uses it, so every spelling's file
    /// is annotated and an admin sees both sides.
    mutating func checkNames() {
        checkSpellings(kind: "model name") { $0.config.modelName }
        checkSpellings(kind: "family name") { $0.config.modelFamily }
    }

    /// "record id X" or "record ids X, Y": ids, which the site links to the models' pages.
    /// A family can hold dozens of models: the first five ids, then how many more.
    private static func recordIds(_ models: [ModelDefinition]) -> String {
        let shown = models.prefix(5).map(\.recordId).joined(separator: ", ")
        let more = models.count > 5 ? " and \(models.count - 5) more" : ""
        return (models.count == 1 ? "record id " : "record ids ") + shown + more
    }

    private mutating func checkSpellings(kind: String, _ spelling: (ModelDefinition) -> String?) {
        // Spellings by key, each with its models in registry order; keys in first-seen order.
        var byKey: [String: [(spelling: String, models: [ModelDefinition])]] = [:]
        var keys: [String] = []
        for model in registry.models {
            guard let text = spelling(model), !text.isEmpty else { continue }
            let key = ModelDisplayNames.comparisonKey(text)
            if byKey[key] == nil { keys.append(key) }
            if let i = byKey[key, default: []].firstIndex(where: { $0.spelling == text }) {
                byKey[key]![i].models.append(model)
            } else {
                byKey[key, default: []].append((text, [model]))
            }
        }
        for key in keys {
            guard let spellings = byKey[key], spellings.count > 1 else { continue }
            for (text, models) in spellings {
                let others = spellings.filter { $0.spelling != text }.map { other in
                    "'\(other.spelling)' (\(Self.recordIds(other.models)))"
                }.joined(separator: " and ")
                add(.nearDuplicateName,
                    "\(kind) '\(text)' (\(Self.recordIds(models))) differs only in case or punctuation from \(others); spell them alike, or name them apart if they are different models",
                    model: models[0])
            }
        }
    }
}

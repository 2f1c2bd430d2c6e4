/// The names that tell every model of a registry apart.
///
/// `ModelConfig.displayName` is per model, and the platform reuses names: "Grok Imagine" is a
/// prompt-to-image, a prompt-to-video and an image-to-video model; "Remove Background" runs at
/// two providers. An admin reading a list, a workflow step or an integrity message must see
/// at a glance which one is meant, so a name shared with another model (or one that differs
/// from it only in case or punctuation, see `comparisonKey(_:)`) gets what sets it apart in
/// parentheses: "Grok Imagine (image to video)", "Remove Background (Runware)".
///
/// Uniqueness depends on the other models, so this is a registry-level computation
/// (`ModelRegistry.displayNames`), made once when the registry is built.
public enum ModelDisplayNames {
    /// What may set models of one name apart, tried in this order; a group of models sharing
    /// a name takes the first set that tells all of them apart, so names inside one group
    /// read alike.
    private static let qualifierSets: [[Qualifier]] = [
        [.contentType], [.provider], [.contentType, .provider],
        [.modelId], [.contentType, .modelId], [.provider, .modelId], [.contentType, .provider, .modelId],
    ]

    private enum Qualifier {
        /// "image to video".
        case contentType
        /// "Runware".
        case provider
        /// The provider's model id, "runware:100@1": what tells apart two spellings of one
        /// model name at one provider for one content type.
        case modelId

        func text(_ c: ModelConfig) -> String {
            switch self {
            case .contentType: return c.contentType.displayName.lowercased()
            case .provider: return c.provider.displayName
            case .modelId: return c.modelId
            }
        }
    }

    /// The key two names collide on: lower case, every run of characters other than letters,
    /// digits and `+` as one space, trimmed. "FLUX.1 Schnell" and "Flux.1  schnell" share a
    /// key; "Kling V2.1" and "Kling V21" do not (the separator between digits is kept), nor
    /// do "Suno V4.5" and "Suno V4.5+" (a `+` names another model).
    public static func comparisonKey(_ name: String) -> String {
        // Most names are ASCII: their key is made from bytes, without the Unicode tables that
        // `lowercased()` and `Character.isLetter` consult (the same key: for ASCII a letter is
        // A-Z or a-z and a number 0-9).
        name.utf8.allSatisfy({ $0 < 0x80 }) ? asciiComparisonKey(name) : unicodeComparisonKey(name)
    }

    /// `comparisonKey` for an ASCII name, from its bytes.
    static func asciiComparisonKey(_ name: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            let b = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2B {
                if pendingSpace && !key.isEmpty { key.append(0x20) }
                pendingSpace = false
                key.append(b)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// `comparisonKey` for any name, by `Character`.
    static func unicodeComparisonKey(_ name: String) -> String {
        var key = ""
        var pendingSpace = false
        for ch in name.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "+" {
                if pendingSpace && !key.isEmpty { key.append(" ") }
                pendingSpace = false
                key.append(ch)
            } else {
                pendingSpace = true
            }
        }
        return key
    }

    /// One name per config, in the same order, no two with the same `comparisonKey`.
    ///
    /// A name no other model shares (by key) stays `config.displayName`. Models sharing one get
    /// the first qualifier set that tells the whole group apart (content type, provider, both,
    /// then with the provider's model id), or, when none does, the first that tells most of it
    /// apart. What is still not unique after that also gets the first eight characters of its
    /// record id, and an entry whose record id is itself duplicated (an integrity error) gets
    /// its position, `#2`, in the order given.
    public static func unique(for configs: [ModelConfig]) -> [String] {
        let bases = configs.map(\.displayName)
        var names = bases
        var chosen = [[Qualifier]](repeating: [], count: configs.count)
        let groups = Dictionary(grouping: configs.indices, by: { comparisonKey(bases[$0]) })
        for key in groups.keys.sorted() {
            guard let members = groups[key], members.count > 1 else { continue }
            // The first set that tells the most members apart (all of them, when one can); none
            // when no set tells any apart (the record id below will).
            var best: [Qualifier] = [], bestCount = 1
            for set in qualifierSets {
                let count = Set(members.map { i in comparisonKey(qualified(bases[i], configs[i], set)) }).count
                if count > bestCount { best = set; bestCount = count }
                if count == members.count { break }
            }
            for i in members {
                names[i] = qualified(bases[i], configs[i], best)
                chosen[i] = best
            }
        }
        // What is still not unique (same name, content type, provider and model id, or a
        // qualified name meeting a model actually called "X (Runware)") also gets the first
        // characters of its record id, as the site shortens it.
        for members in collisions(names) {
            for i in members { names[i] = qualified(bases[i], configs[i], chosen[i], extra: "id \(configs[i].recordId.prefix(8))") }
        }
        for members in collisions(names) {
            for (n, i) in members.enumerated() where n > 0 { names[i] += " #\(n + 1)" }
        }
        return names
    }

    /// The indices of names that share a key, each group in index order, groups by first index.
    private static func collisions(_ names: [String]) -> [[Int]] {
        let groups = Dictionary(grouping: names.indices, by: { comparisonKey(names[$0]) })
        return groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    private static func qualified(_ base: String, _ c: ModelConfig, _ set: [Qualifier], extra: String? = nil) -> String {
        let parts = (set.map { $0.text(c) } + (extra.map { [$0] } ?? [])).joined(separator: ", ")
        // "Sora 2 (Watermarked)" becomes "Sora 2 (Watermarked, image to video)": one pair of
        // parentheses reads better than two.
        if base.hasSuffix(")") && base.contains("(") { return "\(base.dropLast()), \(parts))" }
        return "\(base) (\(parts))"
    }
}

import ModelRegistry

/// What the model page adds to the config fields: the base cost as a cost view (with its
/// money), the family as a link to the catalogue filtered on it, and the plain-words
/// meaning of the plumbing fields shown in the collapsed "Technical details" block.
enum ModelDetailsView {
    /// What each payload structure means for whoever reads the request log.
    static func payloadMeaning(_ p: PayloadStructure) -> String {
        switch p {
        case .flat: return "parameters at the top level of the request body"
        case .wrapper: return "parameters inside an \"input\" object of the request body"
        case .direct: return "the request goes to the provider as is, without the platform's task envelope"
        case .array: return "parameters in one task object inside a JSON array, as Runware's task API takes them"
        }
    }

    static func context(_ e: ModelEntry, data: SiteData, frame: PageFrame) -> Ctx {
        let c = e.config
        let family = c.modelFamily ?? ""
        return [
            "base": e.baseCost.context,
            "hasFamilyHref": !family.isEmpty,
            "familyHref": family.isEmpty ? "" : CataloguePage.filterHref(frame: frame, key: "family", value: family),
            "payloadMeaning": c.payloadStructure.map(payloadMeaning) ?? "",
            "logoIsPath": c.logoUrl != nil && WebURL.safe(c.logoUrl) == nil,
        ]
    }
}

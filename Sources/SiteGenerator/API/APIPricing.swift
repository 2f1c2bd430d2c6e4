import ModelRegistry
import TokenPricing

/// `api/pricing.json`: the registry in the portable pricing form (Docs/PORTABLE-PRICING.md),
/// everything a service needs to price any call exactly, in any language
/// (`PortablePricingFile` reads it). Compact, written one model at a time through the one JSON
/// writer (the same bytes as `PortablePricingFile.encoded(style: .compact)`).
///
/// Everything about this file's format is here, so changing it changes this file only.
enum APIPricing {
    /// The file's bytes.
    static func bytes(_ data: SiteData) -> [UInt8] {
        var w = JSONWriter(capacity: 64 + data.models.count * 1500, compact: true)
        w.beginObject()
        w.key("formatVersion"); w.int(Portable.formatVersion)
        w.key("models")
        w.beginArray()
        for e in data.models {
            w.element()
            w.value(e.model.portable.portableValue)
        }
        w.endArray()
        w.endObject()
        return w.finishDocument()
    }

    /// The shape, as the API page shows it.
    static let shape = #"{"formatVersion": 1, "models": [{"config": {"recordId", "modelName", "baseTokenCost", "isActive", …}, "inputSchema": {"properties": […], "required"}, "rule": {"basis", "factors": […], "minimumCharge", "rounding"}, "notes"}]}"#

    /// What the API page says about it.
    static let about = "The portable pricing form: every model's config, input schema and pricing rule, enough to price any call exactly without the Swift registry (see the Portable pricing doc)."
}

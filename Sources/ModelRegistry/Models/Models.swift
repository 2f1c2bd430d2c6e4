/// The namespace of the model definitions: one `static let` per model, each in its own file
/// under `Models/<content_type>/`, and listed once in `Models.all`.
public enum Models {}

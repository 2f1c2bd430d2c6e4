/// Bytes ⇄ JSON value tree for the portable form and the price lockfile. Reading and writing
/// sit behind these two functions so that the codecs only ever see `ParameterValue` trees.
///
/// Numbers are never held as `Double`: reading keeps their digits, writing prints
/// `ExactDecimal.description` (plain notation, every digit).
public enum PortableJSON {
    /// How `write` lays out a document.
    public enum Style: Sendable, Hashable {
        /// No white space at all (`api/pricing.json`).
        case compact
        /// Two-space indentation, one member or element per line, keys sorted. A container
        /// stays on one line (`{"key": "5", "factor": "1"}`) when it is short (at most
        /// `inlineWidth` characters written compactly) and nests at most two levels, and the
        /// elements of arrays under the keys `inlineElementsOf` always do (the lockfile's
        /// matrix points: one per line, whatever their length).
        case pretty(inlineWidth: Int = 100, inlineElementsOf: Set<String> = [])
    }

    /// Reads one JSON value with `ExactJSONReader`: every number as written, a key given
    /// twice an error.
    /// - Throws: `PortableFormatError` with the key path and byte offset when the bytes are not
    ///   JSON.
    public static func parse(_ bytes: some Collection<UInt8>) throws(PortableFormatError) -> ParameterValue {
        let result: Result<ParameterValue, ExactJSONError> = bytes.withContiguousStorageIfAvailable { buffer in
            do throws(ExactJSONError) { return .success(try ExactJSONReader.parse(buffer)) } catch { return .failure(error) }
        } ?? Array(bytes).withUnsafeBufferPointer { buffer in
            do throws(ExactJSONError) { return .success(try ExactJSONReader.parse(buffer)) } catch { return .failure(error) }
        }
        switch result {
        case .success(let value): return value
        case .failure(let e): throw PortableFormatError(keyPath: e.keyPath, message: "not valid JSON at byte \(e.offset): \(e.message)")
        }
    }

    /// The value as JSON text with sorted keys, ending with a newline.
    public static func write(_ value: ParameterValue, style: Style) -> String {
        var out = ""
        switch style {
        case .compact:
            // The one JSON writer of the package lays out compact documents.
            var writer = JSONWriter(capacity: 4096)
            writer.value(value)
            return String(decoding: writer.finishDocument(), as: UTF8.self)
        case .pretty(let width, let forced):
            writePretty(value, indent: 0, forceInline: false, width: width, forced: forced, into: &out)
        }
        out += "\n"
        return out
    }

    private static func writePretty(
        _ value: ParameterValue, indent: Int, forceInline: Bool, width: Int, forced: Set<String>, into out: inout String
    ) {
        switch value {
        case .array(let items) where !items.isEmpty:
            if forceInline || fitsInline(value, width: width) { writeInline(value, into: &out); return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                writePretty(item, indent: indent + 2, forceInline: false, width: width, forced: forced, into: &out)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members) where !members.isEmpty:
            if forceInline || fitsInline(value, width: width) { writeInline(value, into: &out); return }
            out += "{\n"
            let keys = members.keys.sorted()
            for (i, key) in keys.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                writeString(key, into: &out)
                out += ": "
                let member = members[key]!
                if forced.contains(key), case .array(let items) = member, !items.isEmpty {
                    out += "[\n"
                    for (j, item) in items.enumerated() {
                        out += String(repeating: " ", count: indent + 4)
                        writeInline(item, into: &out)
                        out += j == items.count - 1 ? "\n" : ",\n"
                    }
                    out += String(repeating: " ", count: indent + 2) + "]"
                } else {
                    writePretty(member, indent: indent + 2, forceInline: false, width: width, forced: forced, into: &out)
                }
                out += i == keys.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        default:
            writeInline(value, into: &out)
        }
    }

    private static func depth(_ value: ParameterValue) -> Int {
        switch value {
        case .array(let items): return 1 + (items.map(depth).max() ?? 0)
        case .object(let members): return 1 + (members.values.map(depth).max() ?? 0)
        default: return 0
        }
    }

    private static func fitsInline(_ value: ParameterValue, width: Int) -> Bool {
        guard depth(value) <= 2 else { return false }
        var text = ""
        writeInline(value, into: &text)
        return text.count <= width
    }

    /// A container on one line, with a space after each comma and colon (the pretty layout's
    /// inline form).
    private static func writeInline(_ value: ParameterValue, into out: inout String) {
        switch value {
        case .string(let s): writeString(s, into: &out)
        case .number(let n): out += n.description
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                writeInline(item, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, key) in members.keys.sorted().enumerated() {
                if i > 0 { out += ", " }
                writeString(key, into: &out)
                out += ": "
                writeInline(members[key]!, into: &out)
            }
            out += "}"
        }
    }

    /// Strings are escaped by the package's one JSON writer, so every JSON file agrees.
    private static func writeString(_ s: String, into out: inout String) {
        var writer = JSONWriter(capacity: s.utf8.count + 8)
        writer.string(s)
        out += String(decoding: writer.bytes, as: UTF8.self)
    }
}

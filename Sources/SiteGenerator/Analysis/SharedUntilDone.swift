import Foundation

/// A value a known number of jobs read, let go when the last of them is done.
///
/// Why: the catalogue rows (a few kilobytes per model) are made once for the catalogue and the
/// provider and content-type pages; held in the plan, they stayed in memory through the whole
/// build, beside the big JSON files made later, and raised the peak by a tenth at 10,000 models.
final class SharedUntilDone<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private var remaining: Int

    /// Holds `value` for `users` calls of `use`.
    init(_ value: Value, users: Int) {
        self.value = users > 0 ? value : nil
        self.remaining = users
    }

    /// Runs `body` with the value; the last of the `users` calls releases it (what `body`
    /// returned may still hold it until that result is gone).
    func use<R>(_ body: (Value) -> R) -> R {
        lock.lock()
        guard let current = value else {
            lock.unlock()
            preconditionFailure("SharedUntilDone used more often than its \(remaining) users")
        }
        lock.unlock()
        defer {
            lock.lock()
            remaining -= 1
            if remaining == 0 { value = nil }
            lock.unlock()
        }
        return body(current)
    }
}

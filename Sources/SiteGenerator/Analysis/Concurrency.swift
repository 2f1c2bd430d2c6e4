import Dispatch
import Foundation

/// Runs `count` independent jobs on every core and returns their results in index order, so
/// the output does not depend on scheduling.
func parallelMap<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    if count == 1 { return [body(0)] }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer { results.deinitialize(); results.deallocate() }
    let box = UncheckedBox(results)
    withoutActuallyEscaping(body) { body in
        let work = UncheckedBox(body)
        // libdispatch hands out iterations one by one, so a few big jobs (the catalogue)
        // do not hold back the many small ones.
        DispatchQueue.concurrentPerform(iterations: count) { i in
            box.value[i] = work.value(i)
        }
    }
    return results.map { $0! }
}

/// Lets a value cross into `concurrentPerform`; the callers only touch distinct indices.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

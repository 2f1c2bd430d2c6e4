extension String {
    /// The number of characters of a text as the platform counts them: UTF-16 code units,
    /// JavaScript's `length`. Both a per-character price and a schema's `maxLength` count
    /// this way.
    ///
    /// Not `count` (grapheme clusters): an emoji is one `Character` but two code units, and
    /// the platform bills two. Counting differently would price a text below what the
    /// platform charges whenever it crosses a unit boundary, and a text at `maxLength` above
    /// the price range the site shows.
    var platformCharacterCount: Int { utf16.count }
}

// Package corpus is the reading stage: it turns the bytes a user hands
// framediff (paths, directories, standard input, URLs; HTML, JSON, CSV,
// feeds, text) into Articles and Skipped entries, pulling each article's
// main text and metadata out of it.
//
// A URL is fetched by a Fetcher (corpus/fetch, politely and through a
// cache) and read as a file of the same content would be; a fetched
// page's URL is the one it came from after redirects, and a URL that
// cannot be fetched is a Skipped entry with the fetcher's reason.
//
// It takes: paths, URLs or an fs.FS, and Options. It gives: a Set of Articles,
// sorted, with a Skipped entry for every input that yielded none.
// Annotation (sentences, tokens, entities, quotes, tone) is the next stage,
// corpus/nlp; storage is corpus/store.
//
// Conventions:
//
//   - Every offset is a byte offset into Article.Text, half-open: Text[Start:End].
//   - Article.Text separates paragraphs with a blank line ("\n\n") and holds no
//     other blank lines, so paragraphs can always be recovered from it
//     (Paragraphs).
//   - An input that yields no article is never dropped silently: it becomes a
//     Skipped entry with a one-line reason.
//   - Output order never depends on input order or scheduling: articles are
//     sorted by Article.Less, and IDs are derived from content, not position.
package corpus

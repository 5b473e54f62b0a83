// Package corpus owns everything between the bytes a user hands framediff and
// the annotated documents the comparison works on: reading every input format,
// pulling the article's main text and metadata out of it, and annotating the
// text with sentences, tokens, named entities, quotes and sentence tone.
//
// It is the only package that imports the NLP model (prose). Later stages see
// only the types defined here.
//
// Conventions:
//
//   - Every offset is a byte offset into Article.Text, half-open: Text[Start:End].
//   - Article.Text separates paragraphs with a blank line ("\n\n") and holds no
//     other blank lines, so paragraphs can always be recovered from it.
//   - An input that yields no article is never dropped silently: it becomes a
//     Skipped entry with a one-line reason.
//   - Output order never depends on input order or scheduling: articles are
//     sorted by Article.Less, and IDs are derived from content, not position.
package corpus

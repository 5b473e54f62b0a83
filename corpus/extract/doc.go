// Package extract turns one HTML article page into clean text and the
// metadata framediff needs to place it: title, outlet, canonical URL,
// language, author and publication date.
//
// It owns the HTML side of ingestion and nothing else: it does not fetch,
// does not detect languages from text, and does not decide what to do with
// a page it cannot use; it says why with a typed error (ErrNoText,
// ErrTooLarge) and the caller records the skip.
//
// Conventions:
//
//   - Input is an io.Reader of raw bytes in any charset; output strings are
//     valid UTF-8 with entities decoded and white space collapsed.
//   - Page.Text separates paragraphs with one blank line ("\n\n") and holds
//     no line breaks inside a paragraph, so a caller can split on "\n\n".
//   - Every metadata field has a fixed order of sources, documented on the
//     Page field; the first source that yields a usable value wins, and
//     Page.DateSource records which one gave the date.
//   - Dates are read with package dates, so they keep the zone the page
//     wrote.
//   - Extraction quality is measured, not asserted: TestAEB scores the
//     extractor on the Article Extraction Benchmark development set beside
//     the module and fails below its floor.
package extract

// Package mojibake repairs text that was encoded as UTF-8, decoded by
// mistake as Windows-1252 (or Latin-1) and encoded as UTF-8 again, once or
// several times: "Romney’s" that arrives as "RomneyÃ¢â‚¬â„¢s", "café" as
// "cafÃ©". Feeds, scraped pages and data sets built from them carry it; a
// reader sees garbage in a headline, a word counter counts "romneyã", and a
// name recogniser sees broken names.
//
// It owns one question: which characters of a text are mojibake, and what
// they were. It is a leaf package so that both the HTML extractor (which
// reads a page before its soft hyphens and no-break spaces are dropped or
// collapsed, and those are bytes of mojibake: "í" becomes "Ã" + U+00AD, "à"
// becomes "Ã" + U+00A0) and the readers of text fields can use it.
//
// Conventions:
//
//   - Repair takes and returns a string; text that holds no mojibake and
//     no C1 control comes back unchanged, byte for byte.
//   - Repair is idempotent, and its output is valid UTF-8 when its input
//     is.
package mojibake

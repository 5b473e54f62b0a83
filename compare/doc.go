// Package compare owns the analysis: it aligns annotated articles into
// events (align.go) and, for each event, measures how each outlet's version
// differs from the others': distinctive terms by the log-odds ratio with an
// informative Dirichlet prior (logodds.go), sentence tone, and outlet-by-outlet
// similarity (frame.go). Vectors and their arithmetic use gonum.
//
// Conventions: a Result is complete and sorted; reports render it and
// compute nothing. Every number carries the evidence behind it: links carry
// their shared entities and terms, terms their example sentences with byte
// offsets into the article text. Floating-point values are rounded once,
// here, so that renderers and JSON agree byte for byte.
package compare

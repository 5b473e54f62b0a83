// Package compare is the analysis stage as one call: Compare aligns
// annotated documents into events (compare/align), analyses the framing of
// each event (compare/frame), and assembles the Result that every report
// renders.
//
// It takes: nlp.Docs, the Skipped entries of reading and annotation, and
// Options. It gives: a Result, the report's contract (schema
// framediff.report/v1, docs/report-schema.md).
//
// Conventions: a Result is complete and sorted; reports render it and
// compute nothing. Every number carries the evidence behind it: links carry
// their shared entities and terms, terms their example sentences with byte
// offsets into the article text. Floating-point values are rounded once, by
// the stage that computes them, so that renderers and JSON agree byte for
// byte. The stages' own types that the Result holds are named here too
// (result.go), so that the contract reads in one package.
//
// For a large corpus, Start aligns and Result.EachEvent frames the events
// a chunk at a time while a report writes them, so that no more than a
// chunk's framing is held; a Cache (cache.go) keeps each event's framing
// between comparisons, Backgrounds (counts.go) the corpus's background
// counts and Alignments (aligned.go) alignment's names and document
// frequencies, so that a comparison after an addition frames only the
// events the new articles touched and leaves the older articles' names
// and weights as they were. With a Loader (stream.go) Start drops the
// documents once they are aligned and each chunk's members are loaded
// again to be framed, so that the corpus is held only while it is
// aligned; Result.EachSummary walks the events as an overview reads them,
// from summaries the Cache keeps beside the framing (summary.go). Compare
// is Start and Collect: the same Result.
package compare

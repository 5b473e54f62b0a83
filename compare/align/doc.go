// Package align is the alignment stage: it groups annotated documents
// that report one happening into events, and says why each article is in
// its event.
//
// It takes: nlp.Docs sorted by corpus.Less, with names resolved across the
// corpus (nlp.ResolveNames), the corpus's outlets, and Options (window,
// threshold, a reader's overrides). It gives: a Result whose Events list
// their members' documents, each member's fit and best links with the
// shared entities and terms behind them, and the other events a member
// touches after its lead; and whether each override applied.
//
// The algorithm, its weights and its limits are described atop align.go;
// evidence.go builds the evidence, profile.go the vectors, overrides.go
// reads and applies a reader's corrections, frequencies.go keeps the
// document frequencies the vectors are weighed by between comparisons.
package align

// Package frame is the framing stage: for one event at a time, it
// measures how each outlet's version differs from the others'.
//
// It takes: all the comparison's documents once (New counts the corpus
// background the log-odds prior is drawn from), then each event's outlets,
// entities and documents. It gives: per outlet, the distinctive terms
// (log-odds ratio with an informative Dirichlet prior, logodds.go and
// terms.go) and pairs of outlets, sentence tone and tone toward each salient
// entity (tone.go), similarity matrices (similarity.go, gonum), who is
// quoted (quotes.go), what each calls the event's people (labels.go), what
// only it reports and which entities it leaves out (unique.go), and the
// framing lexicon's categories (lexicon.go).
//
// The pipeline inside, its costs and its limits are described atop
// frame.go.
package frame

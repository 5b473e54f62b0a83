// Package loaded scores how loaded, or subjective, each word of a document
// is: "fierce" criticism, a "bogus" claim, a plan "slammed" as "phony",
// rather than the plain word a neutral report would use.
//
// It takes: annotated documents (corpus/nlp's Doc: tokens with their
// part-of-speech tags, sentences with their tone, entity mentions, direct
// quotations). It gives: for every word, its score (Model.Score), whether
// it reaches the model's threshold, whether it is inside a quotation, and
// the features behind the score (Model.Explain).
//
// The model is a logistic regression over features a reader can check:
// the word's VADER valence, membership of cue lists from the linguistics
// of bias (hedges, intensifiers, factive, assertive and implicative verbs,
// evaluative reporting verbs), superlatives, part of speech, rarity and
// partisan slant against a general-news background (News), quotation
// marks, and how much the word's company in general news resembles that
// of subjective words (NewsSubjectivity, built by BuildSubjectivity). It
// is trained by `go run ./scripts/trainloaded` on BASIL's lexical-bias
// annotations (sub-package basil) and embedded as weights.json; the
// background is built by `go run ./scripts/background` and embedded as
// background.tsv, the subjectivity scores by `go run
// ./scripts/subjectivity` as subjectivity.tsv. README.md gives the data, licences,
// figures and limits; SOURCE.md the sources of the embedded files.
//
// Conventions: offsets are byte offsets into Doc.Text; a word is a token
// with a letter or digit that is not the clitic of a contraction or
// possessive; scores are probabilities in [0, 1]. Models and the
// background are read-only after loading and safe for concurrent use.
package loaded

// Package refer finds the words of a document that refer to an actor
// without naming it, third-person personal pronouns ("he", "her",
// "their"), and resolves each to the entity it most likely stands for: the
// most salient compatible entity mentioned before it in the same or the
// previous sentences, or none when nothing compatible precedes.
//
// It takes: annotated documents (corpus/nlp's Doc: tokens with their
// part-of-speech tags, sentences, entity mentions, direct quotations). It
// gives: References, in text order, each a byte span of Doc.Text with the
// entity it resolves to ("" when unresolved). It changes nothing in the
// Doc and adds no entity mention: a reference is read beside the mentions
// (the tone toward an actor in corpus/nlp/target counts both).
//
// The word lists are closed-class English pronouns (any English grammar;
// e.g. Quirk et al. 1985, ch. 6); no list is drawn from a data set. The
// method is described atop resolve.go.
package refer

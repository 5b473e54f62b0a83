// Package target measures the tone of a sentence toward one of its
// actors: "Critics slammed the senator" is negative toward the senator
// and says nothing bad about the critics, where the sentence's own tone
// (package nlp's VADER) is simply negative.
//
// It takes an annotated document (nlp.Doc) and a target, a byte span of
// its text (usually an entity mention, or a pronoun that refers to one:
// References, with package refer), and gives the probabilities that the
// sentence is negative, neutral or positive toward it, their score
// P(pos) − P(neg) in [-1, 1] and the most probable label. Per article, the
// mentions of each entity and the pronouns resolved to it are averaged,
// and the article stance model (stance.go, trained on BASIL's annotations
// of the author's attitude) reads a stance from them (Stances).
//
// The classifier is a multinomial logistic regression over features a
// reader can check (features.go): VADER's word values and a news lexicon
// learned from NewsMTSC (news.go), summed by where the words stand
// relative to the target (physical harm done to it, apart from the rest
// of what is done to it, what it does, the rest of its clause, other
// clauses, a quotation it speaks), and the target's
// place in the sentence. The weights and the lexicon are data files
// (model.json, lexicon.tsv) written by `go run ./scripts/traintarget`,
// and the stance model's (stance.json) by `go run ./scripts/trainstance`;
// README.md beside them says where they come from, their licence and
// what they measure.
package target

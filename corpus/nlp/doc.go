// Package nlp is the annotation stage: it turns a corpus.Article into a Doc
// with paragraphs, sentences, tokens with part-of-speech tags, named
// entities normalised to one name each (aliases, titles, surnames), direct
// quotes with their speakers, and each sentence's tone.
//
// It takes: corpus.Articles (one at a time, a batch, or a stream). It gives:
// Docs whose every span is a byte range of the article's text.
//
// Names are normalised per document when it is annotated, then across the
// corpus at compare time (Names, Resolver; resolve.go), where each name of
// two words or more also gets one type: the entity model types a name by
// the words of its sentence ("Reince Priebus" a place after "in"), so the
// type most of the corpus's mentions carry is the better guess. Its limit:
// an error the model makes in most sentences stays and spreads ("Social
// Security" is a person in most documents, so in all).
//
// It is the only package that imports the NLP model (prose) and the
// sentiment lexicon (VADER). Later stages see only the types defined here.
package nlp

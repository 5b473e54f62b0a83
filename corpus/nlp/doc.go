// Package nlp is the annotation stage: it turns a corpus.Article into a Doc
// with paragraphs, sentences, tokens with part-of-speech tags, named
// entities normalised to one name each (aliases, titles, surnames), direct
// quotes with their speakers, and each sentence's tone.
//
// It takes: corpus.Articles (one at a time, a batch, or a stream). It gives:
// Docs whose every span is a byte range of the article's text.
//
// It is the only package that imports the NLP model (prose) and the
// sentiment lexicon (VADER). Later stages see only the types defined here.
package nlp

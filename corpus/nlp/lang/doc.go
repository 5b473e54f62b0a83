// Package lang holds what annotation needs to read a language other than
// English: word and sentence segmentation, stop words, stems, the marks
// that open and close a quotation and the verbs that attribute it, and the
// multilingual name table that gives every spelling of an entity the name
// English annotation gives it ("Киеве", "Kiew" and "Kiev" are all "Kyiv").
//
// Languages: Spanish (es), French (fr), German (de) and Russian (ru). Each is
// a Language value built from data in plain Go code; Get returns it by its
// ISO 639-1 code.
//
// Conventions: offsets are byte offsets into the text given; words are
// compared in lower case with "ё" read as "е" and the typographic
// apostrophe as "'"; stems come from the Snowball stemmers of
// github.com/blevesearch/snowballstem, one per language. The data files and
// their licences are listed in data/SOURCE.md.
//
// Limits: no part-of-speech tagger, named-entity model or sentiment
// lexicon exists under a licence the project may ship for these languages,
// so a word is a name only when the name table knows it or, outside
// German, when it is a run of capitalised words that does not open a
// sentence (Names.Find).
package lang

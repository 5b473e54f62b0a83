package frame

// Languages within an event.
//
// Word statistics compare words, so they compare outlets writing in one
// language: a log-odds ratio between a Spanish and an English word says
// nothing. English outlets get every word statistic (terms, framing terms,
// loaded words, tone, similarity, the framing lexicon: the models and
// lexicons are English); outlets writing in Spanish, French, German or
// Russian get their distinctive terms against the event's other outlets
// in their language, when there are any. Quotes, labels, emphasis and
// omissions compare every outlet: they rest on names, numbers and quoted
// words, which annotation makes the same across languages.

import (
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/lang"
)

// languageGroup is an event's outlets and documents in one language.
type languageGroup struct {
	code    string
	outlets []string // in the event's outlet order
	docs    []*nlp.Doc
}

// docLanguage is the language a document's words are counted in: "en" for
// English or undeclared.
func docLanguage(d *nlp.Doc) string {
	if d.Language == "" {
		return "en"
	}
	return d.Language
}

// languageGroups splits an event by language, English first (empty when
// no article is in English), then the others by code.
func languageGroups(outlets []string, docs []*nlp.Doc) []languageGroup {
	byCode := map[string]*languageGroup{"en": {code: "en"}}
	for _, d := range docs {
		code := docLanguage(d)
		g := byCode[code]
		if g == nil {
			g = &languageGroup{code: code}
			byCode[code] = g
		}
		g.docs = append(g.docs, d)
	}
	out := []languageGroup{*byCode["en"]}
	for code, g := range byCode {
		if code != "en" {
			out = append(out, *g)
		}
	}
	slices.SortFunc(out[1:], func(a, b languageGroup) int { return strings.Compare(a.code, b.code) })
	for k := range out {
		for _, o := range outlets {
			if slices.ContainsFunc(out[k].docs, func(d *nlp.Doc) bool { return d.Outlet == o }) {
				out[k].outlets = append(out[k].outlets, o)
			}
		}
	}
	return out
}

// otherLanguage returns the language of d when it is one of
// corpus/nlp/lang's, nil for English.
func otherLanguage(d *nlp.Doc) *lang.Language {
	l, _ := lang.Get(d.Language)
	return l
}

// allEnglish reports whether every document is in English or undeclared.
func allEnglish(docs []*nlp.Doc) bool {
	return !slices.ContainsFunc(docs, func(d *nlp.Doc) bool { return docLanguage(d) != "en" })
}

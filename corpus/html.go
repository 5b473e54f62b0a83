package corpus

// Web pages, through corpus/extract: main text by readability, metadata
// from JSON-LD, meta tags, <time>, the URL and the text, in that order.

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/framediff/framediff/corpus/extract"
)

// parseHTML reads one web page, saved or, when web is set, fetched. The
// page's own charset declaration (and a fetched page's Content-Type)
// decides its encoding, so data is passed on undecoded.
//
// A fetched page's URL is the one it was fetched from, after redirects,
// rather than the canonical link it declares: that is where its text was
// read, and a canonical link is a claim a misconfigured site can get
// wrong (every page of a section naming the section).
func parseHTML(data []byte, base Article, web *served) ([]Article, []Skipped) {
	var p extract.Page
	var err error
	if web != nil {
		p, err = extract.HTMLServed(bytes.NewReader(data), web.url, web.contentType)
	} else {
		p, err = extract.HTML(bytes.NewReader(data), "")
	}
	if err != nil {
		reason := err.Error()
		switch {
		case errors.Is(err, ErrNoText):
			reason = "not an article: " + ErrNoText.Error() + " in the page"
			if p.Title != "" {
				reason += fmt.Sprintf(" (titled %q)", clip(p.Title, 80))
			}
		case errors.Is(err, extract.ErrTooLarge):
			reason = "too large: " + err.Error()
		}
		return nil, []Skipped{{Source: base.Source.Path, Reason: reason}}
	}
	a := base
	a.Notes = append([]string(nil), base.Notes...)
	a.Title = cleanLine(p.Title)
	a.Text = cleanField(p.Text)
	a.Text = dropLeadingTitle(a.Text, a.Title)
	if !hasWord(a.Text) {
		return nil, []Skipped{{Source: base.Source.Path, Reason: "not an article: " + ErrNoText.Error() + " in the page"}}
	}
	a.Outlet = cleanLine(p.Outlet)
	a.URL = p.URL
	if web != nil {
		a.URL = web.url
	}
	a.Author = cleanLine(p.Author)
	a.Language = langCode(p.Language)
	a.Published = p.Published
	switch p.DateSource {
	case extract.SourceURL:
		a.Notes = append(a.Notes, "date taken from the URL")
	case extract.SourceText:
		a.Notes = append(a.Notes, "date found in the page text, not its metadata")
	}
	if a.Outlet == "" && web == nil {
		if a.Outlet = outletFromPath(base.Source.Path); a.Outlet != "" {
			a.Notes = append(a.Notes, "no outlet in the page; named after the file's directory")
		}
	}
	return []Article{a}, nil
}

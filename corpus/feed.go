package corpus

// RSS, Atom and JSON Feed, through gofeed: one article per item, numbered
// from 1 in the feed's order. The text is the item's content, else its
// description; the outlet is the item's own <source> or dc:publisher, else
// the feed's title cut down to the outlet's name.

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	"github.com/mmcdole/gofeed/rss"

	"github.com/framediff/framediff/corpus/dates"
)

func parseFeed(data []byte, base Article) ([]Article, []Skipped) {
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true
	f, err := p.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, []Skipped{{Source: base.Source.Path, Reason: "unreadable feed: " + strings.TrimSpace(err.Error())}}
	}
	if len(f.Items) == 0 {
		return nil, []Skipped{{Source: base.Source.Path, Reason: "empty: feed without items"}}
	}
	outlet := feedOutlet(f.Title, f.Link)
	if base.Language == "" {
		base.Language = langCode(f.Language)
	}
	var arts []Article
	var skipped []Skipped
	for i, it := range f.Items {
		b := base
		b.Source.Record = i + 1
		if it == nil {
			skipped = append(skipped, recordSkip(b.Source, fmt.Sprintf("item %d", i+1), notArticle("empty item", "")))
			continue
		}
		r := newRecord()
		r.set("title", it.Title)
		r.set("content", it.Content)
		r.set("description", it.Description)
		r.set("link", it.Link)
		if it.Link == "" && len(it.Links) > 0 {
			r.set("link", it.Links[0])
		}
		r.set("guid", it.GUID)
		var authors []string
		for _, p := range it.Authors {
			if p != nil && strings.TrimSpace(p.Name) != "" {
				authors = append(authors, strings.TrimSpace(p.Name))
			}
		}
		r.set("author", strings.Join(authors, ", "))
		if o := itemOutlet(f, i); o != "" {
			r.set("source", o)
		} else if it.DublinCoreExt != nil && len(it.DublinCoreExt.Publisher) > 0 {
			r.set("source", it.DublinCoreExt.Publisher[0])
		}
		// gofeed has parsed the dates it knows; the rest go through
		// dates.Parse with the record.
		updated := false
		switch {
		case it.Published != "":
			// The raw string keeps the zone the feed wrote, which gofeed's
			// parsed time drops.
			if _, err := dates.Parse(it.Published); err != nil && it.PublishedParsed != nil && validYear(*it.PublishedParsed) {
				r.set("published", it.PublishedParsed.Format(time.RFC3339Nano))
			} else {
				r.set("published", it.Published)
			}
		case it.PublishedParsed != nil && validYear(*it.PublishedParsed):
			r.set("published", it.PublishedParsed.Format(time.RFC3339Nano))
		case it.Updated != "" || it.UpdatedParsed != nil:
			updated = true
			if _, err := dates.Parse(it.Updated); err != nil && it.UpdatedParsed != nil && validYear(*it.UpdatedParsed) {
				r.set("published", it.UpdatedParsed.Format(time.RFC3339Nano))
			} else {
				r.set("published", it.Updated)
			}
		}
		b.Outlet = outlet
		a, err := r.article(b)
		if err != nil {
			skipped = append(skipped, recordSkip(b.Source, fmt.Sprintf("item %d", i+1), err))
			continue
		}
		if updated {
			a.Notes = append(a.Notes, "date is the item's last update; the feed gives no publication date")
		}
		arts = append(arts, a)
	}
	return arts, skipped
}

// feedTitleSep splits "Outlet - Section" feed titles.
var feedTitleSep = regexp.MustCompile(`\s+[-|–—·•»]\s+|:\s+`)

func validYear(t time.Time) bool {
	return t.Year() >= dates.MinYear && t.Year() <= dates.MaxYear
}

// itemOutlet returns the outlet an RSS <source> or Atom <source> element
// names for item i: aggregators' feeds carry the original outlet there.
func itemOutlet(f *gofeed.Feed, i int) string {
	switch o := f.OriginalFeed().(type) {
	case *rss.Feed:
		if i < len(o.Items) && o.Items[i] != nil && o.Items[i].Source != nil {
			return strings.TrimSpace(o.Items[i].Source.Title)
		}
	case *atom.Feed:
		if i < len(o.Entries) && o.Entries[i] != nil && o.Entries[i].Source != nil {
			return strings.TrimSpace(o.Entries[i].Source.Title)
		}
	}
	return ""
}

// feedOutlet cuts a feed title down to the outlet's name: "Keystone Wire -
// World News" -> "Keystone Wire", "World | The Meridian Post" -> "The
// Meridian Post". Of the parts around a separator, the one that shares a
// word with the feed's domain wins, else the first.
func feedOutlet(title, link string) string {
	title = cleanLine(title)
	if title == "" {
		return outletFromURL(link)
	}
	var parts []string
	for _, p := range feedTitleSep.Split(title, -1) {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) <= 1 {
		return title
	}
	host := strings.ReplaceAll(outletFromURL(link), "-", "")
	for _, p := range parts {
		for _, w := range strings.Fields(strings.ToLower(p)) {
			if len(w) >= 3 && host != "" && strings.Contains(host, w) {
				return p
			}
		}
	}
	return parts[0]
}

// FeedLinks reads an RSS, Atom or JSON Feed document and returns the
// links of its items, in the feed's order, each once: the item's link,
// else its first link, else a GUID that is a URL. Relative links are
// resolved against base, the feed's own URL; links that are not http(s)
// are left out. A feed without items gives none and no error; bytes that
// are no feed give an error.
func FeedLinks(data []byte, base string) ([]string, error) {
	p := gofeed.NewParser()
	f, err := p.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("unreadable feed: %s", strings.TrimSpace(err.Error()))
	}
	b, _ := url.Parse(base)
	seen := map[string]bool{}
	var out []string
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		cands := append([]string{it.Link}, it.Links...)
		// A GUID is an identifier, not a link: only an absolute URL will do.
		cands = append(cands, it.GUID)
		for i, c := range cands {
			base := b
			if i == len(cands)-1 {
				base = nil
			}
			if link := feedLink(c, base); link != "" {
				if !seen[link] {
					seen[link] = true
					out = append(out, link)
				}
				break
			}
		}
	}
	return out, nil
}

// feedLink resolves one candidate link of an item against the feed's
// URL; "" when it is empty or not an http(s) URL.
func feedLink(s string, base *url.URL) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if base == nil {
			return ""
		}
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

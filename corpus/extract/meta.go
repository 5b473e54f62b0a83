package extract

import (
	"encoding/json"
	"html"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/PuerkitoBio/goquery"

	"github.com/framediff/framediff/corpus/dates"
)

// Metadata is read from the DOM before readability mutates it. Each field
// has an ordered list of sources; the first that yields a usable value wins.
// The orders (most deliberate declaration first) are in the doc comment of
// Page.

// metaTags maps lower-cased meta keys (property, name, itemprop or
// http-equiv) to the content of the first tag with that key.
type metaTags map[string]string

func readMetaTags(doc *goquery.Document) metaTags {
	m := metaTags{}
	doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		content, ok := s.Attr("content")
		if !ok {
			return
		}
		content = clean(content)
		if content == "" {
			return
		}
		for _, attr := range []string{"property", "name", "itemprop", "http-equiv"} {
			if k, ok := s.Attr(attr); ok {
				// A tag may carry several keys: property="og:title twitter:title".
				for _, key := range strings.Fields(strings.ToLower(k)) {
					if _, seen := m[key]; !seen {
						m[key] = content
					}
				}
			}
		}
	})
	return m
}

// ld is the JSON-LD of a page: every top-level object (including those in
// @graph, in arrays and as a mainEntity), objects by @id, and the first
// object typed as an article.
type ld struct {
	objects []map[string]any
	byID    map[string]map[string]any
	article map[string]any
}

// readJSONLD parses every ld+json script. A script that is not valid JSON,
// even after control characters are blanked, is skipped: publishers ship
// broken JSON-LD often enough that it must never fail a page.
func readJSONLD(doc *goquery.Document) ld {
	var l ld
	doc.Find("script").Each(func(_ int, s *goquery.Selection) {
		typ, _ := s.Attr("type")
		if !strings.Contains(strings.ToLower(typ), "ld+json") {
			return
		}
		var v any
		if !decodeJSON(s.Text(), &v) {
			return
		}
		l.collect(v)
	})
	l.byID = map[string]map[string]any{}
	for _, o := range l.objects {
		if id, ok := o["@id"].(string); ok && id != "" {
			if _, seen := l.byID[id]; !seen {
				l.byID[id] = o
			}
		}
	}
	for _, o := range l.objects {
		if isArticle(o) {
			l.article = o
			break
		}
	}
	return l
}

// decodeJSON unmarshals a script body, retrying once with comment and CDATA
// wrappers removed and control characters (raw newlines inside strings are
// the usual fault) turned into spaces.
func decodeJSON(s string, v any) bool {
	if json.Unmarshal([]byte(s), v) == nil {
		return true
	}
	s = strings.TrimSpace(s)
	for _, w := range [][2]string{{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"//<![CDATA[", "//]]>"}} {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, w[0]), w[1]))
	}
	s = strings.TrimSuffix(s, ";")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
	return json.Unmarshal([]byte(s), v) == nil
}

func (l *ld) collect(v any) {
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			l.collect(e)
		}
	case map[string]any:
		l.objects = append(l.objects, v)
		// A page's article may be the WebPage's mainEntity instead of a
		// top-level object.
		for _, key := range []string{"@graph", "mainEntity"} {
			if g, ok := v[key]; ok {
				l.collect(g)
			}
		}
	}
}

// resolve follows a {"@id": ...} reference to the object it names.
func (l ld) resolve(v any) any {
	if m, ok := v.(map[string]any); ok {
		if id, ok := m["@id"].(string); ok && len(m) <= 2 {
			if o, ok := l.byID[id]; ok {
				return o
			}
		}
	}
	return v
}

// types returns the @type values of o without any schema.org prefix.
func types(o map[string]any) []string {
	var out []string
	add := func(v any) {
		if s, ok := v.(string); ok {
			s = strings.TrimPrefix(s, "schema:")
			if i := strings.LastIndexByte(s, '/'); i >= 0 {
				s = s[i+1:]
			}
			out = append(out, s)
		}
	}
	switch t := o["@type"].(type) {
	case []any:
		for _, e := range t {
			add(e)
		}
	default:
		add(t)
	}
	return out
}

func isArticle(o map[string]any) bool {
	for _, t := range types(o) {
		switch {
		case strings.HasSuffix(t, "Article"), t == "BlogPosting", t == "LiveBlogPosting",
			t == "SocialMediaPosting", t == "Report", t == "DiscussionForumPosting":
			return true
		}
	}
	return false
}

// str returns the text of a JSON-LD value: a string, the first string of
// an array, or the name (or @value) of an object.
func (l ld) str(v any) string {
	switch v := l.resolve(v).(type) {
	case string:
		return clean(html.UnescapeString(v))
	case []any:
		for _, e := range v {
			if s := l.str(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := l.str(v["name"]); s != "" {
			return s
		}
		return l.str(v["@value"])
	case float64:
		return ""
	}
	return ""
}

// field returns key from the article object, then from any object.
func (l ld) field(key string) string {
	if l.article != nil {
		if s := l.str(l.article[key]); s != "" {
			return s
		}
	}
	for _, o := range l.objects {
		if s := l.str(o[key]); s != "" {
			return s
		}
	}
	return ""
}

// articleField returns key from the article object only.
func (l ld) articleField(key string) string {
	if l.article == nil {
		return ""
	}
	return l.str(l.article[key])
}

// authors returns the article's author names joined by ", ".
func (l ld) authors() string {
	if l.article == nil {
		return ""
	}
	var names []string
	add := func(v any) {
		if s := l.str(v); s != "" && !strings.HasPrefix(s, "http") {
			names = append(names, s)
		}
	}
	switch a := l.article["author"].(type) {
	case []any:
		for _, e := range a {
			add(e)
		}
	default:
		add(a)
	}
	return strings.Join(names, ", ")
}

// publisher returns the name of the article's publisher, or of the first
// publisher any object names.
func (l ld) publisher() string {
	if l.article != nil {
		if s := l.str(l.article["publisher"]); s != "" {
			return s
		}
	}
	for _, o := range l.objects {
		if s := l.str(o["publisher"]); s != "" {
			return s
		}
	}
	return ""
}

// dateMetaKeys are the meta keys that carry a publication date, most
// specific first.
var dateMetaKeys = []string{
	"article:published_time", "og:published_time", "og:article:published_time",
	"datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
	"date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
	"dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
	"citation_publication_date",
}

// published returns the publication date and where it came from, trying
// JSON-LD, meta tags, <time> and itemprop=datePublished elements, in that
// order. URL and text are the caller's fallbacks.
func published(doc *goquery.Document, l ld, m metaTags) (time.Time, string) {
	if l.article != nil {
		if t, err := dates.Parse(l.str(l.article["datePublished"])); err == nil {
			return t, SourceJSONLD
		}
	}
	for _, o := range l.objects {
		if t, err := dates.Parse(l.str(o["datePublished"])); err == nil {
			return t, SourceJSONLD
		}
	}
	for _, k := range dateMetaKeys {
		if v := m[k]; v != "" {
			if t, err := dates.Parse(v); err == nil {
				return t, SourceMeta
			}
		}
	}
	var (
		found time.Time
		ok    bool
	)
	try := func(_ int, s *goquery.Selection) bool {
		for _, attr := range []string{"datetime", "content"} {
			if v, has := s.Attr(attr); has {
				if t, err := dates.Parse(v); err == nil {
					found, ok = t, true
					return false
				}
			}
		}
		if t, err := dates.Parse(s.Text()); err == nil {
			found, ok = t, true
			return false
		}
		return true
	}
	// The first <time> inside an <article> before any other: a page's
	// header and sidebars carry times of their own.
	for _, sel := range []string{`[itemprop="datePublished"]`, "time[pubdate]", "article time", "time"} {
		if doc.Find(sel).EachWithBreak(try); ok {
			break
		}
	}
	if ok {
		return found, SourceTime
	}
	return time.Time{}, ""
}

// canonicalURL returns link rel=canonical, then og:url, resolved against
// the page URL, then the page URL itself. Only absolute http(s) URLs count.
func canonicalURL(doc *goquery.Document, m metaTags, base *url.URL) string {
	var candidates []string
	doc.Find("link[rel]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		rel, _ := s.Attr("rel")
		for _, r := range strings.Fields(strings.ToLower(rel)) {
			if r == "canonical" {
				href, _ := s.Attr("href")
				candidates = append(candidates, href)
				return false
			}
		}
		return true
	})
	candidates = append(candidates, m["og:url"])
	for _, c := range candidates {
		if u := absolute(c, base); u != "" {
			return u
		}
	}
	if base != nil && base.IsAbs() {
		return base.String()
	}
	return ""
}

// absolute resolves ref against base and returns it when it is an absolute
// http or https URL.
func absolute(ref string, base *url.URL) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// host returns the host name of u without a leading "www.".
func host(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// language normalises a language tag to its primary subtag: "en-GB",
// "en_US" and "EN" all become "en". Anything that is not two or three
// letters is not a language.
func language(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_,; "); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for i := 0; i < len(tag); i++ {
		if c := tag[i] | 0x20; c < 'a' || c > 'z' {
			return ""
		}
	}
	return strings.ToLower(tag)
}

// stripSiteName removes a " | Site" or " - Site" suffix (or "Site | "
// prefix) from a page title when that part names the site: equals one of
// names once case, spaces and punctuation are ignored.
func stripSiteName(title string, names ...string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " : "} {
		if i := strings.LastIndex(title, sep); i > 0 && sameName(title[i+len(sep):], names) {
			return strings.TrimSpace(title[:i])
		}
		if i := strings.Index(title, sep); i > 0 && sameName(title[:i], names) {
			return strings.TrimSpace(title[i+len(sep):])
		}
	}
	return title
}

func sameName(s string, names []string) bool {
	k := nameKey(s)
	if k == "" {
		return false
	}
	for _, n := range names {
		if nameKey(n) == k {
			return true
		}
	}
	return false
}

// nameKey lower-cases s and keeps letters and digits only, so that "The
// Daily Ledger", "thedailyledger" and "The-Daily-Ledger" compare equal.
func nameKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// siteNames returns the names a title suffix may use for the site: the
// outlet and the host with and without its last label ("ledger.example",
// "ledger").
func siteNames(outlet, hostname string) []string {
	names := []string{outlet, hostname}
	if i := strings.LastIndexByte(hostname, '.'); i > 0 {
		names = append(names, hostname[:i])
	}
	return names
}

// clean collapses white space and trims it.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

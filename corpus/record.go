package corpus

// Records: one article's fields as a JSON object, a CSV row or a feed item
// carries them, mapped onto Article by the field names real tools write.
//
// Field names are compared after folding case and dropping "_", "-", "."
// and spaces, so "publishedAt", "published_at" and "Published At" are one
// name, and a nested NewsAPI "source": {"name": ...} is "sourcename".

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus/dates"
)

// Field aliases, most specific first. The first non-empty field of a list
// wins.
var (
	// textFields hold the full article text: news-please maintext,
	// Article-Bias-Prediction content_original, Media Cloud and simple text,
	// the Guardian's fields.bodyText, schema.org articleBody, NewsAPI content.
	// BASIL's body-paragraphs is a list of paragraphs, each a list of
	// sentences.
	textFields = []string{"maintext", "contentoriginal", "text", "fulltext", "body", "bodytext", "fieldsbodytext", "articlebody", "articletext", "storytext", "story", "article", "content", "contentencoded", "bodyparagraphs", "paragraphs"}
	// summaryFields stand in for the text when no full text is given.
	summaryFields = []string{"description", "summary", "lead", "abstract", "excerpt", "snippet", "standfirst"}
	titleFields   = []string{"title", "headline", "webtitle", "titlepage", "titlerss"}
	dateFields    = []string{"datepublish", "publishedat", "publishdate", "datepublished", "published", "publisheddate", "publicationdate", "pubdate", "webpublicationdate", "publishedtime", "date", "datetime", "createdat", "created", "timestamp", "time"}
	urlFields     = []string{"url", "canonicalurl", "canonical", "link", "articleurl", "weburl", "permalink", "uri", "href", "guid"}
	// outletFields name the outlet: NewsAPI source.name, Media Cloud
	// media_name, Article-Bias-Prediction and simple source, news-please
	// source_domain last, since a name beats a domain.
	outletFields = []string{"sourcename", "medianame", "outlet", "publisher", "publishername", "publication", "sitename", "source", "sourcetitle", "newspaper", "media", "feedtitle", "sourcedomain", "domain", "site", "website"}
	authorFields = []string{"authors", "author", "byline", "creator", "authorname", "by", "writer"}
	langFields   = []string{"language", "lang", "languagecode", "locale"}
)

// record is one article's raw fields, keyed by folded name.
type record struct {
	fields map[string]string
	// names are the field names as written, for messages.
	names []string
}

func newRecord() *record { return &record{fields: map[string]string{}} }

// set stores a field unless an earlier one of the same folded name holds a
// value already.
func (r *record) set(name, value string) {
	k := foldName(name)
	if k == "" {
		return
	}
	if _, ok := r.fields[k]; !ok {
		r.names = append(r.names, name)
	}
	if strings.TrimSpace(value) == "" {
		if _, ok := r.fields[k]; !ok {
			r.fields[k] = ""
		}
		return
	}
	if r.fields[k] == "" {
		r.fields[k] = value
	}
}

// first returns the first non-empty field of the list, with its name.
func (r *record) first(names []string) (value, name string) {
	for _, n := range names {
		if v := strings.TrimSpace(r.fields[n]); v != "" {
			return v, n
		}
	}
	return "", ""
}

// has reports whether any field of the list is present, even empty.
func (r *record) has(names []string) bool {
	for _, n := range names {
		if _, ok := r.fields[n]; ok {
			return true
		}
	}
	return false
}

func foldName(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		switch c {
		case '_', '-', '.', ' ', '\t', ':', '@':
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// errNotArticle is wrapped by every error for a record that holds no
// article.
var errNotArticle = errors.New("not an article")

// recordError says why a record holds no article: its cause, the same for
// every record skipped for it ("not an article: empty text"), and the
// details of this record (its fields).
type recordError struct {
	cause, detail string
}

func (e *recordError) Error() string {
	if e.detail == "" {
		return e.cause
	}
	return e.cause + " (" + e.detail + ")"
}

func (e *recordError) Unwrap() error { return errNotArticle }

// notArticle makes a recordError whose cause reads "not an article: what".
func notArticle(what, detail string) error {
	return &recordError{cause: errNotArticle.Error() + ": " + what, detail: detail}
}

// causeOf returns what a summary of many skips says for err: a record
// error's cause, any other error's message.
func causeOf(err error) string {
	var re *recordError
	if errors.As(err, &re) {
		return re.cause
	}
	return err.Error()
}

// recordSkip is the Skipped entry of a record at src that gave no
// article: its reason names the record's position (pos, "line 3" or
// "item 2"), its cause does not.
func recordSkip(src Source, pos string, err error) Skipped {
	return Skipped{Source: src.String(), Reason: pos + ": " + err.Error(), Cause: causeOf(err)}
}

// newsAPITruncation is the marker NewsAPI leaves at the end of content it
// cut: "… [+3211 chars]".
var newsAPITruncation = regexp.MustCompile(`\s*…?\s*\[\+\d+ chars\]\s*$`)

// article maps a record onto an Article. base carries what the container
// knows (source, format, the feed's outlet); the record's own fields win.
func (r *record) article(base Article) (Article, error) {
	a := base
	a.Notes = append([]string(nil), base.Notes...)
	text, _ := r.first(textFields)
	if strings.HasSuffix(strings.TrimSpace(text), " chars]") && newsAPITruncation.MatchString(text) {
		// NewsAPI gives only the first 200 characters of content; the
		// description is often longer and says as much.
		text = newsAPITruncation.ReplaceAllString(text, "")
		if d, _ := r.first(summaryFields); len(d) > len(text) {
			text = d
		}
		a.Notes = append(a.Notes, "the source gives only an excerpt of the text")
	}
	if text == "" {
		if s, name := r.first(summaryFields); s != "" {
			text = s
			a.Notes = append(a.Notes, fmt.Sprintf("no full text; using the %q field", name))
		}
	}
	title, _ := r.first(titleFields)
	if text == "" {
		if r.has(textFields) || r.has(summaryFields) || title != "" {
			return Article{}, notArticle("empty text", "fields: "+r.fieldList())
		}
		return Article{}, notArticle("no text field", "fields: "+r.fieldList()+"; expected one of maintext, text, content, content_original, body, description")
	}
	if t := cleanLine(title); t != "" {
		a.Title = t
	}
	a.Text = cleanRecordText(text)
	a.Text = dropLeadingTitle(a.Text, a.Title)
	if !hasWord(a.Text) {
		return Article{}, notArticle("no words in the text", "fields: "+r.fieldList())
	}
	if u, _ := r.first(urlFields); u != "" && isURL(u) {
		a.URL = u
	}
	if o, _ := r.first(outletFields); o != "" {
		a.Outlet = cleanLine(o)
	}
	if au, _ := r.first(authorFields); au != "" {
		a.Author = cleanAuthors(au)
	}
	if l, _ := r.first(langFields); l != "" {
		// Language is left empty unless the record declares it; load
		// detects it otherwise.
		a.Language = langCode(l)
	}
	if d, name := r.first(dateFields); d != "" {
		t, err := parseRecordDate(d)
		if err != nil {
			a.Notes = append(a.Notes, fmt.Sprintf("unreadable date %q in field %q", clip(d, 60), name))
		} else {
			a.Published = t
		}
	}
	if !a.HasDate() && a.URL != "" {
		if t, ok := dates.FromURL(a.URL); ok {
			a.Published = t
			a.Notes = append(a.Notes, "date taken from the URL")
		}
	}
	if a.Outlet == "" {
		a.Outlet = outletFromURL(a.URL)
	}
	if isDomain(a.Outlet) {
		// news-please gives only the domain; the page title's suffix
		// ("... | Summit Daily") often names the outlet.
		if t, _ := r.first([]string{"titlepage"}); t != "" {
			if name := siteSuffix(t, a.Outlet); name != "" {
				a.Outlet = name
			}
		}
	}
	return a, nil
}

func (r *record) fieldList() string {
	names := append([]string(nil), r.names...)
	sort.Strings(names)
	if len(names) == 0 {
		return "no fields"
	}
	if len(names) > 12 {
		names = append(names[:12], fmt.Sprintf("and %d more", len(r.names)-12))
	}
	return strings.Join(names, ", ")
}

// parseRecordDate reads a date field: what dates.Parse reads, and Unix
// timestamps in seconds or milliseconds, which JSON exports often use.
func parseRecordDate(s string) (time.Time, error) {
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		switch {
		case len(s) == 13:
			t := time.UnixMilli(n).UTC()
			return t, checkYear(s, t)
		case len(s) == 10 || len(s) == 9:
			t := time.Unix(n, 0).UTC()
			return t, checkYear(s, t)
		}
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && strings.Contains(s, ".") && f > 1e8 && f < 1e10 {
		t := time.Unix(int64(f), 0).UTC()
		return t, checkYear(s, t)
	}
	return dates.Parse(s)
}

func checkYear(s string, t time.Time) error {
	if t.Year() < dates.MinYear || t.Year() > dates.MaxYear {
		return &dates.Error{Input: s, Err: dates.ErrRange}
	}
	return nil
}

// dropLeadingTitle removes a first paragraph that only repeats the title, as
// many exports put the headline at the top of the text.
func dropLeadingTitle(text, title string) string {
	if title == "" {
		return text
	}
	first, rest, ok := strings.Cut(text, "\n\n")
	if ok && strings.EqualFold(strings.Join(strings.Fields(first), " "), strings.Join(strings.Fields(title), " ")) {
		return rest
	}
	return text
}

func isURL(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// outletFromURL names an outlet after its domain when nothing else names
// it: "https://www.keystonewire.example/..." -> "keystonewire.example".
func outletFromURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "www1.", "www2.", "m.", "mobile.", "amp."} {
		h = strings.TrimPrefix(h, p)
	}
	return h
}

// cleanAuthors turns an author field into "A, B": JSON lists arrive joined
// by the decoder already; "By" prefixes go.
func cleanAuthors(s string) string {
	s = cleanLine(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "By "), "by ")
	return s
}

// clip returns at most n bytes of s, cut at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// isDomain reports whether an outlet name is a bare domain.
func isDomain(s string) bool {
	return s != "" && !strings.ContainsAny(s, " \t") && strings.Contains(s, ".")
}

// siteSuffix returns the site name that ends a page title ("Headline |
// Summit Daily") when it spells the domain ("summitdaily.example"), or "".
func siteSuffix(title, domain string) string {
	i := strings.LastIndexAny(title, "|–—-·•:")
	if i < 0 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(title[i:])
	name := strings.TrimSpace(title[i+size:])
	key := foldName(name)
	host := foldName(strings.ReplaceAll(domain, "-", ""))
	if len(key) < 3 || len(strings.Fields(name)) > 5 || !strings.Contains(host, key) {
		return ""
	}
	return name
}

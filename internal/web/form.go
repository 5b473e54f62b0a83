package web

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/fetch"
)

// pastes is the number of boxes on the page for pasted article text.
const pastes = 4

// maxField caps a one-line field of a form (an outlet, a date, a number).
const maxField = 1 << 10

// form holds the fields of the compare form as the user typed them, so
// that a page sent back with a message shows them again.
type form struct {
	Links string
	Texts [pastes]paste
	options
}

// paste is one pasted article: its text and what the user says of it.
type paste struct {
	N                   int
	Outlet, Date, Title string
	Text                string
}

// options are the comparison's settings as typed.
type options struct {
	Days, MinOutlets, Top, Similarity string
}

func newForm() *form {
	f := &form{options: defaultOptions()}
	for i := range f.Texts {
		f.Texts[i].N = i + 1
	}
	return f
}

func defaultOptions() options {
	d := compare.DefaultOptions()
	return options{
		Days:       strconv.FormatFloat(d.Window.Hours()/24, 'f', -1, 64),
		MinOutlets: strconv.Itoa(d.MinOutlets),
		Top:        strconv.Itoa(d.Top),
		Similarity: strconv.FormatFloat(d.MinSimilarity, 'f', -1, 64),
	}
}

// upload is a file sent with the form.
type upload struct {
	name string
	data []byte
}

// requestError is a request that cannot be answered with the form: a
// status and one plain sentence.
type requestError struct {
	code int
	msg  string
}

func (e *requestError) Error() string { return e.msg }

// formError is a mistake in what the user typed: the form comes back with
// the message.
type formError struct{ msg string }

func (e *formError) Error() string { return e.msg }

func formErrorf(format string, args ...any) error {
	return &formError{msg: fmt.Sprintf(format, args...)}
}

// setOption sets an option field by its name; false when name is none.
func (o *options) set(name, v string) bool {
	switch name {
	case "days":
		o.Days = v
	case "min_outlets":
		o.MinOutlets = v
	case "top":
		o.Top = v
	case "similarity":
		o.Similarity = v
	default:
		return false
	}
	return true
}

// compareOptions reads the options as typed; an empty field keeps its
// default. Each bound is a sentence naming the field as the page does.
func (o options) compareOptions() (compare.Options, error) {
	c := compare.DefaultOptions()
	if v := strings.TrimSpace(o.Days); v != "" {
		d, err := strconv.ParseFloat(v, 64)
		if err != nil || d < 0.5 || d > 365 {
			return c, formErrorf("The days between articles of one event must be a number from 0.5 to 365, not %q.", clip(v, 20))
		}
		c.Window = time.Duration(d * 24 * float64(time.Hour))
	}
	if v := strings.TrimSpace(o.MinOutlets); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			return c, formErrorf("The number of outlets an event needs must be a whole number from 1 to 100, not %q.", clip(v, 20))
		}
		c.MinOutlets = n
	}
	if v := strings.TrimSpace(o.Top); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			return c, formErrorf("The number of words and phrases per outlet must be a whole number from 1 to 100, not %q.", clip(v, 20))
		}
		c.Top = n
	}
	if v := strings.TrimSpace(o.Similarity); v != "" {
		x, err := strconv.ParseFloat(v, 64)
		if err != nil || x < 0 || x > 1 {
			return c, formErrorf("How alike two articles of one event must be is a number from 0 to 1, not %q.", clip(v, 20))
		}
		c.MinSimilarity = x
	}
	return c, c.Validate()
}

// readCompare reads the compare form, a multipart body. The token must be
// its first field, so that nothing more is read from a request without
// it. Every field and file is read up to its limit and no further.
func (s *Server) readCompare(w http.ResponseWriter, r *http.Request) (*form, []upload, error) {
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxRequest)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, nil, &requestError{http.StatusBadRequest, "The form did not arrive as a form with files (multipart/form-data). Open the page again and send it from there."}
	}
	f := newForm()
	var files []upload
	taken := map[string]bool{}
	for first := true; ; first = false {
		p, err := mr.NextPart()
		if err == io.EOF {
			if first {
				return nil, nil, errNoToken
			}
			return f, files, nil
		}
		if err != nil {
			return nil, nil, s.bodyError(err)
		}
		name := p.FormName()
		if first {
			if name != "token" {
				return nil, nil, errNoToken
			}
			tok, err := readPart(p, maxField)
			if errors.Is(err, errTooLong) {
				return nil, nil, errNoToken
			}
			if err != nil {
				return nil, nil, s.bodyError(err)
			}
			if !s.validToken(string(tok)) {
				return nil, nil, errNoToken
			}
			continue
		}
		if name == "files" {
			if p.FileName() == "" {
				continue // the file field, left empty
			}
			if len(files) == s.opts.MaxFiles {
				return nil, nil, formErrorf("Choose at most %d files at once.", s.opts.MaxFiles)
			}
			data, err := readPart(p, s.opts.MaxRequest)
			if err != nil {
				return nil, nil, s.bodyError(err)
			}
			files = append(files, upload{name: uploadName(p.FileName(), taken), data: data})
			continue
		}
		limit := int64(maxField)
		if name == "links" {
			limit = int64(s.opts.MaxLinks) * 4 << 10
		} else if strings.HasPrefix(name, "text") {
			limit = s.opts.MaxText
		}
		v, err := readPart(p, limit)
		if errors.Is(err, errTooLong) {
			return nil, nil, formErrorf("%s is longer than framediff reads (%s).", fieldName(name), sizeName(limit))
		}
		if err != nil {
			return nil, nil, s.bodyError(err)
		}
		if !f.set(name, string(v)) {
			return nil, nil, &requestError{http.StatusBadRequest, fmt.Sprintf("The form has a field framediff does not know (%q). Open the page again and send it from there.", clip(name, 40))}
		}
	}
}

// set sets a field of the form by its name; false when name is none.
func (f *form) set(name, v string) bool {
	if name == "links" {
		f.Links = v
		return true
	}
	if f.options.set(name, v) {
		return true
	}
	for _, k := range []string{"outlet", "date", "title", "text"} {
		rest, ok := strings.CutPrefix(name, k)
		if !ok {
			continue
		}
		n, err := strconv.Atoi(rest)
		if err != nil || n < 1 || n > pastes || strconv.Itoa(n) != rest {
			return false
		}
		p := &f.Texts[n-1]
		switch k {
		case "outlet":
			p.Outlet = v
		case "date":
			p.Date = v
		case "title":
			p.Title = v
		case "text":
			p.Text = v
		}
		return true
	}
	return false
}

// fieldName is how the page names a field, for a message.
func fieldName(name string) string {
	if name == "links" {
		return "The list of links"
	}
	if rest, ok := strings.CutPrefix(name, "text"); ok {
		return "The text of article " + rest
	}
	return "The field " + strconv.Quote(clip(name, 40))
}

var (
	errTooLong = errors.New("too long")
	errNoToken = &requestError{http.StatusForbidden, "This form is from an earlier run of framediff serve, or from somewhere else. Open the page again and send it from there."}
)

// readPart reads a part of at most limit bytes.
func readPart(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, errTooLong
	}
	return b, nil
}

// bodyError turns an error reading the body into what to answer.
func (s *Server) bodyError(err error) error {
	var mb *http.MaxBytesError
	switch {
	case errors.As(err, &mb):
		return &requestError{http.StatusRequestEntityTooLarge, fmt.Sprintf("The form is larger than the %s framediff accepts at once. Send fewer or smaller files, or less text.", sizeName(mb.Limit))}
	case errors.Is(err, errTooLong):
		return &requestError{http.StatusRequestEntityTooLarge, "A file is larger than framediff accepts. Send fewer or smaller files."}
	}
	return &requestError{http.StatusBadRequest, "The form could not be read: " + err.Error()}
}

// uploadName makes a sent file's name a plain file name, unique among
// the request's files: no directory (a name is not a path here), no
// leading dot (hidden files are not read), no control characters, a
// length a file system takes. Its extension stays, as the readers use it.
func uploadName(name string, taken map[string]bool) string {
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '/' {
			return -1
		}
		return r
	}, name)
	name = strings.TrimLeft(strings.TrimSpace(name), ".")
	ext := path.Ext(name)
	if len(ext) > 16 {
		ext = ""
	}
	stem := strings.TrimSuffix(name, ext)
	if len(stem) > 100 {
		stem = strings.ToValidUTF8(stem[:100], "")
	}
	if stem == "" {
		stem = "upload"
	}
	name = stem + ext
	for i := 2; taken[name]; i++ {
		name = fmt.Sprintf("%s-%d%s", stem, i, ext)
	}
	taken[name] = true
	return name
}

// links reads the list of links: one per line, blank lines and # comments
// left out. A line that is no web address is a mistake named by its line.
func (f *form) links(max int) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(f.Links))
	sc.Buffer(make([]byte, 4<<10), 64<<10)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if _, err := fetch.Normalize(line); err != nil || !corpus.IsURL(line) {
			return nil, formErrorf("Line %d of the links is not a web address starting with http:// or https://: %q.", n, clip(line, 80))
		}
		if len(out) == max {
			return nil, formErrorf("Paste at most %d links at once.", max)
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		return nil, formErrorf("A line of the links is too long to be a web address.")
	}
	return out, nil
}

// pasted turns each pasted text into the file the readers see: a header
// block with what the user said of the article, when anything, then the
// text. The header wins over what the readers would infer, as in a text
// file. The file is named after the box, and so is the outlet when
// neither the user nor the text names one.
func (f *form) pasted() []upload {
	var out []upload
	for _, p := range f.Texts {
		if strings.TrimSpace(p.Text) == "" {
			continue
		}
		var sb strings.Builder
		for _, h := range []struct{ key, v string }{{"Outlet", p.Outlet}, {"Date", p.Date}, {"Title", p.Title}} {
			if v := oneLine(h.v); v != "" {
				fmt.Fprintf(&sb, "%s: %s\n", h.key, v)
			}
		}
		if sb.Len() > 0 {
			sb.WriteString("\n")
		}
		sb.WriteString(p.Text)
		out = append(out, upload{name: fmt.Sprintf("pasted-article-%d.txt", p.N), data: []byte(sb.String())})
	}
	return out
}

// oneLine keeps a header value on its line: a value with a line break
// would add header lines of its own.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

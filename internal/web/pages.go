package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"net/http"

	"github.com/framediff/framediff/corpus"
)

//go:embed templates/pages.html.tmpl templates/page.css
var templateFS embed.FS

var (
	pageCSS = mustRead("templates/page.css")
	pages   = template.Must(template.New("pages").Funcs(template.FuncMap{
		// The style sheet is trusted, embedded text, allowed by its hash.
		"css": func() template.CSS { return template.CSS(pageCSS) },
	}).ParseFS(templateFS, "templates/pages.html.tmpl"))
)

func mustRead(name string) string {
	b, err := templateFS.ReadFile(name)
	if err != nil {
		panic("web: " + err.Error())
	}
	return string(b)
}

func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// homePage is what the compare form shows: the values sent, when they
// come back with a message, and what could not be read.
type homePage struct {
	Token   string
	Store   bool
	Form    *form
	Error   string
	Skipped []corpus.Skipped
	Limits  struct {
		Files   int
		Request string
	}
}

// render executes a page into a buffer first, so that a template error
// is a 500 rather than half a page.
func render(w http.ResponseWriter, code int, name string, data any) {
	var buf bytes.Buffer
	if err := pages.ExecuteTemplate(&buf, name, data); err != nil {
		plain(w, http.StatusInternalServerError, "framediff could not draw this page: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	buf.WriteTo(w)
}

func (s *Server) showHome(w http.ResponseWriter, code int, f *form, msg string, skipped []corpus.Skipped) {
	p := homePage{Token: s.token, Store: s.opts.Store != nil, Form: f, Error: msg, Skipped: skipped}
	p.Limits.Files = s.opts.MaxFiles
	p.Limits.Request = sizeName(s.opts.MaxRequest)
	render(w, code, "home", p)
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	s.showHome(w, http.StatusOK, newForm(), "", nil)
}

// sizeName writes a byte count in the unit a person would use.
func sizeName(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

package web

import (
	"errors"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzUploadName: whatever name a browser sends, the file's name is a
// valid, plain, visible file name, unique among the request's files.
func FuzzUploadName(f *testing.F) {
	for _, s := range []string{"article.html", "../../etc/passwd", `C:\x\y.txt`, ".hidden", "..", "", "a\x00b", strings.Repeat("é", 200) + ".json"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		taken := map[string]bool{}
		a := uploadName(name, taken)
		b := uploadName(name, taken)
		for _, n := range []string{a, b} {
			if !fs.ValidPath(n) || strings.ContainsAny(n, `/\`) || strings.HasPrefix(n, ".") || n == "" || len(n) > 200 {
				t.Errorf("uploadName(%q) = %q", name, n)
			}
		}
		if a == b {
			t.Errorf("two files named %q are both %q", name, a)
		}
	})
}

// FuzzReadCompare: any body read as the compare form gives a form or a
// typed error, never a panic; and a form comes only from a body that
// starts with the token.
func FuzzReadCompare(f *testing.F) {
	s, err := New(Options{MaxRequest: 1 << 16, MaxText: 1 << 12, MaxFiles: 3, MaxLinks: 3})
	if err != nil {
		f.Fatal(err)
	}
	const boundary = "fuzzboundary"
	part := func(name, value string) string {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n"
	}
	f.Add(part("token", s.token) + part("links", "https://a.example/1") + "--" + boundary + "--\r\n")
	f.Add(part("token", s.token) + part("text1", "Outlet: X\n\nText.") + part("days", "2") + "--" + boundary + "--\r\n")
	f.Add(part("links", "https://a.example/1") + part("token", s.token) + "--" + boundary + "--\r\n")
	f.Add("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"../a.html\"\r\n\r\n<html>")
	f.Fuzz(func(t *testing.T, body string) {
		r := httptest.NewRequest("POST", "/compare", strings.NewReader(body))
		r.Header.Set("Content-Type", "multipart/form-data; boundary="+boundary)
		form, files, err := s.readCompare(httptest.NewRecorder(), r)
		var re *requestError
		var fe *formError
		switch {
		case err == nil:
			if form == nil || !strings.HasPrefix(body, "--"+boundary+"\r\nContent-Disposition: form-data; name=\"token\"") {
				t.Errorf("a form read from a body that does not start with the token")
			}
			if len(files) > 3 {
				t.Errorf("%d files, over the limit", len(files))
			}
			if _, err := form.compareOptions(); err != nil && !errors.As(err, &fe) {
				t.Errorf("options: %v", err)
			}
			if _, err := form.links(3); err != nil && !errors.As(err, &fe) {
				t.Errorf("links: %v", err)
			}
		case errors.As(err, &re):
			if re.code < 400 || re.code == http.StatusOK {
				t.Errorf("code %d", re.code)
			}
		case errors.As(err, &fe):
		default:
			t.Errorf("untyped error %v", err)
		}
	})
}

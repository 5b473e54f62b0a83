package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus/store"
	"github.com/framediff/framediff/internal/testcorpus"
)

// sampleStore is the sample corpus ingested into a store.
func sampleStore(t *testing.T) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Ingest(ctx, []string{filepath.Join(testcorpus.Root, "testdata", "corpus")}, nil, store.IngestOptions{}); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestStorePages: the store's articles by day and outlet, counted as the
// store selects them; a day's link and the outlet boxes narrow the
// table; the selection is compared into the report; and the compare
// form, like the other, needs the token.
func TestStorePages(t *testing.T) {
	st := sampleStore(t)
	s := newServer(t, Options{Store: st})
	ctx := context.Background()
	day := func(d string) time.Time { t, _ := time.Parse(dayLayout, d); return t }

	w := get(s, "/store?from=2022-02-12&to=2022-02-13", "127.0.0.1:8080")
	if w.Code != http.StatusOK {
		t.Fatalf("%d %.300s", w.Code, w.Body)
	}
	body := w.Body.String()
	docs, _, err := st.Select(ctx, store.Filter{Since: day("2022-02-12"), Until: day("2022-02-14")})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Fatal("the sample corpus has no article of 12-13 February 2022")
	}
	if want := "Compare these " + strconv.Itoa(len(docs)) + " articles"; !strings.Contains(body, want) {
		t.Errorf("the page lacks %q", want)
	}
	for _, d := range docs {
		if !strings.Contains(body, `name="outlet" value="`+d.Outlet+`"`) {
			t.Errorf("no box for outlet %s", d.Outlet)
		}
	}
	for _, d := range []string{"2022-02-12", "2022-02-13"} {
		if !strings.Contains(body, `<a href="/store?from=`+d+`&amp;to=`+d+`">`+d+`</a>`) {
			t.Errorf("no row for %s", d)
		}
	}
	if strings.Contains(body, ">2022-02-14<") {
		t.Errorf("a day outside the range is listed")
	}

	// One outlet: its column alone, its articles alone.
	w = get(s, "/store?from=2022-02-12&to=2022-02-13&outlet=keystone-wire", "127.0.0.1:8080")
	body = w.Body.String()
	one, _, err := st.Select(ctx, store.Filter{Since: day("2022-02-12"), Until: day("2022-02-14"), Outlets: []string{"Keystone Wire"}})
	if err != nil {
		t.Fatal(err)
	}
	head := regexp.MustCompile(`<thead><tr><th>Day</th>(.*?)<th class="n">All</th>`).FindStringSubmatch(body)
	if head == nil || head[1] != `<th class="n">Keystone Wire</th>` {
		t.Errorf("columns %q, want Keystone Wire alone", head)
	}
	if want := "Compare these " + strconv.Itoa(len(one)) + " articles"; len(one) == 0 || !strings.Contains(body, want) {
		t.Errorf("the page lacks %q", want)
	}

	for _, q := range []string{"from=12/02/2022", "from=2022-02-14&to=2022-02-12"} {
		if w := get(s, "/store?"+q, "127.0.0.1:8080"); w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), `class="error"`) {
			t.Errorf("%s: %d, want 400 with a message", q, w.Code)
		}
	}
	// With no days given, the last week of the store.
	if w := get(s, "/store", "127.0.0.1:8080"); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `name="to" value="2022-02-15"`) {
		t.Errorf("GET /store: %d, want the week up to the store's last day, 2022-02-15: %.200s", w.Code, w.Body)
	}

	form := url.Values{"token": {s.token}, "from": {"2022-02-12"}, "to": {"2022-02-13"}, "days": {"3"}}
	send := func(v url.Values, site string) *httptest.ResponseRecorder {
		r := httptest.NewRequest("POST", "http://127.0.0.1:8080/store/compare", strings.NewReader(v.Encode()))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("Sec-Fetch-Site", site)
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		return w
	}
	w = send(form, "same-origin")
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "Keystone Wire") || !strings.Contains(w.Body.String(), `<section class="event"`) {
		t.Fatalf("compare the selection: %d %.300s", w.Code, w.Body)
	}
	if n := strings.Count(w.Body.String(), `<tr><td>2022-02-1`); n != len(docs) {
		t.Errorf("the report lists %d articles, want the %d selected", n, len(docs))
	}
	if w := send(form, "cross-site"); w.Code != http.StatusForbidden {
		t.Errorf("cross-site: %d, want 403", w.Code)
	}
	noToken := url.Values{"from": form["from"], "to": form["to"]}
	if w := send(noToken, "same-origin"); w.Code != http.StatusForbidden {
		t.Errorf("no token: %d, want 403", w.Code)
	}
	empty := url.Values{"token": {s.token}, "from": {"2030-01-01"}, "to": {"2030-01-02"}}
	if w := send(empty, "same-origin"); w.Code != http.StatusUnprocessableEntity {
		t.Errorf("no article: %d %q, want 422", w.Code, w.Body)
	}
}

package fetch_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"time"

	"github.com/framediff/framediff/corpus/fetch"
)

// A page fetched twice with one cache: the second Get asks the server
// whether the page changed and reads the cached copy.
func ExampleClient_Get() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
			return
		}
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<p>Talks resumed in Geneva.</p>")
	}))
	defer srv.Close()
	dir, _ := os.MkdirTemp("", "cache")
	defer os.RemoveAll(dir)

	c, err := fetch.New(fetch.Options{Contact: "desk@example.org", CacheDir: dir, HostInterval: time.Millisecond})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i := 0; i < 2; i++ {
		p, err := c.Get(context.Background(), srv.URL+"/world/geneva")
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s cached=%v\n", p.Body, p.Cached)
	}
	_, err = c.Get(context.Background(), srv.URL+"/private/memo")
	fmt.Println(err.(*fetch.Error).Reason)
	st := c.Stats()
	fmt.Println(st.Downloaded, "downloaded,", st.NotModified, "not modified")
	// Output:
	// <p>Talks resumed in Geneva.</p> cached=false
	// <p>Talks resumed in Geneva.</p> cached=true
	// disallowed by the site's robots.txt
	// 1 downloaded, 1 not modified
}

func ExampleRetryAfter() {
	now := time.Date(2022, 2, 12, 18, 0, 0, 0, time.UTC)
	for _, v := range []string{"120", "Sat, 12 Feb 2022 18:00:30 GMT", "soon"} {
		d, ok := fetch.RetryAfter(v, now)
		fmt.Println(d, ok)
	}
	// Output:
	// 2m0s true
	// 30s true
	// 0s false
}

package corpus

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestFeedLinks(t *testing.T) {
	tests := []struct {
		name, feed string
		want       []string
		bad        bool
	}{
		{"rss", `<rss version="2.0"><channel><title>T</title>
<item><title>A</title><link>https://news.example/a</link></item>
<item><title>B</title><link>/b#comments</link></item>
<item><title>A again</title><link>https://news.example/a</link></item>
<item><title>No link</title><guid isPermaLink="true">https://news.example/c</guid></item>
<item><title>Opaque guid</title><guid isPermaLink="false">c-1234</guid></item>
<item><title>Mail</title><link>mailto:desk@news.example</link></item>
</channel></rss>`, []string{"https://news.example/a", "https://news.example/b", "https://news.example/c"}, false},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>A</title><link rel="alternate" href="https://news.example/a"/><id>urn:uuid:1</id></entry>
<entry><title>B</title><link href="b"/><id>urn:uuid:2</id></entry>
</feed>`, []string{"https://news.example/a", "https://news.example/feeds/b"}, false},
		{"json feed", `{"version": "https://jsonfeed.org/version/1.1", "title": "T",
"items": [{"id": "1", "url": "https://news.example/a"}, {"id": "https://news.example/b"}, {"id": "3"}]}`,
			[]string{"https://news.example/a", "https://news.example/b"}, false},
		{"no items", `<rss version="2.0"><channel><title>T</title></channel></rss>`, nil, false},
		{"not a feed", `<html><body>hello</body></html>`, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := FeedLinks([]byte(tt.feed), "https://news.example/feeds/all.xml")
			if (err != nil) != tt.bad {
				t.Fatalf("error %v, want bad=%v", err, tt.bad)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("links %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzFeedLinks checks that any bytes give absolute http(s) links without
// fragments, each once, or an error.
func FuzzFeedLinks(f *testing.F) {
	for _, n := range []string{"lakeside.rss", "granite.atom", "feed.json"} {
		b, err := os.ReadFile(filepath.Join(moduleRoot(f), "testdata", "formats", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		links, err := FeedLinks(data, "https://news.example/feed")
		if err != nil && links != nil {
			t.Fatalf("links %q with error %v", links, err)
		}
		seen := map[string]bool{}
		for _, l := range links {
			u, err := url.Parse(l)
			if err != nil || !u.IsAbs() || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Fragment != "" || strings.Contains(l, "#") {
				t.Fatalf("link %q is not an absolute http(s) URL without a fragment", l)
			}
			if seen[l] {
				t.Fatalf("link %q twice", l)
			}
			seen[l] = true
		}
	})
}

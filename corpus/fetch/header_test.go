package fetch

import (
	"net/http"
	"testing"
	"time"
)

var now = time.Date(2022, 2, 12, 18, 0, 0, 0, time.UTC)

func TestRetryAfter(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"   ", 0, false},
		{"0", 0, true},
		{"1", time.Second, true},
		{" 120 ", 2 * time.Minute, true},
		{"99999999999999999999999", maxDuration, true},
		{"-5", 0, false},
		{"1.5", 0, false},
		{"soon", 0, false},
		// RFC 9110's example date form, and the two obsolete ones
		// http.ParseTime also reads.
		{"Sat, 12 Feb 2022 18:01:30 GMT", 90 * time.Second, true},
		{"Saturday, 12-Feb-22 18:00:10 GMT", 10 * time.Second, true},
		{"Sat Feb 12 18:00:05 2022", 5 * time.Second, true},
		{"Sat, 12 Feb 2022 17:00:00 GMT", 0, true}, // in the past
		{"Sat, 12 Feb 2022 18:00:00 GMT", 0, true}, // now
		{"2022-02-12T18:01:00Z", 0, false},         // not an HTTP date
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := RetryAfter(tt.in, now)
			if got != tt.want || ok != tt.ok {
				t.Errorf("RetryAfter(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// FuzzRetryAfter checks that any header value gives a wait that is never
// negative, and that a value read as a number of seconds is exactly that.
func FuzzRetryAfter(f *testing.F) {
	for _, s := range []string{"", "0", "120", "Sat, 12 Feb 2022 18:01:30 GMT", "Sat Feb 12 18:00:05 2022",
		"Saturday, 12-Feb-22 18:00:10 GMT", "99999999999999999999", "-1", "1e3", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := RetryAfter(s, now)
		if d < 0 {
			t.Fatalf("RetryAfter(%q) = %v: negative", s, d)
		}
		if !ok && d != 0 {
			t.Fatalf("RetryAfter(%q) = %v, false: a wait without a value", s, d)
		}
		again, ok2 := RetryAfter(s, now)
		if again != d || ok2 != ok {
			t.Fatalf("RetryAfter(%q) not deterministic", s)
		}
	})
}

func TestFreshness(t *testing.T) {
	tests := []struct {
		name      string
		header    map[string]string
		life      time.Duration
		storeable bool
	}{
		{"nothing", nil, 0, true},
		{"max-age", map[string]string{"Cache-Control": "public, max-age=300"}, 5 * time.Minute, true},
		{"max-age quoted", map[string]string{"Cache-Control": `max-age="60"`}, time.Minute, true},
		{"max-age less Age", map[string]string{"Cache-Control": "max-age=300", "Age": "100"}, 200 * time.Second, true},
		{"Age past max-age", map[string]string{"Cache-Control": "max-age=300", "Age": "400"}, 0, true},
		{"bad max-age is stale", map[string]string{"Cache-Control": "max-age=soon", "Expires": "Sat, 12 Feb 2022 19:00:00 GMT"}, 0, true},
		{"no-cache", map[string]string{"Cache-Control": "no-cache, max-age=300"}, 0, true},
		{"no-store", map[string]string{"Cache-Control": "No-Store"}, 0, false},
		{"s-maxage ignored", map[string]string{"Cache-Control": "s-maxage=300"}, 0, true},
		{"Expires minus Date", map[string]string{"Date": "Sat, 12 Feb 2022 17:00:00 GMT", "Expires": "Sat, 12 Feb 2022 17:10:00 GMT"}, 10 * time.Minute, true},
		{"Expires against now", map[string]string{"Expires": "Sat, 12 Feb 2022 18:10:00 GMT"}, 10 * time.Minute, true},
		{"Expires 0", map[string]string{"Expires": "0"}, 0, true},
		{"max-age over Expires", map[string]string{"Cache-Control": "max-age=60", "Expires": "Sat, 12 Feb 2022 19:00:00 GMT"}, time.Minute, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			for k, v := range tt.header {
				h.Set(k, v)
			}
			life, ok := freshness(h, now)
			if life != tt.life || ok != tt.storeable {
				t.Errorf("freshness(%v) = %v, %v; want %v, %v", tt.header, life, ok, tt.life, tt.storeable)
			}
		})
	}
}

// FuzzFreshness checks that no Cache-Control, Expires or Age header gives
// a negative lifetime or a panic.
func FuzzFreshness(f *testing.F) {
	f.Add("max-age=300", "", "")
	f.Add("no-store, no-cache", "Sat, 12 Feb 2022 19:00:00 GMT", "10")
	f.Add("max-age=99999999999999999999", "", "-3")
	f.Add("", "Sat, 12 Feb 2022 19:00:00 GMT", "99999999999999999")
	f.Fuzz(func(t *testing.T, cc, expires, age string) {
		h := http.Header{}
		h.Set("Cache-Control", cc)
		h.Set("Expires", expires)
		h.Set("Age", age)
		if life, _ := freshness(h, now); life < 0 {
			t.Fatalf("freshness(%q, %q, %q) = %v: negative", cc, expires, age, life)
		}
	})
}

func TestReadable(t *testing.T) {
	tests := []struct {
		contentType string
		want        bool
	}{
		{"text/html; charset=utf-8", true},
		{"TEXT/HTML", true},
		{"application/xhtml+xml", true},
		{"application/rss+xml; charset=ISO-8859-1", true},
		{"application/atom+xml", true},
		{"application/feed+json", true},
		{"", true},
		{"application/pdf", false},
		{"image/png", false},
		{"application/octet-stream", false},
		{"video/mp4", false},
		{"text/html;;;", true}, // unparseable parameters keep the type
	}
	for _, tt := range tests {
		if got := Readable(mediaType(tt.contentType)); got != tt.want {
			t.Errorf("Readable(%q) = %v, want %v", tt.contentType, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{"https://Example.ORG/a/b?x=1#frag", "https://example.org/a/b?x=1", false},
		{"HTTP://example.org:80/a", "http://example.org/a", false},
		{"https://example.org:443", "https://example.org/", false},
		{"https://example.org:8443/a", "https://example.org:8443/a", false},
		{"https://user:pw@example.org/a", "https://example.org/a", false},
		{"  https://example.org/a  ", "https://example.org/a", false},
		{"ftp://example.org/a", "", true},
		{"example.org/a", "", true},
		{"https:///a", "", true},
		{"https://exa mple.org/", "", true},
	}
	for _, tt := range tests {
		u, err := Normalize(tt.in)
		if (err != nil) != tt.bad {
			t.Errorf("Normalize(%q) error %v, want bad=%v", tt.in, err, tt.bad)
			continue
		}
		if err == nil && u.String() != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, u, tt.want)
		}
	}
}

func TestCheckContact(t *testing.T) {
	for _, ok := range []string{"", "ops@example.org", "https://example.org/contact", "Jane Doe <jane@example.org>"} {
		if err := CheckContact(ok); err != nil {
			t.Errorf("CheckContact(%q) = %v, want nil", ok, err)
		}
	}
	for _, bad := range []string{"a\r\nX-Injected: 1", "tab\there", "(comment)", "é@example.org", string(make([]byte, 201))} {
		if err := CheckContact(bad); err == nil {
			t.Errorf("CheckContact(%q) = nil, want an error", bad)
		}
	}
}

// FuzzNormalize checks that a normalised URL is an http(s) URL with a
// host and no fragment, and normalises to itself.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"https://Example.ORG:443/a?b=c#d", "http://x.example:80", "https://user@x.example/%zz", "ftp://x", "https://[::1]:8080/a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := Normalize(s)
		if err != nil {
			return
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" || u.Fragment != "" || u.User != nil {
			t.Fatalf("Normalize(%q) = %q", s, u)
		}
		again, err := Normalize(u.String())
		if err != nil || again.String() != u.String() {
			t.Fatalf("Normalize(%q) = %q, which normalises to %v, %v", s, u, again, err)
		}
	})
}

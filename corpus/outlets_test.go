package corpus

import (
	"errors"
	"strings"
	"testing"
)

func TestDomain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.foxnews.com/politics/a", "foxnews.com"},
		{"http://latino.foxnews.com/latino/b", "foxnews.com"},
		{"https://edition.cnn.com/2022/02/12/x", "cnn.com"},
		{"https://m.bbc.co.uk/news/world", "bbc.co.uk"},
		{"https://www.abc.net.au/news/x", "abc.net.au"},
		{"https://keystonewire.example/2022/02/12/x", "keystonewire.example"},
		{"http://192.168.1.4/page", ""},
		{"ftp://files.example.com/x", ""},
		{"not a url", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Domain(tt.in); got != tt.want {
			t.Errorf("Domain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadsAs(t *testing.T) {
	tests := []struct {
		name, label string
		want        bool
	}{
		{"fox", "foxnews", true},
		{"Fox News", "foxnews", true},
		{"Fox Online News", "foxnews", true}, // its first word starts the label
		{"New York Times", "nytimes", true},  // initials
		{"nyt", "nytimes", true},             // held in the label
		{"The Meridian Post", "meridianpost", true},
		{"Reuters", "yahoo", false},        // an aggregator's feed
		{"Dana Milbank", "nytimes", false}, // a columnist, not the site
		{"Allysia Finley (Wall Street Journal)", "cnn", false},
		{"", "cnn", false},
	}
	for _, tt := range tests {
		if got := readsAs(tt.name, tt.label); got != tt.want {
			t.Errorf("readsAs(%q, %q) = %v, want %v", tt.name, tt.label, got, tt.want)
		}
	}
}

// art is an article of outlet o with URL u, for the outlet tests.
func art(o, u string) *Article { return &Article{Outlet: o, URL: u} }

func TestUnifyOutlets(t *testing.T) {
	type in struct{ outlet, url string }
	tests := []struct {
		name  string
		arts  []in
		table string
		want  []string
	}{
		{
			name: "one domain, three names: the most used proper name",
			arts: []in{{"fox", "http://www.foxnews.com/a"}, {"fox", "http://www.foxnews.com/b"}, {"fox", "http://latino.foxnews.com/c"},
				{"Fox News", "https://www.foxnews.com/d"}, {"Fox News", "https://www.foxnews.com/e"}, {"Fox Online News", "https://www.foxnews.com/f"}},
			want: []string{"Fox News", "Fox News", "Fox News", "Fox News", "Fox News", "Fox News"},
		},
		{
			name: "names equal but for case and punctuation, without URLs",
			arts: []in{{"RT", ""}, {"Rt", ""}, {"R.T.", ""}, {"RT", ""}},
			want: []string{"RT", "RT", "RT", "RT"},
		},
		{
			name: "a tie goes to byte order, whatever the input order",
			arts: []in{{"Rt", ""}, {"RT", ""}},
			want: []string{"RT", "RT"},
		},
		{
			name: "a slug alone keeps its name",
			arts: []in{{"hpo", "https://www.huffingtonpost.com/a"}, {"hpo", "https://www.huffpost.com/b"}},
			want: []string{"hpo", "hpo"},
		},
		{
			name: "a domain name joins the outlet of its domain",
			arts: []in{{"keystonewire.example", "https://keystonewire.example/a"}, {"Keystone Wire", "https://www.keystonewire.example/b"}},
			want: []string{"Keystone Wire", "Keystone Wire"},
		},
		{
			name: "an aggregator's outlets stay apart",
			arts: []in{{"Reuters", "https://news.yahoo.com/a"}, {"Associated Press", "https://news.yahoo.com/b"}, {"Yahoo News", "https://news.yahoo.com/c"}},
			want: []string{"Reuters", "Associated Press", "Yahoo News"},
		},
		{
			name: "a columnist on two sites does not join them",
			arts: []in{{"New York Times", "https://www.nytimes.com/a"}, {"Dana Milbank", "https://www.nytimes.com/b"}, {"Dana Milbank", "https://www.vox.com/c"}, {"Vox", "https://www.vox.com/d"}},
			want: []string{"New York Times", "Dana Milbank", "Dana Milbank", "Vox"},
		},
		{
			name: "multi-part public suffixes are not one domain",
			arts: []in{{"BBC", "https://www.bbc.co.uk/a"}, {"Guardian", "https://www.guardian.co.uk/b"}},
			want: []string{"BBC", "Guardian"},
		},
		{
			name:  "the user's table renames and merges",
			arts:  []in{{"Russia Today", "https://www.rt.com/a"}, {"rt", ""}, {"Meridian", "https://meridianpost.example/c"}},
			table: "RT\tRussia Today\nMeridian Post\tmeridianpost.example\n",
			want:  []string{"RT", "RT", "Meridian Post"},
		},
		{
			name:  "a table's name is not merged back by domain",
			arts:  []in{{"Reuters", "https://news.portal.example/a"}, {"Portal", "https://news.portal.example/b"}, {"portal", "https://portal.example/c"}},
			table: "Reuters\treuters wire\n",
			want:  []string{"Reuters", "Portal", "Portal"},
		},
		{
			name: "no outlet stays empty",
			arts: []in{{"", "https://keystonewire.example/a"}, {"Keystone Wire", "https://keystonewire.example/b"}},
			want: []string{"", "Keystone Wire"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var table *Outlets
			if tt.table != "" {
				var err error
				if table, err = ReadOutlets("outlets.tsv", strings.NewReader(tt.table)); err != nil {
					t.Fatal(err)
				}
			}
			for _, reverse := range []bool{false, true} {
				arts := make([]*Article, len(tt.arts))
				for i, a := range tt.arts {
					arts[i] = art(a.outlet, a.url)
				}
				order := arts
				if reverse {
					order = make([]*Article, len(arts))
					for i := range arts {
						order[i] = arts[len(arts)-1-i]
					}
				}
				UnifyOutlets(order, table)
				for i, a := range arts {
					if a.Outlet != tt.want[i] {
						t.Errorf("reverse %v: article %d (%q): outlet %q, want %q", reverse, i, tt.arts[i].outlet, a.Outlet, tt.want[i])
					}
				}
			}
		})
	}
}

func TestReadOutlets(t *testing.T) {
	tests := []struct {
		name, in string
		lookups  map[[2]string]string // {outlet, url} -> canonical
		err      string
	}{
		{
			name: "names and domains, comments and blank lines",
			in:   "# canonical<TAB>aliases and domains\n\nFox News\tfox\tFox Online News\tfoxnews.com\nRT\tRussia Today\thttps://www.rt.com/\n",
			lookups: map[[2]string]string{
				{"FOX", ""}:             "Fox News",
				{"fox online news", ""}: "Fox News",
				{"Anything", "http://latino.foxnews.com/a"}: "Fox News",
				{"Russia-Today", ""}:                        "RT",
				{"", "https://rt.com/news/1"}:               "RT",
				{"Fox Business", ""}:                        "",
				{"", "https://notfoxnews.com/a"}:            "",
			},
		},
		{name: "empty canonical name", in: "\tfox\n", err: "outlets.tsv:1: empty canonical name"},
		{name: "an alias of two outlets", in: "A News\tshared\nB News\tshared\n", err: `outlets.tsv:2: "shared" is already a name of "A News"`},
		{name: "a domain of two outlets", in: "A News\ta.example\nB News\ta.example\n", err: `outlets.tsv:2: "a.example" is already a name of "A News"`},
		{name: "a canonical name alone is allowed", in: "Keystone Wire\n", lookups: map[[2]string]string{{"keystone-wire", ""}: "Keystone Wire"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := ReadOutlets("outlets.tsv", strings.NewReader(tt.in))
			if tt.err != "" {
				var pe *ParseError
				if err == nil || !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), tt.err) {
					t.Fatalf("error %v, want a ParseError %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for k, want := range tt.lookups {
				if got := tab.lookup(k[0], k[1]); got != want {
					t.Errorf("lookup(%q, %q) = %q, want %q", k[0], k[1], got, want)
				}
			}
		})
	}
}

func FuzzReadOutlets(f *testing.F) {
	f.Add([]byte("Fox News\tfox\tfoxnews.com\n# comment\nRT\tRussia Today\n"))
	f.Add([]byte("\t\n\t\t\nA\tB\tB\n"))
	f.Add([]byte("A\thttps://a.example/x?y\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := ReadOutlets("fuzz", strings.NewReader(string(data)))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) && !strings.HasPrefix(err.Error(), "reading fuzz") {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		// Every name the table gives is a canonical name of one of its
		// lines, and unifying with it never leaves an outlet empty.
		arts := []*Article{art("a", "https://a.example/1"), art("B News", ""), art("x", "http://b.example/")}
		UnifyOutlets(arts, tab)
		for _, a := range arts {
			if a.Outlet == "" {
				t.Fatalf("an outlet became empty")
			}
		}
	})
}

package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/fetch"
	"github.com/spf13/pflag"
)

// fetchFlags are the flags of the commands that read URLs: compare,
// events, inspect and ingest.
type fetchFlags struct {
	urlsFile string
	contact  string
	cacheDir string
	refresh  bool
}

func (ff *fetchFlags) register(f *pflag.FlagSet) {
	f.StringVar(&ff.urlsFile, "urls", "", "also read the web pages listed in `FILE`, one URL per line (# comments)")
	f.StringVar(&ff.contact, "contact", "", "your e-mail address or web page, sent to the sites fetched from so that they can reach you")
	f.StringVar(&ff.cacheDir, "cache", "", "keep fetched pages in `DIR` (default: framediff in the user's cache directory)")
	f.BoolVar(&ff.refresh, "refresh", false, "fetch every URL again instead of asking whether the cached copy is still current")
}

// inputs returns the paths and URLs of the command line followed by the
// URLs of --urls FILE, after checking the flags.
func (ff *fetchFlags) inputs(args []string) ([]string, error) {
	if err := fetch.CheckContact(ff.contact); err != nil {
		return nil, usagef("--contact: %v", err)
	}
	if ff.urlsFile == "" {
		return args, nil
	}
	urls, err := readURLList("--urls", ff.urlsFile)
	if err != nil {
		return nil, err
	}
	if len(urls) == 0 {
		return nil, usagef("--urls %s lists no URL", ff.urlsFile)
	}
	return append(append([]string(nil), args...), urls...), nil
}

// readURLList reads a file of URLs, one per line; blank lines and lines
// starting with # are skipped. A line that is no http(s) URL is a usage
// error naming the file and line.
func readURLList(flag, path string) ([]string, error) {
	var urls []string
	err := readFile(path, func(r io.Reader) error {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if n == 1 {
				line = strings.TrimPrefix(line, "\ufeff")
			}
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if _, err := fetch.Normalize(line); err != nil || !corpus.IsURL(line) {
				return fmt.Errorf("%s:%d: %q is not an http or https URL", path, n, clip(line, 60))
			}
			urls = append(urls, line)
		}
		return sc.Err()
	})
	if err != nil {
		return nil, usagef("%s: %v", flag, err)
	}
	return urls, nil
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// hasURL reports whether any input is a URL.
func hasURL(inputs []string) bool {
	for _, in := range inputs {
		if corpus.IsURL(in) {
			return true
		}
	}
	return false
}

// client makes the fetcher the command's URLs are read with. The cache
// is --cache DIR, else framediff under the user's cache directory; when
// there is none (no home directory), pages are fetched without a cache
// and the user is told once.
func (ff *fetchFlags) client(e *env) (*fetch.Client, error) {
	dir := ff.cacheDir
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			fmt.Fprintf(e.stderr, "framediff: no cache directory (%v): fetching without a cache; --cache DIR sets one\n", err)
		} else {
			dir = filepath.Join(base, "framediff")
		}
	}
	opts := e.fetch
	opts.Version, opts.Contact, opts.CacheDir, opts.Refresh = versionString(), ff.contact, dir, ff.refresh
	c, err := fetch.New(opts)
	if err != nil {
		return nil, usagef("%v", err)
	}
	return c, nil
}

// attach reads --urls into src's paths and gives src a fetcher when any
// of them is a URL.
func (ff *fetchFlags) attach(e *env, src *source) error {
	if !hasURL(src.paths) {
		return nil
	}
	c, err := ff.client(e)
	if err != nil {
		return err
	}
	src.fetcher = c
	return nil
}

// reportFetches says on stderr, in one line, what the fetcher did, and
// warns when the cache could not be written.
func reportFetches(w io.Writer, c *fetch.Client) {
	if c == nil {
		return
	}
	st := c.Stats()
	pages := st.Downloaded + st.NotModified + st.Fresh
	if pages+st.Failed == 0 {
		return
	}
	var parts []string
	for _, p := range []struct {
		n    int
		what string
	}{
		{st.Downloaded, "downloaded"},
		{st.NotModified, "unchanged since the cached copy"},
		{st.Fresh, "still fresh in the cache, not asked for"},
	} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.what))
		}
	}
	line := fmt.Sprintf("framediff: fetched %d %s", pages, plural(pages, "page", "pages"))
	if len(parts) > 0 {
		line += ": " + strings.Join(parts, ", ")
	}
	if st.Failed > 0 {
		line += fmt.Sprintf("; %d failed", st.Failed)
	}
	fmt.Fprintln(w, line)
	if err := c.CacheError(); err != nil {
		fmt.Fprintf(w, "framediff: the cache could not be written (%v): the next run fetches these pages again\n", err)
	}
}

// comparisonSource turns the command line of compare and events into what
// to read: PATHs and --urls, or a store, with the options checked and the
// fetcher attached.
func comparisonSource(e *env, o *options, sf *storeFlags, ff *fetchFlags, args []string) (source, error) {
	args, err := ff.inputs(args)
	if err != nil {
		return source{}, err
	}
	src, err := sf.source(args)
	if err != nil {
		return source{}, err
	}
	if err := o.validate(); err != nil {
		return source{}, err
	}
	if err := ff.attach(e, &src); err != nil {
		return source{}, err
	}
	return src, nil
}

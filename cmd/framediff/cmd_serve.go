package main

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"runtime"
	"strings"

	"github.com/framediff/framediff/corpus/fetch"
	"github.com/framediff/framediff/corpus/store"
	"github.com/framediff/framediff/internal/web"
	"github.com/spf13/cobra"
)

func serveCommand(e *env) *cobra.Command {
	var (
		addr    string
		noOpen  bool
		db      string
		jobs    int
		workers int
	)
	ff := &fetchFlags{}
	cmd := &cobra.Command{
		Use:   "serve [flags]",
		Short: "A page in the browser to paste links or text into and get the report",
		Long: `serve starts a web page on this computer where you paste links to
articles or their text, or choose files, set the options in plain words and
get the HTML report, ready to print. It listens on 127.0.0.1 at a free port,
prints the address and opens it in the browser (--no-open does not).
Links are fetched as compare fetches them (robots.txt, one request per
second per site, the cache). With --db FILE the page also lists a store's
articles by day and outlet and compares the ones chosen; the store is only
read. Ctrl-C stops the server.

Only this computer can reach the page unless --addr names another address;
anyone who can reach it can use it, and make framediff fetch web pages.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			host, _, err := net.SplitHostPort(addr)
			if err != nil {
				return usagef("--addr %q: want HOST:PORT, such as 127.0.0.1:8080 (port 0 picks a free one)", addr)
			}
			if jobs < 1 {
				return usagef("--jobs must be at least 1, got %d", jobs)
			}
			if workers < 0 {
				return usagef("--workers must be 0 or more, got %d", workers)
			}
			if err := fetch.CheckContact(ff.contact); err != nil {
				return usagef("--contact: %v", err)
			}
			opts := web.Options{Generator: generator(), Jobs: jobs, Workers: workers, Log: e.stderr}
			ip, perr := netip.ParseAddr(host)
			if perr != nil && host != "" && host != "localhost" {
				// A name the user chose: the page answers to it too.
				opts.Hosts = []string{host}
			}
			if host != "localhost" && (perr != nil || !ip.IsLoopback()) {
				fmt.Fprintf(e.stderr, "framediff: --addr %s can be reached from other computers: anyone who reaches it can use the page and make framediff fetch web pages\n", addr)
			}
			client, err := ff.client(e)
			if err != nil {
				return err
			}
			opts.Fetcher = client
			if db != "" {
				if _, err := os.Stat(db); errors.Is(err, os.ErrNotExist) {
					return fmt.Errorf("store %s does not exist: make it with framediff ingest --db %s PATH...", db, db)
				}
				s, err := store.OpenReadOnly(ctx, db)
				if err != nil {
					return err
				}
				defer s.Close()
				opts.Store = s
			}
			srv, err := web.New(opts)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("listening on %s: %w", addr, err)
			}
			url := pageURL(ln.Addr())
			fmt.Fprintf(e.stdout, "framediff: serving on %s (Ctrl-C stops it)\n", url)
			if !noOpen {
				if err := openBrowser(url); err != nil {
					fmt.Fprintf(e.stderr, "framediff: could not open a browser (%v): open %s yourself\n", err, url)
				}
			}
			err = srv.Serve(ctx, ln)
			reportFetches(e.stderr, client)
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&addr, "addr", "127.0.0.1:0", "listen on `HOST:PORT` (port 0: a free one); other than 127.0.0.1, other computers may reach the page")
	f.BoolVar(&noOpen, "no-open", false, "print the page's address without opening it in the browser")
	f.StringVar(&db, "db", "", "also list and compare the articles of the store `FILE` made by framediff ingest (read only)")
	f.IntVar(&jobs, "jobs", web.DefaultOptions().Jobs, "comparisons run at once; more wait briefly, then are asked to try again")
	f.IntVar(&workers, "workers", 0, "articles annotated at once in one comparison (0: one per CPU)")
	f.StringVar(&ff.contact, "contact", "", "your e-mail address or web page, sent to the sites fetched from so that they can reach you")
	f.StringVar(&ff.cacheDir, "cache", "", "keep fetched pages in `DIR` (default: framediff in the user's cache directory)")
	return cmd
}

// pageURL is the address to open for a listener: an unspecified address
// (all interfaces) is reached on this computer through the loopback.
func pageURL(a net.Addr) string {
	ap, err := netip.ParseAddrPort(a.String())
	if err != nil {
		return "http://" + a.String() + "/"
	}
	ip := ap.Addr()
	if ip.IsUnspecified() {
		if ip.Is4() {
			ip = netip.AddrFrom4([4]byte{127, 0, 0, 1})
		} else {
			ip = netip.IPv6Loopback()
		}
	}
	return "http://" + netip.AddrPortFrom(ip, ap.Port()).String() + "/"
}

// openBrowser opens url in the user's browser, without waiting for it.
func openBrowser(url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return errors.New(strings.TrimPrefix(err.Error(), "exec: "))
	}
	go cmd.Wait()
	return nil
}

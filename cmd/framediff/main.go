// Command framediff shows how different news outlets frame the same event.
//
// Usage:
//
//	framediff compare [flags] PATH...   full report for every aligned event
//	framediff events  [flags] PATH...   the alignment alone, with its evidence
//	framediff inspect [flags] PATH...   what ingestion made of each input
//	framediff profile [flags] PATH...   each outlet's framing across the events it shares
//	framediff ingest --db FILE PATH...  annotate once, keep in a corpus store
//	framediff ingest --db FILE --feed URL [--every 15m]   store what feeds link to
//	framediff serve   [--db FILE]       a page in the browser to paste links into
//	framediff demo    [flags]           compare on the built-in sample corpus
//	framediff version
//
// A PATH is a file, a directory, - for standard input, or an http(s) URL,
// fetched politely and cached (see corpus/fetch).
//
// Exit codes: 0 success, 1 failure, 2 usage error.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	limitMemory()
	// SIGTERM, what service managers and container runtimes send, stops
	// a run the way Ctrl-C does: an ingest keeps what it committed.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Package web is the page behind framediff serve: a local web UI where a
// user pastes links or article text, or uploads files, sets the options in
// plain words, and gets the HTML report; with a store, it also lists the
// stored articles by day and outlet and compares a selection of them.
//
// It owns the HTTP side and nothing else. Inputs are read by corpus (the
// same readers as the command line), links are fetched by the caller's
// corpus/fetch Client (robots.txt, rate limits, cache), the comparison is
// compare.Compare and the page sent back is report.HTML.
//
// The server is meant to be left running on a laptop, so every request is
// treated as coming from anywhere:
//
//   - Host: only an IP address, localhost or a name the caller allows, so
//     that a web site cannot reach the server through DNS rebinding.
//   - Cross-site requests: net/http's CrossOriginProtection (Sec-Fetch-Site,
//     Origin) and a token made for each process, which every form carries
//     and which no other site can read.
//   - Size: the body of a request is capped (http.MaxBytesReader), and so
//     are each pasted text, each file, the number of files and of links.
//   - Content-Security-Policy: the form pages allow their own style by its
//     hash and nothing else, no script at all; a report keeps its own
//     policy (its style and script by hash, report.HTMLPolicy).
//   - Local files: no endpoint reads a path; uploads are kept in memory
//     for the request and read from there.
//   - Cancelling: the request's context reaches fetching, annotation and
//     comparison, so closing the tab stops the work.
//   - Load: at most Options.Jobs comparisons run at once; Options.Queue
//     more wait up to Options.QueueWait for a turn, and the rest are told
//     at once, with a 503 and a plain sentence, to try again.
package web

// Package report renders a compare.Result. Every renderer writes to an
// io.Writer from the one result and computes nothing of its own: what a
// report shows is what the result holds, in the result's order, so reports
// are as deterministic as the result.
package report

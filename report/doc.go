// Package report is the rendering stage: it turns a compare.Result (and,
// for inspect, annotated documents) into text, Markdown, HTML, JSON or CSV.
//
// It takes: a Result and the generator's name. It gives: bytes on an
// io.Writer. Every Result renderer has one signature (Renderer) and
// computes nothing of its own: what a report shows is what the result
// holds, in the result's order, so reports are as deterministic as the
// result.
package report

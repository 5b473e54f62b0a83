// Package profile is the view across events: each outlet's framing over
// the events it shares with other outlets, so that "de-escalate" against
// "propaganda campaign" reads as a finding about outlets, not about one
// article.
//
// It takes: a compare.Result and the documents it was compared from. It
// gives: a Profile (schema framediff.profile/v1): per outlet, its framing
// terms, its loaded words (each, and all of them together) and its tone
// toward each actor, pooled over the matched events and stratified by
// event (pool.go), each with a 95% interval, the number of events it rests
// on and whether it is strong; and, for the terms and actors a reader
// chooses, the same per ISO week.
//
// Conventions: it computes no language analysis of its own. The terms and
// loaded words are the ones framing listed (compare/frame), counted again
// in every event an outlet shares by frame.Counter, exactly as framing
// counts them; the tone toward actors is framing's (Event.EntityTone).
// Only outlets' own voice is counted, never the words they quote. Numbers
// are rounded once, here. compare/align and compare/frame never import it.
package profile

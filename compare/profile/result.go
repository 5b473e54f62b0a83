package profile

import "github.com/framediff/framediff/compare"

// Schema names the JSON contract a Profile renders to.
const Schema = "framediff.profile/v1"

// Profile is each outlet's framing across the events it shares with other
// outlets, and, for the terms and actors a reader chose, the same week by
// week. Slices are sorted, so that the same result gives the same Profile.
type Profile struct {
	Params Params `json:"params"`
	// Articles is the number of articles compared; Events the number of
	// matched events (two outlets or more), the strata of every estimate.
	Articles int `json:"articles"`
	Events   int `json:"events"`
	// Undated is the number of matched events without a date, left out of
	// Weeks.
	Undated int `json:"undated"`
	// Outlets holds every outlet that shares at least one event, sorted.
	Outlets []Outlet `json:"outlets"`
	// Weeks lists the ISO weeks ("2022-W07") of the matched events, in
	// order; Trends the chosen terms and actors week by week.
	Weeks  []string `json:"weeks"`
	Trends []Trend  `json:"trends"`
	// Notes says what the options asked for that the corpus does not have
	// (an actor no event names), one line each.
	Notes []string `json:"notes"`
}

// Params records how a profile was made.
type Params struct {
	// MinEvents is the fewest events a strong finding rests on.
	MinEvents int `json:"min_events"`
	// Terms and Actors are the chosen terms and actors, as given.
	Terms  []string `json:"terms"`
	Actors []string `json:"actors"`
	// Compare is how the events were found and framed.
	Compare compare.Params `json:"compare"`
}

// Outlet is one outlet's framing across the events it shares.
type Outlet struct {
	Outlet string `json:"outlet"`
	// Events is the number of matched events it reported; Words the words
	// it wrote in them in its own voice.
	Events int `json:"events"`
	Words  int `json:"words"`
	// Framing pools each of its framing terms (a term listed as framing
	// for it in at least one event) over all the events it shares.
	Framing []Finding `json:"framing"`
	// Loaded pools every loaded word it wrote in its own voice against the
	// others' (Term "all loaded words"); LoadedWords pools each loaded word
	// listed for it in at least one event.
	Loaded      *Finding  `json:"loaded"`
	LoadedWords []Finding `json:"loaded_words"`
	// Chosen pools each chosen term (--terms), in the order given.
	Chosen []Finding `json:"chosen"`
	// Actors is its tone toward each actor, against the other outlets'
	// in the same events.
	Actors []ActorTone `json:"actors"`
}

// Finding is a term or a loaded word of one outlet, pooled over the
// events it shares: how many times the outlet's rate per word is the
// other outlets' rate in the same events (pool.go).
type Finding struct {
	Term string `json:"term"`
	// Count and OthersCount are the uses, in own voice, by the outlet and
	// by the other outlets in the events the finding rests on; Words and
	// OthersWords the words each side wrote in them; Rate and OthersRate
	// the crude rates per 1,000 words.
	Count       int     `json:"count"`
	OthersCount int     `json:"others_count"`
	Words       int     `json:"words"`
	OthersWords int     `json:"others_words"`
	Rate        float64 `json:"rate"`
	OthersRate  float64 `json:"others_rate"`
	// RateRatio is the Mantel-Haenszel rate ratio, stratified by event;
	// Low and High its 95% interval; Z and P its test against 1,
	// PAdjusted P adjusted by Benjamini-Hochberg over the outlet's
	// findings of the same kind.
	RateRatio float64 `json:"rate_ratio"`
	Low       float64 `json:"low"`
	High      float64 `json:"high"`
	Z         float64 `json:"z"`
	P         float64 `json:"p"`
	PAdjusted float64 `json:"p_adjusted"`
	// Events is the number of events it rests on: events the outlet shares
	// in which either side used the term. OutletEvents is the number in
	// which the outlet used it, OthersEvents in which the others did.
	Events       int `json:"events"`
	OutletEvents int `json:"outlet_events"`
	OthersEvents int `json:"others_events"`
	// Corrected says 0.5 was added to the counts (one side never used it).
	Corrected bool `json:"corrected"`
	// Stable says the ratio stays on its side of 1 without any one event.
	Stable bool `json:"stable"`
	Strong bool `json:"strong"`
	// UsedIn lists the events in which the outlet used it, in event order.
	UsedIn []string `json:"used_in"`
	// Examples are sentences of the outlet's that framing gave for it, the
	// first few over the events.
	Examples []Example `json:"examples"`
}

// Example is an example sentence and the event it comes from.
type Example struct {
	Event string `json:"event"`
	compare.Example
}

// ActorTone is one outlet's tone toward one actor against the other
// outlets' in the same events.
type ActorTone struct {
	Actor string `json:"actor"`
	Type  string `json:"type"`
	// Mentions and OthersMentions count the mentions read in the events
	// it rests on.
	Mentions       int `json:"mentions"`
	OthersMentions int `json:"others_mentions"`
	// Mean is the mean over those events of the outlet's mean tone toward
	// the actor, OthersMean of the others' (each event's mean over their
	// mentions), in [-1, 1]; Diff is Mean - OthersMean, the mean of the
	// events' differences, with its 95% t interval over events (null with
	// one event), cut to [-2, 2], the range a difference can take.
	Mean       float64  `json:"mean"`
	OthersMean float64  `json:"others_mean"`
	Diff       float64  `json:"diff"`
	Low        *float64 `json:"low"`
	High       *float64 `json:"high"`
	P          float64  `json:"p"`
	PAdjusted  float64  `json:"p_adjusted"`
	// Events is the number of events in which the outlet and another
	// outlet both mention the actor.
	Events int      `json:"events"`
	Stable bool     `json:"stable"`
	Strong bool     `json:"strong"`
	In     []string `json:"in"`
}

// Trend is a chosen term or actor week by week.
type Trend struct {
	// Kind is "term" or "actor"; Name as chosen (an actor as the events
	// name it).
	Kind   string  `json:"kind"`
	Name   string  `json:"name"`
	Points []Point `json:"points"`
}

// Point is one outlet's estimate in one ISO week, over the matched
// events that start in it: for a term, the rate ratio of Finding with its
// counts; for an actor, the tone difference of ActorTone with the
// mentions.
type Point struct {
	Outlet string `json:"outlet"`
	Week   string `json:"week"`
	Events int    `json:"events"`
	// Count and OthersCount are uses (terms) or mentions (actors).
	Count       int `json:"count"`
	OthersCount int `json:"others_count"`
	// Words and OthersWords are own-voice words (terms only).
	Words       int `json:"words"`
	OthersWords int `json:"others_words"`
	// Estimate is the rate ratio (terms) or the tone difference (actors),
	// null when no one used the term that week; Low and High its 95%
	// interval, null when it has none.
	Estimate *float64 `json:"estimate"`
	Low      *float64 `json:"low"`
	High     *float64 `json:"high"`
}

package main

import (
	"strings"
	"testing"
)

// TestCountSurnames: a surname with an inner capital or an apostrophe
// ends a full name as a capitalised one does, so its first name is
// counted and does not stand alone; a party tag is no surname.
func TestCountSurnames(t *testing.T) {
	names := map[string]*stats{}
	lower, alone := map[string]int{}, map[string]int{}
	for _, p := range []string{
		"Mitch Harlow said he would run",
		"Mitch McAllister said he would run",
		"Mitch O'Neill said he would run",
		"Mitch DeLuca said he would run",
		"a vote by Collard R-Maine and she would run", // "(R-Maine)", punctuation dropped
	} {
		count(strings.Fields(p), names, lower, alone)
	}
	if s := names["Mitch"]; s == nil || s.capital != 4 || s.masc != 4 || alone["Mitch"] != 0 {
		t.Errorf("Mitch: %+v, alone %d; want 4 full names, 4 masculine pronouns, never alone", s, alone["Mitch"])
	}
	if s := names["Collard"]; s != nil || alone["Collard"] != 1 {
		t.Errorf("Collard R-Maine: %+v, alone %d; want no full name, alone once", s, alone["Collard"])
	}
}

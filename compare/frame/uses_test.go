package frame

import (
	"testing"
	"unsafe"

	"github.com/framediff/framediff/corpus/nlp"
)

// TestUsesMatchListedCounts counts, with a Counter, every term and loaded
// word that framing listed for the sample's events, and checks the counts
// against the listed ones: each outlet's own uses and the other outlets'
// together, its own-voice words, and its loaded words in all. A view
// across events pools these counts, so they must be framing's own.
func TestUsesMatchListedCounts(t *testing.T) {
	for _, key := range []string{"honolulu", "biden-putin", "embassy", "super-bowl", "valieva"} {
		t.Run(key, func(t *testing.T) {
			ev, members := goldEvent(t, key, defaultOptions)
			st := nlp.Stemmer{}
			var keys, words []string
			for _, x := range ev.Terms {
				keys = append(keys, KeyOf(x.Term, st))
			}
			for _, x := range ev.Framing {
				keys = append(keys, KeyOf(x.Term, st))
			}
			for _, ol := range ev.LoadedWords {
				if ol.Voice == VoiceOwn {
					for _, w := range ol.Words {
						words = append(words, w.Word)
					}
				}
			}
			if len(keys) == 0 || len(words) == 0 {
				t.Fatalf("event %s lists %d terms and %d loaded words: nothing to check", key, len(keys), len(words))
			}
			uses := NewCounter(nil, keys, words, true).Count(members, st)
			by := map[string]Uses{}
			for _, u := range uses {
				by[u.Outlet] = u
			}
			if len(by) != len(ev.Outlets) {
				t.Fatalf("counted %d outlets, the event has %d", len(by), len(ev.Outlets))
			}
			others := func(o, k string) int {
				n := 0
				for _, u := range uses {
					if u.Outlet != o {
						n += u.Terms[k]
					}
				}
				return n
			}
			for _, x := range ev.Terms {
				k := KeyOf(x.Term, st)
				if got := by[x.Outlet].Terms[k]; got != x.Count {
					t.Errorf("%s %q: counted %d uses, framing listed %d", x.Outlet, x.Term, got, x.Count)
				}
				if got := others(x.Outlet, k); got != x.OthersCount {
					t.Errorf("%s %q: counted %d uses by the others, framing listed %d", x.Outlet, x.Term, got, x.OthersCount)
				}
			}
			for _, x := range ev.Framing {
				k := KeyOf(x.Term, st)
				if got := by[x.Outlet].Terms[k]; got != x.Count {
					t.Errorf("framing %s %q: counted %d uses, framing listed %d", x.Outlet, x.Term, got, x.Count)
				}
			}
			for _, ol := range ev.LoadedWords {
				if ol.Voice != VoiceOwn {
					continue
				}
				u := by[ol.Outlet]
				if u.Words != ol.VoiceWords || u.LoadedAll != ol.Count {
					t.Errorf("%s: counted %d words and %d loaded, framing listed %d and %d", ol.Outlet, u.Words, u.LoadedAll, ol.VoiceWords, ol.Count)
				}
				for _, w := range ol.Words {
					if got := u.Loaded[w.Word]; got != w.Count {
						t.Errorf("%s loaded %q: counted %d, framing listed %d", ol.Outlet, w.Word, got, w.Count)
					}
				}
			}
		})
	}
}

// TestUsesKeepNoText: the keys of the counts are the Counter's own
// strings. A key sliced from an article's text (a word that needs no
// lower-casing or stemming is its own key) would keep the whole text alive
// for as long as the counts are kept: a profile keeps them for every
// matched event.
func TestUsesKeepNoText(t *testing.T) {
	ev, members := goldEvent(t, "honolulu", defaultOptions)
	st := nlp.Stemmer{}
	var keys, words []string
	for _, x := range ev.Terms {
		keys = append(keys, KeyOf(x.Term, st))
	}
	for _, ol := range ev.LoadedWords {
		for _, w := range ol.Words {
			words = append(words, w.Word)
		}
	}
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		for _, d := range members {
			if start := uintptr(unsafe.Pointer(unsafe.StringData(d.Text))); p >= start && p < start+uintptr(len(d.Text)) {
				return true
			}
		}
		return false
	}
	n := 0
	for _, u := range NewCounter(nil, keys, words, true).Count(members, st) {
		for k := range u.Terms {
			n++
			if inText(k) {
				t.Errorf("%s: the key %q of a term's count is a slice of an article's text", u.Outlet, k)
			}
		}
		for w := range u.Loaded {
			n++
			if inText(w) {
				t.Errorf("%s: the loaded word %q counted is a slice of an article's text", u.Outlet, w)
			}
		}
	}
	if n == 0 {
		t.Fatal("nothing counted: nothing to check")
	}
}

func TestKeyOf(t *testing.T) {
	st := nlp.Stemmer{}
	for _, c := range []struct{ a, b string }{
		{"sanctions", "sanction"},
		{"Sanctions", "sanction"},
		{"U.S.", "US"},
		{"propaganda campaigns", "Propaganda campaign"},
		{"de-escalates", "de-escalate"},
	} {
		if KeyOf(c.a, st) != KeyOf(c.b, st) {
			t.Errorf("KeyOf(%q) = %q, KeyOf(%q) = %q: want one key", c.a, KeyOf(c.a, st), c.b, KeyOf(c.b, st))
		}
	}
	if KeyOf("US", st) == KeyOf("us", st) {
		t.Errorf("the acronym US and the word us share the key %q", KeyOf("US", st))
	}
}

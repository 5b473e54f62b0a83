package compare

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/framediff/framediff/internal/testcorpus"
)

// TestEventFields holds eventHead and eventFraming, one after the other,
// to Event's encoded fields: the same names, types and tags in the same
// order, so that AppendJSON writes what encoding/json writes of an Event.
func TestEventFields(t *testing.T) {
	var want, got []reflect.StructField
	ev := reflect.TypeFor[Event]()
	for i := range ev.NumField() {
		if f := ev.Field(i); f.IsExported() {
			want = append(want, f)
		}
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[eventHead](), reflect.TypeFor[eventFraming]()} {
		for i := range typ.NumField() {
			got = append(got, typ.Field(i))
		}
	}
	if len(got) != len(want) {
		t.Fatalf("eventHead and eventFraming have %d fields, Event %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Name != want[i].Name || got[i].Type != want[i].Type || got[i].Tag != want[i].Tag {
			t.Errorf("field %d: %s %v `%s`, Event's %s %v `%s`", i, got[i].Name, got[i].Type, got[i].Tag, want[i].Name, want[i].Type, want[i].Tag)
		}
	}
}

// TestAppendJSONLikeMarshal walks the sample corpus's events as a report
// does, framed and kept in a cache, then read back from it: each event's
// AppendJSON is what encoding/json writes of it, from the framing's JSON
// kept when the event was framed and by encoding it when read back. An
// event kept by Collect and then changed is encoded as it is now, not as
// it was framed.
func TestAppendJSONLikeMarshal(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	ctx := context.Background()
	opts := DefaultOptions()
	c := newMemCache()
	opts.Cache, opts.Backgrounds = c, c
	for round, name := range []string{"framed", "from the cache"} {
		res, err := Start(ctx, docs, nil, opts)
		if err != nil {
			t.Fatal(err)
		}
		carried, n := 0, 0
		err = res.EachEvent(func(ev *Event) error {
			n++
			if ev.framingJSON != nil {
				carried++
			}
			got, err := ev.AppendJSON([]byte("x"))
			if err != nil {
				return err
			}
			want, err := json.Marshal(ev)
			if err != nil {
				return err
			}
			if !bytes.Equal(got[1:], want) || got[0] != 'x' {
				t.Errorf("%s, event %s: AppendJSON gives\n%s\nencoding/json\n%s", name, ev.ID, got, want)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if want := []int{n, 0}[round]; n < 2 || carried != want {
			t.Errorf("%s: %d of %d events carry their framing's JSON, want %d", name, carried, n, want)
		}
	}

	c = newMemCache()
	opts.Cache, opts.Backgrounds = c, c
	res, err := Compare(ctx, docs, nil, opts)
	if err != nil {
		t.Fatal(err)
	}
	ev := &res.Events[0]
	ev.Terms = ev.Terms[:0]
	got, err := ev.AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := json.Marshal(ev); !bytes.Equal(got, want) {
		t.Errorf("an event changed after Collect encodes as it was framed:\n%s\nwant\n%s", got, want)
	}
}

package align

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

func ExampleReadOverrides() {
	file := `# corrections to yesterday's alignment
same  keystone-wire/2022-02-12-lavrov-call.txt  https://vostok.example/lavrov-blinken
apart meridian-post-20220212-1a2b3c4d  pacific-ledger-20220212-5e6f7a8b
`
	ovs, err := ReadOverrides("fixes.txt", strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range ovs {
		fmt.Println(o.Source, o.Kind, o.A, o.B)
	}
	_, err = ReadOverrides("fixes.txt", strings.NewReader("same a b\nmerge a b\n"))
	fmt.Println(err)
	// Output:
	// fixes.txt:2 same keystone-wire/2022-02-12-lavrov-call.txt https://vostok.example/lavrov-blinken
	// fixes.txt:3 apart meridian-post-20220212-1a2b3c4d pacific-ledger-20220212-5e6f7a8b
	// fixes.txt:2: unknown override "merge": a line is `same A B` or `apart A B`
}

func FuzzReadOverrides(f *testing.F) {
	f.Add("same a b\napart c d\n")
	f.Add("# c\n\nSAME x y\n")
	f.Add("apart a\n")
	f.Fuzz(func(t *testing.T, in string) {
		ovs, err := ReadOverrides("fuzz.txt", strings.NewReader(in))
		if err != nil {
			var pe *corpus.ParseError
			if !errors.As(err, &pe) && !strings.HasPrefix(err.Error(), "reading fuzz.txt") {
				t.Fatalf("error %v has no position", err)
			}
			return
		}
		for _, o := range ovs {
			if o.Kind != Same && o.Kind != Apart || o.A == "" || o.B == "" || o.A == o.B || !strings.HasPrefix(o.Source, "fuzz.txt:") {
				t.Fatalf("bad override %+v from %q", o, in)
			}
		}
	})
}

package dates_test

import (
	"fmt"

	"github.com/framediff/framediff/corpus/dates"
)

func ExampleParse() {
	for _, s := range []string{
		"2022-02-12T19:40:00-10:00",
		"13 Feb, 2022 13:34",
		"2022-02-03",
		"12.02.2022",
		"February 12, 2022 9:40 pm ET",
	} {
		t, err := dates.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(t.Format("2006-01-02 15:04 -07:00 MST"))
	}
	_, err := dates.Parse("1066-10-14")
	fmt.Println(err)
	// Output:
	// 2022-02-12 19:40 -10:00 -1000
	// 2022-02-13 13:34 +00:00 UTC
	// 2022-02-03 00:00 +00:00 UTC
	// 2022-02-12 00:00 +00:00 UTC
	// 2022-02-12 21:40 -05:00 EST
	// parsing date "1066-10-14": year outside 1900..2100
}

func ExampleFind() {
	line := "WORLD | Published: February 12, 2022 9:40 pm ET | 4 min read"
	t, matched, ok := dates.Find(line)
	fmt.Println(ok, matched)
	fmt.Println(t.UTC().Format("2006-01-02 15:04 MST"))
	// Output:
	// true February 12, 2022 9:40 pm ET
	// 2022-02-13 02:40 UTC
}

func ExampleFromURL() {
	t, ok := dates.FromURL("https://news.example/world/2022/02/12/blinken-honolulu/")
	fmt.Println(ok, t.Format("2006-01-02"))
	// Output:
	// true 2022-02-12
}

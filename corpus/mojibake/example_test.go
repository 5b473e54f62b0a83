package mojibake_test

import (
	"fmt"

	"github.com/framediff/framediff/corpus/mojibake"
)

func ExampleRepair() {
	// "Romney’s" decoded as Windows-1252 twice, "café" once, and a
	// legitimate "São Paulo", which stays.
	fmt.Println(mojibake.Repair("RomneyÃ¢â‚¬â„¢s trip, a cafÃ© in São Paulo"))
	// Output: Romney’s trip, a café in São Paulo
}

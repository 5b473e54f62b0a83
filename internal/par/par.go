// Package par runs independent pieces of work on several goroutines, so
// that every stage shares one way of using the machine's cores.
package par

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Workers returns n, or GOMAXPROCS when n <= 0.
func Workers(n int) int {
	if n <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return n
}

// Do calls f for every index in [0, n) on w goroutines, handing out
// chunks of indexes as goroutines become free. f must write only to its
// own index's slots, so the result does not depend on the scheduling.
func Do(n, w int, f func(worker, i int)) {
	if w > n {
		w = n
	}
	if w <= 1 {
		for i := 0; i < n; i++ {
			f(0, i)
		}
		return
	}
	const chunk = 64
	var next atomic.Int64
	var wg sync.WaitGroup
	for k := 0; k < w; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for {
				lo := int(next.Add(chunk)) - chunk
				if lo >= n {
					return
				}
				hi := min(lo+chunk, n)
				for i := lo; i < hi; i++ {
					f(k, i)
				}
			}
		}(k)
	}
	wg.Wait()
}

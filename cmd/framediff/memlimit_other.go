//go:build !linux

package main

// totalMemory returns 0: the machine's memory is only read on Linux.
func totalMemory() uint64 { return 0 }

// peakMemory returns 0: the process's peak is only read on Linux.
func peakMemory() uint64 { return 0 }

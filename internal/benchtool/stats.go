package main

import (
	"slices"
	"time"
)

// summary is the median and minimum of a set of durations.
type summary struct {
	median, min time.Duration
	n           int
}

// summarise returns the median (the mean of the middle two for an even
// count) and minimum of ds; it sorts ds.
func summarise(ds []time.Duration) summary {
	if len(ds) == 0 {
		return summary{}
	}
	slices.Sort(ds)
	m := ds[len(ds)/2]
	if len(ds)%2 == 0 {
		m = (ds[len(ds)/2-1] + ds[len(ds)/2]) / 2
	}
	return summary{median: m, min: ds[0], n: len(ds)}
}

// medianFloat returns the median of xs, leaving xs as it is.
func medianFloat(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	xs = slices.Clone(xs)
	slices.Sort(xs)
	if len(xs)%2 == 0 {
		return (xs[len(xs)/2-1] + xs[len(xs)/2]) / 2
	}
	return xs[len(xs)/2]
}

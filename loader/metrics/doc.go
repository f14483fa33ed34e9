// Package metrics exports the maps of a running bpftc object as Prometheus
// metrics ("bpfrun --metrics ADDR"): a [Collector] reads the kernel maps at
// every scrape and folds per-CPU values as bpftrace does when it prints.
//
// Naming: the metric of map @x is bpftrace_x (the map "@" is bpftrace_map;
// characters outside [a-zA-Z0-9_] become '_'). count() and sum() maps are
// counters named bpftrace_x_total (no second "_total" when bpftrace_x ends
// so: @total is bpftrace_total); min(), max(), avg() (bpftrace's integer average) and maps of plain
// integers are gauges bpftrace_x; stats() maps are summaries bpftrace_x
// (_count and _sum, no quantiles); hist() and lhist() maps are histograms
// bpftrace_x. Maps of other values (strings, tuples, stacks...) are not
// exported. Two maps whose metrics would share a series name are an error.
//
// Labels: each key part is a label whose value is the part as bpftrace
// prints it inside @x[...]; its name is the part's name in the metadata when
// the compiler records one, else "key" for a single part and "key0",
// "key1"... for several. Entries whose keys print the same are merged.
//
// Histograms carry both classic and native buckets. Classic buckets use
// bpftrace's bounds, written as the largest integer they hold: hist has
// le="-1" (negatives), "0", "1", "3", "7", ... 2^k-1 and "+Inf" for its
// last bucket ([2G, ...)); lhist(x, MIN, MAX, STEP) has le=MIN-1, then
// MIN+STEP-1, MIN+2*STEP-1 ... and "+Inf" for its overflow bucket. Native
// buckets (protobuf scrapes only) use schema 0 for hist, whose power-of-two
// boundaries match bpftrace's but hold their upper rather than their lower
// end, and schema 3 for lhist, each bucket counted at its largest value;
// zeros go to the zero bucket. bpftrace records no sum of the values, so
// the _sum of every histogram is NaN.
package metrics

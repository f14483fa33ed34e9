// Package tracepoint reads tracepoint format files (tracefs
// events/<category>/<event>/format) into typed field lists, and expands
// tracepoint wildcards against a tracefs directory.
package tracepoint

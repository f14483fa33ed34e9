package loader_test

import (
	"context"
	"embed"
	"fmt"
	"io"

	"github.com/bpftc/bpftc/loader"
	"github.com/bpftc/bpftc/loader/output"
)

// testdata/hello.o is testdata/hello.bt compiled by bpftc; regenerate it
// with "go generate ./loader" after a change to the script or the format.
//go:generate go run -tags urfave_cli_no_docs ../cmd/bpftc compile --embed-source -o testdata/hello.o testdata/hello.bt

//go:embed testdata/hello.o
var helloObject []byte

//go:embed testdata/*.o
var probes embed.FS

// Example runs a precompiled object embedded in the program: it takes the
// printf events and the maps as Go values, and prints nothing itself. Like
// every loader test that loads programs, it needs root (BPF privileges).
func Example() {
	obj, err := loader.OpenBytes(helloObject)
	if err != nil {
		fmt.Println(err)
		return
	}
	err = obj.Run(context.Background(), &loader.RunOptions{
		Output: output.NewText(io.Discard, io.Discard),
		OnPrintf: func(e loader.Event) {
			fmt.Printf("printf %d: %q, args %v\n", e.Printf, e.Text, e.Args)
		},
		OnExit: func(maps *loader.Live) {
			for _, name := range []string{"@count", "@x"} {
				rows, err := maps.Rows(name)
				if err != nil {
					fmt.Println(err)
					return
				}
				for _, r := range rows {
					fmt.Printf("%s%v = %v\n", name, r.Key, r.Value)
				}
			}
		},
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// printf 0: "hello, 7\n", args [7]
	// @count[begin] = 1
	// @x[] = 42
}

// ExampleOpenFS opens an object from an embed.FS and describes it, without
// touching the kernel.
func ExampleOpenFS() {
	obj, err := loader.OpenFS(probes, "testdata/hello.o")
	if err != nil {
		fmt.Println(err)
		return
	}
	m := obj.Meta()
	fmt.Println(m.Arch, m.Programs[0].Attach[0].Name, len(m.Maps), "maps")
	fmt.Print(m.Source[:len("// The object")])
	// Output:
	// amd64 BEGIN 2 maps
	// // The object
}

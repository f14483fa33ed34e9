package compiler

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/backend/native"
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/lower"
	"github.com/bpftc/bpftc/frontend/parser"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// Version is the compiler version recorded in every object.
const Version = "0.1.0"

// Options tunes [Compile].
type Options struct {
	// Backend generates code; nil means the native backend.
	Backend backend.Backend
	// Params are the positional parameters $1, $2, ...
	Params []string
	// TracefsDir is where tracepoint formats are read (default /sys/kernel/tracing).
	TracefsDir string
	// BTFPath is the file kernel types are read from: raw BTF such as
	// /sys/kernel/btf/vmlinux (the default) or an ELF with a .BTF section.
	BTFPath string
	// EmbedSource stores the script text in the object's metadata.
	EmbedSource bool
	// Unsafe allows unsafe functions such as system() (bpftrace --unsafe).
	Unsafe bool
	// Process is bpftrace's -p (usdt probes of a process) and -c (cpid
	// may be used; its value is set when the object runs).
	Process sema.Process
	// StrLen is BPFTRACE_STRLEN (the size of str() strings); 0 means 64.
	StrLen int
	// HelperCheck is bpftrace's -k (1) or -kk (2): report failed helper
	// calls at run time.
	HelperCheck int
	// Includes are bpftrace's --include headers and IncludeDirs its -I
	// directories (headers.go).
	Includes, IncludeDirs []string
	// KernelSource and KernelBuild are bpftrace's kernel source and build
	// trees (BPFTRACE_KERNEL_SOURCE, BPFTRACE_KERNEL_BUILD); CPath and
	// CIncludePath clang's CPATH and C_INCLUDE_PATH lists; KernelArch is
	// ARCH, the kernel's name of the architecture (default from GOARCH).
	// See include_path.go for the search order.
	KernelSource, KernelBuild, KernelArch string
	CPath, CIncludePath                   string
	// MapKeysMax is BPFTRACE_MAP_KEYS_MAX, the capacity of the script's
	// hash maps; 0 means 4096 (limits.go).
	MapKeysMax int
	// MaxBPFProgs is BPFTRACE_MAX_BPF_PROGS, the most programs expanded
	// probe blocks may make; nil means 512 (limits.go).
	MaxBPFProgs *uint64
	// VerifyIR runs the IR verifier after lowering and after every pass.
	VerifyIR bool
	// AfterPass, when set, sees the module after lowering ("lower") and
	// after every optimisation pass.
	AfterPass func(pass string, m *ir.Module)
}

// Result is everything a compilation produced.
type Result struct {
	AST      *ast.Program
	Module   *ir.Module // optimised IR, before code generation
	Meta     *abi.Meta
	Programs []backend.Program
	Object   []byte
	// Diags holds warnings (and errors, when Compile failed on the source).
	Diags source.List
}

// ErrSource means the source has errors; they are in Result.Diags.
var ErrSource = errors.New("source has errors")

// Compile compiles the script in f. On errors in the source it returns the
// partial result with its Diags and ErrSource.
func Compile(f *source.File, opts *Options) (*Result, error) {
	if opts == nil {
		opts = &Options{}
	}
	be := opts.Backend
	if be == nil {
		be = &native.Backend{}
	}
	res := &Result{}
	if err := checkInputs(opts); err != nil {
		return res, err
	}
	prog, diags := parser.Parse(f, &parser.Options{Params: opts.Params, PID: opts.Process.PID, Macros: predefinedMacros(opts, nil)})
	if diags.Err() == nil {
		prog, diags = includeHeaders(f, prog, diags, opts)
	}
	res.AST, res.Diags = prog, diags
	if diags.Err() != nil {
		return res, ErrSource
	}
	info, diags := sema.Check(prog, &sema.Options{TracefsDir: opts.TracefsDir, BTFPath: opts.BTFPath, Params: opts.Params, Unsafe: opts.Unsafe, StrLen: opts.StrLen, Process: opts.Process})
	res.Diags = append(res.Diags, diags...)
	if diags.Err() != nil {
		return res, ErrSource
	}
	if err := checkProgramLimit(info, opts); err != nil {
		return res, err
	}
	info.HelperCheck = opts.HelperCheck
	mod, meta, err := lower.Module(prog, info)
	if err != nil {
		var le *lower.Error
		if errors.As(err, &le) {
			res.Diags.Errorf(le.Node.Loc(), "%s", le.Msg)
			return res, ErrSource
		}
		return res, err
	}
	if err := applyLimits(mod, meta, opts); err != nil {
		return res, err
	}
	if opts.AfterPass != nil {
		opts.AfterPass("lower", mod)
	}
	if opts.VerifyIR {
		if err := ir.Verify(mod); err != nil {
			return res, fmt.Errorf("internal error after lowering: %w", err)
		}
	}
	if err := ir.Optimize(mod, &ir.OptimizeOptions{Verify: opts.VerifyIR, After: opts.AfterPass}); err != nil {
		return res, fmt.Errorf("internal error: %w", err)
	}
	res.Module = mod
	meta.Compiler = "bpftc " + Version
	sum := sha256.Sum256([]byte(f.Text))
	meta.SourceHash = "sha256:" + hex.EncodeToString(sum[:])
	if opts.EmbedSource {
		meta.Source = f.Text
	}
	renderHelperErrors(meta, f)
	meta.Arch = runtime.GOARCH
	meta.ByteOrder = "little"
	res.Meta = meta
	progs, err := be.Compile(mod)
	if err != nil {
		// The backend's message says what failed (a missing LLVM tool, or
		// a bug, which it words as such).
		return res, err
	}
	res.Programs = progs
	obj, err := object(mod, progs, meta)
	if err == nil {
		err = annotate(obj, f, mod)
	}
	if err != nil {
		return res, fmt.Errorf("internal error: %w", err)
	}
	b, err := seal(obj, meta)
	if err != nil {
		return res, fmt.Errorf("internal error: write object: %w", err)
	}
	res.Object = b
	return res, nil
}

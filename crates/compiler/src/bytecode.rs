//! The register bytecode: instruction encoding, opcodes and the compiled-code
//! record the compiler hands to the VM.
//!
//! # Machine model
//!
//! Each call runs in a *frame window* of the VM's single value stack: a run
//! of `nregs` registers `R[0..nregs]`. Parameters occupy the first registers
//! in signature order (positional-or-keyword and positional-only, then
//! `*args`, then keyword-only, then `**kwargs`), then the other locals, then
//! the free-variable cells copied in from the closure (at `free_base`), then
//! temporaries. A caller places the callee and its arguments in consecutive
//! registers `R[A], R[A+1], ...`; the callee's window starts at the caller's
//! `R[A+1]`, so positional arguments are already in place (Lua style).
//!
//! `K[i]` is constant `i` of the code, `N[i]` is name `i` (an interned
//! identifier used for globals, attributes and imports).
//!
//! # Encoding
//!
//! Every instruction is one `u32` word: `op:8 | A:8 | B:8 | C:8` (bits 0..8
//! hold the opcode). Some instructions use `Bx` (B and C as one unsigned
//! 16-bit field) or `sBx` (the same, signed). Instructions that need more
//! (jump offsets, name and cache indexes) are followed by one *extension
//! word*, documented per opcode as `[ext: ...]`. Jump offsets are signed
//! 32-bit counts of words relative to the word after the extension word.
//!
//! Operands limit a frame to 256 registers; the compiler reports
//! "function too complex" beyond that (Lua has the same rule). Constant and
//! name indexes in extension words are 16-bit.
//!
//! # Conventions of the compiler's output (what the VM can rely on)
//!
//! - **Frame set-up.** Registers that are not arguments start unbound
//!   (`Clear`). The code then runs `MakeCell` for every register in
//!   `cellvars` (captured parameters keep their value inside the new cell).
//!   Free-variable cells are copied from the closure tuple into
//!   `free_base..` by the VM before the first instruction.
//! - **Locals** are registers; a read of a local that is not provably
//!   bound is preceded by `CheckBound`. Module code uses
//!   `LoadGlobal`/`StoreGlobal` for every name; class bodies use
//!   `LoadName`/`StoreName` (locals mapping = the class namespace),
//!   `LoadGlobal` for names declared `global`, `LoadClassDeref` for free
//!   variables and `LoadDeref`/`StoreDeref` for `nonlocal` ones.
//! - **Calls.** `Call A B`: callee in `R[A]`, arguments in `R[A+1..=A+B]`,
//!   result in `R[A]`; registers above `A` are free after the call.
//!   `LoadMethod A B` + `CallMethod A n`: `R[A]` the function (or the
//!   attribute), `R[A+1]` self (or unbound), arguments from `R[A+2]`.
//!   `CallEx A`: `R[A+1]` is a list (possibly a tuple) of positionals,
//!   `R[A+2]` a dict or None. Zero-argument `super()` inside a method is
//!   compiled as `super(__class__, <first parameter>)` (as MicroPython
//!   does), so the builtin `super` never inspects frames.
//! - **Functions.** `MakeFunction A B [k|flags]`: `R[B]` defaults tuple,
//!   `R[B+1]` keyword-only defaults dict (str keys), `R[B+2]` closure
//!   tuple of cells in the order of the code's `freevars`. Annotations are
//!   never evaluated (flag 8 is never set): Pycopy ignores them.
//! - **Classes.** `LoadBuildClass A; MakeFunction A+1 <body>; LoadConst
//!   A+2 'Name'; <bases> ; Call/CallKw/CallEx A`. The body function takes
//!   no arguments and runs with the new namespace as its locals mapping
//!   (`CLASS_BODY`). It first stores `__module__` (from `__name__`) and
//!   `__qualname__`, and `__doc__` when there is a docstring. When a
//!   method uses `super()` or `__class__`, the body owns a cell for
//!   `__class__` (register 0, listed in `cellvars`, created empty by
//!   `MakeCell`) that methods capture; the body ends with `SetClassCell
//!   r0; Return r0`. `__build_class__` must then store the new class into
//!   that cell (the returned value is the cell). Otherwise the body ends
//!   with `ReturnNone`.
//! - **Comprehensions** (list/set/dict and generator expressions) are
//!   functions with one parameter `.0` (register 0), the iterator of the
//!   first `for` (the caller evaluates the first iterable in its own scope
//!   and applies `GetIter`, or `GetAIter` for `async for`), called at once
//!   with `Call A 1`. The list/set/dict comprehension's function returns
//!   the container; a generator expression's function has the GENERATOR
//!   flag. A list/set/dict comprehension that awaits has the COROUTINE
//!   flag and the caller awaits the call's result; a generator expression
//!   that awaits has GENERATOR|COROUTINE (an async generator).
//! - **Exceptions.** On an exception at `pc` the VM finds the first entry
//!   with `start <= pc < end` (entries never overlap, so the order does not
//!   matter), truncates nothing (registers are the frame's), stores the
//!   exception object in `R[reg]` and jumps to `handler`. No entry: the
//!   frame is left and the exception propagates. A handler starts with
//!   `EnterExcept exc, prev` (the exception becomes the one being handled
//!   for bare `raise`, `sys.exc_info()` and implicit chaining; the previous
//!   one is saved in `prev`) and every way out runs `LeaveExcept prev`:
//!   normal ends, `return`/`break`/`continue` (inlined), and a nested
//!   cleanup entry (`LeaveExcept prev; Reraise r`) covering the handler
//!   body for exceptions raised inside it. `except E as e` clears `e` on
//!   every way out.
//! - **try/finally.** The final body is compiled on the normal path, inline
//!   before each `return`/`break`/`continue` leaving the `try`, and in the
//!   exception handler (`EnterExcept; body; LeaveExcept; Reraise exc`).
//!   A `return` evaluates its value first, then runs the inlined final
//!   bodies, then returns.
//! - **with.** `WithEnter A mgr` (`R[A]` = `__enter__()` result, `R[A+1]` =
//!   bound `__exit__`); the body is covered by a handler; normal exit and
//!   every `return`/`break`/`continue` run `WithExit A+1`; the handler runs
//!   `EnterExcept exc prev; WithExitExc A+1 exc; JumpIfTrue A+1 ->
//!   suppressed; LeaveExcept prev; Reraise exc; suppressed: LeaveExcept
//!   prev` and continues after the statement. `async with` uses
//!   `AsyncWithEnter` + await (`GetAwaitable; LoadNone v; YieldFrom it v`)
//!   and `AsyncWithExit` + await in the same places.
//! - **async for.** `GetAIter it obj`; each step `GetANext t it; LoadNone
//!   v; YieldFrom t v` inside a handler whose code is
//!   `JumpIfNotStopAsync exc -> reraise` then jumps to the `else`/exit.
//! - **Generators.** GENERATOR (and COROUTINE for `async def`) flags; a
//!   `return v` in a generator is `Return v` (the VM raises
//!   StopIteration(v)). `await x` is `GetAwaitable it x; LoadNone v;
//!   YieldFrom it v` with the result in `v`; `yield from x` uses
//!   `GetYieldFromIter` instead of `GetAwaitable`.

use alloc::boxed::Box;

/// One instruction word.
pub type Word = u32;

/// Opcode numbers. The comment on each gives its operands and effect.
///
/// `k` in a fused compare-and-branch is the C field: the branch is taken
/// when the comparison's truth equals `k != 0`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[repr(u8)]
pub enum Op {
    /// No operation.
    Nop = 0,

    // ---- moves and loads ----
    /// `R[A] = R[B]`
    Move,
    /// `R[A] = K[Bx]`
    LoadConst,
    /// `R[A] = sBx` (a small int)
    LoadInt,
    /// `R[A] = None`
    LoadNone,
    /// `R[A] = True`
    LoadTrue,
    /// `R[A] = False`
    LoadFalse,
    /// `R[A] = <unbound>`: `del` of a local, and frame set-up.
    Clear,
    /// Raise `UnboundLocalError` (a NameError subclass) if `R[A]` is
    /// unbound: "local variable referenced before assignment"
    /// (MicroPython's wording). `[ext: varnames index of the local (the
    /// same number as A) | 0]`
    CheckBound,

    // ---- names ----
    /// `R[A] = globals[N[n]]`, then builtins; NameError if neither.
    /// `[ext: n:16 | cache:16]`
    LoadGlobal,
    /// `globals[N[n]] = R[A]`  `[ext: n:16 | cache:16]`
    StoreGlobal,
    /// `del globals[N[n]]`  `[ext: n:16 | 0]`
    DeleteGlobal,
    /// Class bodies and `exec` with a locals mapping: `R[A] = locals[N[n]]`,
    /// then globals, then builtins.  `[ext: n:16 | 0]`
    LoadName,
    /// `locals[N[n]] = R[A]`  `[ext: n:16 | 0]`
    StoreName,
    /// `del locals[N[n]]`  `[ext: n:16 | 0]`
    DeleteName,
    /// In a class body, a free variable: `locals[N[n]]` if present, else the
    /// contents of the cell in `R[B]`. `[ext: n:16 | 0]`
    LoadClassDeref,

    // ---- cells (closures) ----
    /// `R[A] = new cell holding R[A]` (a parameter or local captured by an
    /// inner function; emitted at function entry).
    MakeCell,
    /// `R[A] = contents of cell R[B]`; NameError "free variable ..." or
    /// UnboundLocalError when empty. `[ext: N index of the name | 0]`
    LoadDeref,
    /// `contents of cell R[A] = R[B]`
    StoreDeref,
    /// Empty the cell `R[A]` (`del` of a cell variable).
    DeleteDeref,

    // ---- attributes and items ----
    /// `R[A] = R[B].N[n]`  `[ext: n:16 | cache:16]`
    GetAttr,
    /// `R[A].N[n] = R[B]`  `[ext: n:16 | cache:16]`
    SetAttr,
    /// `del R[A].N[n]`  `[ext: n:16 | 0]`
    DelAttr,
    /// `R[A] = R[B][R[C]]`
    GetItem,
    /// `R[A][R[B]] = R[C]`
    SetItem,
    /// `del R[A][R[B]]`
    DelItem,
    /// `R[A] = slice(R[B], R[B+1], R[B+2])` (absent parts are None)
    BuildSlice,

    // ---- arithmetic: R[A] = R[B] op R[C] ----
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    BitAnd,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `@`
    MatMul,
    /// `R[A] = R[B] + sC` (C is a signed 8-bit immediate)
    AddImm,
    /// `R[A] = R[B] - sC` (C is a signed 8-bit immediate)
    SubImm,
    /// In-place: `R[A] = R[A] op= R[B]`, where C is a [`BinOp`] number;
    /// tries `__iadd__`-style methods first, then the binary operator.
    InPlace,

    // ---- unary: R[A] = op R[B] ----
    /// `-`
    Neg,
    /// `+`
    Pos,
    /// `~`
    Invert,
    /// `not`
    Not,

    // ---- comparisons producing a value: R[A] = R[B] op R[C] ----
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in` (`R[B] in R[C]`)
    In,
    /// `not in`
    NotIn,

    // ---- jumps (all take `[ext: signed offset]`) ----
    /// Unconditional jump.
    Jump,
    /// Jump if `R[A]` is falsy.
    JumpIfFalse,
    /// Jump if `R[A]` is truthy.
    JumpIfTrue,
    /// Fused: jump if `(R[A] == R[B]) == k`.
    JumpEq,
    /// Fused: jump if `(R[A] != R[B]) == k`.
    JumpNe,
    /// Fused: jump if `(R[A] < R[B]) == k`.
    JumpLt,
    /// Fused: jump if `(R[A] <= R[B]) == k`.
    JumpLe,
    /// Fused: jump if `(R[A] > R[B]) == k`.
    JumpGt,
    /// Fused: jump if `(R[A] >= R[B]) == k`.
    JumpGe,
    /// Fused: jump if `(R[A] == sB) == k` (B is a signed 8-bit immediate).
    JumpEqImm,
    /// Fused: jump if `(R[A] != sB) == k`.
    JumpNeImm,
    /// Fused: jump if `(R[A] < sB) == k`.
    JumpLtImm,
    /// Fused: jump if `(R[A] <= sB) == k`.
    JumpLeImm,
    /// Fused: jump if `(R[A] > sB) == k`.
    JumpGtImm,
    /// Fused: jump if `(R[A] >= sB) == k`.
    JumpGeImm,
    /// Fused: jump if `(R[A] is R[B]) == k` (`is None` tests use a register
    /// holding None).
    JumpIs,

    // ---- iteration ----
    /// `R[A] = iter(R[B])`
    GetIter,
    /// The test at the bottom of a loop over iterator `R[A]`: the next
    /// item into `R[B]` and a jump back to the body, or fall through when
    /// exhausted. Loops enter with a `Jump` to it. `[ext: body offset]`
    ForIter,
    /// Specialised `for x in range(...)`, tested at the bottom. On entry
    /// `R[A]` holds the object the name `range` resolved to and
    /// `R[A+1..A+4]` start, stop, step (the compiler fills defaults 0 and
    /// 1). If `R[A]` is the builtin `range` and all three are small ints
    /// with step != 0, the loop runs on the counters in place: `R[B]` gets
    /// the first value and `R[A+1]` the next one. Otherwise `R[A]` becomes
    /// `iter(R[A](start, stop, step))`, iteration is generic, and `R[B]`
    /// gets its first item. A ValueError is raised for step 0 as `range`
    /// does. Execution falls into the loop body, or jumps when there is no
    /// first value. `[ext: offset of the loop's else part / exit]`
    ForRangePrep,
    /// After the body of a loop prepared by `ForRangePrep` (window at
    /// `R[A]`): the next value into `R[B]` and a jump back to the body,
    /// or fall through when exhausted. `[ext: offset of the body]`
    ForRangeNext,

    // ---- calls ----
    /// `R[A] = R[A](R[A+1], ..., R[A+B])`
    Call,
    /// `R[A] = R[A](R[A+1..], kw...)`: B positional arguments, then C
    /// keyword values whose names are the tuple constant
    /// `[ext: K index of the names tuple]`.
    CallKw,
    /// `R[A] = R[A](*R[A+1], **R[A+2])`; `R[A+1]` is a tuple or list,
    /// `R[A+2]` a dict or None.
    CallEx,
    /// Method lookup without a bound-method object: if `R[B].N[n]` is a
    /// plain function found on the type, `R[A] = function, R[A+1] = R[B]`;
    /// otherwise `R[A] = the attribute, R[A+1] = <unbound>`.
    /// `[ext: n:16 | cache:16]`; the site owns [`METHOD_CACHE_SLOTS`]
    /// consecutive cache slots from `cache` (a polymorphic inline cache).
    LoadMethod,
    /// `R[A] = call of the pair at R[A], R[A+1]` with B positional arguments
    /// in `R[A+2..]` (the self slot is skipped when unbound).
    CallMethod,
    /// As `CallMethod` with C keyword values after the B positional ones.
    /// `[ext: K index of the names tuple]`
    CallMethodKw,
    /// Return `R[A]` to the caller.
    Return,
    /// Return None.
    ReturnNone,

    // ---- building ----
    /// `R[A] = (R[B], ..., R[B+C-1])`
    BuildTuple,
    /// `R[A] = [R[B], ..., R[B+C-1]]`
    BuildList,
    /// `R[A] = {R[B], ..., R[B+C-1]}`
    BuildSet,
    /// `R[A] = {R[B]: R[B+1], ...}` with C pairs.
    BuildMap,
    /// `R[A].append(R[B])` (comprehensions, displays)
    ListAppend,
    /// `R[A].extend(R[B])` (starred items in displays)
    ListExtend,
    /// `R[A] = tuple(R[B])` (a list built for a starred tuple display)
    ListToTuple,
    /// `R[A].add(R[B])`
    SetAdd,
    /// `R[A] |= set(R[B])` (starred items in set displays)
    SetUpdate,
    /// `R[A][R[B]] = R[C]`, for dict comprehensions and displays.
    MapAdd,
    /// `R[A].update(R[B])` (`**` in dict displays); TypeError if not a
    /// mapping.
    DictUpdate,
    /// Like `DictUpdate` for call-site `**`: TypeError on duplicate keys
    /// ("got multiple values for keyword argument") or non-str keys.
    DictMerge,
    /// f-strings: `R[A] = format(R[B] after conversion, spec)`. C bits 0-1:
    /// conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`); bit 2: the spec is in
    /// `R[B+1]`.
    FormatValue,
    /// `R[A] = ''.join(R[B..B+C])` (all are str).
    BuildString,

    // ---- unpacking ----
    /// `R[A], ..., R[A+C-1] = R[B]` (exactly C items, else ValueError).
    UnpackSeq,
    /// Starred unpack of `R[B]` into `R[A..]`: `before` items, a list of
    /// the rest, `after` items. `[ext: before:16 | after:16]`
    UnpackEx,

    // ---- functions and classes ----
    /// `R[A] = new function from code K[k]` with, by flag bits:
    /// 1 = defaults tuple in `R[B]`, 2 = keyword-only defaults dict in
    /// `R[B+1]`, 4 = closure tuple (of cells) in `R[B+2]`,
    /// 8 = annotations dict in `R[B+3]`. `[ext: k:16 | flags:16]`
    MakeFunction,
    /// `R[A] = the builtin __build_class__`; the compiler then calls it as
    /// `__build_class__(body_function, name, *bases, **keywords)`.
    LoadBuildClass,
    /// In a method using `super()` or `__class__`: `R[A] = the class cell`
    /// contents (the compiler treats `__class__` as a free variable; this
    /// op is not needed when it does). Reserved.
    LoadClassCell,
    /// Class bodies: `R[A]` is the body's `__class__` cell; store it in the
    /// namespace as `__classcell__` (CPython's protocol) so that
    /// `__build_class__` fills it with the new class. Emitted just before
    /// `Return R[A]` at the end of the body.
    SetClassCell,

    // ---- exceptions ----
    /// B = 0: bare `raise` (re-raise the exception being handled, or
    /// RuntimeError "No active exception to reraise"); B = 1: raise `R[A]`
    /// (a class is instantiated); B = 2: `raise R[A] from R[A+1]`.
    Raise,
    /// Re-raise `R[A]` keeping its traceback (end of a `finally` handler or
    /// an unmatched `except` chain).
    Reraise,
    /// Jump unless exception `R[A]` matches `R[B]` (a class or a tuple of
    /// classes; TypeError if neither). `[ext: offset]`
    JumpIfNotExcMatch,
    /// Entering an `except` handler: `R[B] = the previously handled
    /// exception` (or unbound), then the handled exception becomes `R[A]`.
    EnterExcept,
    /// Leaving an `except` handler (normally or not): the handled exception
    /// is restored from `R[A]`.
    LeaveExcept,
    /// `R[A] = AssertionError` (the class), for `assert`.
    LoadAssertionError,

    // ---- context managers ----
    /// `R[A+1] = type(R[B]).__exit__` bound to `R[B]`, then
    /// `R[A] = type(R[B]).__enter__(R[B])`. AttributeError/TypeError if the
    /// object does not support the protocol.
    WithEnter,
    /// Normal exit of a `with` block: call `R[A](None, None, None)`.
    WithExit,
    /// Exceptional exit: call `R[A](type(e), e, tb)` with `e = R[B]`;
    /// `R[A] = ` its truth (the handler then re-raises when false).
    WithExitExc,
    /// `async with` entry: like `WithEnter` with `__aenter__`/`__aexit__`;
    /// `R[A]` receives the awaitable returned by `__aenter__`.
    AsyncWithEnter,

    // ---- generators and coroutines ----
    /// Yield `R[A]`; on resume the sent value is in `R[B]` (a thrown
    /// exception is raised here instead, as if by this instruction, so the
    /// exception table applies).
    Yield,
    /// Delegate to the iterator `R[A]` (`yield from`, `await`), first
    /// sending `R[B]`; yields what it yields; when it finishes,
    /// `R[B] = its return value`. A resumed generator re-executes this
    /// instruction with the sent value in `R[B]`.
    YieldFrom,
    /// `R[A] = iter(R[B])` for `yield from` (coroutines pass through).
    GetYieldFromIter,
    /// `R[A] = the awaitable's iterator`: coroutines as they are, others
    /// through `__await__`. TypeError "object X can't be used in 'await'
    /// expression".
    GetAwaitable,
    /// `R[A] = R[B].__aiter__()`
    GetAIter,
    /// `R[A] = awaitable of R[B].__anext__()`
    GetANext,
    /// Jump unless exception `R[A]` is a StopAsyncIteration (end of an
    /// `async for`). `[ext: offset]`
    JumpIfNotStopAsync,

    // ---- imports ----
    /// `R[A] = __import__(K[k], globals, None, fromlist=R[B], level=C)`;
    /// `R[B]` is None or a tuple of names. `[ext: k:16 | 0]`
    ImportName,
    /// `R[A] = R[B].N[n]`, falling back to importing the submodule
    /// `R[B].__name__ + '.' + N[n]`; ImportError "can't import name n".
    /// `[ext: n:16 | 0]`
    ImportFrom,
    /// `from R[A] import *` into the current globals (or locals mapping).
    ImportStar,

    // ---- misc ----
    /// REPL: print `repr(R[A])` unless None, and bind it to `_`.
    PrintExpr,
    /// Module/class body annotations: `__annotations__[K[k]] = R[A]` is
    /// not stored by Pycopy (annotations are parsed and ignored); reserved.
    SetupAnnotations,

    // ---- added by the compiler (append only) ----
    /// `async with` exit: C = 0: `R[A] = R[A](None, None, None)`;
    /// C = 1: `R[A] = R[A](type(e), e, e.__traceback__)` with `e = R[B]`.
    /// `R[A]` holds the bound `__aexit__` on entry and the awaitable it
    /// returned afterwards (the compiler then awaits it with
    /// `GetAwaitable`/`YieldFrom` and, for C = 1, tests the result's truth
    /// to decide whether the exception is suppressed).
    AsyncWithExit,
    /// In-place with a small int: `R[A] = R[A] op= sB`, where B is a
    /// signed 8-bit immediate and C a [`BinOp`] number (`x += 1`, `n //=
    /// 10`): the int fast path of `InPlace` without loading the constant.
    InPlaceImm,
    // The binary operators with a constant right operand, in `BinOp`
    // order: `R[A] = R[B] op K[C]` (`x * 0.5`, `n % 1000`, `s + "-"`), one
    // instruction instead of a constant load and the operator.
    /// `R[A] = R[B] + K[C]`
    AddK,
    /// `R[A] = R[B] - K[C]`
    SubK,
    /// `R[A] = R[B] * K[C]`
    MulK,
    /// `R[A] = R[B] / K[C]`
    TrueDivK,
    /// `R[A] = R[B] // K[C]`
    FloorDivK,
    /// `R[A] = R[B] % K[C]`
    ModK,
    /// `R[A] = R[B] ** K[C]`
    PowK,
    /// `R[A] = R[B] << K[C]`
    LShiftK,
    /// `R[A] = R[B] >> K[C]`
    RShiftK,
    /// `R[A] = R[B] & K[C]`
    BitAndK,
    /// `R[A] = R[B] | K[C]`
    BitOrK,
    /// `R[A] = R[B] ^ K[C]`
    BitXorK,
    /// `R[A] = R[B] @ K[C]`
    MatMulK,
    // Fused compare-and-branch with a constant: `if (R[A] op K[B]) == C:
    // pc += sExt` (`x < 0.0`, `s == "abc"`, `n > 1000`), in `JumpEq` order.
    /// `R[A] == K[B]` branch.
    JumpEqK,
    /// `R[A] != K[B]` branch.
    JumpNeK,
    /// `R[A] < K[B]` branch.
    JumpLtK,
    /// `R[A] <= K[B]` branch.
    JumpLeK,
    /// `R[A] > K[B]` branch.
    JumpGtK,
    /// `R[A] >= K[B]` branch.
    JumpGeK,
    /// `R[A] = R[B][sC]` (C is a signed 8-bit immediate index: `p[0]`,
    /// `t[-1]`).
    GetItemImm,
}

impl Op {
    /// Number of defined opcodes.
    pub const COUNT: usize = Op::GetItemImm as usize + 1;

    /// The operator of a `...K` opcode (`AddK` ... `MatMulK`), else None.
    #[inline(always)]
    pub fn k_operator(self) -> Option<BinOp> {
        BinOp::from_u8((self as u8).wrapping_sub(Op::AddK as u8))
    }

    /// The relation of a fused compare-and-branch, as 0..6 in `Eq, Ne,
    /// Lt, Le, Gt, Ge` order, for the register (`JumpEq`..), immediate
    /// (`JumpEqImm`..) and constant (`JumpEqK`..) forms; else None.
    #[inline(always)]
    pub fn jump_relation(self) -> Option<u8> {
        [Op::JumpEq, Op::JumpEqImm, Op::JumpEqK]
            .into_iter()
            .map(|first| (self as u8).wrapping_sub(first as u8))
            .find(|d| *d < 6)
    }

    /// The `...K` opcode of a binary operator.
    pub fn with_k(op: BinOp) -> Op {
        Op::from_u8(Op::AddK as u8 + op as u8).unwrap_or(Op::AddK)
    }

    /// Decodes an opcode byte (None for an unknown byte).
    #[inline]
    pub fn from_u8(b: u8) -> Option<Op> {
        if (b as usize) < Self::COUNT {
            // SAFETY: `Op` is `repr(u8)` with contiguous discriminants
            // 0..COUNT (no explicit values after `Nop = 0`), and `b` was
            // checked to be below COUNT.
            Some(unsafe { core::mem::transmute::<u8, Op>(b) })
        } else {
            None
        }
    }

    /// True if the instruction is followed by an extension word.
    pub fn has_ext(self) -> bool {
        use Op::*;
        matches!(
            self,
            CheckBound
                | LoadGlobal
                | StoreGlobal
                | DeleteGlobal
                | LoadName
                | StoreName
                | DeleteName
                | LoadClassDeref
                | LoadDeref
                | GetAttr
                | SetAttr
                | DelAttr
                | Jump
                | JumpIfFalse
                | JumpIfTrue
                | JumpEq
                | JumpNe
                | JumpLt
                | JumpLe
                | JumpGt
                | JumpGe
                | JumpEqImm
                | JumpNeImm
                | JumpLtImm
                | JumpLeImm
                | JumpGtImm
                | JumpGeImm
                | JumpEqK
                | JumpNeK
                | JumpLtK
                | JumpLeK
                | JumpGtK
                | JumpGeK
                | JumpIs
                | ForIter
                | ForRangePrep
                | ForRangeNext
                | CallKw
                | LoadMethod
                | CallMethodKw
                | UnpackEx
                | MakeFunction
                | JumpIfNotExcMatch
                | JumpIfNotStopAsync
                | ImportName
                | ImportFrom
        )
    }
}

/// Binary operator numbers used by [`Op::InPlace`] (C field) and by the
/// VM's generic binary-operation entry point.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[repr(u8)]
pub enum BinOp {
    /// `+`
    Add = 0,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    BitAnd,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `@`
    MatMul,
}

impl BinOp {
    /// Decodes a `BinOp` number.
    pub fn from_u8(b: u8) -> Option<BinOp> {
        use BinOp::*;
        Some(match b {
            0 => Add,
            1 => Sub,
            2 => Mul,
            3 => TrueDiv,
            4 => FloorDiv,
            5 => Mod,
            6 => Pow,
            7 => LShift,
            8 => RShift,
            9 => BitAnd,
            10 => BitOr,
            11 => BitXor,
            12 => MatMul,
            _ => return None,
        })
    }
}

// ---- instruction word helpers ----

/// Encodes `op A B C`.
#[inline]
pub const fn abc(op: Op, a: u8, b: u8, c: u8) -> Word {
    (op as u32) | ((a as u32) << 8) | ((b as u32) << 16) | ((c as u32) << 24)
}

/// Encodes `op A Bx` (unsigned 16-bit Bx).
#[inline]
pub const fn abx(op: Op, a: u8, bx: u16) -> Word {
    (op as u32) | ((a as u32) << 8) | ((bx as u32) << 16)
}

/// Encodes `op A sBx` (signed 16-bit).
#[inline]
pub const fn asbx(op: Op, a: u8, sbx: i16) -> Word {
    abx(op, a, sbx as u16)
}

/// Encodes an extension word holding two 16-bit fields.
#[inline]
pub const fn ext2(hi: u16, lo: u16) -> Word {
    ((hi as u32) << 16) | lo as u32
}

/// The opcode byte of a word.
#[inline]
pub const fn op_byte(w: Word) -> u8 {
    w as u8
}
/// Field A.
#[inline]
pub const fn arg_a(w: Word) -> usize {
    ((w >> 8) & 0xff) as usize
}
/// Field B.
#[inline]
pub const fn arg_b(w: Word) -> usize {
    ((w >> 16) & 0xff) as usize
}
/// Field C.
#[inline]
pub const fn arg_c(w: Word) -> usize {
    (w >> 24) as usize
}
/// Field B as a signed 8-bit immediate.
#[inline]
pub const fn arg_sb(w: Word) -> i64 {
    ((w >> 16) as u8 as i8) as i64
}
/// Field C as a signed 8-bit immediate.
#[inline]
pub const fn arg_sc(w: Word) -> i64 {
    ((w >> 24) as u8 as i8) as i64
}
/// Field Bx.
#[inline]
pub const fn arg_bx(w: Word) -> usize {
    (w >> 16) as usize
}
/// Field sBx.
#[inline]
pub const fn arg_sbx(w: Word) -> i64 {
    ((w >> 16) as u16 as i16) as i64
}
/// High 16 bits of an extension word (name/constant index).
#[inline]
pub const fn ext_hi(w: Word) -> usize {
    (w >> 16) as usize
}
/// Cache slots a `LoadMethod` site owns (consecutive, from its cache
/// index): one for its first receiver type, the others for further types
/// seen at the same site (`self.step()` over several task classes).
pub const METHOD_CACHE_SLOTS: u16 = 3;

/// Low 16 bits of an extension word (cache index / flags).
#[inline]
pub const fn ext_lo(w: Word) -> usize {
    (w & 0xffff) as usize
}
/// An extension word as a signed jump offset.
#[inline]
pub const fn ext_offset(w: Word) -> i64 {
    w as i32 as i64
}

// ---- compiled code (compiler output, host-side) ----

/// Properties of a code object.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Hash)]
pub struct CodeFlags(pub u16);

impl CodeFlags {
    /// The function takes `*args` (its register follows the positional
    /// parameters).
    pub const VARARGS: u16 = 1;
    /// The function takes `**kwargs` (its register follows the keyword-only
    /// parameters).
    pub const VARKEYWORDS: u16 = 2;
    /// Calling it creates a generator.
    pub const GENERATOR: u16 = 4;
    /// `async def`: calling it creates a coroutine.
    pub const COROUTINE: u16 = 8;
    /// Module-level code: names are globals.
    pub const MODULE: u16 = 16;
    /// A class body: runs with a namespace dict as locals (LoadName/StoreName).
    pub const CLASS_BODY: u16 = 32;
    /// A lambda, comprehension or generator expression (for naming only).
    pub const ANONYMOUS: u16 = 64;
    /// Interactive (REPL) code: expression statements print.
    pub const INTERACTIVE: u16 = 128;

    /// True if `flag` is set.
    #[inline]
    pub const fn has(self, flag: u16) -> bool {
        self.0 & flag != 0
    }
}

/// A constant of a code object. Big ints keep their digits; the VM builds
/// the heap objects when it loads the code.
#[derive(Clone, PartialEq, Debug)]
pub enum Constant {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// `...`
    Ellipsis,
    /// An int that fits in `i64`.
    Int(i64),
    /// A larger int literal: digits in `radix` without prefix or `_`.
    BigInt {
        /// 2, 8, 10 or 16.
        radix: u32,
        /// The digit characters.
        digits: Box<str>,
        /// True for a negative value (after constant folding).
        negative: bool,
    },
    /// A float.
    Float(f64),
    /// An imaginary literal `Nj`.
    Imaginary(f64),
    /// A str.
    Str(Box<str>),
    /// A bytes literal.
    Bytes(Box<[u8]>),
    /// A tuple of constants (folded tuples, keyword-name tuples, import
    /// from-lists).
    Tuple(Box<[Constant]>),
    /// A nested code object (function, lambda, class body, comprehension).
    Code(Box<CodeObject>),
}

/// One entry of the exception table: while `start <= pc < end`, an
/// exception jumps to `handler` with the exception object in register
/// `reg`. Entries are ordered innermost first; the first match wins.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ExcEntry {
    /// First covered word offset.
    pub start: u32,
    /// One past the last covered word offset.
    pub end: u32,
    /// Word offset of the handler.
    pub handler: u32,
    /// Register that receives the exception.
    pub reg: u8,
}

/// The compiler's output for one function, class body, comprehension or
/// module. Host-side data; the VM copies it into heap objects when loaded.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct CodeObject {
    /// Function name (`<module>`, `<lambda>`, `<listcomp>`, ...).
    pub name: Box<str>,
    /// Qualified name (`C.f.<locals>.g`).
    pub qualname: Box<str>,
    /// Source file name as given to the compiler.
    pub filename: Box<str>,
    /// Line of the `def`/`class`/first statement.
    pub first_line: u32,
    /// See [`CodeFlags`].
    pub flags: CodeFlags,
    /// Positional parameters, including positional-only ones.
    pub argcount: u16,
    /// How many of the positional parameters are positional-only.
    pub posonlyargcount: u16,
    /// Keyword-only parameters.
    pub kwonlyargcount: u16,
    /// Registers the frame needs (parameters, locals, cells, temporaries).
    pub nregs: u16,
    /// Names of all local variables by register (parameters first, in
    /// signature order incl. `*args`/`**kwargs`). Used for keyword-argument
    /// binding, `locals()`, and error messages.
    pub varnames: Box<[Box<str>]>,
    /// Names of the free variables; their cells are copied from the
    /// closure tuple into registers `free_base..free_base + len`.
    pub freevars: Box<[Box<str>]>,
    /// First register of the free-variable cells.
    pub free_base: u16,
    /// Registers of locals that are captured by inner functions (cells);
    /// the compiler also emits `MakeCell` for them at entry.
    pub cellvars: Box<[u16]>,
    /// The instruction words.
    pub code: Box<[Word]>,
    /// Constants `K[..]`.
    pub constants: Box<[Constant]>,
    /// Names `N[..]` (identifiers for globals, attributes, imports).
    pub names: Box<[Box<str>]>,
    /// Number of inline-cache slots the instructions refer to.
    pub ncaches: u16,
    /// Exception handlers, innermost first.
    pub exception_table: Box<[ExcEntry]>,
    /// Line table: `(word offset, line)` pairs in increasing offset order;
    /// an instruction's line is that of the last entry at or before it.
    pub lines: Box<[(u32, u32)]>,
    /// Docstring, if the body starts with a string literal.
    pub doc: Option<Box<str>>,
}

impl CodeObject {
    /// Source line of the instruction at word offset `pc`.
    pub fn line_at(&self, pc: u32) -> u32 {
        let idx = self.lines.partition_point(|&(off, _)| off <= pc);
        match idx.checked_sub(1).and_then(|i| self.lines.get(i)) {
            Some(&(_, line)) => line,
            None => self.first_line,
        }
    }
}

const _: () = assert!(Op::COUNT <= 256);

//! The [`Vm`]: heap + rooted interpreter state + HAL, with allocation,
//! string and error helpers used by everything else.

use crate::hal::Hal;
use crate::qstr::{self, q, STATIC, STATIC_COUNT};
use crate::types::{kind, TypeId};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use pycopy_gc::{AllocError, CollectorKind, GcRef, Heap, HeapError, RootSet, Scan, Value};

/// Marker for "a Python exception was raised"; the exception itself is in
/// [`State::exc`] (rooted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PyErr;

/// Result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// Most Python frames alive at once before "maximum recursion depth exceeded".
pub const MAX_FRAMES: usize = 10_000;
/// Most nested re-entries of the interpreter loop from native code.
pub const MAX_REENTRY: u32 = 1500;
/// Most value-stack slots.
pub const MAX_STACK: usize = 1 << 21;

/// One activation of Python code: a window of the value stack.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// The code object.
    pub code: Value,
    /// The function (or None for module code).
    pub func: Value,
    /// Globals dict.
    pub globals: Value,
    /// Locals mapping for class bodies (else None).
    pub locals: Value,
    /// The code's instruction slot in the code space (a small int, see
    /// `code_space.rs`).
    pub insns: Value,
    /// Constants tuple.
    pub consts: Value,
    /// Names tuple (qstrs).
    pub names: Value,
    /// Inline-cache block.
    pub caches: Value,
    /// The generator being run in this frame, or None.
    pub gen: Value,
    /// Next instruction (word index).
    pub pc: u32,
    /// First register's stack index.
    pub base: u32,
    /// Stack index the return value goes to (caller's register).
    pub ret: u32,
    /// Register count of the code (the window is `base..base + nregs`).
    pub nregs: u32,
    /// A generator loop frame pushed by `ForIter`: the caller's pc after a
    /// yield (its loop body; see `genframe`). Unused otherwise.
    pub resume: u32,
    /// Returning from this frame leaves the interpreter loop.
    pub entry: bool,
    /// An `__init__` frame: the caller's register keeps the instance.
    pub init: bool,
    /// A generator loop frame pushed by `YieldFrom` (else by `ForIter`);
    /// see `genframe`.
    pub yield_from: bool,
}

impl Frame {
    /// A plain frame (no class locals, generator, entry or init flag,
    /// starting at pc 0) of function `func` running `code`, whose value
    /// word `i` is `slot(i)`: the instruction, constant, name and cache
    /// blocks are read through it.
    #[inline(always)]
    pub fn for_code(
        func: Value,
        code: Value,
        slot: impl Fn(usize) -> Value,
        globals: Value,
        base: usize,
        ret: usize,
        nregs: usize,
    ) -> Frame {
        use crate::objects::func::{C_CACHES, C_CONSTS, C_INSNS, C_NAMES};
        Frame {
            code,
            func,
            globals,
            locals: Value::NONE,
            insns: slot(C_INSNS),
            consts: slot(C_CONSTS),
            names: slot(C_NAMES),
            caches: slot(C_CACHES),
            gen: Value::NONE,
            pc: 0,
            base: base as u32,
            ret: ret as u32,
            nregs: nregs as u32,
            resume: 0,
            entry: false,
            init: false,
            yield_from: false,
        }
    }

    /// The mapping that `StoreName`/`DeleteName` write to: the class-body or
    /// `exec` locals when present, else the module globals.
    #[inline]
    pub fn name_dict(&self) -> Value {
        if self.locals.is_none() {
            self.globals
        } else {
            self.locals
        }
    }
}

/// Everything the collector must see besides the heap itself.
#[derive(Debug, Default)]
pub struct State {
    /// The value stack; frames are windows of it; `len()` is the top.
    pub stack: crate::stack::ValueStack,
    /// Python frames, innermost last.
    pub frames: Vec<Frame>,
    /// The exception being raised (valid while a `PyErr` propagates).
    pub exc: Value,
    /// The exception being handled (`except` block), or None.
    pub handled: Value,
    /// The builtins dict.
    pub builtins: Value,
    /// `sys.modules` dict.
    pub modules: Value,
    /// The `sys` module.
    pub sys: Value,
    /// Heap strs of the dynamic qstrs, by id - STATIC_COUNT.
    pub qstrs: Vec<Value>,
    /// Open-addressing index over dynamic qstr ids (u32::MAX = empty).
    pub qindex: Vec<u32>,
    /// Hashes of the dynamic qstrs.
    pub qhash: Vec<i64>,
    /// Preallocated MemoryError instance.
    pub memerr: Value,
    /// Miscellaneous roots (native code's longer-lived values).
    pub misc: Vec<Value>,
    /// Bumped on any class-dict mutation; method caches validate against it.
    pub epoch: u64,
    /// Nested interpreter-loop entries from native code.
    pub reentry: u32,
    /// Return value of the last finished generator (StopIteration value).
    pub genret: Value,
    /// Containers whose `repr` is in progress (recursive ones print `[...]`).
    pub repr_stack: Vec<Value>,
}

impl RootSet for State {
    fn visit_roots(&mut self, v: &mut dyn FnMut(&mut Value)) {
        for x in self.stack.iter_mut() {
            v(x);
        }
        for f in self.frames.iter_mut() {
            v(&mut f.code);
            v(&mut f.func);
            v(&mut f.globals);
            v(&mut f.locals);
            v(&mut f.insns);
            v(&mut f.consts);
            v(&mut f.names);
            v(&mut f.caches);
            v(&mut f.gen);
        }
        v(&mut self.exc);
        v(&mut self.handled);
        v(&mut self.builtins);
        v(&mut self.modules);
        v(&mut self.sys);
        v(&mut self.memerr);
        v(&mut self.genret);
        for x in self.qstrs.iter_mut() {
            v(x);
        }
        for x in self.misc.iter_mut() {
            v(x);
        }
        for x in self.repr_stack.iter_mut() {
            v(x);
        }
    }
}

/// Arguments of a native call: `n` positional values then `nkw` keyword
/// values at `stack[base..]`, the keyword names in the tuple `kwnames`.
#[derive(Clone, Copy, Debug)]
pub struct Args {
    /// Stack index of the first argument.
    pub base: u32,
    /// Positional count.
    pub n: u32,
    /// Keyword count.
    pub nkw: u32,
    /// Tuple of keyword names (or None).
    pub kwnames: Value,
}

impl Args {
    /// No keyword arguments.
    pub fn pos(base: usize, n: usize) -> Args {
        Args {
            base: base as u32,
            n: n as u32,
            nkw: 0,
            kwnames: Value::NONE,
        }
    }

    /// The same call without its first positional argument (`T.__new__(cls,
    /// *args)` passing `*args` on).
    pub fn after_first(&self) -> Args {
        Args {
            base: self.base + 1,
            n: self.n.saturating_sub(1),
            nkw: self.nkw,
            kwnames: self.kwnames,
        }
    }
}

/// The virtual machine.
pub struct Vm {
    /// The object heap.
    pub heap: Heap,
    /// Rooted interpreter state.
    pub st: State,
    /// The port.
    pub hal: Box<dyn Hal>,
    /// Directory searched for imports before `sys.path` (set by the port).
    pub script_dir: String,
    /// Cached `__new__`/`__init__` lookups for instantiation.
    pub ctor_cache: crate::ctor_cache::CtorCache,
    /// Cached class attribute lookups for the inline caches' miss paths.
    pub lookup_cache: crate::ctor_cache::LookupCache,
    /// Instruction words of the loaded code objects.
    pub code_space: crate::code_space::CodeSpace,
}

impl core::fmt::Debug for Vm {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Vm").field("heap", &self.heap).finish()
    }
}

impl Vm {
    /// A VM with a heap of `bytes` bytes and the given collector.
    pub fn new(bytes: usize, collector: CollectorKind, hal: Box<dyn Hal>) -> Result<Vm, HeapError> {
        let heap = Heap::new(bytes, collector)?;
        let mut vm = Vm {
            heap,
            st: State {
                exc: Value::NONE,
                handled: Value::NONE,
                builtins: Value::NONE,
                modules: Value::NONE,
                sys: Value::NONE,
                memerr: Value::NONE,
                genret: Value::NONE,
                ..State::default()
            },
            hal,
            script_dir: String::new(),
            ctor_cache: crate::ctor_cache::CtorCache::default(),
            lookup_cache: crate::ctor_cache::LookupCache::default(),
            code_space: crate::code_space::CodeSpace::new(),
        };
        if vm.init().is_err() {
            return Err(HeapError::TooSmall {
                bytes,
                min: 64 * 1024,
            });
        }
        Ok(vm)
    }

    fn init(&mut self) -> PyResult<()> {
        self.init_qstrs();
        let me = crate::objects::exc::new_exc_raw(self, TypeId::MemoryError.value(), Value::NONE)?;
        self.st.memerr = me;
        self.st.modules = crate::objects::dict::new_dict(self, 8)?;
        self.st.builtins = crate::objects::dict::new_dict(self, 128)?;
        crate::builtins::install(self)?;
        crate::import::install_sys(self)?;
        crate::import::install_builtins_module(self)?;
        crate::registry::boot(self)?;
        Ok(())
    }

    // ------------------------------------------------------------ alloc

    /// Allocates an object; heap exhaustion raises MemoryError.
    #[inline]
    pub fn alloc(&mut self, k: u8, scan: Scan, words: usize) -> PyResult<GcRef> {
        match self.heap.alloc(k, scan, words, &mut self.st) {
            Ok(r) => Ok(r),
            Err(e) => self.alloc_retry(k, scan, words, e),
        }
    }

    /// Allocates a raw object of at least `nbytes` bytes.
    pub fn alloc_bytes(&mut self, k: u8, nbytes: usize) -> PyResult<GcRef> {
        match self.heap.alloc_bytes(k, nbytes, &mut self.st) {
            Ok(r) => Ok(r),
            Err(e) => self.alloc_retry(k, Scan::None, nbytes.div_ceil(8), e),
        }
    }

    /// Out of memory: give the spare room of str append buffers back to the
    /// heap (`objects/str_buf.rs`) and try once more before raising.
    #[cold]
    #[inline(never)]
    fn alloc_retry(&mut self, k: u8, scan: Scan, words: usize, e: AllocError) -> PyResult<GcRef> {
        if matches!(e, AllocError::OutOfMemory { .. }) {
            // Dead code objects are kept by the finaliser queue until
            // released: release them too (the retry's collection frees them).
            let released = self.release_dead_code();
            let trimmed = crate::objects::str_buf::trim_all(self);
            if released + trimmed == 0 {
                return Err(self.alloc_failed(e));
            }
            if let Ok(r) = self.heap.alloc(k, scan, words, &mut self.st) {
                return Ok(r);
            }
        }
        Err(self.alloc_failed(e))
    }

    #[cold]
    #[inline(never)]
    fn alloc_failed(&mut self, e: AllocError) -> PyErr {
        let n = match e {
            AllocError::OutOfMemory { requested_bytes } => requested_bytes,
            _ => 0,
        };
        let msg = match e {
            AllocError::Locked => String::from("memory allocation failed, heap is locked"),
            _ => alloc::format!("memory allocation failed, allocating {n} bytes"),
        };
        // Try to build a fresh exception with the message; when even that
        // fails use the preallocated instance.
        // While the heap is locked a fresh exception cannot be allocated
        // (and trying would recurse here): use the preallocated one.
        let fresh = if self.heap.is_locked() {
            Err(PyErr)
        } else {
            self.make_exc(TypeId::MemoryError, &msg)
        };
        if let Ok(v) = fresh {
            self.st.exc = v;
        } else {
            let me = self.st.memerr;
            if let Some(r) = me.as_ref() {
                self.heap.set(r, crate::objects::exc::TB, Value::NONE);
            }
            self.st.exc = me;
        }
        PyErr
    }

    /// Pushes a temp root; returns its index for [`Vm::root`].
    #[inline]
    pub fn push_root(&mut self, v: Value) -> usize {
        self.st.misc.push(v);
        self.st.misc.len() - 1
    }

    /// The value of temp root `i`.
    #[inline]
    pub fn root(&self, i: usize) -> Value {
        self.st.misc.get(i).copied().unwrap_or(Value::NONE)
    }

    /// Sets temp root `i`.
    #[inline]
    pub fn set_root(&mut self, i: usize, v: Value) {
        if let Some(s) = self.st.misc.get_mut(i) {
            *s = v;
        }
    }

    /// Drops temp roots down to `i` entries.
    #[inline]
    pub fn pop_roots(&mut self, i: usize) {
        self.st.misc.truncate(i);
    }

    /// The heap object kind of `v` (0 for non-references).
    #[inline(always)]
    pub fn kind_of(&self, v: Value) -> u8 {
        match v.as_ref() {
            Some(r) => self.heap.kind(r),
            None => 0,
        }
    }

    /// Value word `i` of heap object `v` (None if not an object).
    #[inline(always)]
    pub fn slot(&self, v: Value, i: usize) -> Value {
        match v.as_ref() {
            Some(r) => self.heap.get(r, i).unwrap_or(Value::NONE),
            None => Value::NONE,
        }
    }

    /// Sets value word `i` of heap object `v`.
    #[inline(always)]
    pub fn set_slot(&mut self, v: Value, i: usize, x: Value) {
        if let Some(r) = v.as_ref() {
            self.heap.set(r, i, x);
        }
    }

    /// Argument `i` of a native call.
    #[inline(always)]
    pub fn arg(&self, a: &Args, i: usize) -> Value {
        if i < a.n as usize {
            self.st
                .stack
                .get(a.base as usize + i)
                .copied()
                .unwrap_or(Value::NONE)
        } else {
            Value::NONE
        }
    }

    /// Keyword argument `name` of a native call, if given.
    pub fn kwarg(&self, a: &Args, name: u32) -> Option<Value> {
        let names = self.kwnames(a);
        for i in 0..a.nkw as usize {
            let k = self.tuple_get(names, i);
            if self.str_eq(k, Value::qstr(name)) {
                return self
                    .st
                    .stack
                    .get(a.base as usize + a.n as usize + i)
                    .copied();
            }
        }
        None
    }

    /// The keyword-name tuple of a call, read from its rooted stack slot just
    /// past the keyword values (`a.kwnames` is only valid until the next
    /// allocation under the compacting collector).
    #[inline]
    pub fn kwnames(&self, a: &Args) -> Value {
        if a.nkw == 0 {
            return Value::NONE;
        }
        self.st
            .stack
            .get(a.base as usize + a.n as usize + a.nkw as usize)
            .copied()
            .unwrap_or(a.kwnames)
    }

    /// Pushes `vals` on the stack top as native-call arguments.
    pub fn push_args(&mut self, vals: &[Value]) -> PyResult<Args> {
        let base = self.st.stack.len();
        if base + vals.len() > MAX_STACK || !self.st.stack.extend_from_slice(vals) {
            return Err(self.recursion_error());
        }
        Ok(Args::pos(base, vals.len()))
    }

    // ------------------------------------------------------------ strings

    /// The text of a str value (qstr or heap str).
    #[inline]
    pub fn str_of(&self, v: Value) -> Option<&str> {
        if let Some(id) = v.as_qstr() {
            return self.qstr_text(id);
        }
        let r = v.as_ref()?;
        if self.heap.kind(r) != kind::STR {
            return None;
        }
        crate::objects::str::heap_text(&self.heap, r)
    }

    /// The text of qstr `id`.
    pub fn qstr_text(&self, id: u32) -> Option<&str> {
        if id < STATIC_COUNT {
            STATIC.get(id as usize).copied()
        } else {
            let v = *self.st.qstrs.get((id - STATIC_COUNT) as usize)?;
            crate::objects::str::heap_text(&self.heap, v.as_ref()?)
        }
    }

    /// Whether `v` is a str (qstr or heap).
    #[inline]
    pub fn is_str(&self, v: Value) -> bool {
        v.is_qstr() || self.kind_of(v) == kind::STR
    }

    /// Equality of two strs by content (false if either is not a str).
    pub fn str_eq(&self, a: Value, b: Value) -> bool {
        if a == b {
            return true;
        }
        if a.is_qstr() && b.is_qstr() {
            return false;
        }
        match (self.str_of(a), self.str_of(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    /// A new str value; identifiers and short strings already interned come
    /// back as their qstr.
    /// (Hashes `s` once: see `objects::str::new_text`.)
    pub fn new_str(&mut self, s: &str) -> PyResult<Value> {
        crate::objects::str::new_text(self, s)
    }

    /// Finds an interned string by text.
    pub fn lookup_qstr(&self, s: &str) -> Option<u32> {
        self.lookup_qstr_hashed(s, qstr::str_hash(s.as_bytes()))
    }

    /// Finds an interned string by text and its hash `h` (`qstr::str_hash`).
    pub fn lookup_qstr_hashed(&self, s: &str, h: i64) -> Option<u32> {
        let n = self.st.qindex.len();
        if n == 0 {
            return None;
        }
        let mut i = (h as usize) & (n - 1);
        loop {
            let id = *self.st.qindex.get(i)?;
            if id == u32::MAX {
                return None;
            }
            if self.qstr_hash(id) == h && self.qstr_text(id) == Some(s) {
                return Some(id);
            }
            i = (i + 1) & (n - 1);
        }
    }

    /// Hash of qstr `id`.
    pub fn qstr_hash(&self, id: u32) -> i64 {
        if id < STATIC_COUNT {
            qstr::STATIC_HASH.get(id as usize).copied().unwrap_or(0)
        } else {
            self.st
                .qhash
                .get((id - STATIC_COUNT) as usize)
                .copied()
                .unwrap_or(0)
        }
    }

    /// Interns `s`, returning its qstr value.
    pub fn intern(&mut self, s: &str) -> PyResult<Value> {
        if let Some(id) = self.lookup_qstr(s) {
            return Ok(Value::qstr(id));
        }
        let total = STATIC_COUNT as usize + self.st.qstrs.len();
        if self.st.qindex.is_empty() || (total + 1) * 2 > self.st.qindex.len() {
            self.rebuild_qindex(((total + 1) * 4).next_power_of_two());
        }
        let sv = crate::objects::str::alloc_str(self, s)?;
        let id = STATIC_COUNT + self.st.qstrs.len() as u32;
        self.st.qstrs.push(sv);
        self.st.qhash.push(qstr::str_hash(s.as_bytes()));
        self.qindex_insert(id);
        Ok(Value::qstr(id))
    }

    fn rebuild_qindex(&mut self, size: usize) {
        self.st.qindex.clear();
        self.st.qindex.resize(size.max(16), u32::MAX);
        let total = STATIC_COUNT + self.st.qstrs.len() as u32;
        for id in 0..total {
            self.qindex_insert(id);
        }
    }

    fn qindex_insert(&mut self, id: u32) {
        let h = self.qstr_hash(id);
        let n = self.st.qindex.len();
        let mut i = (h as usize) & (n - 1);
        while let Some(slot) = self.st.qindex.get_mut(i) {
            if *slot == u32::MAX {
                *slot = id;
                return;
            }
            i = (i + 1) & (n - 1);
        }
    }

    /// Makes sure the static names are findable by text.
    pub(crate) fn init_qstrs(&mut self) {
        if self.st.qindex.is_empty() {
            self.rebuild_qindex((STATIC_COUNT as usize * 4).next_power_of_two());
        }
    }

    // ------------------------------------------------------------ errors

    /// Builds an exception instance of builtin type `t` with message `msg`.
    pub fn make_exc(&mut self, t: TypeId, msg: &str) -> PyResult<Value> {
        let s = self.new_str(msg)?;
        let mark = self.push_root(s);
        let args = crate::objects::tuple::new_tuple(self, &[s]);
        let args = match args {
            Ok(a) => a,
            Err(e) => {
                self.pop_roots(mark);
                return Err(e);
            }
        };
        self.pop_roots(mark);
        crate::objects::exc::new_exc_raw(self, t.value(), args)
    }

    /// Raises builtin exception `t` with `msg`.
    #[cold]
    #[inline(never)]
    pub fn raise(&mut self, t: TypeId, msg: &str) -> PyErr {
        match self.make_exc(t, msg) {
            Ok(v) => {
                self.st.exc = v;
                PyErr
            }
            Err(e) => e,
        }
    }

    /// Raises a ready exception value.
    pub fn raise_value(&mut self, v: Value) -> PyErr {
        self.st.exc = v;
        PyErr
    }

    /// `TypeError(msg)`.
    #[cold]
    pub fn type_error(&mut self, msg: &str) -> PyErr {
        self.raise(TypeId::TypeError, msg)
    }
    /// `ValueError(msg)`.
    #[cold]
    pub fn value_error(&mut self, msg: &str) -> PyErr {
        self.raise(TypeId::ValueError, msg)
    }
    /// `IndexError(msg)`.
    #[cold]
    pub fn index_error(&mut self, msg: &str) -> PyErr {
        self.raise(TypeId::IndexError, msg)
    }
    /// `AttributeError(msg)`.
    #[cold]
    pub fn attribute_error(&mut self, msg: &str) -> PyErr {
        self.raise(TypeId::AttributeError, msg)
    }
    /// `ZeroDivisionError(msg)`.
    #[cold]
    pub fn zero_division(&mut self, msg: &str) -> PyErr {
        self.raise(TypeId::ZeroDivisionError, msg)
    }
    /// `OverflowError` for a small-int result out of range (until bigints land).
    #[cold]
    pub fn int_overflow(&mut self) -> PyErr {
        self.raise(TypeId::OverflowError, "small int overflow")
    }
    /// `RuntimeError: maximum recursion depth exceeded`.
    #[cold]
    pub fn recursion_error(&mut self) -> PyErr {
        self.raise(TypeId::RecursionError, "maximum recursion depth exceeded")
    }
    /// `KeyError(key)`.
    #[cold]
    pub fn key_error(&mut self, key: Value) -> PyErr {
        match crate::objects::tuple::new_tuple(self, &[key])
            .and_then(|t| crate::objects::exc::new_exc_raw(self, TypeId::KeyError.value(), t))
        {
            Ok(v) => self.raise_value(v),
            Err(e) => e,
        }
    }

    /// Whether the pending exception is an instance of `t`.
    pub fn exc_matches(&self, t: TypeId) -> bool {
        let et = self.type_of(self.st.exc);
        self.is_subclass(et, t.value())
    }

    /// Name of a value's type (for messages).
    pub fn type_name(&self, v: Value) -> String {
        let t = self.type_of(v);
        String::from(self.class_name(t))
    }

    /// Name of a type value.
    pub fn class_name(&self, t: Value) -> &str {
        if let Some(id) = TypeId::from_value(t) {
            return crate::objects::desc(id).name;
        }
        let n = self.slot(t, crate::objects::class::NAME);
        self.str_of(n).unwrap_or("?")
    }

    /// Writes to stdout through the HAL.
    pub fn write_out(&mut self, s: &str) {
        self.hal.stdout(s.as_bytes());
    }

    /// Qstr value of built-in name `id`.
    #[inline(always)]
    pub fn q(&self, id: u32) -> Value {
        Value::qstr(id)
    }

    /// The `__name__` qstr (used by many modules).
    pub const NAME_Q: u32 = q::D_NAME;
}

//! The call protocol: calling any callable, pushing Python frames without
//! Rust recursion, and binding arguments into a frame window.

use crate::objects::func::{self, code_info, CodeInfo};
use crate::objects::{class, tuple};
use crate::qstr::q;
use crate::types::{kind, TypeId, SK_NATIVE, SK_TYPE};
use crate::vm::{Args, Frame, PyResult, Vm, MAX_FRAMES, MAX_STACK};
use alloc::vec::Vec;
use pycopy_gc::{GcRef, Value};

/// What a call did.
#[derive(Clone, Copy, Debug)]
pub enum Called {
    /// Finished with this result.
    Done(Value),
    /// Pushed a Python frame; the interpreter loop continues in it.
    Pushed,
}

/// Frame flag: returning leaves the interpreter loop.
pub const FL_ENTRY: u8 = 1;
/// Frame flag: an `__init__` call; the return value must be None and the
/// caller's register keeps the instance.
pub const FL_INIT: u8 = 2;

impl Vm {
    /// Calls `f(*args)` from native code (re-enters the loop for Python
    /// functions).
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        let idx = self.st.stack.len();
        if idx + args.len() + 1 > MAX_STACK
            || !(self.st.stack.push(f) && self.st.stack.extend_from_slice(args))
        {
            self.st.stack.truncate(idx);
            return Err(self.recursion_error());
        }
        let r = self.call_at(idx, args.len(), 0, Value::NONE, FL_ENTRY);
        let r = match r {
            Ok(Called::Done(v)) => Ok(v),
            Ok(Called::Pushed) => self.run_entry(),
            Err(e) => Err(e),
        };
        self.st.stack.truncate(idx);
        r
    }

    /// Calls with keyword arguments from native code.
    pub fn call_kw(
        &mut self,
        f: Value,
        args: &[Value],
        kwnames: Value,
        kwvals: &[Value],
    ) -> PyResult<Value> {
        let idx = self.st.stack.len();
        if idx + args.len() + kwvals.len() + 1 > MAX_STACK
            || !(self.st.stack.push(f)
                && self.st.stack.extend_from_slice(args)
                && self.st.stack.extend_from_slice(kwvals))
        {
            self.st.stack.truncate(idx);
            return Err(self.recursion_error());
        }
        let r = self.call_at(idx, args.len(), kwvals.len(), kwnames, FL_ENTRY);
        let r = match r {
            Ok(Called::Done(v)) => Ok(v),
            Ok(Called::Pushed) => self.run_entry(),
            Err(e) => Err(e),
        };
        self.st.stack.truncate(idx);
        r
    }

    pub(crate) fn run_entry(&mut self) -> PyResult<Value> {
        if self.st.reentry >= crate::vm::MAX_REENTRY {
            // Undo the pushed frame before raising.
            if let Some(f) = self.st.frames.pop() {
                self.st.stack.truncate(f.ret as usize + 1);
            }
            return Err(self.recursion_error());
        }
        self.st.reentry += 1;
        let r = self.run();
        self.st.reentry -= 1;
        match r {
            Ok(crate::interp::Exit::Return(v)) => Ok(v),
            Ok(crate::interp::Exit::Yield(_)) => Err(self.type_error("unexpected yield")),
            Err(e) => Err(e),
        }
    }

    /// Calls the callable at `stack[idx]` with `n` positional then `nkw`
    /// keyword values after it. Python functions get a frame pushed (with
    /// `flags`); everything else runs now.
    pub fn call_at(
        &mut self,
        idx: usize,
        n: usize,
        nkw: usize,
        kwnames: Value,
        flags: u8,
    ) -> PyResult<Called> {
        if nkw > 0 {
            // Keep the keyword names rooted (and movable) in the slot just
            // past the keyword values; readers use `Vm::kwnames`.
            let at = idx + 1 + n + nkw;
            if at >= MAX_STACK {
                return Err(self.recursion_error());
            }
            if self.st.stack.len() <= at {
                self.st.stack.resize(at + 1, Value::EMPTY);
            }
            if let Some(s) = self.st.stack.get_mut(at) {
                *s = kwnames;
            }
        }
        let f = self.st.stack.get(idx).copied().unwrap_or(Value::NONE);
        if let Some(r) = f.as_ref() {
            match self.heap.kind(r) {
                kind::FUNC => return self.push_frame(f, idx + 1, n, nkw, kwnames, idx, flags),
                kind::BOUND | kind::NATIVE_BOUND => {
                    let func = self.heap.get(r, 0).unwrap_or(Value::NONE);
                    let obj = self.heap.get(r, 1).unwrap_or(Value::NONE);
                    self.insert_arg(idx + 1, n + nkw + usize::from(nkw > 0), obj)?;
                    if let Some(s) = self.st.stack.get_mut(idx) {
                        *s = func;
                    }
                    return self.call_at(idx, n + 1, nkw, kwnames, flags);
                }
                kind::CLASS => return self.instantiate(idx, n, nkw, kwnames, flags),
                kind::CLASSMETHOD | kind::STATICMETHOD => {}
                _ => {
                    let t = self.type_of(f);
                    if let Some(c) = class::lookup(self, t, Value::qstr(q::D_CALL)) {
                        self.insert_arg(idx + 1, n + nkw + usize::from(nkw > 0), f)?;
                        if let Some(s) = self.st.stack.get_mut(idx) {
                            *s = c;
                        }
                        return self.call_at(idx, n + 1, nkw, kwnames, flags);
                    }
                }
            }
        }
        let args = Args {
            base: (idx + 1) as u32,
            n: n as u32,
            nkw: nkw as u32,
            kwnames,
        };
        match f.as_static() {
            Some((SK_NATIVE, id)) => {
                if id >> 16 > 1 && n > 0 {
                    // A builtin type's method called on an instance of a
                    // subclass works on the builtin value inside it.
                    let s = self.st.stack.get(idx + 1).copied().unwrap_or(Value::NONE);
                    // (Slot methods take the receiver itself: `objects::slots`.)
                    if self.kind_of(s) == kind::INSTANCE && !crate::objects::slots::is_slot(id) {
                        let b = self.base_value(s);
                        if b != s && !b.is_none() {
                            if let Some(slot) = self.st.stack.get_mut(idx + 1) {
                                *slot = b;
                            }
                        }
                    }
                    crate::objects::corefns::check_self(self, id, idx + 1, n, nkw)?;
                }
                if let Some(d) = crate::builtins::native(id) {
                    return (d.f)(self, args).map(Called::Done);
                }
            }
            Some((SK_TYPE, _)) => {
                if let Some(t) = TypeId::from_value(f) {
                    if t.is_exception() {
                        return crate::builtins::exc_call(self, f, args).map(Called::Done);
                    }
                    if let Some(new) = crate::objects::desc(t).new {
                        return new(self, args).map(Called::Done);
                    }
                    let m = alloc::format!(
                        "cannot create '{}' instances",
                        crate::objects::desc(t).name
                    );
                    return Err(self.type_error(&m));
                }
            }
            _ => {}
        }
        let m = alloc::format!("'{}' object isn't callable", self.type_name(f));
        Err(self.type_error(&m))
    }

    /// Inserts `v` at stack index `at`, shifting `count` values up.
    pub(crate) fn insert_arg(&mut self, at: usize, count: usize, v: Value) -> PyResult<()> {
        let end = at + count;
        if end + 1 > MAX_STACK {
            return Err(self.recursion_error());
        }
        if self.st.stack.len() < end + 1 {
            self.st.stack.resize(end + 1, Value::EMPTY);
        }
        if let Some(s) = self.st.stack.get_mut(at..=end) {
            s.rotate_right(1);
            s[0] = v;
        }
        Ok(())
    }

    /// Pushes a frame for Python function `f` whose arguments are at
    /// `stack[args..]`; the result goes to `stack[ret]`.
    #[allow(clippy::too_many_arguments)]
    pub fn push_frame(
        &mut self,
        f: Value,
        args: usize,
        n: usize,
        nkw: usize,
        kwnames: Value,
        ret: usize,
        flags: u8,
    ) -> PyResult<Called> {
        if self.st.frames.len() >= MAX_FRAMES {
            return Err(self.recursion_error());
        }
        let code = self.slot(f, func::F_CODE);
        let info = code_info(self, code);
        let end = args + info.nregs;
        if end > MAX_STACK {
            return Err(self.recursion_error());
        }
        let simple = nkw == 0
            && n == info.argcount
            && info.kwonly == 0
            && info.flags & (crate::types::VARARGS | crate::types::VARKEYWORDS) == 0;
        let f = if simple {
            self.st.stack.open_window(args + n, end);
            f
        } else {
            if self.st.stack.len() < end {
                self.st.stack.resize(end, Value::EMPTY);
            }
            // Binding may allocate (*args, **kwargs): keep `f` rooted.
            let mark = self.push_root(f);
            let r = self.bind_args(f, code, &info, args, n, nkw, kwnames);
            let f = self.root(mark);
            self.pop_roots(mark);
            r?;
            f
        };
        // One header decode per object: read the function's and the code's
        // slots through their value slices (nothing allocates from here to
        // the generator check).
        let fv = f.as_ref().map_or(&[][..], |r| self.heap.values(r));
        let fslot = |i: usize| fv.get(i).copied().unwrap_or(Value::NONE);
        let (code, globals) = (fslot(func::F_CODE), fslot(func::F_GLOBALS));
        let cv = code.as_ref().map_or(&[][..], |r| self.heap.values(r));
        let frame = Frame {
            entry: flags & FL_ENTRY != 0,
            init: flags & FL_INIT != 0,
            ..Frame::for_code(
                f,
                code,
                |i| cv.get(i).copied().unwrap_or(Value::NONE),
                globals,
                args,
                ret,
                info.nregs,
            )
        };
        let nfree = cv.get(func::C_NFREE).and_then(|v| v.as_int()).unwrap_or(0) as usize;
        self.st.stack.truncate(end);
        if nfree > 0 {
            self.load_free_vars(f, args + info.free_base, nfree);
        }
        if info.flags & (crate::types::GENERATOR | crate::types::COROUTINE) != 0 {
            let g = func::new_generator(self, f, args, info.nregs)?;
            return Ok(Called::Done(g));
        }
        self.st.frames.push(frame);
        Ok(Called::Pushed)
    }

    /// The call fast path of the interpreter loop: when `stack[idx]` is a
    /// plain Python function (not a generator or coroutine, no `*args`,
    /// `**kwargs` or keyword-only parameters) called with exactly its `n`
    /// positional parameters, pushes its frame (result to `stack[ret]`)
    /// and returns true. Otherwise returns false and changes nothing; the
    /// caller takes the general path (`call_at`).
    #[inline(always)]
    pub fn push_simple(&mut self, idx: usize, n: usize, ret: usize) -> bool {
        let Some(f) = self.st.stack.get(idx).copied() else {
            return false;
        };
        let Some(pf) = self.plain_function(f, n) else {
            return false;
        };
        let args = idx + 1;
        let end = args + pf.nregs;
        if self.st.frames.len() >= MAX_FRAMES || end > MAX_STACK {
            return false;
        }
        let frame = pf.frame(self, f, args, ret);
        self.st.stack.open_window(args + n, end);
        self.st.frames.push(frame);
        if pf.nfree > 0 {
            self.load_free_vars(f, args + pf.free_base, pf.nfree);
        }
        true
    }

    /// What a call needs of `f` when it is a plain Python function (not a
    /// generator or coroutine, no `*args`, `**kwargs` or keyword-only
    /// parameters) taking exactly `n` positional parameters; None
    /// otherwise. Reads the function's and its code's fixed fields.
    #[inline(always)]
    pub(crate) fn plain_function(&self, f: Value, n: usize) -> Option<PlainFn> {
        const NOT_SIMPLE: u16 = crate::types::VARARGS
            | crate::types::VARKEYWORDS
            | crate::types::GENERATOR
            | crate::types::COROUTINE;
        let fr = f.as_ref()?;
        if self.heap.kind(fr) != kind::FUNC {
            return None;
        }
        // Fixed layouts from here: a function's code is always a code
        // object (set once when the function is made).
        let heap = &self.heap;
        let code = heap.field(fr, func::F_CODE);
        let cr = code.as_ref()?;
        let a = heap.field(cr, func::C_ARGS).as_int()?;
        let r = heap.field(cr, func::C_REGS).as_int()?;
        // argcount in bits 0..16, kwonly in 32..48; flags in 16..32 of r.
        let flags = ((r >> 16) & 0xffff) as u16;
        if a & 0xffff_0000_ffff != n as i64 || flags & NOT_SIMPLE != 0 {
            return None;
        }
        Some(PlainFn {
            code: cr,
            globals: heap.field(fr, func::F_GLOBALS),
            nregs: (r & 0xffff) as usize,
            free_base: ((r >> 32) & 0xffff) as usize,
            nfree: heap.field(cr, func::C_NFREE).as_int().unwrap_or(0) as usize,
        })
    }

    /// Copies function `f`'s closure cells into registers `at..at + n`.
    pub(crate) fn load_free_vars(&mut self, f: Value, at: usize, n: usize) {
        // `f` is a function (its callers checked): its closure is a field.
        let Some(cl) = f
            .as_ref()
            .and_then(|r| self.heap.field(r, func::F_CLOSURE).as_ref())
        else {
            return;
        };
        let cells = self.heap.values(cl);
        if let (Some(src), Some(dst)) = (cells.get(..n), self.st.stack.get_mut(at..at + n)) {
            dst.copy_from_slice(src);
        }
    }

    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn bind_args(
        &mut self,
        f: Value,
        code: Value,
        info: &CodeInfo,
        args: usize,
        n: usize,
        nkw: usize,
        kwnames: Value,
    ) -> PyResult<()> {
        // `f` (rooted by the caller) and `code` are re-read after allocations below.
        let _ = (f, code);
        let varargs = info.flags & crate::types::VARARGS != 0;
        let varkw = info.flags & crate::types::VARKEYWORDS != 0;
        let nparams = info.argcount + usize::from(varargs) + info.kwonly + usize::from(varkw);
        // Allocate *args and **kwargs first (the arguments are rooted on the stack).
        let mark = self.st.misc.len();
        let mut star = Value::NONE;
        if varargs {
            let extra: Vec<Value> = if n > info.argcount {
                self.st
                    .stack
                    .get(args + info.argcount..args + n)
                    .unwrap_or(&[])
                    .to_vec()
            } else {
                Vec::new()
            };
            star = tuple::new_tuple(self, &extra)?;
        }
        // Too many positionals is reported after the keywords are checked
        // (as CPython does), with the count of keyword-only ones given.
        let too_many = !varargs && n > info.argcount;
        self.push_root(star);
        let mut kwd = Value::NONE;
        if varkw {
            let d = crate::objects::dict::new_dict(self, 0);
            let d = match d {
                Ok(d) => d,
                Err(e) => {
                    self.pop_roots(mark);
                    return Err(e);
                }
            };
            self.push_root(d);
            for i in 0..nkw {
                let kwnames = self
                    .st
                    .stack
                    .get(args + n + nkw)
                    .copied()
                    .unwrap_or(kwnames);
                let f = self.root(mark - 1);
                let code = self.slot(f, func::F_CODE);
                let varnames = self.slot(code, func::C_VARNAMES);
                let k = self.tuple_get(kwnames, i);
                let is_param = self.param_index(varnames, info, varargs, k).is_some();
                if !is_param {
                    let v = self
                        .st
                        .stack
                        .get(args + n + i)
                        .copied()
                        .unwrap_or(Value::NONE);
                    let d = self.root(mark + 1);
                    if let Err(e) = crate::objects::dict::set(self, d, k, v) {
                        self.pop_roots(mark);
                        return Err(e);
                    }
                }
            }
            kwd = self.root(mark + 1);
        }
        let star = self.root(mark);
        self.pop_roots(mark);
        // Re-read everything an allocation may have moved.
        let f = self.root(mark - 1);
        let code = self.slot(f, func::F_CODE);
        let varnames = self.slot(code, func::C_VARNAMES);
        let kwnames = self
            .st
            .stack
            .get(args + n + nkw)
            .copied()
            .unwrap_or(kwnames);
        // No allocation below, except for error messages.
        let mut regs: Vec<Value> = alloc::vec![Value::EMPTY; nparams];
        for (i, r) in regs.iter_mut().enumerate().take(n.min(info.argcount)) {
            *r = self.st.stack.get(args + i).copied().unwrap_or(Value::NONE);
        }
        if varargs {
            regs[info.argcount] = star;
        }
        if varkw {
            regs[nparams - 1] = kwd;
        }
        for i in 0..nkw {
            let k = self.tuple_get(kwnames, i);
            let v = self
                .st
                .stack
                .get(args + n + i)
                .copied()
                .unwrap_or(Value::NONE);
            match self.param_index(varnames, info, varargs, k) {
                Some(j) => {
                    if !regs[j].is_empty() {
                        return Err(self.multiple_values_error(f, k));
                    }
                    regs[j] = v;
                }
                None if varkw => {}
                None => return Err(self.unexpected_kw_error(f, info.posonly, kwnames, nkw, k)),
            }
        }
        let kwstart = info.argcount + usize::from(varargs);
        if too_many {
            let kwonly_given = regs
                .get(kwstart..kwstart + info.kwonly)
                .unwrap_or(&[])
                .iter()
                .filter(|v| !v.is_empty())
                .count();
            return Err(self.too_many_positional_error(f, info.argcount, n, kwonly_given));
        }
        let defaults = self.slot(f, func::F_DEFAULTS);
        let nd = if defaults.is_none() {
            0
        } else {
            tuple::len(self, defaults)
        };
        let required = info.argcount.saturating_sub(nd);
        if regs.iter().take(required).any(|v| v.is_empty()) {
            let missing: Vec<usize> = (0..required).filter(|&i| regs[i].is_empty()).collect();
            return Err(self.missing_args_error(f, false, &missing));
        }
        #[allow(clippy::needless_range_loop)] // `i` also indexes defaults
        for i in required..info.argcount {
            if regs[i].is_empty() {
                regs[i] = self.tuple_get(defaults, i - required);
            }
        }
        let kwdefs = self.slot(f, func::F_KWDEFAULTS);
        let mut kw_missing = false;
        #[allow(clippy::needless_range_loop)] // `j` also indexes varnames
        for j in kwstart..kwstart + info.kwonly {
            if regs[j].is_empty() {
                let pname = self.tuple_get(varnames, j);
                let dv = if kwdefs.is_none() {
                    None
                } else {
                    crate::objects::dict::get_str(self, kwdefs, pname)
                };
                match dv {
                    Some(v) => regs[j] = v,
                    None => kw_missing = true,
                }
            }
        }
        if kw_missing {
            let missing: Vec<usize> = (kwstart..kwstart + info.kwonly)
                .filter(|&j| regs[j].is_empty())
                .collect();
            return Err(self.missing_args_error(f, true, &missing));
        }
        let end = args + info.nregs;
        if self.st.stack.len() < end {
            self.st.stack.resize(end, Value::EMPTY);
        }
        if let Some(s) = self.st.stack.get_mut(args..end) {
            s.fill(Value::EMPTY);
            for (d, v) in s.iter_mut().zip(regs) {
                *d = v;
            }
        }
        Ok(())
    }

    fn param_index(
        &self,
        varnames: Value,
        info: &CodeInfo,
        varargs: bool,
        k: Value,
    ) -> Option<usize> {
        for j in info.posonly..info.argcount {
            if self.str_eq(self.tuple_get(varnames, j), k) {
                return Some(j);
            }
        }
        let kwstart = info.argcount + usize::from(varargs);
        (kwstart..kwstart + info.kwonly).find(|&j| self.str_eq(self.tuple_get(varnames, j), k))
    }
}

/// A plain Python function's call facts (see [`Vm::plain_function`]),
/// valid until the next allocation.
pub(crate) struct PlainFn {
    /// The code object.
    pub code: GcRef,
    /// The function's globals.
    pub globals: Value,
    /// Registers of its frame.
    pub nregs: usize,
    /// First register of its free variables.
    pub free_base: usize,
    /// Number of free variables.
    pub nfree: usize,
}

impl PlainFn {
    /// A plain frame running it as function `f`, registers from `base`,
    /// result to `ret`.
    #[inline(always)]
    pub(crate) fn frame(&self, vm: &Vm, f: Value, base: usize, ret: usize) -> Frame {
        let cr = self.code;
        let slot = |i: usize| vm.heap.field(cr, i);
        Frame::for_code(
            f,
            Value::from_ref(cr),
            slot,
            self.globals,
            base,
            ret,
            self.nregs,
        )
    }
}

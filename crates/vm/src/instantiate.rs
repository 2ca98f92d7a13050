//! Calling a user class: the general protocol (`__new__`, a builtin
//! base's value, `__init__`) and a fast path for the common class whose
//! `__new__` is `object.__new__` and whose `__init__` is a plain Python
//! function (`ctor_cache::F_FAST`): one allocation sized from the class's
//! attribute hint, then the `__init__` frame pushed directly.

use crate::call::{Called, FL_ENTRY, FL_INIT};
use crate::objects::{class, tuple};
use crate::types::{kind, TypeId};
use crate::vm::{Args, Frame, PyResult, Vm, MAX_FRAMES, MAX_STACK};
use alloc::vec::Vec;
use pycopy_gc::{Scan, Value};

impl Vm {
    /// Calls user class `stack[idx]` with `n` positional and `nkw`
    /// keyword arguments after it: `__new__` then `__init__` (whose frame
    /// is pushed with `FL_INIT`), or the fast path for plain classes.
    pub(crate) fn instantiate(
        &mut self,
        idx: usize,
        n: usize,
        nkw: usize,
        kwnames: Value,
        flags: u8,
    ) -> PyResult<Called> {
        let cls = self.st.stack.get(idx).copied().unwrap_or(Value::NONE);
        if crate::ctor_cache::class_info(self, cls) & crate::ctor_cache::F_FAST != 0 {
            return self.instantiate_fast(idx, n, nkw, kwnames, flags);
        }
        let (newf, initf) = crate::ctor_cache::new_and_init(self, cls);
        // A mutable builtin base (list, dict, ...) starts empty when a Python
        // `__init__` fills it (through `super().__init__(...)`).
        let empty_base = initf.is_some_and(|i| self.kind_of(i) == kind::FUNC);
        let obj = match newf {
            Some(nf)
                if self.kind_of(nf) == kind::FUNC || self.kind_of(nf) == kind::STATICMETHOD =>
            {
                let nf = if self.kind_of(nf) == kind::STATICMETHOD {
                    self.slot(nf, 0)
                } else {
                    nf
                };
                let mut argv: Vec<Value> = alloc::vec![cls];
                argv.extend(
                    self.st
                        .stack
                        .get(idx + 1..idx + 1 + n)
                        .unwrap_or(&[])
                        .iter()
                        .copied(),
                );
                let kwv: Vec<Value> = self
                    .st
                    .stack
                    .get(idx + 1 + n..idx + 1 + n + nkw)
                    .unwrap_or(&[])
                    .to_vec();
                let o = self.call_kw(nf, &argv, kwnames, &kwv)?;
                let cls = self.st.stack.get(idx).copied().unwrap_or(Value::NONE);
                if !self.is_instance(o, cls) {
                    return Ok(Called::Done(o));
                }
                o
            }
            _ => {
                let base = self.builtin_base(cls);
                let o = class::new_instance(self, cls)?;
                if base != TypeId::Object && !base.is_exception() {
                    // Subclass of a builtin: build the builtin value from the args.
                    let bn = crate::objects::desc(base).new;
                    let mark = self.push_root(o);
                    let (bn_n, bn_kw) = if empty_base && crate::objects::slots::init_fills(base) {
                        (0, 0)
                    } else {
                        (n, nkw)
                    };
                    let bv = match bn {
                        Some(new) => new(
                            self,
                            Args {
                                base: (idx + 1) as u32,
                                n: bn_n as u32,
                                nkw: bn_kw as u32,
                                kwnames,
                            },
                        ),
                        None => Ok(Value::NONE),
                    };
                    let o = self.root(mark);
                    self.pop_roots(mark);
                    self.set_slot(o, class::I_BASE, bv?);
                    o
                } else {
                    o
                }
            }
        };
        let cls = self.st.stack.get(idx).copied().unwrap_or(Value::NONE);
        let (_, init) = crate::ctor_cache::new_and_init(self, cls);
        match init {
            Some(i) if self.kind_of(i) == kind::FUNC => {
                if let Some(s) = self.st.stack.get_mut(idx) {
                    *s = obj;
                }
                self.insert_arg(idx + 1, n + nkw + usize::from(nkw > 0), obj)?;
                self.push_frame(i, idx + 1, n + 1, nkw, kwnames, idx, flags | FL_INIT)
            }
            _ => {
                if self.kind_of(obj) == kind::EXC {
                    let args: Vec<Value> = self
                        .st
                        .stack
                        .get(idx + 1..idx + 1 + n)
                        .unwrap_or(&[])
                        .to_vec();
                    let mark = self.push_root(obj);
                    let t = tuple::new_tuple(self, &args);
                    let obj = self.root(mark);
                    self.pop_roots(mark);
                    self.set_slot(obj, crate::objects::exc::ARGS, t?);
                    return Ok(Called::Done(obj));
                }
                if newf.is_none()
                    && (n > 0 || nkw > 0)
                    && init.is_none()
                    && self.builtin_base(cls) == TypeId::Object
                {
                    let m = alloc::format!("{}() takes no arguments", self.class_name(cls));
                    return Err(self.type_error(&m));
                }
                Ok(Called::Done(obj))
            }
        }
    }

    /// The fast path of [`Vm::instantiate`] for a class with `F_FAST`.
    fn instantiate_fast(
        &mut self,
        idx: usize,
        n: usize,
        nkw: usize,
        kwnames: Value,
        flags: u8,
    ) -> PyResult<Called> {
        let cls = self.st.stack.get(idx).copied().unwrap_or(Value::NONE);
        let hint = class::instance_hint(self, cls);
        // The class is rooted in its stack slot while the instance is made.
        let r = self.alloc(kind::INSTANCE, Scan::All, class::I_PAIRS + hint * 2)?;
        let cls = self.st.stack.get(idx).copied().unwrap_or(Value::NONE);
        let init = self.slot(cls, class::INFO_INIT);
        {
            let vals = self.heap.values_mut(r);
            if let Some(s) = vals.get_mut(class::I_CLASS) {
                *s = cls;
            }
            if let Some(s) = vals.get_mut(class::I_PAIRS..) {
                s.fill(Value::EMPTY);
            }
        }
        let obj = Value::from_ref(r);
        if let Some(s) = self.st.stack.get_mut(idx) {
            *s = obj;
        }
        if nkw == 0 && self.push_init(init, idx, n, flags) {
            return Ok(Called::Pushed);
        }
        self.insert_arg(idx + 1, n + nkw + usize::from(nkw > 0), obj)?;
        self.push_frame(init, idx + 1, n + 1, nkw, kwnames, idx, flags | FL_INIT)
    }

    /// Pushes the frame of `__init__` function `f` for the instance at
    /// `stack[idx]` and the `n` positional arguments after it, when `f`
    /// takes exactly them (no defaults to fill, no `*args`); false (nothing
    /// changed) otherwise.
    #[inline]
    fn push_init(&mut self, f: Value, idx: usize, n: usize, flags: u8) -> bool {
        let Some(pf) = self.plain_function(f, n + 1) else {
            return false;
        };
        let args = idx + 1;
        let end = args + pf.nregs;
        if self.st.frames.len() >= MAX_FRAMES || end > MAX_STACK || pf.nregs < n + 1 {
            return false;
        }
        let (free_base, nfree) = (pf.free_base, pf.nfree);
        let frame = Frame {
            entry: flags & FL_ENTRY != 0,
            init: true,
            ..pf.frame(self, f, args, idx)
        };
        // Window `args..end`: `self`, the arguments moved up one slot, the
        // other registers cleared.
        self.st.stack.open_window(args + n + 1, end);
        if let Some(s) = self.st.stack.get_mut(idx..args + n + 1) {
            s.copy_within(1..n + 1, 2);
            if let [inst, this, ..] = s {
                *this = *inst;
            }
        }
        self.st.frames.push(frame);
        if nfree > 0 {
            self.load_free_vars(f, args + free_base, nfree);
        }
        true
    }
}

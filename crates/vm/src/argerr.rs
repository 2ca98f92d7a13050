//! The `TypeError`s of calls with wrong arguments, worded as CPython 3.11
//! words them: binding a Python function's parameters (missing, too many,
//! positional-only passed by keyword, unexpected or repeated keywords) and
//! unpacking `*args`/`**kwargs` at a call site.
//!
//! Everything here runs only when a call fails, so it is `#[cold]` and kept
//! out of the call paths in [`crate::call`] and [`crate::interp`].

use crate::objects::{class, dict, func, iter, tuple};
use crate::qstr::q;
use crate::types::kind;
use crate::vm::{PyErr, PyResult, Vm};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use pycopy_gc::Value;

/// Joins quoted names as CPython lists missing arguments:
/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [a] => format!("'{a}'"),
        [a, b] => format!("'{a}' and '{b}'"),
        [init @ .., a, b] => {
            let mut s = String::new();
            for n in init {
                s.push('\'');
                s.push_str(n);
                s.push_str("', ");
            }
            s.push_str(&format!("'{a}', and '{b}'"));
            s
        }
    }
}

/// `"s"` unless `n` is 1.
fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl Vm {
    /// The function's `__qualname__` as used in argument errors.
    fn func_qualname(&self, f: Value) -> String {
        String::from(self.str_of(func::qualname(self, f)).unwrap_or("?"))
    }

    /// The parameter names `varnames[i]` for each `i` in `idx`.
    fn param_names(&self, f: Value, idx: impl Iterator<Item = usize>) -> Vec<String> {
        let varnames = self.slot(self.slot(f, func::F_CODE), func::C_VARNAMES);
        idx.map(|i| String::from(self.str_of(self.tuple_get(varnames, i)).unwrap_or("?")))
            .collect()
    }

    /// `f() missing N required positional/keyword-only argument(s): ...`
    /// for the parameters at `idx` (indexes into the code's varnames).
    #[cold]
    #[inline(never)]
    pub(crate) fn missing_args_error(&mut self, f: Value, kwonly: bool, idx: &[usize]) -> PyErr {
        let names = self.param_names(f, idx.iter().copied());
        let m = format!(
            "{}() missing {} required {} argument{}: {}",
            self.func_qualname(f),
            names.len(),
            if kwonly { "keyword-only" } else { "positional" },
            plural(names.len()),
            join_names(&names)
        );
        self.type_error(&m)
    }

    /// `f() takes N positional arguments but M were given`, with the
    /// `from A to B` range when some have defaults and the count of
    /// keyword-only arguments passed alongside.
    #[cold]
    #[inline(never)]
    pub(crate) fn too_many_positional_error(
        &mut self,
        f: Value,
        argcount: usize,
        given: usize,
        kwonly_given: usize,
    ) -> PyErr {
        let defaults = self.slot(f, func::F_DEFAULTS);
        let nd = if defaults.is_none() {
            0
        } else {
            tuple::len(self, defaults)
        };
        let (sig, plural_takes) = if nd > 0 {
            (
                format!("from {} to {argcount}", argcount.saturating_sub(nd)),
                true,
            )
        } else {
            (format!("{argcount}"), argcount != 1)
        };
        let kw = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {kwonly_given} keyword-only argument{})",
                plural(given),
                plural(kwonly_given)
            )
        } else {
            String::new()
        };
        let m = format!(
            "{}() takes {sig} positional argument{} but {given}{kw} {} given",
            self.func_qualname(f),
            if plural_takes { "s" } else { "" },
            if given == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            }
        );
        self.type_error(&m)
    }

    /// `f() got an unexpected keyword argument 'k'`, or, when some keywords
    /// name positional-only parameters (of a function without `**kwargs`),
    /// `f() got some positional-only arguments passed as keyword arguments`.
    #[cold]
    #[inline(never)]
    pub(crate) fn unexpected_kw_error(
        &mut self,
        f: Value,
        posonly: usize,
        kwnames: Value,
        nkw: usize,
        k: Value,
    ) -> PyErr {
        let varnames = self.slot(self.slot(f, func::F_CODE), func::C_VARNAMES);
        let mut hits: Vec<&str> = Vec::new();
        for p in 0..posonly {
            let pn = self.tuple_get(varnames, p);
            for i in 0..nkw {
                let kn = self.tuple_get(kwnames, i);
                if self.str_eq(pn, kn) {
                    hits.push(self.str_of(kn).unwrap_or("?"));
                }
            }
        }
        let m = if hits.is_empty() {
            format!(
                "{}() got an unexpected keyword argument '{}'",
                self.func_qualname(f),
                self.str_of(k).unwrap_or("?")
            )
        } else {
            format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                self.func_qualname(f),
                hits.join(", ")
            )
        };
        self.type_error(&m)
    }

    /// `f() got multiple values for argument 'k'`.
    #[cold]
    #[inline(never)]
    pub(crate) fn multiple_values_error(&mut self, f: Value, k: Value) -> PyErr {
        let m = format!(
            "{}() got multiple values for argument '{}'",
            self.func_qualname(f),
            self.str_of(k).unwrap_or("?")
        );
        self.type_error(&m)
    }

    /// How CPython names a callable in call-site unpacking errors:
    /// `module.qualname()` (no module for builtins), else `str(f)`.
    fn callable_str(&mut self, f: Value) -> String {
        // A bound method answers with its function's names.
        let f = match self.kind_of(f) {
            kind::BOUND | kind::NATIVE_BOUND => self.slot(f, 0),
            _ => f,
        };
        // Attribute lookups may run Python code and move `f`: keep it rooted.
        let mark = self.push_root(f);
        let qn = match self.getattr_opt(f, Value::qstr(q::D_QUALNAME)) {
            Ok(Some(v)) if self.is_str(v) => self.str_of(v).map(String::from),
            _ => None,
        };
        let Some(qn) = qn else {
            let f = self.root(mark);
            let s = match self.to_str(f) {
                Ok(s) => String::from(self.str_of(s).unwrap_or("?")),
                Err(_) => String::from("?"),
            };
            self.pop_roots(mark);
            return s;
        };
        let f = self.root(mark);
        let module = match self.getattr_opt(f, Value::qstr(q::D_MODULE)) {
            Ok(Some(v)) if self.is_str(v) => self.str_of(v).map(String::from),
            _ => None,
        };
        self.pop_roots(mark);
        match module {
            Some(m) if m != "builtins" => format!("{m}.{qn}()"),
            _ => format!("{qn}()"),
        }
    }

    /// The error of a `*v` in a call or display (`f` is the callee when
    /// `*v` is a call's only positional argument) whose unpacking raised:
    /// the current exception stays unless `v` is not iterable at all.
    #[cold]
    #[inline(never)]
    pub(crate) fn star_arg_failed(&mut self, f: Option<Value>, v: Value) -> PyErr {
        if self.iterable(v) {
            return PyErr;
        }
        match f {
            Some(f) => self.star_arg_error(f, v),
            None => {
                let m = format!(
                    "Value after * must be an iterable, not {}",
                    self.type_name(v)
                );
                self.type_error(&m)
            }
        }
    }

    /// Whether `iter(v)` finds a way to iterate `v` (the checks of
    /// `objects::iter::get_iter_or`, without calling anything).
    fn iterable(&self, v: Value) -> bool {
        let k = self.kind_of(v);
        match k {
            kind::LIST
            | kind::TUPLE
            | kind::BYTES
            | kind::BYTEARRAY
            | kind::MEMORYVIEW
            | kind::RANGE
            | kind::DICT
            | kind::SET
            | kind::FROZENSET
            | kind::DICT_VIEW => return true,
            _ if iter::is_native_iter(k) || self.is_str(v) => return true,
            _ => {}
        }
        if k == kind::INSTANCE {
            let t = self.type_of(v);
            if class::lookup(self, t, Value::qstr(q::D_ITER)).is_some()
                || class::lookup(self, t, Value::qstr(q::D_GETITEM)).is_some()
            {
                return true;
            }
            let b = self.base_value(v);
            if b != v {
                return self.iterable(b);
            }
        }
        false
    }

    /// The dict to unpack for `**s` (in a call when `callee` is given, else
    /// in a dict display) when `s` is not a dict: a copy of a mapping (an
    /// object with `keys()`), the dict inside a dict subclass instance, or
    /// CPython's error for anything else.
    #[cold]
    #[inline(never)]
    pub(crate) fn unpack_mapping(&mut self, s: Value, callee: Option<Value>) -> PyResult<Value> {
        if self.kind_of(s) == kind::INSTANCE {
            let t = self.type_of(s);
            if class::lookup(self, t, Value::qstr(q::KEYS)).is_some() {
                let mark = self.push_root(s);
                let d = dict::new_dict(self, 0);
                let r = d.and_then(|d| {
                    self.push_root(d);
                    let s = self.root(mark);
                    dict::update_from(self, d, s)
                });
                let d = self.root(mark + 1);
                self.pop_roots(mark);
                return r.map(|()| d);
            }
            let b = self.base_value(s);
            if self.kind_of(b) == kind::DICT {
                return Ok(b);
            }
        }
        Err(match callee {
            Some(f) => self.starstar_arg_error(f, s),
            None => {
                let m = format!("'{}' object is not a mapping", self.type_name(s));
                self.type_error(&m)
            }
        })
    }

    /// `f() argument after * must be an iterable, not T`.
    #[cold]
    #[inline(never)]
    pub(crate) fn star_arg_error(&mut self, f: Value, arg: Value) -> PyErr {
        let t = self.type_name(arg);
        let m = format!(
            "{} argument after * must be an iterable, not {t}",
            self.callable_str(f)
        );
        self.type_error(&m)
    }

    /// `f() argument after ** must be a mapping, not T`.
    #[cold]
    #[inline(never)]
    pub(crate) fn starstar_arg_error(&mut self, f: Value, arg: Value) -> PyErr {
        let t = self.type_name(arg);
        let m = format!(
            "{} argument after ** must be a mapping, not {t}",
            self.callable_str(f)
        );
        self.type_error(&m)
    }

    /// `f() got multiple values for keyword argument 'k'`.
    #[cold]
    #[inline(never)]
    pub(crate) fn dup_kw_error(&mut self, f: Value, k: Value) -> PyErr {
        let k = String::from(self.str_of(k).unwrap_or("?"));
        let fs = self.callable_str(f);
        let m = format!("{fs} got multiple values for keyword argument '{k}'");
        self.type_error(&m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| String::from(*s)).collect()
    }

    #[test]
    fn joins_like_cpython() {
        assert_eq!(join_names(&names(&["a"])), "'a'");
        assert_eq!(join_names(&names(&["a", "b"])), "'a' and 'b'");
        assert_eq!(join_names(&names(&["a", "b", "c"])), "'a', 'b', and 'c'");
        assert_eq!(
            join_names(&names(&["a", "b", "c", "d"])),
            "'a', 'b', 'c', and 'd'"
        );
    }
}

//! VM glue for text formatting: the number/spec/`%` logic lives in the
//! `pycopy-format` crate; this file fetches arguments, calls `__format__`,
//! `__str__` and `__repr__`, and turns formatting errors into Python
//! exceptions with CPython's messages.
//!
//! - [`float_repr`]; `repr(float)`.
//! - [`format_spec`] and [`format_obj`] give `format(v, spec)` for builtin and user
//!   values (the `format()` builtin, f-string `FormatValue`).
//! - [`str_format`] and [`str_format_map`] implement `str.format` and `str.format_map`.
//! - [`percent`] implements `fmt % args`.

use crate::types::{kind, TypeId};
use crate::vm::{Args, PyErr, PyResult, Vm};
use alloc::string::String;
use pycopy_format::percent::{Count, Piece};
use pycopy_format::{float as ffloat, int as fint, pad, percent as fpct, FormatError, FormatSpec};
use pycopy_gc::Value;

/// Python's `repr` of a float (shortest round-trip digits).
pub fn float_repr(f: f64) -> String {
    ffloat::repr(f)
}

/// Raises the Python exception for a formatting error.
pub fn raise_format_error(vm: &mut Vm, e: FormatError) -> PyErr {
    let msg = alloc::format!("{e}");
    match e {
        FormatError::CharRange => vm.raise(TypeId::OverflowError, &msg),
        _ => vm.value_error(&msg),
    }
}

fn fmt_res(vm: &mut Vm, r: pycopy_format::Result<String>) -> PyResult<String> {
    r.map_err(|e| raise_format_error(vm, e))
}

/// Parses a format spec; a `0` before the width with an explicit
/// alignment but no explicit fill pads with zeros, as in CPython.
fn parse_spec(vm: &mut Vm, spec: &str) -> PyResult<FormatSpec> {
    FormatSpec::parse(spec).map_err(|e| raise_format_error(vm, e))
}

/// `format(int, spec)` for a small, big or bool int.
fn format_int_value(vm: &mut Vm, v: Value, spec: &FormatSpec) -> PyResult<String> {
    if fint::is_float_type(spec.ty) {
        let f = crate::objects::int::to_float(vm, v)?;
        return fmt_res(vm, ffloat::format_float(f, spec));
    }
    let small = v.as_int().or_else(|| v.as_bool().map(i64::from));
    let negative = match small {
        Some(i) => i < 0,
        None => crate::objects::int::with_ref(vm, v, |x| x.is_negative()).unwrap_or(false),
    };
    let r = {
        let vm_ref: &Vm = vm;
        let mut digits = |radix: u32| {
            let s = crate::objects::int::to_string(vm_ref, v, radix);
            match s.strip_prefix('-') {
                Some(m) => String::from(m),
                None => s,
            }
        };
        fint::format_int(
            fint::IntArg {
                negative,
                digits: &mut digits,
                small,
            },
            spec,
        )
    };
    fmt_res(vm, r)
}

/// `format(v, spec)` for the builtin types (int, bool, float, str); other
/// values format as `str(v)` with an empty spec.
pub fn format_spec(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    let is_int = v.is_int() || vm.kind_of(v) == kind::BIGINT;
    if spec.is_empty() && !is_int && v.as_float().is_none() {
        return vm.str_string(v);
    }
    let parsed = parse_spec(vm, spec)?;
    if is_int || v.as_bool().is_some() {
        return format_int_value(vm, v, &parsed);
    }
    if let Some(f) = v.as_float() {
        return fmt_res(vm, ffloat::format_float(f, &parsed));
    }
    if let Some(s) = vm.str_of(v) {
        let s = String::from(s);
        return fmt_res(vm, pad::format_str(&s, &parsed));
    }
    if vm.kind_of(v) == kind::COMPLEX && spec.is_empty() {
        return vm.str_string(v);
    }
    let m = alloc::format!(
        "unsupported format string passed to {}.__format__",
        vm.type_name(v)
    );
    Err(vm.type_error(&m))
}

/// `format(v, spec)` for any value: a user class's `__format__` first, the
/// builtin value of a builtin subclass, then [`format_spec`].
pub fn format_obj(vm: &mut Vm, v: Value, spec: &str) -> PyResult<Value> {
    if vm.kind_of(v) == kind::INSTANCE || vm.kind_of(v) == kind::EXC {
        let t = vm.type_of(v);
        if let Some(m) = crate::objects::class::lookup(vm, t, Value::qstr(crate::qstr::q::D_FORMAT))
        {
            let mark = vm.push_root(m);
            vm.push_root(v);
            let sv = vm.new_str(spec);
            let (m, v) = (vm.root(mark), vm.root(mark + 1));
            vm.pop_roots(mark);
            let r = vm.call(m, &[v, sv?])?;
            if !vm.is_str(r) {
                let m = alloc::format!("__format__ must return a str, not {}", vm.type_name(r));
                return Err(vm.type_error(&m));
            }
            return Ok(r);
        }
        let b = vm.base_value(v);
        if b == v {
            if !spec.is_empty() {
                let m = alloc::format!(
                    "unsupported format string passed to {}.__format__",
                    vm.type_name(v)
                );
                return Err(vm.type_error(&m));
            }
            return vm.to_str(v);
        }
        if spec.is_empty() {
            return vm.to_str(v);
        }
        let s = format_spec(vm, b, spec)?;
        return vm.new_str(&s);
    }
    if spec.is_empty() && vm.is_str(v) {
        return Ok(v);
    }
    let s = format_spec(vm, v, spec)?;
    vm.new_str(&s)
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii_string(vm: &mut Vm, v: Value) -> PyResult<String> {
    let r = vm.repr_string(v)?;
    Ok(ascii_escape(&r))
}

/// The `format(value[, spec])` builtin.
pub fn builtin_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 0 || a.n > 2 {
        return Err(crate::objects::corefns::arity_error(
            vm, "format", 1, 2, a.n,
        ));
    }
    let v = vm.arg(&a, 0);
    let spec = if a.n > 1 {
        let s = vm.arg(&a, 1);
        match vm.str_of(s) {
            Some(t) => String::from(t),
            None => {
                let m = alloc::format!("format() argument 2 must be str, not {}", vm.type_name(s));
                return Err(vm.type_error(&m));
            }
        }
    } else {
        String::new()
    };
    format_obj(vm, v, &spec)
}

/// The `ascii(value)` builtin.
pub fn builtin_ascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "ascii", 1, 1)?;
    let v = vm.arg(&a, 0);
    let s = ascii_string(vm, v)?;
    vm.new_str(&s)
}

/// Escapes the non-ASCII characters of `s` as `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN`.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&alloc::format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&alloc::format!("\\u{n:04x}"));
        } else {
            out.push_str(&alloc::format!("\\U{n:08x}"));
        }
    }
    out
}

/// Applies a `!s`/`!r`/`!a` conversion (as a char).
fn convert(vm: &mut Vm, v: Value, conv: Option<char>) -> PyResult<Value> {
    match conv {
        None => Ok(v),
        Some('s') => vm.to_str(v),
        Some('r') => {
            let s = vm.repr_string(v)?;
            vm.new_str(&s)
        }
        Some('a') => {
            let s = ascii_string(vm, v)?;
            vm.new_str(&s)
        }
        Some(c) => {
            let m = alloc::format!("Unknown conversion specifier {c}");
            Err(vm.value_error(&m))
        }
    }
}

/// f-string `FormatValue`: conversion 0 none, 1 `!s`, 2 `!r`, 3 `!a`.
pub fn format_value(vm: &mut Vm, v: Value, conv: usize, spec: Value) -> PyResult<Value> {
    let c = match conv {
        1 => Some('s'),
        2 => Some('r'),
        3 => Some('a'),
        _ => None,
    };
    // Read the spec before the conversion allocates (it may move `spec`).
    let spec_s = if spec.is_none() {
        String::new()
    } else {
        String::from(vm.str_of(spec).unwrap_or(""))
    };
    let v = convert(vm, v, c)?;
    format_obj(vm, v, &spec_s)
}

// ------------------------------------------------------------ str.format

/// Where `str.format` finds its fields.
enum Source<'a> {
    /// Positional and keyword arguments of the call (`args[0]` is the format).
    Call(&'a Args),
    /// `format_map(mapping)`: the mapping is argument 1 of the call
    /// (re-read from the stack at each use: the compactor moves it).
    Map(&'a Args),
}

struct Formatter<'a> {
    src: Source<'a>,
    /// Next automatic field number, or None once a manual one was used.
    auto: usize,
    /// 0 = undecided, 1 = automatic, 2 = manual.
    mode: u8,
}

fn find_kw(vm: &Vm, a: &Args, name: &str) -> Option<Value> {
    for i in 0..a.nkw as usize {
        let k = vm.tuple_get(vm.kwnames(a), i);
        if vm.str_of(k) == Some(name) {
            return vm.st.stack.get(a.base as usize + a.n as usize + i).copied();
        }
    }
    None
}

impl Formatter<'_> {
    fn positional(&self, vm: &mut Vm, i: usize) -> PyResult<Value> {
        match &self.src {
            Source::Call(a) if i + 1 < a.n as usize => Ok(vm.arg(a, i + 1)),
            Source::Call(_) => {
                let m =
                    alloc::format!("Replacement index {i} out of range for positional args tuple");
                Err(vm.index_error(&m))
            }
            Source::Map(_) => Err(vm.value_error("Format string contains positional fields")),
        }
    }

    fn keyword(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        match &self.src {
            Source::Call(a) => match find_kw(vm, a, name) {
                Some(v) => Ok(v),
                None => {
                    let k = vm.new_str(name)?;
                    Err(vm.key_error(k))
                }
            },
            Source::Map(a) => {
                let k = vm.new_str(name)?;
                let m = vm.arg(a, 1);
                vm.getitem(m, k)
            }
        }
    }

    /// Resolves a field name (`0`, `name`, `0.attr[key]`, or empty).
    fn field(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let end = name.find(['.', '[']).unwrap_or(name.len());
        let (head, mut rest) = name.split_at(end);
        let mut v = if head.is_empty() {
            if self.mode == 2 {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            self.mode = 1;
            let i = self.auto;
            self.auto += 1;
            self.positional(vm, i)?
        } else if head.bytes().all(|b| b.is_ascii_digit()) {
            if self.mode == 1 {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.mode = 2;
            let Ok(i) = head.parse::<usize>() else {
                return Err(vm.value_error("Too many decimal digits in format string"));
            };
            self.positional(vm, i)?
        } else {
            self.keyword(vm, head)?
        };
        while !rest.is_empty() {
            let mark = vm.push_root(v);
            let r = if let Some(x) = rest.strip_prefix('.') {
                let end = x.find(['.', '[']).unwrap_or(x.len());
                let (attr, tail) = x.split_at(end);
                rest = tail;
                if attr.is_empty() {
                    Err(vm.value_error("Empty attribute in format string"))
                } else {
                    vm.intern(attr).and_then(|n| {
                        let v = vm.root(mark);
                        vm.getattr(v, n)
                    })
                }
            } else if let Some(x) = rest.strip_prefix('[') {
                match x.find(']') {
                    None => Err(vm.value_error("Missing ']' in format string")),
                    Some(0) => Err(vm.value_error("Empty attribute in format string")),
                    Some(close) => {
                        let key = x.get(..close).unwrap_or("");
                        rest = x.get(close + 1..).unwrap_or("");
                        if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                            Err(vm.value_error(
                                "Only '.' or '[' may follow ']' in format field specifier",
                            ))
                        } else {
                            let k = if key.bytes().all(|b| b.is_ascii_digit()) {
                                match key.parse::<i64>().ok().and_then(Value::int) {
                                    Some(k) => Ok(k),
                                    None => vm.new_str(key),
                                }
                            } else {
                                vm.new_str(key)
                            };
                            k.and_then(|k| {
                                let v = vm.root(mark);
                                vm.getitem(v, k)
                            })
                        }
                    }
                }
            } else {
                Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"))
            };
            vm.pop_roots(mark);
            v = r?;
        }
        Ok(v)
    }

    /// Formats `fmt` into `out`; `depth` counts nested spec expansions.
    fn run(&mut self, vm: &mut Vm, fmt: &str, depth: u32, out: &mut String) -> PyResult<()> {
        if depth >= 2 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let b = fmt.as_bytes();
        let mut i = 0;
        let mut lit = 0;
        while i < b.len() {
            match b.get(i) {
                Some(b'{') => {
                    out.push_str(fmt.get(lit..i).unwrap_or(""));
                    if b.get(i + 1) == Some(&b'{') {
                        out.push('{');
                        i += 2;
                        lit = i;
                        continue;
                    }
                    let end = self.field_end(vm, b, i + 1)?;
                    let field = fmt.get(i + 1..end).unwrap_or("");
                    self.replace(vm, field, depth, out)?;
                    i = end + 1;
                    lit = i;
                }
                Some(b'}') => {
                    out.push_str(fmt.get(lit..i).unwrap_or(""));
                    if b.get(i + 1) != Some(&b'}') {
                        return Err(vm.value_error("Single '}' encountered in format string"));
                    }
                    out.push('}');
                    i += 2;
                    lit = i;
                }
                _ => i += 1,
            }
        }
        out.push_str(fmt.get(lit..).unwrap_or(""));
        Ok(())
    }

    /// Index of the `}` closing the field that starts at `start`.
    fn field_end(&self, vm: &mut Vm, b: &[u8], start: usize) -> PyResult<usize> {
        if start >= b.len() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        let mut depth = 1;
        let mut i = start;
        let mut in_name = true;
        while let Some(&c) = b.get(i) {
            match c {
                b'[' if in_name => {
                    while b.get(i).is_some_and(|&c| c != b']') {
                        i += 1;
                    }
                    if i >= b.len() {
                        break;
                    }
                }
                b':' | b'!' => in_name = false,
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(i);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        Err(vm.value_error("expected '}' before end of string"))
    }

    fn replace(&mut self, vm: &mut Vm, field: &str, depth: u32, out: &mut String) -> PyResult<()> {
        // Split name, conversion and spec; brackets in the name hide ':'/'!'.
        let b = field.as_bytes();
        let mut i = 0;
        while let Some(&c) = b.get(i) {
            if c == b'[' {
                while b.get(i).is_some_and(|&c| c != b']') {
                    i += 1;
                }
            } else if c == b':' || c == b'!' {
                break;
            }
            i += 1;
        }
        let i = i.min(b.len());
        let name = field.get(..i).unwrap_or("");
        let mut rest = field.get(i..).unwrap_or("");
        let mut conv = None;
        if let Some(r) = rest.strip_prefix('!') {
            let mut cs = r.chars();
            let Some(c) = cs.next() else {
                return Err(vm.value_error("end of string while looking for conversion specifier"));
            };
            conv = Some(c);
            rest = cs.as_str();
            if !rest.is_empty() && !rest.starts_with(':') {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
        let spec = rest.strip_prefix(':').unwrap_or("");
        let v = self.field(vm, name)?;
        let mark = vm.push_root(v);
        let res = (|| {
            let spec = if spec.contains('{') {
                let mut s = String::new();
                self.run(vm, spec, depth + 1, &mut s)?;
                s
            } else {
                String::from(spec)
            };
            let v = vm.root(mark);
            let v = convert(vm, v, conv)?;
            vm.set_root(mark, v);
            let r = format_obj(vm, v, &spec)?;
            out.push_str(vm.str_of(r).unwrap_or(""));
            Ok(())
        })();
        vm.pop_roots(mark);
        res
    }
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(fmt) = vm.str_of(vm.arg(&a, 0)).map(String::from) else {
        return Err(vm.type_error("descriptor 'format' requires a 'str' object"));
    };
    let mut f = Formatter {
        src: Source::Call(&a),
        auto: 0,
        mode: 0,
    };
    let mut out = String::new();
    f.run(vm, &fmt, 0, &mut out)?;
    vm.new_str(&out)
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(fmt) = vm.str_of(vm.arg(&a, 0)).map(String::from) else {
        return Err(vm.type_error("descriptor 'format_map' requires a 'str' object"));
    };
    let mut f = Formatter {
        src: Source::Map(&a),
        auto: 0,
        mode: 0,
    };
    let mut out = String::new();
    f.run(vm, &fmt, 0, &mut out)?;
    vm.new_str(&out)
}

// ------------------------------------------------------------ % operator

/// The arguments of `fmt % args`, rooted at `root`.
struct PctArgs {
    root: usize,
    /// The tuple's items are the arguments (else `args` is the only one).
    tuple: bool,
    len: usize,
    next: usize,
    mapping: bool,
}

impl PctArgs {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.next >= self.len {
            return Err(vm.type_error("not enough arguments for format string"));
        }
        let a = vm.root(self.root);
        let v = if self.tuple {
            vm.tuple_get(a, self.next)
        } else {
            a
        };
        self.next += 1;
        Ok(v)
    }

    fn count(&mut self, vm: &mut Vm, c: Count) -> PyResult<Option<usize>> {
        match c {
            Count::None => Ok(None),
            Count::Fixed(n) => Ok(Some(n)),
            Count::Star => {
                let v = self.next(vm)?;
                match v.as_int().or_else(|| v.as_bool().map(i64::from)) {
                    Some(n) => Ok(Some(usize::try_from(n).unwrap_or(0))),
                    None => Err(vm.type_error("* wants int")),
                }
            }
        }
    }
}

fn is_mapping(vm: &Vm, v: Value) -> bool {
    match vm.kind_of(v) {
        kind::DICT => true,
        kind::INSTANCE => {
            let t = vm.type_of(v);
            crate::objects::class::lookup(vm, t, Value::qstr(crate::qstr::q::D_GETITEM)).is_some()
                && !vm.is_str(vm.base_value(v))
                && vm.kind_of(vm.base_value(v)) != kind::TUPLE
        }
        _ => false,
    }
}

/// Converts a `%d`-style argument to an int value.
fn pct_int(vm: &mut Vm, v: Value, conv: char) -> PyResult<Value> {
    let b = vm.base_value(v);
    if b.is_int() || vm.kind_of(b) == kind::BIGINT {
        return Ok(b);
    }
    if let Some(x) = b.as_bool() {
        return Ok(Value::from_small(i32::from(x)));
    }
    if let Some(f) = b.as_float() {
        if matches!(conv, 'd' | 'i' | 'u') {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.raise(
                    TypeId::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            return crate::objects::int::from_float(vm, f);
        }
    }
    let m = if matches!(conv, 'd' | 'i' | 'u') {
        alloc::format!(
            "%{conv} format: a real number is required, not {}",
            vm.type_name(v)
        )
    } else {
        alloc::format!(
            "%{conv} format: an integer is required, not {}",
            vm.type_name(v)
        )
    };
    Err(vm.type_error(&m))
}

fn pct_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    let b = vm.base_value(v);
    if let Some(f) = b.as_float() {
        return Ok(f);
    }
    if let Some(x) = b.as_bool() {
        return Ok(f64::from(u8::from(x)));
    }
    if b.is_int() || vm.kind_of(b) == kind::BIGINT {
        return crate::objects::int::to_float(vm, b);
    }
    let m = alloc::format!("must be real number, not {}", vm.type_name(v));
    Err(vm.type_error(&m))
}

/// Bytes as a string of the chars U+0000..U+00FF (latin-1), so `%` on
/// bytes can share the str machinery.
fn latin1(d: &[u8]) -> String {
    d.iter().map(|&b| char::from(b)).collect()
}

fn pct_one(
    vm: &mut Vm,
    conv: &fpct::Conversion<'_>,
    args: &mut PctArgs,
    bytes_mode: bool,
) -> PyResult<String> {
    let width = args.count(vm, conv.width)?;
    let precision = args.count(vm, conv.precision)?;
    let v = match conv.key {
        Some(k) => {
            if !args.mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let kv = vm.new_str(k)?;
            let m = vm.root(args.root);
            vm.getitem(m, kv)?
        }
        None => args.next(vm)?,
    };
    let w = width.unwrap_or(0);
    let flags = conv.flags;
    match conv.conv {
        's' | 'b' if bytes_mode => {
            match crate::objects::buffer::data(vm, v).filter(|_| !vm.is_str(v)) {
                Some(d) => {
                    let s = latin1(d);
                    Ok(fpct::text(&s, flags, w, precision))
                }
                None => {
                    let m = alloc::format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        vm.type_name(v)
                    );
                    Err(vm.type_error(&m))
                }
            }
        }
        'r' | 'a' if bytes_mode => {
            let s = ascii_string(vm, v)?;
            Ok(fpct::text(&s, flags, w, precision))
        }
        'c' if bytes_mode => {
            let b = if let Some(d) = crate::objects::buffer::data(vm, v).filter(|_| !vm.is_str(v)) {
                match d {
                    [b] => *b,
                    _ => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        )
                    }
                }
            } else {
                match v.as_int().and_then(|i| u8::try_from(i).ok()) {
                    Some(b) => b,
                    None if v.is_int() => {
                        return Err(vm.raise(TypeId::OverflowError, "%c arg not in range(256)"))
                    }
                    None => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        )
                    }
                }
            };
            Ok(fpct::text(&latin1(&[b]), flags, w, None))
        }
        's' | 'r' | 'a' => {
            let s = match conv.conv {
                's' => vm.str_string(v)?,
                'r' => vm.repr_string(v)?,
                _ => ascii_string(vm, v)?,
            };
            Ok(fpct::text(&s, flags, w, precision))
        }
        'c' => {
            let s = if let Some(s) = vm.str_of(v) {
                if s.chars().count() != 1 {
                    return Err(vm.type_error("%c requires int or char"));
                }
                String::from(s)
            } else if let Some(i) = v.as_int() {
                match u32::try_from(i).ok().and_then(char::from_u32) {
                    Some(c) => String::from(c),
                    None => return Err(raise_format_error(vm, fpct::char_range_error())),
                }
            } else if vm.kind_of(v) == kind::BIGINT {
                return Err(raise_format_error(vm, fpct::char_range_error()));
            } else {
                return Err(vm.type_error("%c requires int or char"));
            };
            Ok(fpct::text(&s, flags, w, None))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let iv = pct_int(vm, v, conv.conv)?;
            let negative = match iv.as_int() {
                Some(i) => i < 0,
                None => crate::objects::int::with_ref(vm, iv, |x| x.is_negative()).unwrap_or(false),
            };
            let r = {
                let vm_ref: &Vm = vm;
                let mut digits = |radix: u32| {
                    let s = crate::objects::int::to_string(vm_ref, iv, radix);
                    match s.strip_prefix('-') {
                        Some(m) => String::from(m),
                        None => s,
                    }
                };
                fpct::int(
                    fint::IntArg {
                        negative,
                        digits: &mut digits,
                        small: iv.as_int(),
                    },
                    conv.conv,
                    flags,
                    w,
                    precision,
                )
            };
            fmt_res(vm, r)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = pct_float(vm, v)?;
            fmt_res(vm, fpct::float(f, conv.conv, flags, w, precision))
        }
        other => {
            let m = alloc::format!("unsupported format character '{other}'");
            Err(vm.value_error(&m))
        }
    }
}

/// `fmt % args` for a str, bytes or bytearray `fmt` (PEP 461 for bytes).
pub fn percent(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let fk = vm.kind_of(fmt);
    let bytes_mode = matches!(fk, kind::BYTES | kind::BYTEARRAY);
    let f = if bytes_mode {
        latin1(crate::objects::buffer::data(vm, fmt).unwrap_or(&[]))
    } else {
        String::from(vm.str_of(fmt).unwrap_or(""))
    };
    let tuple = vm.kind_of(args) == kind::TUPLE;
    let len = if tuple {
        crate::objects::tuple::len(vm, args)
    } else {
        1
    };
    let mapping = !tuple && is_mapping(vm, args);
    let root = vm.push_root(args);
    let mut st = PctArgs {
        root,
        tuple,
        len,
        next: 0,
        mapping,
    };
    let res = (|| {
        let mut out = String::new();
        for p in fpct::pieces(&f) {
            match p {
                Err(e) => {
                    let m = alloc::format!("{e}");
                    return Err(vm.value_error(&m));
                }
                Ok(Piece::Text(t)) => out.push_str(t),
                Ok(Piece::Conv(c)) => {
                    if c.conv == '%' {
                        // `%(key)%` still consumes nothing but is literal.
                        out.push('%');
                        continue;
                    }
                    let s = pct_one(vm, &c, &mut st, bytes_mode)?;
                    out.push_str(&s);
                }
            }
        }
        if st.next < st.len && !st.mapping {
            let m = if bytes_mode {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            };
            return Err(vm.type_error(m));
        }
        if bytes_mode {
            let d: alloc::vec::Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
            return crate::objects::bytes::new_bytes(vm, fk, &d);
        }
        vm.new_str(&out)
    })();
    vm.pop_roots(root);
    res
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use crate::hal::BufferHal;
    use crate::run::{run_main, Outcome};
    use crate::{CollectorKind, Vm};
    use alloc::boxed::Box;

    /// Runs `src` under both collectors; it raises on any mismatch.
    fn check(src: &str) {
        for c in [CollectorKind::MarkSweep, CollectorKind::Compacting] {
            let mut vm = Vm::new(512 * 1024, c, Box::<BufferHal>::default()).unwrap();
            match run_main(&mut vm, src, "t.py") {
                Outcome::Ok => {}
                Outcome::Exit(n) => panic!("exit {n}"),
                Outcome::Error(tb) => panic!("{tb}"),
            }
        }
    }

    #[test]
    fn str_format_argument_errors_have_cpython_messages() {
        check(
            r#"
def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no error"
assert err("{}{}".format, 1) == "IndexError: Replacement index 1 out of range for positional args tuple", err("{}{}".format, 1)
assert err("{0}{}".format, 1, 2) == "ValueError: cannot switch from manual field specification to automatic field numbering"
assert err("{}{0}".format, 1, 2) == "ValueError: cannot switch from automatic field numbering to manual field specification"
assert err("{x}".format) == "KeyError: 'x'"
assert err("{".format) == "ValueError: Single '{' encountered in format string"
assert err("}".format) == "ValueError: Single '}' encountered in format string"
assert err("{0!x}".format, 1) == "ValueError: Unknown conversion specifier x"
assert err("{:d}".format, "s") == "ValueError: Unknown format code 'd' for object of type 'str'"
assert err("{0.}".format, 1) == "ValueError: Empty attribute in format string"
assert err("{:{:{}}}".format, 1, 2, 3) == "ValueError: Max string recursion exceeded"
assert "{0[1]}{0[a]}".format({1: "x", "a": "y"}) == "xy"
assert "{:{w}.{p}f}".format(3.14159, w=8, p=2) == "    3.14"
"#,
        );
    }

    #[test]
    fn percent_argument_errors_have_cpython_messages() {
        check(
            r#"
def err(fmt, args):
    try:
        fmt % args
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no error"
assert err("%s %s", (1,)) == "TypeError: not enough arguments for format string"
assert err("%s", (1, 2)) == "TypeError: not all arguments converted during string formatting"
assert err("%d", "x") == "TypeError: %d format: a real number is required, not str"
assert err("%x", 1.5) == "TypeError: %x format: an integer is required, not float"
assert err("%(a)s", (1,)) == "TypeError: format requires a mapping"
assert err("%*d", ("a", 1)) == "TypeError: * wants int"
assert err("%c", 0x110000) == "OverflowError: %c arg not in range(0x110000)"
assert err("%y", 1) == "ValueError: unsupported format character 'y' (0x79) at index 1"
assert err("%", ()) == "ValueError: incomplete format"
assert err(b"%s", (b"a", 2)) == "TypeError: not all arguments converted during bytes formatting"
assert "%-*.*f|" % (8, 2, 3.14159) == "3.14    |"
assert "%(a)s%%" % {"a": 1} == "1%"
"#,
        );
    }
}

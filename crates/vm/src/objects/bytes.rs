//! `bytes` (immutable, raw: word 0 = length, then the data) and `bytearray`
//! (a header with a separately allocated, growable storage object, so a
//! resize never changes the bytearray's identity); layouts in `buffer.rs`.
//! Constructors, item access, codecs and the methods shared with `str`.

use super::buffer;
use super::textops;
use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeId};
use crate::vm::{Args, PyResult, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use pycopy_gc::{Scan, Value};

/// A new bytes object (`k` = BYTES or BYTEARRAY).
pub fn new_bytes(vm: &mut Vm, k: u8, data: &[u8]) -> PyResult<Value> {
    if k == kind::BYTEARRAY {
        return new_bytearray_from(vm, data);
    }
    let r = vm.alloc_bytes(kind::BYTES, 8 + data.len())?;
    let b = vm.heap.bytes_mut(r);
    if let Some(d) = b.get_mut(0..8) {
        d.copy_from_slice(&(data.len() as u64).to_le_bytes());
    }
    if let Some(d) = b.get_mut(8..8 + data.len()) {
        d.copy_from_slice(data);
    }
    Ok(Value::from_ref(r))
}

/// `a + b` for a bytes or bytearray `a` (kind `k`) and a buffer object
/// `b`: a new object of `a`'s kind. Long bytes results go through the
/// shared append buffers of `str_buf.rs`, so `b += x` in a loop is
/// amortised O(len(x)).
pub fn concat(vm: &mut Vm, k: u8, a: Value, b: Value) -> PyResult<Value> {
    if k == kind::BYTES {
        let la = data(vm, a).map_or(0, <[u8]>::len);
        let lb = buffer::data(vm, b).map_or(0, <[u8]>::len);
        if lb == 0 {
            return Ok(a);
        }
        if la > 0 && la.saturating_add(lb) >= super::str_buf::APPEND_MIN {
            return super::str_buf::append_bytes(vm, a, b, la, lb);
        }
    }
    let mut d = data(vm, a).unwrap_or(&[]).to_vec();
    d.extend_from_slice(buffer::data(vm, b).unwrap_or(&[]));
    new_bytes(vm, k, &d)
}

fn new_bytearray_from(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    let r = vm.alloc(kind::BYTEARRAY, Scan::Prefix(1), 2)?;
    let v = Value::from_ref(r);
    if data.is_empty() {
        return Ok(v);
    }
    let mark = vm.push_root(v);
    let st = vm.alloc_bytes(kind::RAW, data.len());
    let v = vm.root(mark);
    vm.pop_roots(mark);
    let st = st?;
    if let Some(d) = vm.heap.bytes_mut(st).get_mut(..data.len()) {
        d.copy_from_slice(data);
    }
    vm.set_slot(v, 0, Value::from_ref(st));
    set_len(vm, v, data.len());
    Ok(v)
}

fn set_len(vm: &mut Vm, v: Value, n: usize) {
    if let Some(w) = v.as_ref().and_then(|r| vm.heap.words_mut(r).first_mut()) {
        *w = n as u64;
    }
}

/// Whether `v` is bytes or bytearray.
pub fn is_bytes(vm: &Vm, v: Value) -> bool {
    matches!(vm.kind_of(v), kind::BYTES | kind::BYTEARRAY)
}

/// The data of a bytes/bytearray value.
pub fn data(vm: &Vm, v: Value) -> Option<&[u8]> {
    if !is_bytes(vm, v) {
        return None;
    }
    buffer::data(vm, v)
}

fn owned(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match buffer::to_vec(vm, v) {
        Some(d) if !vm.is_str(v) => Ok(d),
        _ => {
            let m = alloc::format!("a bytes-like object is required, not '{}'", vm.type_name(v));
            Err(vm.type_error(&m))
        }
    }
}

/// `repr` of bytes data.
pub fn repr_text(d: &[u8], bytearray: bool) -> String {
    let q = if d.contains(&b'\'') && !d.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(if bytearray { "bytearray(b" } else { "b" });
    out.push(q);
    for &c in d {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == q => {
                out.push('\\');
                out.push(q);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&alloc::format!("\\x{c:02x}")),
        }
    }
    out.push(q);
    if bytearray {
        out.push(')');
    }
    out
}

/// A byte value (0..=255) from an int.
fn byte_of(vm: &mut Vm, x: Value) -> PyResult<u8> {
    let b = vm.base_value(x);
    match b.as_int().or_else(|| b.as_bool().map(i64::from)) {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None if vm.kind_of(b) == kind::BIGINT => {
            Err(vm.value_error("byte must be in range(0, 256)"))
        }
        None => {
            let m = alloc::format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(x)
            );
            Err(vm.type_error(&m))
        }
    }
}

/// Bytes from any buffer or iterable-of-ints value.
pub fn collect(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if !vm.is_str(v) {
        if let Some(d) = buffer::to_vec(vm, v) {
            return Ok(d);
        }
    }
    if let Some(n) = v.as_int() {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n as usize > vm.heap.total_bytes() {
            return Err(vm.raise(TypeId::MemoryError, "memory allocation failed"));
        }
        return Ok(alloc::vec![0; n as usize]);
    }
    if vm.is_str(v) {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if vm.kind_of(v) == kind::BIGINT {
        return Err(vm.raise(
            TypeId::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    if v.is_float() || v.is_none() || vm.kind_of(v) == kind::COMPLEX {
        let m = alloc::format!("cannot convert '{}' object to bytes", vm.type_name(v));
        return Err(vm.type_error(&m));
    }
    let items = vm.collect_iter(v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        match byte_of(vm, x) {
            Ok(b) => out.push(b),
            Err(e) => {
                if vm.exc_matches(TypeId::ValueError) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                return Err(e);
            }
        }
    }
    Ok(out)
}

/// Normalised codec name.
fn codec(vm: &mut Vm, enc: Option<Value>, func: &str) -> PyResult<&'static str> {
    let Some(e) = enc else {
        return Ok("utf-8");
    };
    let Some(name) = vm.str_of(e) else {
        let m = alloc::format!(
            "{func}() argument 'encoding' must be str, not {}",
            vm.type_name(e)
        );
        return Err(vm.type_error(&m));
    };
    let n: String = name
        .chars()
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    match n.as_str() {
        "utf-8" | "utf8" | "u8" => Ok("utf-8"),
        "ascii" | "us-ascii" => Ok("ascii"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => Ok("latin-1"),
        _ => {
            let m = alloc::format!("unknown encoding: {name}");
            Err(vm.raise(TypeId::LookupError, &m))
        }
    }
}

fn errors_mode(vm: &mut Vm, errs: Option<Value>, func: &str) -> PyResult<String> {
    match errs {
        None => Ok(String::from("strict")),
        Some(e) => match vm.str_of(e) {
            Some(s) => Ok(String::from(s)),
            None => {
                let m = alloc::format!(
                    "{func}() argument 'errors' must be str, not {}",
                    vm.type_name(e)
                );
                Err(vm.type_error(&m))
            }
        },
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, s: &str, enc: Option<Value>, errs: Option<Value>) -> PyResult<Vec<u8>> {
    let c = codec(vm, enc, "encode")?;
    let mode = errors_mode(vm, errs, "encode")?;
    if c == "utf-8" {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = if c == "ascii" { 0x80 } else { 0x100 };
    let mut out = Vec::with_capacity(s.len());
    for (i, ch) in s.chars().enumerate() {
        let n = ch as u32;
        if n < limit {
            out.push(n as u8);
            continue;
        }
        match mode.as_str() {
            "ignore" => {}
            "replace" => out.push(b'?'),
            _ => {
                let m = alloc::format!(
                    "'{}' codec can't encode character '\\x{:02x}' in position {i}: ordinal not in range({limit})",
                    if c == "ascii" { "ascii" } else { "latin-1" },
                    n
                );
                let m = if n > 0xff {
                    m.replace(
                        &alloc::format!("'\\x{n:02x}'"),
                        &alloc::format!("'\\u{n:04x}'"),
                    )
                } else {
                    m
                };
                return Err(vm.raise(TypeId::UnicodeEncodeError, &m));
            }
        }
    }
    Ok(out)
}

/// `bytes.decode(encoding, errors)` into a new str.
pub fn decode(vm: &mut Vm, d: &[u8], enc: Option<Value>, errs: Option<Value>) -> PyResult<Value> {
    let c = codec(vm, enc, "decode")?;
    let mode = errors_mode(vm, errs, "decode")?;
    let mut out = String::with_capacity(d.len());
    match c {
        "latin-1" => out.extend(d.iter().map(|&b| char::from(b))),
        "ascii" => {
            for (i, &b) in d.iter().enumerate() {
                if b < 0x80 {
                    out.push(char::from(b));
                } else {
                    match mode.as_str() {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => {
                            let m = alloc::format!("'ascii' codec can't decode byte 0x{b:02x} in position {i}: ordinal not in range(128)");
                            return Err(vm.raise(TypeId::UnicodeDecodeError, &m));
                        }
                    }
                }
            }
        }
        _ => {
            let mut rest = d;
            let mut pos = 0;
            loop {
                match core::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(
                            core::str::from_utf8(rest.get(..good).unwrap_or(&[])).unwrap_or(""),
                        );
                        let bad = e.error_len().unwrap_or(rest.len() - good);
                        match mode.as_str() {
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            _ => {
                                let b = rest.get(good).copied().unwrap_or(0);
                                let at = pos + good;
                                // CPython's reasons: a byte that cannot start
                                // a character, a sequence cut by the end, or
                                // a bad byte after a valid start.
                                let m = if (0x80..0xc2).contains(&b) || b >= 0xf5 {
                                    alloc::format!("'utf-8' codec can't decode byte 0x{b:02x} in position {at}: invalid start byte")
                                } else if e.error_len().is_none() {
                                    let n = rest.len() - good;
                                    if n > 1 {
                                        alloc::format!("'utf-8' codec can't decode bytes in position {at}-{}: unexpected end of data", at + n - 1)
                                    } else {
                                        alloc::format!("'utf-8' codec can't decode byte 0x{b:02x} in position {at}: unexpected end of data")
                                    }
                                } else {
                                    alloc::format!("'utf-8' codec can't decode byte 0x{b:02x} in position {at}: invalid continuation byte")
                                };
                                return Err(vm.raise(TypeId::UnicodeDecodeError, &m));
                            }
                        }
                        pos += good + bad;
                        rest = rest.get(good + bad..).unwrap_or(&[]);
                    }
                }
            }
        }
    }
    vm.new_str(&out)
}

fn ctor(vm: &mut Vm, a: Args, k: u8) -> PyResult<Value> {
    if a.n > 3 {
        let m = alloc::format!(
            "{}() takes at most 3 arguments ({} given)",
            if k == kind::BYTES {
                "bytes"
            } else {
                "bytearray"
            },
            a.n
        );
        return Err(vm.type_error(&m));
    }
    let src = crate::objects::str_methods::arg_or_kw(vm, &a, 0, "source");
    let enc = crate::objects::str_methods::arg_or_kw(vm, &a, 1, "encoding");
    let errs = crate::objects::str_methods::arg_or_kw(vm, &a, 2, "errors");
    let Some(v) = src else {
        return new_bytes(vm, k, &[]);
    };
    for (arg, what) in [(enc, "encoding"), (errs, "errors")] {
        if let Some(x) = arg.filter(|x| !vm.is_str(*x)) {
            let m = alloc::format!(
                "{}() argument '{what}' must be str, not {}",
                if k == kind::BYTES {
                    "bytes"
                } else {
                    "bytearray"
                },
                vm.type_name(x)
            );
            return Err(vm.type_error(&m));
        }
    }
    if let Some(s) = vm.str_of(v).map(String::from) {
        if enc.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let d = encode(vm, &s, enc, errs)?;
        return new_bytes(vm, k, &d);
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if k == kind::BYTES && vm.kind_of(v) == kind::BYTES {
        return Ok(v);
    }
    let d = collect(vm, v)?;
    new_bytes(vm, k, &d)
}

/// `bytes(...)`.
pub fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    ctor(vm, a, kind::BYTES)
}

/// `bytearray(...)`.
pub fn new_bytearray(vm: &mut Vm, a: Args) -> PyResult<Value> {
    ctor(vm, a, kind::BYTEARRAY)
}

/// `b[i]` (bytes, bytearray).
pub fn index(vm: &mut Vm, v: Value, i: i64) -> PyResult<Value> {
    let d = buffer::data(vm, v).unwrap_or(&[]);
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    match usize::try_from(j).ok().and_then(|j| d.get(j)) {
        Some(c) => Ok(Value::from_small(i32::from(*c))),
        None => {
            let m = match vm.kind_of(v) {
                kind::BYTEARRAY => "bytearray index out of range",
                kind::MEMORYVIEW => "index out of range",
                _ => "index out of range",
            };
            Err(vm.index_error(m))
        }
    }
}

/// Rewrites a bytearray's contents (growing its storage when needed).
pub fn set_data(vm: &mut Vm, v: Value, d: &[u8]) -> PyResult<Value> {
    if vm.kind_of(v) != kind::BYTEARRAY {
        return Err(vm.type_error("bytearray expected"));
    }
    let cap = vm
        .slot(v, 0)
        .as_ref()
        .map_or(0, |r| vm.heap.len_words(r) * 8);
    if d.len() > cap {
        let want = d.len().saturating_add(d.len() / 2).saturating_add(8);
        let mark = vm.push_root(v);
        let st = vm.alloc_bytes(kind::RAW, want);
        let v2 = vm.root(mark);
        vm.pop_roots(mark);
        let st = st?;
        vm.set_slot(v2, 0, Value::from_ref(st));
        return set_data(vm, v2, d);
    }
    if let Some(st) = vm.slot(v, 0).as_ref() {
        if let Some(x) = vm.heap.bytes_mut(st).get_mut(..d.len()) {
            x.copy_from_slice(d);
        }
    }
    set_len(vm, v, d.len());
    Ok(v)
}

fn int_index(vm: &mut Vm, k: Value, what: &str) -> PyResult<i64> {
    let b = vm.base_value(k);
    match b.as_int().or_else(|| b.as_bool().map(i64::from)) {
        Some(i) => Ok(i),
        None if vm.kind_of(b) == kind::BIGINT => {
            Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
        }
        None => {
            let m = alloc::format!(
                "{what} indices must be integers or slices, not {}",
                vm.type_name(k)
            );
            Err(vm.type_error(&m))
        }
    }
}

fn type_word(vm: &Vm, v: Value) -> &'static str {
    match vm.kind_of(v) {
        kind::BYTEARRAY => "bytearray",
        kind::MEMORYVIEW => "memoryview",
        _ => "byte",
    }
}

/// `o[k]` for bytes and bytearray (ints and slices).
pub fn getitem(vm: &mut Vm, o: Value, k: Value) -> PyResult<Value> {
    if vm.kind_of(k) == kind::SLICE {
        let d = buffer::to_vec(vm, o).unwrap_or_default();
        let (a, _, c, cnt) = crate::objects::iter::slice_indices(vm, k, d.len() as i64)?;
        let out: Vec<u8> = (0..cnt)
            .filter_map(|j| d.get((a + c * j as i64) as usize).copied())
            .collect();
        let ko = vm.kind_of(o);
        return new_bytes(vm, ko, &out);
    }
    let i = int_index(vm, k, type_word(vm, o))?;
    index(vm, o, i)
}

/// Positions of a slice `k` over `n` items: (start, step, count).
fn slice_pos(vm: &mut Vm, k: Value, n: usize) -> PyResult<(i64, i64, usize)> {
    let (a, _, c, cnt) = crate::objects::iter::slice_indices(vm, k, n as i64)?;
    Ok((a, c, cnt))
}

/// `o[k] = v` for bytearray and memoryview.
pub fn setitem(vm: &mut Vm, o: Value, k: Value, v: Value) -> PyResult<()> {
    let ko = vm.kind_of(o);
    let n = buffer::data(vm, o).map_or(0, <[u8]>::len);
    if vm.kind_of(k) == kind::SLICE {
        let new = if ko == kind::MEMORYVIEW || !v.is_int() {
            match buffer::to_vec(vm, v).filter(|_| !vm.is_str(v)) {
                Some(d) => d,
                None if ko == kind::BYTEARRAY => collect(vm, v)?,
                None => {
                    let m = alloc::format!(
                        "a bytes-like object is required, not '{}'",
                        vm.type_name(v)
                    );
                    return Err(vm.type_error(&m));
                }
            }
        } else {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        };
        let (a, c, cnt) = slice_pos(vm, k, n)?;
        if c == 1 && ko == kind::BYTEARRAY {
            let mut d = buffer::to_vec(vm, o).unwrap_or_default();
            let a = a as usize;
            d.splice(a..a + cnt, new);
            set_data(vm, o, &d)?;
            return Ok(());
        }
        if new.len() != cnt {
            let m = if ko == kind::MEMORYVIEW {
                "memoryview assignment: lvalue and rvalue have different structures"
            } else {
                "attempt to assign bytes of wrong size to extended slice"
            };
            return Err(vm.value_error(m));
        }
        let Some(d) = buffer::data_mut(vm, o) else {
            return Err(vm.type_error("cannot modify read-only memory"));
        };
        for (j, x) in new.into_iter().enumerate() {
            if let Some(s) = d.get_mut((a + c * j as i64) as usize) {
                *s = x;
            }
        }
        return Ok(());
    }
    let i = int_index(vm, k, type_word(vm, o))?;
    let j = if i < 0 { i + n as i64 } else { i };
    let x = byte_of(vm, v)?;
    let writable = buffer::locate(vm, o).is_some_and(|l| l.writable);
    if !writable {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    match buffer::data_mut(vm, o).and_then(|d| usize::try_from(j).ok().and_then(|j| d.get_mut(j))) {
        Some(s) => {
            *s = x;
            Ok(())
        }
        None => {
            let m = if ko == kind::MEMORYVIEW {
                "index out of range"
            } else {
                "bytearray index out of range"
            };
            Err(vm.index_error(m))
        }
    }
}

/// `del o[k]` for bytearray.
pub fn delitem(vm: &mut Vm, o: Value, k: Value) -> PyResult<()> {
    if vm.kind_of(o) != kind::BYTEARRAY {
        let m = alloc::format!("'{}' object doesn't support item deletion", vm.type_name(o));
        return Err(vm.type_error(&m));
    }
    let d = buffer::to_vec(vm, o).unwrap_or_default();
    let mut keep = alloc::vec![true; d.len()];
    if vm.kind_of(k) == kind::SLICE {
        let (a, c, cnt) = slice_pos(vm, k, d.len())?;
        for j in 0..cnt {
            if let Some(s) = keep.get_mut((a + c * j as i64) as usize) {
                *s = false;
            }
        }
    } else {
        let i = int_index(vm, k, "bytearray")?;
        let j = if i < 0 { i + d.len() as i64 } else { i };
        match usize::try_from(j).ok().and_then(|j| keep.get_mut(j)) {
            Some(s) => *s = false,
            None => return Err(vm.index_error("bytearray index out of range")),
        }
    }
    let nd: Vec<u8> = d
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(b, _)| *b)
        .collect();
    set_data(vm, o, &nd)?;
    Ok(())
}

// ------------------------------------------------------------ methods

fn self_data(vm: &mut Vm, a: &Args) -> PyResult<Vec<u8>> {
    let v = vm.arg(a, 0);
    owned(vm, v)
}
fn other(vm: &mut Vm, a: &Args, i: usize) -> PyResult<Vec<u8>> {
    let v = vm.arg(a, i);
    owned(vm, v)
}
/// A bytes argument or an int (for `find`, `count`, `in`...).
fn needle(vm: &mut Vm, a: &Args, i: usize) -> PyResult<Vec<u8>> {
    let v = vm.arg(a, i);
    if v.is_int() || v.as_bool().is_some() {
        return Ok(alloc::vec![byte_of(vm, v)?]);
    }
    owned(vm, v)
}
fn result(vm: &mut Vm, a: &Args, d: &[u8]) -> PyResult<Value> {
    let k = vm.kind_of(vm.arg(a, 0));
    let k = if k == kind::BYTEARRAY { k } else { kind::BYTES };
    new_bytes(vm, k, d)
}
fn opt_idx(vm: &mut Vm, a: &Args, i: usize) -> PyResult<Option<i64>> {
    let v = if i < a.n as usize {
        Some(vm.arg(a, i))
    } else {
        None
    };
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match v.as_int() {
            Some(x) => Ok(Some(x)),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}
fn sub_range(vm: &mut Vm, a: &Args, n: usize, at: usize) -> PyResult<Option<(usize, usize)>> {
    let s = opt_idx(vm, a, at)?;
    let e = opt_idx(vm, a, at + 1)?;
    let (s, e, ok) = crate::objects::str_methods::range_of(s, e, n);
    Ok(if ok { Some((s, e.max(s))) } else { None })
}

fn m_decode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let enc = crate::objects::str_methods::arg_or_kw(vm, &a, 1, "encoding");
    let errs = crate::objects::str_methods::arg_or_kw(vm, &a, 2, "errors");
    decode(vm, &d, enc, errs)
}
fn m_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let sep = crate::objects::str_methods::arg_or_kw(vm, &a, 1, "sep");
    let sep = match sep {
        Some(s) => vm
            .str_of(s)
            .map(String::from)
            .or_else(|| data(vm, s).and_then(|b| core::str::from_utf8(b).ok().map(String::from))),
        None => None,
    };
    let mut s = String::with_capacity(d.len() * 2);
    for (i, b) in d.iter().enumerate() {
        if i > 0 {
            if let Some(sp) = &sep {
                s.push_str(sp);
            }
        }
        s.push_str(&alloc::format!("{b:02x}"));
    }
    vm.new_str(&s)
}
fn fromhex_impl(vm: &mut Vm, a: &Args, k: u8) -> PyResult<Value> {
    let v = vm.arg(a, a.n.saturating_sub(1) as usize);
    let Some(s) = vm.str_of(v).map(String::from) else {
        let m = alloc::format!("fromhex() argument must be str, not {}", vm.type_name(v));
        return Err(vm.type_error(&m));
    };
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b.get(i).copied().unwrap_or(0);
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = char::from(c).to_digit(16);
        let lo = b.get(i + 1).and_then(|&d| char::from(d).to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => {
                let m = alloc::format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                );
                return Err(vm.value_error(&m));
            }
            _ => {
                let m =
                    alloc::format!("non-hexadecimal number found in fromhex() arg at position {i}");
                return Err(vm.value_error(&m));
            }
        }
        i += 2;
    }
    new_bytes(vm, k, &out)
}
fn m_fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    fromhex_impl(vm, &a, kind::BYTES)
}
fn m_fromhex_ba(vm: &mut Vm, a: Args) -> PyResult<Value> {
    fromhex_impl(vm, &a, kind::BYTEARRAY)
}
fn affix(vm: &mut Vm, a: Args, end: bool) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let p = vm.arg(&a, 1);
    // As CPython: the slice bounds first, then the candidates in order,
    // each converted only when reached (a match ends the search).
    let range = sub_range(vm, &a, d.len(), 2)?;
    let sub = range.and_then(|(s, e)| d.get(s..e));
    let hit = |x: &[u8]| match sub {
        Some(sub) if end => sub.ends_with(x),
        Some(sub) => sub.starts_with(x),
        None => false,
    };
    if vm.kind_of(p) == kind::TUPLE {
        for i in 0..crate::objects::tuple::len(vm, p) {
            let x = vm.tuple_get(p, i);
            if hit(&owned(vm, x)?) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match owned(vm, p) {
        Ok(x) => Ok(Value::bool(hit(&x))),
        Err(_) => {
            let m = alloc::format!(
                "{} first arg must be bytes or a tuple of bytes, not {}",
                if end { "endswith" } else { "startswith" },
                vm.type_name(p)
            );
            Err(vm.type_error(&m))
        }
    }
}
fn m_startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix(vm, a, false)
}
fn m_endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix(vm, a, true)
}
fn find_impl(vm: &mut Vm, a: &Args, rev: bool) -> PyResult<Option<usize>> {
    let d = self_data(vm, a)?;
    let p = needle(vm, a, 1)?;
    let Some((s, e)) = sub_range(vm, a, d.len(), 2)? else {
        return Ok(None);
    };
    Ok(if rev {
        textops::rfind(&d, &p, s, e)
    } else {
        textops::find(&d, &p, s, e)
    })
}
fn found(r: Option<usize>) -> Value {
    Value::int(r.map_or(-1, |i| i as i64)).unwrap_or(Value::NONE)
}
fn m_find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_impl(vm, &a, false).map(found)
}
fn m_rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_impl(vm, &a, true).map(found)
}
fn m_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match find_impl(vm, &a, false)? {
        Some(i) => Ok(found(Some(i))),
        None => Err(vm.value_error("subsection not found")),
    }
}
fn m_rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match find_impl(vm, &a, true)? {
        Some(i) => Ok(found(Some(i))),
        None => Err(vm.value_error("subsection not found")),
    }
}
fn m_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let p = needle(vm, &a, 1)?;
    let Some((s, e)) = sub_range(vm, &a, d.len(), 2)? else {
        return Ok(Value::from_small(0));
    };
    Ok(found(Some(textops::count(&d, &p, s, e))))
}
fn map_bytes(vm: &mut Vm, a: Args, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let out = f(&d);
    result(vm, &a, &out)
}
fn m_upper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, <[u8]>::to_ascii_uppercase)
}
fn m_lower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, <[u8]>::to_ascii_lowercase)
}
fn m_swapcase(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn m_capitalize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn m_title(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, |d| {
        let mut prev = false;
        d.iter()
            .map(|&c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}
const WS: &[u8] = b" \t\n\r\x0b\x0c";
fn strip_impl(vm: &mut Vm, a: Args, left: bool, right: bool) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let chars = if a.n > 1 && !vm.arg(&a, 1).is_none() {
        other(vm, &a, 1)?
    } else {
        WS.to_vec()
    };
    let s = if left {
        d.iter().position(|c| !chars.contains(c)).unwrap_or(d.len())
    } else {
        0
    };
    let e = if right {
        d.iter()
            .rposition(|c| !chars.contains(c))
            .map_or(s, |e| e + 1)
    } else {
        d.len()
    };
    let out = d.get(s..e.max(s)).unwrap_or(&[]).to_vec();
    result(vm, &a, &out)
}
fn m_strip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(vm, a, true, true)
}
fn m_lstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(vm, a, true, false)
}
fn m_rstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(vm, a, false, true)
}
fn m_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, old, new) = (self_data(vm, &a)?, other(vm, &a, 1)?, other(vm, &a, 2)?);
    let count = if a.n > 3 {
        vm.arg(&a, 3).as_int().unwrap_or(-1)
    } else {
        -1
    };
    let out = textops::replace(&d, &old, &new, usize::try_from(count).ok(), |_| true);
    result(vm, &a, &out)
}
fn parts_to_list(vm: &mut Vm, a: &Args, parts: Vec<Vec<u8>>) -> PyResult<Value> {
    let k = vm.kind_of(vm.arg(a, 0));
    let k = if k == kind::BYTEARRAY { k } else { kind::BYTES };
    let l = crate::objects::list::new_list(vm, parts.len())?;
    let mark = vm.push_root(l);
    for p in parts {
        let r = new_bytes(vm, k, &p).and_then(|b| {
            let l = vm.root(mark);
            crate::objects::list::append(vm, l, b)
        });
        if let Err(e) = r {
            vm.pop_roots(mark);
            return Err(e);
        }
    }
    let l = vm.root(mark);
    vm.pop_roots(mark);
    Ok(l)
}
fn split_impl(vm: &mut Vm, a: Args, rev: bool) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let sepv = crate::objects::str_methods::arg_or_kw(vm, &a, 1, "sep");
    let max = match crate::objects::str_methods::arg_or_kw(vm, &a, 2, "maxsplit") {
        Some(v) => v.as_int().unwrap_or(-1),
        None => -1,
    };
    let max = usize::try_from(max).ok();
    let ranges = match sepv.filter(|v| !v.is_none()) {
        Some(sv) => {
            let sep = owned(vm, sv)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if rev {
                textops::rsplit(&d, &sep, max)
            } else {
                textops::split(&d, &sep, max)
            }
        }
        None => {
            let spans = d
                .iter()
                .enumerate()
                .map(|(i, c)| (i, i + 1, WS.contains(c)));
            textops::split_ws(spans, d.len(), max, rev)
        }
    };
    let parts = ranges
        .into_iter()
        .map(|r| d.get(r).unwrap_or(&[]).to_vec())
        .collect();
    parts_to_list(vm, &a, parts)
}
fn m_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, a, false)
}
fn m_rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, a, true)
}
fn m_splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let keep = match crate::objects::str_methods::arg_or_kw(vm, &a, 1, "keepends") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        let c = d.get(i).copied().unwrap_or(0);
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            parts.push(
                d.get(start..if keep { end } else { i })
                    .unwrap_or(&[])
                    .to_vec(),
            );
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        parts.push(d.get(start..).unwrap_or(&[]).to_vec());
    }
    parts_to_list(vm, &a, parts)
}
fn partition_impl(vm: &mut Vm, a: Args, rev: bool) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let p = other(vm, &a, 1)?;
    if p.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let f = if rev {
        textops::rfind(&d, &p, 0, d.len())
    } else {
        textops::find(&d, &p, 0, d.len())
    };
    let parts = match f {
        Some(i) => alloc::vec![
            d.get(..i).unwrap_or(&[]).to_vec(),
            p.clone(),
            d.get(i + p.len()..).unwrap_or(&[]).to_vec()
        ],
        None if rev => alloc::vec![Vec::new(), Vec::new(), d.clone()],
        None => alloc::vec![d.clone(), Vec::new(), Vec::new()],
    };
    let l = parts_to_list(vm, &a, parts)?;
    crate::objects::tuple::from_list(vm, l)
}
fn m_partition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(vm, a, false)
}
fn m_rpartition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(vm, a, true)
}
fn m_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = self_data(vm, &a)?;
    let it = vm.arg(&a, 1);
    let items = vm.collect_iter(it)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match buffer::data(vm, *x).filter(|_| !vm.is_str(*x)) {
            Some(d) => out.extend_from_slice(d),
            None => {
                let m = alloc::format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(*x)
                );
                return Err(vm.type_error(&m));
            }
        }
    }
    result(vm, &a, &out)
}
fn pred(vm: &mut Vm, a: Args, f: fn(&u8) -> bool) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    Ok(Value::bool(!d.is_empty() && d.iter().all(f)))
}
fn m_isdigit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, u8::is_ascii_digit)
}
fn m_isalpha(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, u8::is_ascii_alphabetic)
}
fn m_isalnum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, u8::is_ascii_alphanumeric)
}
fn m_isspace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, |c| WS.contains(c))
}
fn m_isupper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    Ok(Value::bool(
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase),
    ))
}
fn m_islower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    Ok(Value::bool(
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase),
    ))
}
fn m_isascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    Ok(Value::bool(d.is_ascii()))
}
/// `istitle()`: cased runs start upper-case and continue lower-case.
fn m_istitle(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let (mut prev_cased, mut any) = (false, false);
    for c in d.iter() {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            (prev_cased, any) = (true, true);
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            (prev_cased, any) = (true, true);
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(any))
}
/// `expandtabs(tabsize=8)`: tabs to spaces up to the next multiple of
/// `tabsize` columns (columns restart after `\n` and `\r`).
fn m_expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let ts = match crate::objects::str_methods::arg_or_kw(vm, &a, 1, "tabsize") {
        Some(v) => super::num::index_value(vm, v)?.as_int().unwrap_or(i64::MAX),
        None => 8,
    };
    let ts = usize::try_from(ts).unwrap_or(0);
    let mut out = Vec::with_capacity(d.len());
    let mut col = 0usize;
    for &c in d.iter() {
        match c {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    if out.len().saturating_add(n) > vm.heap.total_bytes() {
                        return Err(vm.raise(TypeId::MemoryError, "memory allocation failed"));
                    }
                    out.extend(core::iter::repeat_n(b' ', n));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    result(vm, &a, &out)
}
/// `bytes.maketrans(frm, to)` (on the type or an instance: the last two
/// arguments): the 256-byte table mapping each byte of `frm` to `to`'s.
fn m_maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = a.n as usize;
    if !(2..=3).contains(&n) {
        let m = alloc::format!("maketrans expected 2 arguments, got {}", n.min(2));
        return Err(vm.type_error(&m));
    }
    let (f, t) = (vm.arg(&a, n - 2), vm.arg(&a, n - 1));
    let (f, t) = (owned(vm, f)?, owned(vm, t)?);
    if f.len() != t.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (x, y) in f.iter().zip(t.iter()) {
        if let Some(slot) = table.get_mut(usize::from(*x)) {
            *slot = *y;
        }
    }
    new_bytes(vm, kind::BYTES, &table)
}
/// `translate(table, /, delete=b'')`: `table` is None or 256 bytes.
fn m_translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    if a.n < 2 {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let t = vm.arg(&a, 1);
    let table = if t.is_none() {
        None
    } else {
        let t = owned(vm, t)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let del = match crate::objects::str_methods::arg_or_kw(vm, &a, 2, "delete") {
        Some(v) => owned(vm, v)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = d
        .iter()
        .filter(|c| !del.contains(c))
        .map(|&c| match &table {
            Some(t) => t.get(usize::from(c)).copied().unwrap_or(c),
            None => c,
        })
        .collect();
    result(vm, &a, &out)
}
fn pad(vm: &mut Vm, a: Args, mode: u8) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let w = vm.arg(&a, 1);
    let w = super::num::index_value(vm, w)?.as_int().unwrap_or(i64::MAX);
    let w = usize::try_from(w).unwrap_or(0).min(vm.heap.total_bytes());
    let fill = if a.n > 2 {
        let f = vm.arg(&a, 2);
        let one = match vm.kind_of(f) {
            kind::BYTES | kind::BYTEARRAY => buffer::data(vm, f).and_then(|b| match b {
                [c] => Some(*c),
                _ => None,
            }),
            _ => None,
        };
        match one {
            Some(c) => c,
            None => {
                let name = match mode {
                    0 => "center",
                    1 => "ljust",
                    _ => "rjust",
                };
                let m = alloc::format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(f)
                );
                return Err(vm.type_error(&m));
            }
        }
    } else {
        b' '
    };
    let n = d.len();
    if n >= w {
        return result(vm, &a, &d);
    }
    let total = w - n;
    let (l, r) = match mode {
        0 => {
            let l = total / 2 + (total & w & 1);
            (l, total - l)
        }
        1 => (0, total),
        _ => (total, 0),
    };
    let mut out = alloc::vec![fill; l];
    out.extend_from_slice(&d);
    out.extend(core::iter::repeat_n(fill, r));
    result(vm, &a, &out)
}
fn m_center(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad(vm, a, 0)
}
fn m_ljust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad(vm, a, 1)
}
fn m_rjust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad(vm, a, 2)
}
fn m_zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let w = usize::try_from(vm.arg(&a, 1).as_int().unwrap_or(0))
        .unwrap_or(0)
        .min(vm.heap.total_bytes());
    if d.len() >= w {
        return result(vm, &a, &d);
    }
    let (sign, rest) = match d.first() {
        Some(&c) if c == b'-' || c == b'+' => {
            (d.get(..1).unwrap_or(&[]), d.get(1..).unwrap_or(&[]))
        }
        _ => (&[][..], &d[..]),
    };
    let mut out = sign.to_vec();
    out.extend(core::iter::repeat_n(b'0', w - d.len()));
    out.extend_from_slice(rest);
    result(vm, &a, &out)
}
fn m_removeprefix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, p) = (self_data(vm, &a)?, other(vm, &a, 1)?);
    let out = d.strip_prefix(p.as_slice()).unwrap_or(&d).to_vec();
    result(vm, &a, &out)
}
fn m_removesuffix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, p) = (self_data(vm, &a)?, other(vm, &a, 1)?);
    let out = d.strip_suffix(p.as_slice()).unwrap_or(&d).to_vec();
    result(vm, &a, &out)
}

// bytearray mutators

fn ba_self(vm: &mut Vm, a: &Args) -> PyResult<(Value, Vec<u8>)> {
    let v = vm.arg(a, 0);
    if vm.kind_of(v) != kind::BYTEARRAY {
        return Err(vm.type_error("descriptor requires a 'bytearray' object"));
    }
    Ok((v, buffer::to_vec(vm, v).unwrap_or_default()))
}
fn m_append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (v, mut d) = ba_self(vm, &a)?;
    let x = vm.arg(&a, 1);
    d.push(byte_of(vm, x)?);
    set_data(vm, v, &d)?;
    Ok(Value::NONE)
}
fn m_extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (v, mut d) = ba_self(vm, &a)?;
    let mark = vm.push_root(v);
    let x = vm.arg(&a, 1);
    let r = if vm.is_str(x) {
        Err(vm.type_error("expected iterable of integers; got: 'str'"))
    } else if x.is_int() {
        let m = alloc::format!("can't extend bytearray with {}", vm.type_name(x));
        Err(vm.type_error(&m))
    } else {
        collect(vm, x)
    };
    let v = vm.root(mark);
    vm.pop_roots(mark);
    d.extend_from_slice(&r?);
    set_data(vm, v, &d)?;
    Ok(Value::NONE)
}
fn m_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (v, mut d) = ba_self(vm, &a)?;
    if d.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = if a.n > 1 {
        vm.arg(&a, 1).as_int().unwrap_or(-1)
    } else {
        -1
    };
    let j = if i < 0 { i + d.len() as i64 } else { i };
    let Some(j) = usize::try_from(j).ok().filter(|&j| j < d.len()) else {
        return Err(vm.index_error("pop index out of range"));
    };
    let x = d.remove(j);
    set_data(vm, v, &d)?;
    Ok(Value::from_small(i32::from(x)))
}
fn m_insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (v, mut d) = ba_self(vm, &a)?;
    let i = vm.arg(&a, 1).as_int().unwrap_or(0);
    let n = d.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let x = vm.arg(&a, 2);
    let b = byte_of(vm, x)?;
    d.insert(j, b);
    set_data(vm, v, &d)?;
    Ok(Value::NONE)
}
fn m_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (v, mut d) = ba_self(vm, &a)?;
    let x = vm.arg(&a, 1);
    let b = byte_of(vm, x)?;
    match d.iter().position(|&c| c == b) {
        Some(i) => {
            d.remove(i);
            set_data(vm, v, &d)?;
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}
fn m_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (v, _) = ba_self(vm, &a)?;
    set_data(vm, v, &[])?;
    Ok(Value::NONE)
}
fn m_reverse(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (v, _) = ba_self(vm, &a)?;
    if let Some(d) = buffer::data_mut(vm, v) {
        d.reverse();
    }
    Ok(Value::NONE)
}
fn m_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, d) = ba_self(vm, &a)?;
    new_bytes(vm, kind::BYTEARRAY, &d)
}

macro_rules! table {
    ($name:ident, $doc:literal, [$($extra:expr => $ef:expr,)*]) => {
        #[doc = $doc]
        pub static $name: &[NativeDesc] = &[
            NativeDesc { name: q::DECODE, f: m_decode },
            NativeDesc { name: q::HEX, f: m_hex },
            NativeDesc { name: q::STARTSWITH, f: m_startswith },
            NativeDesc { name: q::ENDSWITH, f: m_endswith },
            NativeDesc { name: q::FIND, f: m_find },
            NativeDesc { name: q::RFIND, f: m_rfind },
            NativeDesc { name: q::INDEX, f: m_index },
            NativeDesc { name: q::RINDEX, f: m_rindex },
            NativeDesc { name: q::COUNT, f: m_count },
            NativeDesc { name: q::UPPER, f: m_upper },
            NativeDesc { name: q::LOWER, f: m_lower },
            NativeDesc { name: q::SWAPCASE, f: m_swapcase },
            NativeDesc { name: q::CAPITALIZE, f: m_capitalize },
            NativeDesc { name: q::TITLE, f: m_title },
            NativeDesc { name: q::STRIP, f: m_strip },
            NativeDesc { name: q::LSTRIP, f: m_lstrip },
            NativeDesc { name: q::RSTRIP, f: m_rstrip },
            NativeDesc { name: q::REPLACE, f: m_replace },
            NativeDesc { name: q::SPLIT, f: m_split },
            NativeDesc { name: q::RSPLIT, f: m_rsplit },
            NativeDesc { name: q::SPLITLINES, f: m_splitlines },
            NativeDesc { name: q::PARTITION, f: m_partition },
            NativeDesc { name: q::RPARTITION, f: m_rpartition },
            NativeDesc { name: q::JOIN, f: m_join },
            NativeDesc { name: q::ISDIGIT, f: m_isdigit },
            NativeDesc { name: q::ISALPHA, f: m_isalpha },
            NativeDesc { name: q::ISALNUM, f: m_isalnum },
            NativeDesc { name: q::ISSPACE, f: m_isspace },
            NativeDesc { name: q::ISUPPER, f: m_isupper },
            NativeDesc { name: q::ISLOWER, f: m_islower },
            NativeDesc { name: q::CENTER, f: m_center },
            NativeDesc { name: q::LJUST, f: m_ljust },
            NativeDesc { name: q::RJUST, f: m_rjust },
            NativeDesc { name: q::ZFILL, f: m_zfill },
            NativeDesc { name: q::REMOVEPREFIX, f: m_removeprefix },
            NativeDesc { name: q::REMOVESUFFIX, f: m_removesuffix },
            NativeDesc { name: q::ISASCII, f: m_isascii },
            NativeDesc { name: q::ISTITLE, f: m_istitle },
            NativeDesc { name: q::EXPANDTABS, f: m_expandtabs },
            NativeDesc { name: q::MAKETRANS, f: m_maketrans },
            NativeDesc { name: q::TRANSLATE, f: m_translate },
            $(NativeDesc { name: $extra, f: $ef },)*
        ];
    };
}

table!(METHODS, "Methods of `bytes`.", [q::FROMHEX => m_fromhex,]);
table!(BYTEARRAY_METHODS, "Methods of `bytearray`.", [
    q::FROMHEX => m_fromhex_ba,
    q::APPEND => m_append,
    q::EXTEND => m_extend,
    q::POP => m_pop,
    q::INSERT => m_insert,
    q::REMOVE => m_remove,
    q::CLEAR => m_clear,
    q::REVERSE => m_reverse,
    q::COPY => m_copy,
]);

//! `bytes` (immutable) and `bytearray` (mutable, same layout plus a
//! capacity): raw heap objects, word 0 = length, then the data.

use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeId};
use crate::vm::{Args, PyResult, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use pycopy_gc::Value;

/// A new bytes object (`k` = BYTES or BYTEARRAY).
pub fn new_bytes(vm: &mut Vm, k: u8, data: &[u8]) -> PyResult<Value> {
    let r = vm.alloc_bytes(k, 8 + data.len())?;
    let b = vm.heap.bytes_mut(r);
    if let Some(d) = b.get_mut(0..8) {
        d.copy_from_slice(&(data.len() as u64).to_le_bytes());
    }
    if let Some(d) = b.get_mut(8..8 + data.len()) {
        d.copy_from_slice(data);
    }
    Ok(Value::from_ref(r))
}

/// Whether `v` is bytes or bytearray.
pub fn is_bytes(vm: &Vm, v: Value) -> bool {
    matches!(vm.kind_of(v), kind::BYTES | kind::BYTEARRAY)
}

/// The data of a bytes/bytearray value.
pub fn data(vm: &Vm, v: Value) -> Option<&[u8]> {
    let r = v.as_ref()?;
    if !matches!(vm.heap.kind(r), kind::BYTES | kind::BYTEARRAY) {
        return None;
    }
    let b = vm.heap.bytes(r);
    let n = u64::from_le_bytes(b.get(0..8)?.try_into().ok()?) as usize;
    b.get(8..8 + n)
}

fn owned(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match data(vm, v) {
        Some(d) => Ok(d.to_vec()),
        None => {
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

/// Bytes from any buffer-ish or iterable-of-ints value.
pub fn collect(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = data(vm, v) {
        return Ok(d.to_vec());
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
    let items = vm.collect_iter(v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        match x.as_int() {
            Some(i) if (0..256).contains(&i) => out.push(i as u8),
            Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
            None => {
                let m = alloc::format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(x)
                );
                return Err(vm.type_error(&m));
            }
        }
    }
    Ok(out)
}

fn ctor(vm: &mut Vm, a: Args, k: u8) -> PyResult<Value> {
    if a.n == 0 {
        return new_bytes(vm, k, &[]);
    }
    let v = vm.arg(&a, 0);
    if vm.is_str(v) {
        if a.n < 2
            && vm
                .kwarg(&a, crate::qstr::find_static("encoding").unwrap_or(u32::MAX))
                .is_none()
        {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let s = String::from(vm.str_of(v).unwrap_or(""));
        return new_bytes(vm, k, s.as_bytes());
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

/// `b[i]`.
pub fn index(vm: &mut Vm, v: Value, i: i64) -> PyResult<Value> {
    let d = owned(vm, v)?;
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    match d.get(j as usize).filter(|_| j >= 0) {
        Some(c) => Ok(Value::from_small(i32::from(*c))),
        None => {
            let m = if vm.kind_of(v) == kind::BYTEARRAY {
                "bytearray index out of range"
            } else {
                "index out of range"
            };
            Err(vm.index_error(m))
        }
    }
}

/// Rewrites a bytearray's contents (reallocating when it grows).
pub fn set_data(vm: &mut Vm, v: Value, d: &[u8]) -> PyResult<Value> {
    let fits = v
        .as_ref()
        .is_some_and(|r| vm.heap.len_words(r) * 8 >= 8 + d.len());
    if fits {
        if let Some(r) = v.as_ref() {
            let b = vm.heap.bytes_mut(r);
            if let Some(x) = b.get_mut(0..8) {
                x.copy_from_slice(&(d.len() as u64).to_le_bytes());
            }
            if let Some(x) = b.get_mut(8..8 + d.len()) {
                x.copy_from_slice(d);
            }
        }
        return Ok(v);
    }
    Err(vm.raise(
        TypeId::NotImplementedError,
        "bytearray resize not supported yet",
    ))
}

fn self_data(vm: &mut Vm, a: &Args) -> PyResult<Vec<u8>> {
    let v = vm.arg(a, 0);
    owned(vm, v)
}
fn other(vm: &mut Vm, a: &Args, i: usize) -> PyResult<Vec<u8>> {
    let v = vm.arg(a, i);
    owned(vm, v)
}
fn result(vm: &mut Vm, a: &Args, d: &[u8]) -> PyResult<Value> {
    let k = vm.kind_of(vm.arg(a, 0));
    new_bytes(vm, k, d)
}
fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn m_decode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    match core::str::from_utf8(&d) {
        Ok(s) => {
            let s = String::from(s);
            vm.new_str(&s)
        }
        Err(_) => Err(vm.raise(TypeId::UnicodeError, "invalid utf-8")),
    }
}
fn m_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let s: String = d.iter().map(|b| alloc::format!("{b:02x}")).collect();
    vm.new_str(&s)
}
fn m_startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, p) = (self_data(vm, &a)?, other(vm, &a, 1)?);
    Ok(Value::bool(d.starts_with(&p)))
}
fn m_endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, p) = (self_data(vm, &a)?, other(vm, &a, 1)?);
    Ok(Value::bool(d.ends_with(&p)))
}
fn m_find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let x = vm.arg(&a, 1);
    let p = match x.as_int() {
        Some(i) => alloc::vec![i as u8],
        None => owned(vm, x)?,
    };
    Ok(Value::from_small(find_sub(&d, &p).map_or(-1, |i| i as i32)))
}
fn m_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = m_find(vm, a)?;
    if r.as_int() == Some(-1) {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(r)
}
fn m_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, p) = (self_data(vm, &a)?, other(vm, &a, 1)?);
    if p.is_empty() {
        return Ok(Value::from_small(d.len() as i32 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while i + p.len() <= d.len() {
        if d.get(i..i + p.len()) == Some(&p[..]) {
            n += 1;
            i += p.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::from_small(n))
}
fn m_upper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?.to_ascii_uppercase();
    result(vm, &a, &d)
}
fn m_lower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?.to_ascii_lowercase();
    result(vm, &a, &d)
}
fn m_strip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let chars = if a.n > 1 {
        other(vm, &a, 1)?
    } else {
        b" \t\n\r\x0b\x0c".to_vec()
    };
    let s = d.iter().position(|c| !chars.contains(c)).unwrap_or(d.len());
    let e = d
        .iter()
        .rposition(|c| !chars.contains(c))
        .map_or(s, |e| e + 1);
    let out = d.get(s..e.max(s)).unwrap_or(&[]).to_vec();
    result(vm, &a, &out)
}
fn m_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, old, new) = (self_data(vm, &a)?, other(vm, &a, 1)?, other(vm, &a, 2)?);
    let mut out = Vec::new();
    let mut i = 0;
    while i < d.len() {
        if !old.is_empty() && d.get(i..i + old.len()) == Some(&old[..]) {
            out.extend_from_slice(&new);
            i += old.len();
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    result(vm, &a, &out)
}
fn m_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a)?;
    let parts: Vec<Vec<u8>> = if a.n > 1 && !vm.arg(&a, 1).is_none() {
        let sep = other(vm, &a, 1)?;
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        let mut out = Vec::new();
        let mut cur = 0;
        let mut i = 0;
        while i + sep.len() <= d.len() {
            if d.get(i..i + sep.len()) == Some(&sep[..]) {
                out.push(d[cur..i].to_vec());
                i += sep.len();
                cur = i;
            } else {
                i += 1;
            }
        }
        out.push(d[cur..].to_vec());
        out
    } else {
        d.split(|c| c.is_ascii_whitespace())
            .filter(|p| !p.is_empty())
            .map(<[u8]>::to_vec)
            .collect()
    };
    let k = vm.kind_of(vm.arg(&a, 0));
    let l = crate::objects::list::new_list(vm, parts.len())?;
    let mark = vm.push_root(l);
    for p in parts {
        let b = new_bytes(vm, k, &p);
        let b = match b {
            Ok(b) => b,
            Err(e) => {
                vm.pop_roots(mark);
                return Err(e);
            }
        };
        let l = vm.root(mark);
        if let Err(e) = crate::objects::list::append(vm, l, b) {
            vm.pop_roots(mark);
            return Err(e);
        }
    }
    let l = vm.root(mark);
    vm.pop_roots(mark);
    Ok(l)
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
        let d = owned(vm, *x)?;
        out.extend_from_slice(&d);
    }
    result(vm, &a, &out)
}
fn m_append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut d = self_data(vm, &a)?;
    let x = vm.arg(&a, 1).as_int().unwrap_or(-1);
    if !(0..256).contains(&x) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    d.push(x as u8);
    let v = vm.arg(&a, 0);
    set_data(vm, v, &d)?;
    Ok(Value::NONE)
}

/// Methods of `bytes`/`bytearray`.
pub static METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::DECODE,
        f: m_decode,
    },
    NativeDesc {
        name: q::HEX,
        f: m_hex,
    },
    NativeDesc {
        name: q::STARTSWITH,
        f: m_startswith,
    },
    NativeDesc {
        name: q::ENDSWITH,
        f: m_endswith,
    },
    NativeDesc {
        name: q::FIND,
        f: m_find,
    },
    NativeDesc {
        name: q::INDEX,
        f: m_index,
    },
    NativeDesc {
        name: q::COUNT,
        f: m_count,
    },
    NativeDesc {
        name: q::UPPER,
        f: m_upper,
    },
    NativeDesc {
        name: q::LOWER,
        f: m_lower,
    },
    NativeDesc {
        name: q::STRIP,
        f: m_strip,
    },
    NativeDesc {
        name: q::REPLACE,
        f: m_replace,
    },
    NativeDesc {
        name: q::SPLIT,
        f: m_split,
    },
    NativeDesc {
        name: q::JOIN,
        f: m_join,
    },
    NativeDesc {
        name: q::APPEND,
        f: m_append,
    },
];

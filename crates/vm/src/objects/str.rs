//! `str`: heap strs (cached hash, char count, UTF-8 bytes) and qstrs, and
//! the str methods.
//!
//! Layout (raw body): bytes 0..8 hash, 8..12 byte length, 12..16 char
//! count, then the UTF-8 text.

use crate::qstr::{q, str_hash};
use crate::types::{kind, NativeDesc};
use crate::vm::{Args, PyResult, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use pycopy_gc::{GcRef, Heap, Value};

const HDR: usize = 16;

/// The text of heap str `r`.
pub fn heap_text(heap: &Heap, r: GcRef) -> Option<&str> {
    let b = heap.bytes(r);
    let len = u32::from_le_bytes(b.get(8..12)?.try_into().ok()?) as usize;
    let data = b.get(HDR..HDR + len)?;
    // SAFETY: str bodies are only written by `alloc_str` from a `&str`, so
    // they hold valid UTF-8; `len` is the length written there.
    Some(unsafe { core::str::from_utf8_unchecked(data) })
}

/// Cached hash of heap str `r`.
pub fn heap_hash(heap: &Heap, r: GcRef) -> i64 {
    let b = heap.bytes(r);
    b.get(0..8)
        .and_then(|s| s.try_into().ok())
        .map(i64::from_le_bytes)
        .unwrap_or(0)
}

/// Char count of a heap str.
pub fn heap_chars(heap: &Heap, r: GcRef) -> usize {
    let b = heap.bytes(r);
    b.get(12..16)
        .and_then(|s| s.try_into().ok())
        .map(u32::from_le_bytes)
        .unwrap_or(0) as usize
}

/// Allocates a heap str holding `s` (never interned).
pub fn alloc_str(vm: &mut Vm, s: &str) -> PyResult<Value> {
    if s.len() > u32::MAX as usize / 2 {
        return Err(vm.raise(crate::types::TypeId::MemoryError, "string too long"));
    }
    let r = vm.alloc_bytes(kind::STR, HDR + s.len())?;
    let b = vm.heap.bytes_mut(r);
    let h = str_hash(s.as_bytes());
    let chars = s.chars().count() as u32;
    if let Some(d) = b.get_mut(0..8) {
        d.copy_from_slice(&h.to_le_bytes());
    }
    if let Some(d) = b.get_mut(8..12) {
        d.copy_from_slice(&(s.len() as u32).to_le_bytes());
    }
    if let Some(d) = b.get_mut(12..16) {
        d.copy_from_slice(&chars.to_le_bytes());
    }
    if let Some(d) = b.get_mut(HDR..HDR + s.len()) {
        d.copy_from_slice(s.as_bytes());
    }
    Ok(Value::from_ref(r))
}

/// Hash of a str value.
pub fn hash_of(vm: &Vm, v: Value) -> i64 {
    if let Some(id) = v.as_qstr() {
        return vm.qstr_hash(id);
    }
    match v.as_ref() {
        Some(r) => heap_hash(&vm.heap, r),
        None => 0,
    }
}

/// Number of characters of a str value.
pub fn char_len(vm: &Vm, v: Value) -> usize {
    if let Some(r) = v.as_ref() {
        return heap_chars(&vm.heap, r);
    }
    vm.str_of(v).map_or(0, |s| s.chars().count())
}

fn text(vm: &mut Vm, v: Value) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let m = alloc::format!("expected str, got {}", vm.type_name(v));
            Err(vm.type_error(&m))
        }
    }
}

/// `s[i]` with a (possibly negative) index.
pub fn index(vm: &mut Vm, s: Value, i: i64) -> PyResult<Value> {
    let t = text(vm, s)?;
    let n = char_len(vm, s) as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("string index out of range"));
    }
    let c = if t.len() as i64 == n {
        t.get(j as usize..j as usize + 1).map(String::from)
    } else {
        t.chars().nth(j as usize).map(String::from)
    };
    let c = c.unwrap_or_default();
    vm.new_str(&c)
}

/// The characters of a str as separate values for slicing.
pub fn slice(vm: &mut Vm, s: Value, start: i64, stop: i64, step: i64) -> PyResult<Value> {
    let t = text(vm, s)?;
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            if let Some(c) = chars.get(i as usize) {
                out.push(*c);
            }
            i += step;
        }
    } else {
        while i > stop {
            if let Some(c) = chars.get(i as usize) {
                out.push(*c);
            }
            i += step;
        }
    }
    vm.new_str(&out)
}

/// Concatenation.
pub fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let mut s = text(vm, a)?;
    let t = vm.str_of(b).unwrap_or("");
    s.push_str(t);
    vm.new_str(&s)
}

/// Repetition.
pub fn repeat(vm: &mut Vm, a: Value, n: i64) -> PyResult<Value> {
    let s = text(vm, a)?;
    let n = n.max(0) as usize;
    if s.len().saturating_mul(n) > vm.heap.total_bytes() {
        return Err(vm.raise(
            crate::types::TypeId::MemoryError,
            "memory allocation failed",
        ));
    }
    let out = s.repeat(n);
    vm.new_str(&out)
}

/// `repr` of a str.
pub fn repr_text(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&alloc::format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn self_text(vm: &mut Vm, a: &Args) -> PyResult<String> {
    let s = vm.arg(a, 0);
    text(vm, s)
}

fn opt_text(vm: &mut Vm, a: &Args, i: usize) -> PyResult<Option<String>> {
    if (a.n as usize) <= i {
        return Ok(None);
    }
    let v = vm.arg(a, i);
    if v.is_none() {
        return Ok(None);
    }
    text(vm, v).map(Some)
}

fn m_upper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?.to_uppercase();
    vm.new_str(&s)
}
fn m_lower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?.to_lowercase();
    vm.new_str(&s)
}
fn strip_impl(vm: &mut Vm, a: Args, left: bool, right: bool) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let chars = opt_text(vm, &a, 1)?;
    let f = |c: char| match &chars {
        Some(cs) => cs.contains(c),
        None => c.is_whitespace(),
    };
    let mut t: &str = &s;
    if left {
        t = t.trim_start_matches(f);
    }
    if right {
        t = t.trim_end_matches(f);
    }
    let t = String::from(t);
    vm.new_str(&t)
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
fn m_startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let p = vm.arg(&a, 1);
    let mut pats = Vec::new();
    if vm.kind_of(p) == kind::TUPLE {
        for i in 0..crate::objects::tuple::len(vm, p) {
            let x = vm.tuple_get(p, i);
            pats.push(text(vm, x)?);
        }
    } else {
        pats.push(text(vm, p)?);
    }
    Ok(Value::bool(pats.iter().any(|x| s.starts_with(x.as_str()))))
}
fn m_endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let p = vm.arg(&a, 1);
    let mut pats = Vec::new();
    if vm.kind_of(p) == kind::TUPLE {
        for i in 0..crate::objects::tuple::len(vm, p) {
            let x = vm.tuple_get(p, i);
            pats.push(text(vm, x)?);
        }
    } else {
        pats.push(text(vm, p)?);
    }
    Ok(Value::bool(pats.iter().any(|x| s.ends_with(x.as_str()))))
}
fn m_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let x = vm.arg(&a, 1);
    let old = text(vm, x)?;
    let y = vm.arg(&a, 2);
    let new = text(vm, y)?;
    let count = if a.n > 3 {
        vm.arg(&a, 3).as_int().unwrap_or(-1)
    } else {
        -1
    };
    let r = if count < 0 {
        s.replace(old.as_str(), &new)
    } else {
        s.replacen(old.as_str(), &new, count as usize)
    };
    vm.new_str(&r)
}
fn char_index(s: &str, byte: usize) -> i64 {
    s.get(..byte).map_or(0, |p| p.chars().count() as i64)
}
fn m_find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let x = vm.arg(&a, 1);
    let p = text(vm, x)?;
    Ok(Value::from_small(match s.find(p.as_str()) {
        Some(b) => char_index(&s, b) as i32,
        None => -1,
    }))
}
fn m_rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let x = vm.arg(&a, 1);
    let p = text(vm, x)?;
    Ok(Value::from_small(match s.rfind(p.as_str()) {
        Some(b) => char_index(&s, b) as i32,
        None => -1,
    }))
}
fn m_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = m_find(vm, a)?;
    if r.as_int() == Some(-1) {
        return Err(vm.value_error("substring not found"));
    }
    Ok(r)
}
fn m_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let x = vm.arg(&a, 1);
    let p = text(vm, x)?;
    let n = if p.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(p.as_str()).count()
    };
    Ok(Value::from_small(n as i32))
}
fn m_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let sep = match vm.kwarg(&a, q::SEP) {
        Some(v) if !v.is_none() => Some(text(vm, v)?),
        Some(_) => None,
        None => opt_text(vm, &a, 1)?,
    };
    let maxsplit = if a.n > 2 {
        vm.arg(&a, 2).as_int().unwrap_or(-1)
    } else {
        -1
    };
    let parts: Vec<String> = match &sep {
        Some(p) if p.is_empty() => return Err(vm.value_error("empty separator")),
        Some(p) => {
            if maxsplit < 0 {
                s.split(p.as_str()).map(String::from).collect()
            } else {
                s.splitn(maxsplit as usize + 1, p.as_str())
                    .map(String::from)
                    .collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(String::from(rest.trim_end()));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(String::from(rest.get(..end).unwrap_or("")));
                rest = rest.get(end..).unwrap_or("").trim_start();
            }
            out
        }
    };
    strings_to_list(vm, &parts)
}

/// A list of new strs.
pub fn strings_to_list(vm: &mut Vm, parts: &[String]) -> PyResult<Value> {
    let l = crate::objects::list::new_list(vm, parts.len())?;
    let mark = vm.push_root(l);
    for p in parts {
        let s = vm.new_str(p);
        let s = match s {
            Ok(s) => s,
            Err(e) => {
                vm.pop_roots(mark);
                return Err(e);
            }
        };
        let l = vm.root(mark);
        if let Err(e) = crate::objects::list::append(vm, l, s) {
            vm.pop_roots(mark);
            return Err(e);
        }
    }
    let l = vm.root(mark);
    vm.pop_roots(mark);
    Ok(l)
}

fn m_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = self_text(vm, &a)?;
    let it = vm.arg(&a, 1);
    let items = vm.collect_iter(it)?;
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.str_of(*v) {
            Some(t) => out.push_str(t),
            None => {
                let m = alloc::format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(*v)
                );
                return Err(vm.type_error(&m));
            }
        }
    }
    vm.new_str(&out)
}
fn m_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::format::str_format(vm, a)
}
fn pred(vm: &mut Vm, a: Args, f: fn(char) -> bool) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    Ok(Value::bool(!s.is_empty() && s.chars().all(f)))
}
fn m_isdigit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, |c| c.is_ascii_digit())
}
fn m_isalpha(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, char::is_alphabetic)
}
fn m_isspace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, char::is_whitespace)
}
fn m_isalnum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, char::is_alphanumeric)
}
fn m_isupper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    Ok(Value::bool(
        s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase),
    ))
}
fn m_islower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    Ok(Value::bool(
        s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_uppercase),
    ))
}
fn m_partition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let x = vm.arg(&a, 1);
    let p = text(vm, x)?;
    let (x, y, z) = match s.find(p.as_str()) {
        Some(i) => (
            String::from(s.get(..i).unwrap_or("")),
            p.clone(),
            String::from(s.get(i + p.len()..).unwrap_or("")),
        ),
        None => (s.clone(), String::new(), String::new()),
    };
    let l = strings_to_list(vm, &[x, y, z])?;
    crate::objects::tuple::from_list(vm, l)
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
fn pad(vm: &mut Vm, a: Args, mode: u8) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let w = vm.arg(&a, 1).as_int().unwrap_or(0).max(0) as usize;
    let fill = opt_text(vm, &a, 2)?
        .and_then(|f| f.chars().next())
        .unwrap_or(' ');
    let n = s.chars().count();
    if n >= w {
        return vm.new_str(&s);
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
    let mut out = String::new();
    out.extend(core::iter::repeat_n(fill, l));
    out.push_str(&s);
    out.extend(core::iter::repeat_n(fill, r));
    vm.new_str(&out)
}
fn m_zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let w = vm.arg(&a, 1).as_int().unwrap_or(0).max(0) as usize;
    let n = s.chars().count();
    if n >= w {
        return vm.new_str(&s);
    }
    let (sign, rest) = match s.strip_prefix(['-', '+']) {
        Some(r) => (s.get(..1).unwrap_or(""), r),
        None => ("", s.as_str()),
    };
    let mut out = String::from(sign);
    out.extend(core::iter::repeat_n('0', w - n));
    out.push_str(rest);
    vm.new_str(&out)
}
fn m_capitalize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    vm.new_str(&out)
}
fn m_title(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let mut out = String::new();
    let mut prev = false;
    for c in s.chars() {
        if prev {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev = c.is_alphabetic();
    }
    vm.new_str(&out)
}
fn m_swapcase(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let mut out = String::new();
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
    }
    vm.new_str(&out)
}
fn m_splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let parts: Vec<String> = s.lines().map(String::from).collect();
    strings_to_list(vm, &parts)
}

fn m_encode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    crate::objects::bytes::new_bytes(vm, kind::BYTES, s.as_bytes())
}

/// Methods of `str`.
pub static METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::ENCODE,
        f: m_encode,
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
        name: q::LSTRIP,
        f: m_lstrip,
    },
    NativeDesc {
        name: q::RSTRIP,
        f: m_rstrip,
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
        name: q::REPLACE,
        f: m_replace,
    },
    NativeDesc {
        name: q::FIND,
        f: m_find,
    },
    NativeDesc {
        name: q::RFIND,
        f: m_rfind,
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
        name: q::SPLIT,
        f: m_split,
    },
    NativeDesc {
        name: q::JOIN,
        f: m_join,
    },
    NativeDesc {
        name: q::FORMAT,
        f: m_format,
    },
    NativeDesc {
        name: q::ISDIGIT,
        f: m_isdigit,
    },
    NativeDesc {
        name: q::ISALPHA,
        f: m_isalpha,
    },
    NativeDesc {
        name: q::ISSPACE,
        f: m_isspace,
    },
    NativeDesc {
        name: q::ISALNUM,
        f: m_isalnum,
    },
    NativeDesc {
        name: q::ISUPPER,
        f: m_isupper,
    },
    NativeDesc {
        name: q::ISLOWER,
        f: m_islower,
    },
    NativeDesc {
        name: q::PARTITION,
        f: m_partition,
    },
    NativeDesc {
        name: q::CENTER,
        f: m_center,
    },
    NativeDesc {
        name: q::LJUST,
        f: m_ljust,
    },
    NativeDesc {
        name: q::RJUST,
        f: m_rjust,
    },
    NativeDesc {
        name: q::ZFILL,
        f: m_zfill,
    },
    NativeDesc {
        name: q::CAPITALIZE,
        f: m_capitalize,
    },
    NativeDesc {
        name: q::TITLE,
        f: m_title,
    },
    NativeDesc {
        name: q::SWAPCASE,
        f: m_swapcase,
    },
    NativeDesc {
        name: q::SPLITLINES,
        f: m_splitlines,
    },
];

/// `str(x)` constructor.
pub fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 0 {
        return vm.new_str("");
    }
    let v = vm.arg(&a, 0);
    vm.to_str(v)
}

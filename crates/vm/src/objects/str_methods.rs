//! The methods of `str`. Every method copies its receiver's text out of the
//! heap first (allocation may move it), works on Rust strings, and converts
//! code-point positions to byte offsets only where it must.

use super::stack_str::StackStr;
use super::str::{byte_offset, char_index, pieces_to_list, strings_to_list, substr, text, SHORT};
use super::textops;
use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeId};
use crate::vm::{Args, PyResult, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use pycopy_gc::Value;

/// Positional argument `i` or keyword `name` of a native call.
pub fn arg_or_kw(vm: &Vm, a: &Args, i: usize, name: &str) -> Option<Value> {
    if i < a.n as usize {
        return Some(vm.arg(a, i));
    }
    for k in 0..a.nkw as usize {
        let kn = vm.tuple_get(vm.kwnames(a), k);
        if vm.str_of(kn) == Some(name) {
            return vm.st.stack.get(a.base as usize + a.n as usize + k).copied();
        }
    }
    None
}

fn self_text(vm: &mut Vm, a: &Args) -> PyResult<String> {
    let s = vm.arg(a, 0);
    text(vm, s)
}

/// A str argument (TypeError naming the method otherwise).
fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let m = alloc::format!("{what} arg must be None or str");
            let m = if what.is_empty() {
                alloc::format!("must be str, not {}", vm.type_name(v))
            } else {
                m
            };
            Err(vm.type_error(&m))
        }
    }
}

/// A str argument; otherwise CPython's "`{what}` must be str, not T".
fn named_str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let m = alloc::format!("{what} must be str, not {}", vm.type_name(v));
            Err(vm.type_error(&m))
        }
    }
}

/// An optional index argument (None or absent gives `None`).
fn opt_index(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match v.as_int().or_else(|| v.as_bool().map(i64::from)) {
            Some(i) => Ok(Some(i)),
            None if vm.kind_of(v) == kind::BIGINT => {
                let neg =
                    crate::objects::int::with_ref(vm, v, |x| x.is_negative()).unwrap_or(false);
                Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 }))
            }
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// An int argument.
fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match v.as_int().or_else(|| v.as_bool().map(i64::from)) {
        Some(i) => Ok(i),
        None => {
            let m = alloc::format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            );
            Err(vm.type_error(&m))
        }
    }
}

/// Normalises `[start:end]` (code points) against a length of `n`.
pub fn range_of(start: Option<i64>, end: Option<i64>, n: usize) -> (usize, usize, bool) {
    let n = n as i64;
    let fix = |x: i64| if x < 0 { (x + n).max(0) } else { x };
    let s = start.map_or(0, fix);
    let e = end.map_or(n, fix).min(n);
    // `valid` is false when start is past the end (no match possible, not
    // even of the empty string).
    (s.min(n) as usize, e.max(0) as usize, s <= e && s <= n)
}

/// The byte range of `[start:end]` of `s`, or None if empty-impossible.
fn sub_range(vm: &mut Vm, a: &Args, s: &str, at: usize) -> PyResult<Option<(usize, usize)>> {
    let st = arg_or_kw(vm, a, at, "start");
    let st = opt_index(vm, st)?;
    let en = arg_or_kw(vm, a, at + 1, "end");
    let en = opt_index(vm, en)?;
    let n = s.chars().count();
    let (cs, ce, ok) = range_of(st, en, n);
    if !ok {
        return Ok(None);
    }
    Ok(Some((byte_offset(s, cs), byte_offset(s, ce.max(cs)))))
}

fn find_impl(vm: &mut Vm, a: &Args, rev: bool) -> PyResult<Option<usize>> {
    let s = self_text(vm, a)?;
    let p = vm.arg(a, 1);
    let p = str_arg(vm, p, "")?;
    let Some((b0, b1)) = sub_range(vm, a, &s, 2)? else {
        return Ok(None);
    };
    let r = if rev {
        textops::rfind(s.as_bytes(), p.as_bytes(), b0, b1)
    } else {
        textops::find(s.as_bytes(), p.as_bytes(), b0, b1)
    };
    Ok(r.map(|b| char_index(&s, b)))
}

fn m_find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = find_impl(vm, &a, false)?;
    Ok(Value::int(r.map_or(-1, |i| i as i64)).unwrap_or(Value::NONE))
}
fn m_rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = find_impl(vm, &a, true)?;
    Ok(Value::int(r.map_or(-1, |i| i as i64)).unwrap_or(Value::NONE))
}
fn m_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match find_impl(vm, &a, false)? {
        Some(i) => Ok(Value::int(i as i64).unwrap_or(Value::NONE)),
        None => Err(vm.value_error("substring not found")),
    }
}
fn m_rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match find_impl(vm, &a, true)? {
        Some(i) => Ok(Value::int(i as i64).unwrap_or(Value::NONE)),
        None => Err(vm.value_error("substring not found")),
    }
}
fn m_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let p = vm.arg(&a, 1);
    let p = str_arg(vm, p, "")?;
    let Some((b0, b1)) = sub_range(vm, &a, &s, 2)? else {
        return Ok(Value::from_small(0));
    };
    let n = if p.is_empty() {
        s.get(b0..b1).map_or(0, |t| t.chars().count()) + 1
    } else {
        textops::count(s.as_bytes(), p.as_bytes(), b0, b1)
    };
    Ok(Value::int(n as i64).unwrap_or(Value::NONE))
}

fn affix_impl(vm: &mut Vm, a: &Args, end: bool) -> PyResult<Value> {
    let s = self_text(vm, a)?;
    let p = vm.arg(a, 1);
    let name = if end { "endswith" } else { "startswith" };
    // As CPython: the slice bounds first, then the candidates in order,
    // each type-checked only when reached (a match ends the search).
    let range = sub_range(vm, a, &s, 2)?;
    let sub = range.and_then(|(b0, b1)| s.get(b0..b1));
    let hit = |x: &str| match sub {
        Some(sub) if end => sub.ends_with(x),
        Some(sub) => sub.starts_with(x),
        None => false,
    };
    if vm.kind_of(p) == kind::TUPLE {
        for i in 0..crate::objects::tuple::len(vm, p) {
            let x = vm.tuple_get(p, i);
            match vm.str_of(x) {
                Some(t) => {
                    if hit(t) {
                        return Ok(Value::TRUE);
                    }
                }
                None => {
                    let m = alloc::format!(
                        "tuple for {name} must only contain str, not {}",
                        vm.type_name(x)
                    );
                    return Err(vm.type_error(&m));
                }
            }
        }
        return Ok(Value::FALSE);
    }
    match vm.str_of(p) {
        Some(t) => Ok(Value::bool(hit(t))),
        None => {
            let m = alloc::format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(p)
            );
            Err(vm.type_error(&m))
        }
    }
}
fn m_startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix_impl(vm, &a, false)
}
fn m_endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix_impl(vm, &a, true)
}

fn m_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let x = vm.arg(&a, 1);
    let old = named_str_arg(vm, x, "replace() argument 1")?;
    let y = vm.arg(&a, 2);
    let new = named_str_arg(vm, y, "replace() argument 2")?;
    let count = match arg_or_kw(vm, &a, 3, "count") {
        Some(c) => int_arg(vm, c)?,
        None => -1,
    };
    let count = usize::try_from(count).ok();
    let out = textops::replace(s.as_bytes(), old.as_bytes(), new.as_bytes(), count, |b| {
        (b & 0xC0) != 0x80
    });
    let out = String::from_utf8(out).unwrap_or_default();
    vm.new_str(&out)
}

fn split_args(vm: &mut Vm, a: &Args) -> PyResult<(Option<String>, Option<usize>)> {
    let sep = match arg_or_kw(vm, a, 1, "sep") {
        Some(v) if !v.is_none() => match vm.str_of(v) {
            Some(t) => Some(String::from(t)),
            None => {
                let m = alloc::format!("must be str or None, not {}", vm.type_name(v));
                return Err(vm.type_error(&m));
            }
        },
        _ => None,
    };
    let max = match arg_or_kw(vm, a, 2, "maxsplit") {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    if sep.as_deref() == Some("") {
        return Err(vm.value_error("empty separator"));
    }
    Ok((sep, usize::try_from(max).ok()))
}

fn split_impl(vm: &mut Vm, a: &Args, rev: bool) -> PyResult<Value> {
    let s = self_text(vm, a)?;
    let (sep, max) = split_args(vm, a)?;
    if sep.is_none() && max.is_none() && s.is_ascii() {
        return super::str::ascii_words_to_list(vm, &s);
    }
    let ranges = match &sep {
        Some(p) => {
            if rev {
                textops::rsplit(s.as_bytes(), p.as_bytes(), max)
            } else {
                textops::split(s.as_bytes(), p.as_bytes(), max)
            }
        }
        None => textops::split_ws(
            s.char_indices()
                .map(|(i, c)| (i, i + c.len_utf8(), textops::is_py_space(c))),
            s.len(),
            max,
            rev,
        ),
    };
    pieces_to_list(vm, &s, &ranges)
}
fn m_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, &a, false)
}
fn m_rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, &a, true)
}

/// Whether `c` ends a line for `splitlines`.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn m_splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let keep = match arg_or_kw(vm, &a, 1, "keepends") {
        Some(v) => super::corefns::int_flag(vm, v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        let stop = if keep { end } else { i };
        parts.push(String::from(s.get(start..stop).unwrap_or("")));
        start = end;
    }
    if start < s.len() {
        parts.push(String::from(s.get(start..).unwrap_or("")));
    }
    strings_to_list(vm, &parts)
}

fn m_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !vm.is_str(vm.arg(&a, 0)) {
        self_text(vm, &a)?;
    }
    let it = vm.arg(&a, 1);
    // A list or tuple is joined from its own items; anything else is
    // collected first (which may run Python).
    let owned = match crate::objects::list::seq_store(vm, it) {
        Some(_) => None,
        None => {
            // A TypeError from getting the iterator is worded as CPython's.
            let itr = match vm.get_iter(it) {
                Ok(i) => i,
                Err(e) if vm.exc_matches(TypeId::TypeError) => {
                    let _ = e;
                    return Err(vm.type_error("can only join an iterable"));
                }
                Err(e) => return Err(e),
            };
            Some(vm.collect_iter(itr)?)
        }
    };
    let (sepv, it) = (vm.arg(&a, 0), vm.arg(&a, 1));
    let mut short = StackStr::<SHORT>::default();
    let mut long = String::new();
    // Nothing allocates on the VM heap from here to the result.
    let r = {
        let items: &[Value] = match &owned {
            Some(v) => v,
            None => match crate::objects::list::seq_store(vm, it) {
                Some((r, n)) => vm.heap.values(r).get(..n).unwrap_or(&[]),
                None => &[],
            },
        };
        if let [one] = items {
            if vm.is_str(*one) {
                return Ok(*one);
            }
        }
        let sep = vm.str_of(sepv).unwrap_or("");
        join_into(vm, sep, items, &mut short, &mut long).map_err(|e| match e {
            JoinFail::NotStr(i) => {
                let bad = items.get(i).copied().unwrap_or(Value::NONE);
                Some(alloc::format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(bad)
                ))
            }
            JoinFail::TooLong => None,
        })
    };
    match r {
        Ok(()) => {}
        Err(Some(m)) => return Err(vm.type_error(&m)),
        Err(None) => return Err(vm.raise(TypeId::MemoryError, "string too long")),
    }
    if long.is_empty() {
        vm.new_str(short.as_str())
    } else {
        vm.new_str(&long)
    }
}

/// Why [`join_into`] joined nothing.
enum JoinFail {
    /// Item `i` is not a str.
    NotStr(usize),
    /// The result would be longer than a str can be.
    TooLong,
}

/// The text of a str item of `join` (the str inside a str subclass's
/// instance too).
#[inline]
fn item_text(vm: &Vm, v: Value) -> Option<&str> {
    match vm.str_of(v) {
        Some(t) => Some(t),
        None => vm.str_of(vm.base_value(v)),
    }
}

/// Joins the texts of `items` with `sep` in one pass (one read of each
/// item): into `short` while the result fits it, then on into `long`.
fn join_into(
    vm: &Vm,
    sep: &str,
    items: &[Value],
    short: &mut StackStr<SHORT>,
    long: &mut String,
) -> Result<(), JoinFail> {
    let mut spilled = false;
    for (i, v) in items.iter().enumerate() {
        let t = item_text(vm, *v).ok_or(JoinFail::NotStr(i))?;
        let s = if i == 0 { "" } else { sep };
        if !spilled {
            let before = short.as_str().len();
            if short.push_str(s) && short.push_str(t) {
                continue;
            }
            spilled = true;
            // What `short` held before this item (a `sep` pushed for it is
            // dropped: it is pushed again below).
            let kept = short.as_str().get(..before).unwrap_or("");
            let at_least = kept.len() + s.len() + t.len();
            long.reserve(at_least.saturating_mul(2).min(super::str::MAX_LEN));
            long.push_str(kept);
        }
        if long.len() + s.len() + t.len() > super::str::MAX_LEN {
            return Err(JoinFail::TooLong);
        }
        long.push_str(s);
        long.push_str(t);
    }
    Ok(())
}

fn strip_impl(vm: &mut Vm, a: Args, left: bool, right: bool) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    if !vm.is_str(v) {
        text(vm, v)?;
    }
    let chars = match arg_or_kw(vm, &a, 1, "chars") {
        Some(c) if !c.is_none() && !vm.is_str(c) => {
            let name = match (left, right) {
                (true, true) => "strip",
                (true, false) => "lstrip",
                _ => "rstrip",
            };
            // `str_arg` raises the TypeError for a non-str.
            return str_arg(vm, c, name).map(|_| Value::NONE);
        }
        Some(c) if !c.is_none() => Some(c),
        _ => None,
    };
    // Byte offsets of the kept part, found on the strs' own texts.
    let (from, to, len) = {
        let s = vm.str_of(v).unwrap_or("");
        let cs = chars.and_then(|c| vm.str_of(c));
        let f = |c: char| match cs {
            Some(cs) => cs.chars().any(|x| x == c),
            None => textops::is_py_space(c),
        };
        let mut t = s;
        if left {
            t = t.trim_start_matches(f);
        }
        let from = s.len() - t.len();
        if right {
            t = t.trim_end_matches(f);
        }
        (from, from + t.len(), s.len())
    };
    if from == 0 && to == len {
        return Ok(v);
    }
    substr(vm, v, from, to)
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

fn map_text(vm: &mut Vm, a: Args, f: fn(&str) -> String) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let out = f(&s);
    vm.new_str(&out)
}
/// `lower`/`upper`: ASCII text is mapped in place in a copy (on the stack
/// when short), other text by `f`.
fn map_case(vm: &mut Vm, a: Args, upper: bool, f: fn(&str) -> String) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    let mut short = StackStr::<SHORT>::default();
    let mut long = String::new();
    let out = match vm.str_of(v) {
        // Already in that case: the same (immutable) str.
        Some(t)
            if t.is_ascii()
                && !t.bytes().any(|b| {
                    if upper {
                        b.is_ascii_lowercase()
                    } else {
                        b.is_ascii_uppercase()
                    }
                }) =>
        {
            return Ok(v);
        }
        Some(t) if t.is_ascii() && short.push_str(t) => short.as_mut_str(),
        Some(t) if t.is_ascii() => {
            long.push_str(t);
            long.as_mut_str()
        }
        _ => return map_text(vm, a, f),
    };
    if upper {
        out.make_ascii_uppercase();
    } else {
        out.make_ascii_lowercase();
    }
    vm.new_str(out)
}
fn m_upper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_case(vm, a, true, str::to_uppercase)
}
fn m_lower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_case(vm, a, false, str::to_lowercase)
}
fn m_casefold(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_text(vm, a, |s| {
        s.chars()
            .flat_map(|c| {
                if c == 'ß' {
                    ['s', 's'].to_vec()
                } else {
                    c.to_lowercase().collect()
                }
            })
            .collect()
    })
}
fn m_capitalize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_text(vm, a, |s| {
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i == 0 {
                out.extend(title_case(c));
            } else {
                out.extend(c.to_lowercase());
            }
        }
        out
    })
}

/// Title case of a char (the few digraphs have their own title forms).
fn title_case(c: char) -> Vec<char> {
    match c {
        'ǆ' | 'ǅ' | 'Ǆ' => alloc::vec!['ǅ'],
        'ǉ' | 'ǈ' | 'Ǉ' => alloc::vec!['ǈ'],
        'ǌ' | 'ǋ' | 'Ǌ' => alloc::vec!['ǋ'],
        'ǳ' | 'ǲ' | 'Ǳ' => alloc::vec!['ǲ'],
        'ß' => alloc::vec!['S', 's'],
        c => c.to_uppercase().collect(),
    }
}

/// Cased in Python's sense (has an upper, lower or title form).
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
}

fn m_title(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_text(vm, a, |s| {
        let mut out = String::new();
        let mut prev = false;
        for c in s.chars() {
            if prev {
                out.extend(c.to_lowercase());
            } else {
                out.extend(title_case(c));
            }
            prev = is_cased(c);
        }
        out
    })
}
fn m_swapcase(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_text(vm, a, |s| {
        let mut out = String::new();
        for c in s.chars() {
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn pred(vm: &mut Vm, a: Args, f: fn(char) -> bool) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    Ok(Value::bool(!s.is_empty() && s.chars().all(f)))
}

/// Code points of the zeros of the Unicode decimal digit runs (category Nd)
/// most text uses.
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x11066, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
];

fn is_decimal(c: char) -> bool {
    let n = c as u32;
    DECIMAL_ZEROS.iter().any(|&z| n >= z && n < z + 10)
}

fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089
            | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24f5..=0x24fd | 0x2776..=0x277e
            | 0x2780..=0x2788 | 0x278a..=0x2792)
}

fn m_isdigit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, is_digit)
}
fn m_isdecimal(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, is_decimal)
}
fn m_isnumeric(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, char::is_numeric)
}
fn m_isalpha(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, char::is_alphabetic)
}
fn m_isspace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, textops::is_py_space)
}
fn m_isalnum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, char::is_alphanumeric)
}
fn m_isascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    Ok(Value::bool(s.is_ascii()))
}
fn m_isprintable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    Ok(Value::bool(s.chars().all(super::str::is_printable)))
}
fn m_isidentifier(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let mut cs = s.chars();
    let ok = match cs.next() {
        Some(c) => (c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    };
    Ok(Value::bool(ok))
}
fn m_isupper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    Ok(Value::bool(
        s.chars().any(is_cased)
            && !s
                .chars()
                .any(|c| c.is_lowercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')),
    ))
}
fn m_islower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    Ok(Value::bool(
        s.chars().any(is_cased)
            && !s
                .chars()
                .any(|c| c.is_uppercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')),
    ))
}
fn m_istitle(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        let upper_or_title = c.is_uppercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ');
        if upper_or_title {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(any))
}

fn partition_impl(vm: &mut Vm, a: Args, rev: bool) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let x = vm.arg(&a, 1);
    let p = str_arg(vm, x, "")?;
    if p.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev {
        textops::rfind(s.as_bytes(), p.as_bytes(), 0, s.len())
    } else {
        textops::find(s.as_bytes(), p.as_bytes(), 0, s.len())
    };
    let parts = match found {
        Some(i) => [
            String::from(s.get(..i).unwrap_or("")),
            p.clone(),
            String::from(s.get(i + p.len()..).unwrap_or("")),
        ],
        None if rev => [String::new(), String::new(), s.clone()],
        None => [s.clone(), String::new(), String::new()],
    };
    let l = strings_to_list(vm, &parts)?;
    crate::objects::tuple::from_list(vm, l)
}
fn m_partition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(vm, a, false)
}
fn m_rpartition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(vm, a, true)
}

fn pad(vm: &mut Vm, a: Args, mode: u8) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let w = vm.arg(&a, 1);
    let w = int_arg(vm, w)?;
    let fill = match arg_or_kw(vm, &a, 2, "fillchar") {
        Some(f) => {
            let t = vm.str_of(f).map(String::from);
            match t.filter(|t| t.chars().count() == 1) {
                Some(t) => t.chars().next().unwrap_or(' '),
                None => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    let n = s.chars().count();
    let w = usize::try_from(w).unwrap_or(0);
    if n >= w {
        return Ok(vm.arg(&a, 0));
    }
    if w > vm.heap.total_bytes() {
        return Err(vm.raise(TypeId::MemoryError, "memory allocation failed"));
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
    let s = self_text(vm, &a)?;
    let w = vm.arg(&a, 1);
    let w = usize::try_from(int_arg(vm, w)?).unwrap_or(0);
    let n = s.chars().count();
    if n >= w {
        return Ok(vm.arg(&a, 0));
    }
    if w > vm.heap.total_bytes() {
        return Err(vm.raise(TypeId::MemoryError, "memory allocation failed"));
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
fn m_expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let ts = match arg_or_kw(vm, &a, 1, "tabsize") {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    let ts = usize::try_from(ts).unwrap_or(0);
    let mut out = String::new();
    let mut col = 0usize;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(core::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
        if out.len() > vm.heap.total_bytes() {
            return Err(vm.raise(TypeId::MemoryError, "memory allocation failed"));
        }
    }
    vm.new_str(&out)
}
fn m_removeprefix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let p = vm.arg(&a, 1);
    let p = named_str_arg(vm, p, "removeprefix() argument")?;
    match s.strip_prefix(p.as_str()) {
        Some(r) if !p.is_empty() => vm.new_str(r),
        _ => Ok(vm.arg(&a, 0)),
    }
}
fn m_removesuffix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let p = vm.arg(&a, 1);
    let p = named_str_arg(vm, p, "removesuffix() argument")?;
    match s.strip_suffix(p.as_str()) {
        Some(r) if !p.is_empty() => vm.new_str(r),
        _ => Ok(vm.arg(&a, 0)),
    }
}

fn m_encode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let enc = arg_or_kw(vm, &a, 1, "encoding");
    let errs = arg_or_kw(vm, &a, 2, "errors");
    let d = crate::objects::bytes::encode(vm, &s, enc, errs)?;
    crate::objects::bytes::new_bytes(vm, kind::BYTES, &d)
}

fn m_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = vm.arg(&a, 0);
    if !vm.is_str(s) {
        return Err(vm.type_error("descriptor '__len__' requires a 'str' object"));
    }
    Ok(Value::int(super::str::char_len(vm, s) as i64).unwrap_or(Value::NONE))
}
fn m_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::format::str_format(vm, a)
}
fn m_format_map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::format::str_format_map(vm, a)
}
fn m_dunder_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    let spec = vm.arg(&a, 1);
    let spec = str_arg(vm, spec, "")?;
    crate::format::format_obj(vm, v, &spec)
}

/// `str.maketrans(x[, y[, z]])`.
fn m_maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // Called on the type or an instance: skip a leading str receiver when
    // the call has more arguments than maketrans takes.
    let first = usize::from(a.n == 4 || a.n == 2 && vm.kind_of(vm.arg(&a, 1)) == kind::DICT);
    let n = a.n as usize - first;
    if n == 0 || n > 3 {
        return Err(super::corefns::arity_error(vm, "maketrans", 1, 3, n as u32));
    }
    let d = crate::objects::dict::new_dict(vm, 8)?;
    let mark = vm.push_root(d);
    let res = (|| {
        if n == 1 {
            let src = vm.arg(&a, first);
            if vm.kind_of(src) != kind::DICT {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            }
            let pairs = crate::objects::dict::pairs(vm, src);
            let base = vm.st.misc.len();
            for (k, v) in &pairs {
                vm.push_root(*k);
                vm.push_root(*v);
            }
            for i in 0..pairs.len() {
                let (k, v) = (vm.root(base + 2 * i), vm.root(base + 2 * i + 1));
                let k = match vm.str_of(k) {
                    Some(t) if t.chars().count() == 1 => {
                        Value::int(t.chars().next().map_or(0, |c| c as i64)).unwrap_or(k)
                    }
                    Some(_) => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                    None => k,
                };
                let d = vm.root(mark);
                crate::objects::dict::set(vm, d, k, v)?;
            }
            return Ok(());
        }
        let x = vm.arg(&a, first);
        let x = named_str_arg(vm, x, "maketrans() argument 1")?;
        let y = vm.arg(&a, first + 1);
        let y = named_str_arg(vm, y, "maketrans() argument 2")?;
        if x.chars().count() != y.chars().count() {
            return Err(vm.value_error("the first two maketrans arguments must have equal length"));
        }
        for (cx, cy) in x.chars().zip(y.chars()) {
            let d = vm.root(mark);
            let k = Value::from_small(cx as i32);
            let v = Value::from_small(cy as i32);
            crate::objects::dict::set(vm, d, k, v)?;
        }
        if n > 2 {
            let z = vm.arg(&a, first + 2);
            let z = named_str_arg(vm, z, "maketrans() argument 3")?;
            for c in z.chars() {
                let d = vm.root(mark);
                crate::objects::dict::set(vm, d, Value::from_small(c as i32), Value::NONE)?;
            }
        }
        Ok(())
    })();
    let d = vm.root(mark);
    vm.pop_roots(mark);
    res.map(|()| d)
}

fn m_translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_text(vm, &a)?;
    let table = vm.arg(&a, 1);
    let mut out = String::new();
    for c in s.chars() {
        let k = Value::from_small(c as i32);
        let r = match vm.getitem(table, k) {
            Ok(r) => r,
            Err(e) => {
                if vm.exc_matches(TypeId::LookupError) {
                    out.push(c);
                    continue;
                }
                return Err(e);
            }
        };
        if r.is_none() {
            continue;
        }
        if let Some(i) = r.as_int() {
            match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(c) => out.push(c),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        } else if let Some(t) = vm.str_of(r) {
            out.push_str(t);
        } else {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        }
    }
    vm.new_str(&out)
}

macro_rules! methods {
    ($($name:expr => $f:expr,)*) => {
        /// Methods of `str`.
        pub static METHODS: &[NativeDesc] = &[$(NativeDesc { name: $name, f: $f },)*];
    };
}

methods! {
    q::ENCODE => m_encode,
    q::UPPER => m_upper,
    q::LOWER => m_lower,
    q::CASEFOLD => m_casefold,
    q::STRIP => m_strip,
    q::LSTRIP => m_lstrip,
    q::RSTRIP => m_rstrip,
    q::STARTSWITH => m_startswith,
    q::ENDSWITH => m_endswith,
    q::REPLACE => m_replace,
    q::FIND => m_find,
    q::RFIND => m_rfind,
    q::INDEX => m_index,
    q::RINDEX => m_rindex,
    q::COUNT => m_count,
    q::SPLIT => m_split,
    q::RSPLIT => m_rsplit,
    q::SPLITLINES => m_splitlines,
    q::JOIN => m_join,
    q::FORMAT => m_format,
    q::FORMAT_MAP => m_format_map,
    q::D_FORMAT => m_dunder_format,
    q::D_LEN => m_len,
    q::ISDIGIT => m_isdigit,
    q::ISDECIMAL => m_isdecimal,
    q::ISNUMERIC => m_isnumeric,
    q::ISALPHA => m_isalpha,
    q::ISSPACE => m_isspace,
    q::ISALNUM => m_isalnum,
    q::ISUPPER => m_isupper,
    q::ISLOWER => m_islower,
    q::ISTITLE => m_istitle,
    q::ISASCII => m_isascii,
    q::ISPRINTABLE => m_isprintable,
    q::ISIDENTIFIER => m_isidentifier,
    q::PARTITION => m_partition,
    q::RPARTITION => m_rpartition,
    q::CENTER => m_center,
    q::LJUST => m_ljust,
    q::RJUST => m_rjust,
    q::ZFILL => m_zfill,
    q::EXPANDTABS => m_expandtabs,
    q::CAPITALIZE => m_capitalize,
    q::TITLE => m_title,
    q::SWAPCASE => m_swapcase,
    q::REMOVEPREFIX => m_removeprefix,
    q::REMOVESUFFIX => m_removesuffix,
    q::MAKETRANS => m_maketrans,
    q::TRANSLATE => m_translate,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_clamp_like_slices() {
        assert_eq!(range_of(None, None, 5), (0, 5, true));
        assert_eq!(range_of(Some(-2), None, 5), (3, 5, true));
        assert_eq!(range_of(Some(6), None, 5), (5, 5, false));
        assert_eq!(range_of(Some(5), None, 5), (5, 5, true));
        assert_eq!(range_of(Some(3), Some(1), 5), (3, 1, false));
        assert_eq!(range_of(Some(-99), Some(-99), 5), (0, 0, true));
    }

    #[test]
    fn decimal_and_digit_classes() {
        assert!(is_decimal('7') && is_decimal('٣') && is_decimal('７'));
        assert!(!is_decimal('²') && is_digit('²') && !is_digit('½'));
    }
}

//! `str`: heap strs (hash state, char count, UTF-8 bytes) and qstrs:
//! layout, indexing and slicing by code point, concatenation, `repr`, and
//! the `str()` constructor. The methods are in `str_methods.rs`.
//!
//! A heap str (kind `STR`) has one of two layouts, told apart by the header's
//! aux byte; both have the same three header fields at the same offsets of
//! the raw part (`heap.bytes(r)`): bytes 0..8 the hash *state*
//! ([`crate::qstr::hash_extend`], folded on read), 8..12 the byte length,
//! 12..16 the char count.
//! - [`INLINE`]: raw body, the UTF-8 text follows the header fields.
//! - [`IN_BUF`]: value word 0 is a shared append buffer, the text is that
//!   buffer's first `len` bytes (see `str_buf.rs`, which also builds them).
//!
//! Every reader of a heap str's text goes through [`heap_loc`] (directly or
//! via [`heap_text`] / `Vm::str_of`), so the two layouts cannot be confused.

use crate::objects::stack_str::StackStr;
use crate::qstr::{hash_extend, hash_fold, HASH_SEED};
use crate::types::kind;
use crate::vm::{Args, PyResult, Vm};
use alloc::string::String;
use pycopy_gc::{GcRef, Heap, Value};

const HDR: usize = 16;

/// Aux byte of a heap str whose text is stored inline after its header.
pub const INLINE: u8 = 0;
/// Aux byte of a heap str whose text is a prefix of a shared append buffer.
pub const IN_BUF: u8 = 1;

/// Longest str text in bytes (lengths are stored as `u32`).
pub const MAX_LEN: usize = u32::MAX as usize / 2;

/// Raw word `i` of heap str `r` (either layout: an `IN_BUF` str has one
/// value word before its raw part), read without decoding the header's
/// sizes (0 when out of range).
#[inline(always)]
fn raw_word(heap: &Heap, r: GcRef, i: usize) -> u64 {
    let first = r.offset() as usize + if heap.aux(r) == IN_BUF { 2 } else { 1 };
    heap.word_at(first + i)
}

/// The `u32` at raw bytes `8..12` (`hi`: `12..16`) of heap str `r`.
#[inline(always)]
fn raw_u32(heap: &Heap, r: GcRef, hi: bool) -> usize {
    let b = raw_word(heap, r, 1).to_ne_bytes();
    let (x, y) = b.split_at(4);
    let part = if hi { y } else { x };
    part.try_into().map_or(0, u32::from_le_bytes) as usize
}

/// Byte length of heap str `r` (either layout).
#[inline]
pub fn heap_len(heap: &Heap, r: GcRef) -> usize {
    raw_u32(heap, r, false)
}

/// Where the text of heap str `r` lives: the object holding the bytes, the
/// offset of the text in that object's raw bytes, and its length. This and
/// [`heap_text`] (its fast path for inline strs) are the only places that
/// know both layouts.
#[inline]
pub fn heap_loc(heap: &Heap, r: GcRef) -> Option<(GcRef, usize, usize)> {
    let len = heap_len(heap, r);
    if heap.aux(r) == IN_BUF {
        let buf = heap.get(r, 0)?.as_ref()?;
        return Some((buf, crate::objects::str_buf::DATA, len));
    }
    Some((r, HDR, len))
}

/// The text of heap str `r`.
#[inline]
pub fn heap_text(heap: &Heap, r: GcRef) -> Option<&str> {
    let data = if heap.aux(r) == IN_BUF {
        let (o, start, len) = heap_loc(heap, r)?;
        heap.bytes(o).get(start..start.checked_add(len)?)?
    } else {
        let b = heap.bytes(r);
        let len = u32::from_le_bytes(b.get(8..12)?.try_into().ok()?) as usize;
        b.get(HDR..HDR + len)?
    };
    // SAFETY: an inline str body is only written by `alloc_str` from a
    // `&str`; an append buffer's bytes below its used mark are only written
    // by `str_buf` from whole `&str` texts, one after another from the
    // start, and never rewritten; an `IN_BUF` str's length is the sum of
    // whole texts so written. Either way `data` is valid UTF-8.
    Some(unsafe { core::str::from_utf8_unchecked(data) })
}

/// Stored hash state of heap str `r` (see [`crate::qstr::hash_extend`]).
#[inline]
pub fn heap_state(heap: &Heap, r: GcRef) -> u64 {
    u64::from_le_bytes(raw_word(heap, r, 0).to_ne_bytes())
}

/// Cached hash of heap str `r`.
#[inline]
pub fn heap_hash(heap: &Heap, r: GcRef) -> i64 {
    hash_fold(heap_state(heap, r))
}

/// Char count of a heap str.
pub fn heap_chars(heap: &Heap, r: GcRef) -> usize {
    raw_u32(heap, r, true)
}

/// Writes the header fields (hash state, byte length, char count) of heap
/// str `r`, either layout.
pub(crate) fn set_fields(heap: &mut Heap, r: GcRef, state: u64, len: usize, chars: usize) {
    let b = heap.bytes_mut(r);
    if let Some(d) = b.get_mut(0..8) {
        d.copy_from_slice(&state.to_le_bytes());
    }
    if let Some(d) = b.get_mut(8..12) {
        d.copy_from_slice(&(len as u32).to_le_bytes());
    }
    if let Some(d) = b.get_mut(12..16) {
        d.copy_from_slice(&(chars as u32).to_le_bytes());
    }
}

/// Longest text [`new_text`] looks up among the interned strs.
const INTERN_LOOKUP_MAX: usize = 16;

/// Size of the stack buffers that build short strs ([`substr`] and the
/// str methods): longer results go through a host `String`.
pub const SHORT: usize = 128;

/// A new str value holding `s`: its qstr when `s` is short and already
/// interned, else a heap str. The text is hashed and counted once.
pub fn new_text(vm: &mut Vm, s: &str) -> PyResult<Value> {
    new_known(vm, s, hash_extend(HASH_SEED, s.as_bytes()), count_chars(s))
}

/// [`new_text`] for a text whose hash state and char count are known.
fn new_known(vm: &mut Vm, s: &str, state: u64, chars: usize) -> PyResult<Value> {
    if let Some(c) = one_ascii_char(s) {
        return Ok(c);
    }
    if s.len() <= INTERN_LOOKUP_MAX {
        if let Some(id) = vm.lookup_qstr_hashed(s, hash_fold(state)) {
            return Ok(Value::qstr(id));
        }
    }
    alloc_known(vm, s, state, chars)
}

/// A str computed at run time (a concatenation, `str(i)`, a slice, a
/// split word): the shared qstr when it is one ASCII char, else a new heap
/// str, without looking the text up among the interned names (CPython
/// does not intern such results either, so only `is` could tell).
#[inline]
fn new_fresh(vm: &mut Vm, s: &str, state: u64, chars: usize) -> PyResult<Value> {
    if let Some(c) = one_ascii_char(s) {
        return Ok(c);
    }
    alloc_known(vm, s, state, chars)
}

/// The shared qstr of `s` when `s` is one ASCII char.
#[inline(always)]
fn one_ascii_char(s: &str) -> Option<Value> {
    match s.as_bytes() {
        [b] => crate::qstr::ascii_char(*b),
        _ => None,
    }
}

/// Number of code points of `s` (its length when ASCII).
#[inline]
pub fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Allocates a heap str holding `s` (never interned).
pub fn alloc_str(vm: &mut Vm, s: &str) -> PyResult<Value> {
    alloc_known(vm, s, hash_extend(HASH_SEED, s.as_bytes()), count_chars(s))
}

/// [`alloc_str`] for a text whose hash state and char count are known.
fn alloc_known(vm: &mut Vm, s: &str, state: u64, chars: usize) -> PyResult<Value> {
    if s.len() > MAX_LEN {
        return Err(vm.raise(crate::types::TypeId::MemoryError, "string too long"));
    }
    // Every body byte but the last word's padding is written below.
    let r = match vm
        .heap
        .alloc_bytes_to_fill(kind::STR, HDR + s.len(), &mut vm.st)
    {
        Ok(r) => r,
        Err(_) => vm.alloc_bytes(kind::STR, HDR + s.len())?,
    };
    // One decode of the new object for the three fields and the text.
    if let Some(b) = vm.heap.bytes_mut(r).get_mut(..HDR + s.len()) {
        let (h, d) = b.split_at_mut(HDR);
        h[..8].copy_from_slice(&state.to_le_bytes());
        h[8..12].copy_from_slice(&(s.len() as u32).to_le_bytes());
        h[12..].copy_from_slice(&(chars as u32).to_le_bytes());
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

pub(crate) fn text(vm: &mut Vm, v: Value) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let m = alloc::format!("expected str, got {}", vm.type_name(v));
            Err(vm.type_error(&m))
        }
    }
}

/// Byte offset of code point `ci` in `s` (`s.len()` past the end).
pub fn byte_offset(s: &str, ci: usize) -> usize {
    if ci >= s.len() {
        return s.len();
    }
    s.char_indices().nth(ci).map_or(s.len(), |(b, _)| b)
}

/// Code-point index of byte offset `b` in `s`.
pub fn char_index(s: &str, b: usize) -> usize {
    s.get(..b).map_or(0, |p| p.chars().count())
}

/// `s[i]` for an ASCII heap str `r` and an index in range (negative
/// from the end): the char's shared qstr, with no allocation. `None` for
/// any other case ([`index`] handles them).
#[inline]
pub fn index_fast(heap: &Heap, r: GcRef, i: i64) -> Option<Value> {
    let n = heap_len(heap, r);
    if heap_chars(heap, r) != n {
        return None;
    }
    let j = if i < 0 { i + n as i64 } else { i };
    let j = usize::try_from(j).ok().filter(|&j| j < n)?;
    let (o, start, _) = heap_loc(heap, r)?;
    let b = *heap.bytes(o).get(start.checked_add(j)?)?;
    crate::qstr::ascii_char(b)
}

/// `s[i]` with a (possibly negative) index.
pub fn index(vm: &mut Vm, s: Value, i: i64) -> PyResult<Value> {
    let n = char_len(vm, s) as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("string index out of range"));
    }
    let t = vm.str_of(s).unwrap_or("");
    let c = if t.len() as i64 == n {
        let b = t.as_bytes().get(j as usize).copied().unwrap_or(b' ');
        if let Some(c) = crate::qstr::ascii_char(b) {
            return Ok(c);
        }
        Some(char::from(b))
    } else {
        t.chars().nth(j as usize)
    };
    let mut buf = [0u8; 4];
    let c = c.unwrap_or(' ').encode_utf8(&mut buf);
    vm.new_str(c)
}

/// `s[start:stop:step]` with indices already normalised (by code point).
pub fn slice(vm: &mut Vm, s: Value, start: i64, stop: i64, step: i64) -> PyResult<Value> {
    if step == 1 {
        return slice_contiguous(vm, s, start, stop);
    }
    let ascii = byte_len(vm, s).is_some_and(|n| n == char_len(vm, s));
    let Some(t) = vm.str_of(s) else {
        return Err(concat_type_error(vm, s, s));
    };
    let mut out = String::new();
    // The picked code-point indexes, in order (the bounds are normalised).
    let picks = core::iter::successors(Some(start), |&i| i.checked_add(step))
        .take_while(|&i| (step > 0 && i < stop) || (step < 0 && i > stop))
        .filter_map(|i| usize::try_from(i).ok());
    if ascii {
        // One byte per char: no decoding, and the result is ASCII too.
        let b = t.as_bytes();
        for i in picks {
            if let Some(&c) = b.get(i) {
                out.push(char::from(c));
            }
        }
        let n = out.len();
        return new_fresh(vm, &out, hash_extend(HASH_SEED, out.as_bytes()), n);
    }
    let chars: alloc::vec::Vec<char> = t.chars().collect();
    for i in picks {
        if let Some(c) = chars.get(i) {
            out.push(*c);
        }
    }
    vm.new_str(&out)
}

/// `s[start:stop]` (indices normalised, by code point): O(1) offsets on
/// an ASCII str, and only the piece is copied.
fn slice_contiguous(vm: &mut Vm, s: Value, start: i64, stop: i64) -> PyResult<Value> {
    if start >= stop {
        return vm.new_str("");
    }
    let Some(len) = byte_len(vm, s) else {
        let m = alloc::format!("expected str, got {}", vm.type_name(s));
        return Err(vm.type_error(&m));
    };
    let (a, b) = if len == char_len(vm, s) {
        (start as usize, stop as usize)
    } else {
        let t = vm.str_of(s).unwrap_or("");
        (
            byte_offset(t, start as usize),
            byte_offset(t, stop as usize),
        )
    };
    if a == 0 && b >= len && !s.is_qstr() {
        return Ok(s);
    }
    substr(vm, s, a, b.min(len))
}

/// Concatenation. Results of at least [`crate::objects::str_buf::APPEND_MIN`]
/// bytes go through the append buffers of `str_buf.rs` (amortised O(len(b))
/// when `a` was itself built by appending); shorter ones are inline strs.
pub fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    // A str built by appending (`s += piece`): straight to its buffer.
    if let Some(r) = a.as_ref() {
        if vm.heap.kind(r) == kind::STR && vm.heap.aux(r) == IN_BUF {
            // The common `s += piece`: `b`'s text is read once.
            if let Some(res) = crate::objects::str_buf::append_short_in_place(vm, a, b) {
                return res;
            }
            if let Some(lb) = byte_len(vm, b).filter(|&lb| lb > 0) {
                let la = heap_len(&vm.heap, r);
                if (crate::objects::str_buf::APPEND_MIN..=MAX_LEN).contains(&(la + lb)) {
                    return crate::objects::str_buf::append(vm, a, b, la, lb);
                }
            }
        }
    }
    // One read of each operand's text; a short result is joined on the
    // stack while the texts are borrowed, then allocated.
    let mut buf = StackStr::<{ crate::objects::str_buf::APPEND_MIN }>::default();
    let (state, chars) = {
        let (Some(ta), Some(tb)) = (vm.str_of(a), vm.str_of(b)) else {
            return Err(concat_type_error(vm, a, b));
        };
        let (la, lb) = (ta.len(), tb.len());
        if la == 0 {
            return Ok(b);
        }
        if lb == 0 {
            return Ok(a);
        }
        let total = la + lb;
        if total >= crate::objects::str_buf::APPEND_MIN || !(buf.push_str(ta) && buf.push_str(tb)) {
            if total > MAX_LEN {
                return Err(vm.raise(crate::types::TypeId::MemoryError, "string too long"));
            }
            return crate::objects::str_buf::append(vm, a, b, la, lb);
        }
        // The hash state and char count continue `a`'s over `b`, so only
        // `b` is scanned (and `a` when it is a qstr, whose state is not
        // stored).
        let (state_a, chars_a) = match a.as_ref() {
            Some(r) => (heap_state(&vm.heap, r), heap_chars(&vm.heap, r)),
            None => (hash_extend(HASH_SEED, ta.as_bytes()), count_chars(ta)),
        };
        (
            hash_extend(state_a, tb.as_bytes()),
            chars_a + count_chars(tb),
        )
    };
    new_fresh(vm, buf.as_str(), state, chars)
}

/// `TypeError` of a concatenation with a non-str operand.
#[cold]
fn concat_type_error(vm: &mut Vm, a: Value, b: Value) -> crate::vm::PyErr {
    let bad = if vm.is_str(a) { b } else { a };
    let m = alloc::format!("expected str, got {}", vm.type_name(bad));
    vm.type_error(&m)
}

/// A new str holding bytes `from..to` of str value `v` (empty when that
/// is not a range of whole chars of `v`). Short pieces are copied through
/// the stack; a piece of an ASCII str is ASCII, so it is not counted.
pub fn substr(vm: &mut Vm, v: Value, from: usize, to: usize) -> PyResult<Value> {
    let ascii = byte_len(vm, v) == Some(char_len(vm, v));
    let piece = vm.str_of(v).and_then(|t| t.get(from..to)).unwrap_or("");
    let chars = if ascii {
        piece.len()
    } else {
        count_chars(piece)
    };
    let state = hash_extend(HASH_SEED, piece.as_bytes());
    let mut buf = StackStr::<SHORT>::default();
    if buf.push_str(piece) {
        return new_fresh(vm, buf.as_str(), state, chars);
    }
    let piece = String::from(piece);
    new_fresh(vm, &piece, state, chars)
}

/// Decimal text of `i` written at the end of `buf` (20 bytes hold any i64).
pub fn int_text(i: i64, buf: &mut [u8; 20]) -> &str {
    // Two digits per division, from a table of the pairs 00..99.
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    while n >= 100 {
        let p = (n % 100) as usize * 2;
        n /= 100;
        at -= 2;
        if let (Some(d), Some(s)) = (buf.get_mut(at..at + 2), PAIRS.get(p..p + 2)) {
            d.copy_from_slice(s);
        }
    }
    if n >= 10 {
        let p = n as usize * 2;
        at -= 2;
        if let (Some(d), Some(s)) = (buf.get_mut(at..at + 2), PAIRS.get(p..p + 2)) {
            d.copy_from_slice(s);
        }
    } else {
        at -= 1;
        if let Some(d) = buf.get_mut(at) {
            *d = b'0' + n as u8;
        }
    }
    if i < 0 {
        at -= 1;
        if let Some(d) = buf.get_mut(at) {
            *d = b'-';
        }
    }
    let text = buf.get(at..).unwrap_or(&[]);
    // SAFETY: only ASCII digits and '-' were written to `text` (checking
    // it again was a tenth of the cost of `str(i)`).
    unsafe { core::str::from_utf8_unchecked(text) }
}

/// `str(i)` for a small int: formatted on the stack, ASCII so the char
/// count is the length.
pub fn from_int(vm: &mut Vm, i: i64) -> PyResult<Value> {
    let mut buf = [0u8; 20];
    let t = int_text(i, &mut buf);
    new_fresh(vm, t, hash_extend(HASH_SEED, t.as_bytes()), t.len())
}

/// Byte length of a str value (`None` if `v` is not a str).
#[inline]
pub fn byte_len(vm: &Vm, v: Value) -> Option<usize> {
    if let Some(r) = v.as_ref() {
        if vm.heap.kind(r) == kind::STR {
            return Some(heap_len(&vm.heap, r));
        }
        return None;
    }
    vm.str_of(v).map(str::len)
}

/// Hash state of a str value (see [`crate::qstr::hash_extend`]).
pub fn state_of(vm: &Vm, v: Value) -> u64 {
    match v.as_ref() {
        Some(r) => heap_state(&vm.heap, r),
        None => hash_extend(HASH_SEED, vm.str_of(v).unwrap_or("").as_bytes()),
    }
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

/// Whether `c` is printable in CPython's sense (`str.isprintable`, and
/// what `repr` leaves unescaped): not a control, format, separator (other
/// than the space), surrogate or private-use character.
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x7f {
        return n >= 0x20;
    }
    if n < 0xa0 {
        return false;
    }
    if c.is_whitespace() || c.is_control() {
        return false;
    }
    !matches!(n,
        0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f
        | 0x2028..=0x202e | 0x2060..=0x206f | 0xfeff | 0xfff9..=0xfffb
        | 0xe000..=0xf8ff | 0xf0000..=0x10ffff | 0xe0000..=0xe007f
    )
}

/// `repr` of a str: CPython's quote choice and escapes.
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
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&alloc::format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&alloc::format!("\\u{n:04x}"));
                } else {
                    out.push_str(&alloc::format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(q);
    out
}

/// A list of new strs.
pub fn strings_to_list(vm: &mut Vm, parts: &[String]) -> PyResult<Value> {
    texts_to_list(vm, parts.len(), parts.iter().map(String::as_str))
}

/// A list of new strs, one for each byte range of `s` in `ranges` (whole
/// chars; an invalid range gives an empty str).
pub fn pieces_to_list(vm: &mut Vm, s: &str, ranges: &[core::ops::Range<usize>]) -> PyResult<Value> {
    texts_to_list(
        vm,
        ranges.len(),
        ranges.iter().map(|r| s.get(r.clone()).unwrap_or("")),
    )
}

/// `s.split()` of an ASCII text: a list of its runs of non-whitespace
/// (ASCII whitespace as `str.isspace` sees it: `\t\n\x0b\x0c\r`, space,
/// `\x1c`..`\x1f`), each hashed once and known to be ASCII.
pub fn ascii_words_to_list(vm: &mut Vm, s: &str) -> PyResult<Value> {
    let is_space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ' | 0x1c..=0x1f);
    // Count the words first so the list's array is allocated once.
    let bytes = s.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    for &b in bytes {
        let word_byte = !is_space(b);
        if word_byte && !in_word {
            count += 1;
        }
        in_word = word_byte;
    }
    let l = crate::objects::list::new_list(vm, count)?;
    let mark = vm.push_root(l);
    let mut at = 0;
    let r = loop {
        let Some(start) = bytes
            .get(at..)
            .and_then(|r| r.iter().position(|&b| !is_space(b)))
            .map(|p| at + p)
        else {
            break Ok(());
        };
        let end = bytes
            .get(start..)
            .and_then(|r| r.iter().position(|&b| is_space(b)))
            .map_or(bytes.len(), |p| start + p);
        at = end;
        // Both ends are at ASCII bytes of an ASCII text: whole chars.
        let word = s.get(start..end).unwrap_or("");
        let r = new_fresh(
            vm,
            word,
            hash_extend(HASH_SEED, word.as_bytes()),
            word.len(),
        )
        .and_then(|p| {
            let l = vm.root(mark);
            crate::objects::list::append(vm, l, p)
        });
        if let Err(e) = r {
            break Err(e);
        }
    };
    let l = vm.root(mark);
    vm.pop_roots(mark);
    r.map(|()| l)
}

/// A list (sized for `n`) of a new str per text.
fn texts_to_list<'t>(
    vm: &mut Vm,
    n: usize,
    texts: impl Iterator<Item = &'t str>,
) -> PyResult<Value> {
    let l = crate::objects::list::new_list(vm, n)?;
    let mark = vm.push_root(l);
    for t in texts {
        let r = vm.new_str(t).and_then(|p| {
            let l = vm.root(mark);
            crate::objects::list::append(vm, l, p)
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

/// Methods of `str` (see `str_methods.rs`).
pub use super::str_methods::METHODS;

/// `str(x)`, `str(b, encoding[, errors])` (positional or keyword).
pub fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 1 && a.nkw == 0 {
        // `str(x)`, the common call.
        let v = vm.arg(&a, 0);
        return vm.to_str(v);
    }
    if a.n > 3 {
        let m = alloc::format!("str() takes at most 3 arguments ({} given)", a.n);
        return Err(vm.type_error(&m));
    }
    let enc = crate::objects::str_methods::arg_or_kw(vm, &a, 1, "encoding");
    let errs = crate::objects::str_methods::arg_or_kw(vm, &a, 2, "errors");
    let v = match crate::objects::str_methods::arg_or_kw(vm, &a, 0, "object") {
        Some(v) => v,
        None => return vm.new_str(""),
    };
    if enc.is_none() && errs.is_none() {
        return vm.to_str(v);
    }
    for (arg, what) in [(enc, "encoding"), (errs, "errors")] {
        if let Some(x) = arg.filter(|x| !vm.is_str(*x)) {
            let m = alloc::format!(
                "str() argument '{what}' must be str, not {}",
                vm.type_name(x)
            );
            return Err(vm.type_error(&m));
        }
    }
    let Some(d) = crate::objects::buffer::to_vec(vm, v) else {
        if vm.is_str(v) {
            return Err(vm.type_error("decoding str is not supported"));
        }
        let m = alloc::format!(
            "decoding to str: need a bytes-like object, {} found",
            vm.type_name(v)
        );
        return Err(vm.type_error(&m));
    };
    crate::objects::bytes::decode(vm, &d, enc, errs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_point_offsets_of_non_ascii_text() {
        let s = "aé€😀b";
        assert_eq!(byte_offset(s, 0), 0);
        assert_eq!(byte_offset(s, 1), 1);
        assert_eq!(byte_offset(s, 2), 3);
        assert_eq!(byte_offset(s, 3), 6);
        assert_eq!(byte_offset(s, 4), 10);
        assert_eq!(byte_offset(s, 5), 11);
        assert_eq!(byte_offset(s, 99), 11);
        assert_eq!(char_index(s, 6), 3);
        assert_eq!(char_index(s, 11), 5);
    }

    #[test]
    fn int_text_covers_the_i64_range() {
        let mut buf = [0u8; 20];
        for i in [0, 7, -7, 10, -10, 1234567, i64::MAX, i64::MIN, i64::MIN + 1] {
            assert_eq!(int_text(i, &mut buf), alloc::format!("{i}"));
        }
    }

    #[test]
    fn repr_escapes_only_non_printables() {
        assert_eq!(repr_text("é€"), "'é€'");
        assert_eq!(repr_text("a'b"), "\"a'b\"");
        assert_eq!(repr_text("a'\"b"), "'a\\'\"b'");
        assert_eq!(
            repr_text("\x00\x7f\u{85}\u{200b}"),
            "'\\x00\\x7f\\x85\\u200b'"
        );
        assert_eq!(repr_text("\u{e0001}"), "'\\U000e0001'");
        assert_eq!(repr_text("\t\n\r\\"), "'\\t\\n\\r\\\\'");
    }
}

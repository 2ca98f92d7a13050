//! Append buffers: `s += x` in amortised O(len(x)) without refcounts, for
//! `str` and `bytes`.
//!
//! CPython appends in place when a str's refcount is 1; a tracing collector
//! cannot know that. Instead long strs built by concatenation keep their text
//! in a shared, append-only buffer with spare capacity:
//!
//! - Buffer (kind `STR_BUF`, raw, never a Python value): word 0 is the
//!   *used* byte count, the text bytes start at [`DATA`]; the rest of the
//!   body is spare capacity. Bytes below the used mark are written once and
//!   never changed.
//! - An `IN_BUF` str (kind `STR`, aux [`super::str::IN_BUF`],
//!   `Scan::Prefix(1)`, 3 words): value word 0 is its buffer, the raw part
//!   holds the usual str header fields (hash state, byte length, char
//!   count). Its text is the buffer's first `len` bytes, so a str keeps
//!   seeing its own prefix whatever is appended after it.
//!
//! `a + b` with a result of at least [`APPEND_MIN`] bytes:
//! - `a` is an `IN_BUF` str ending exactly at its buffer's used mark and the
//!   spare room holds `b`: `b` is written after the mark, the mark moves,
//!   and the result is a new 32-byte str object on the same buffer. `a` (and
//!   every older str on the buffer) is unchanged; a second `a + c` finds the
//!   mark moved and copies.
//! - `a` ends at its buffer's used mark but there is no room: both texts
//!   are copied into a new buffer of 1.5x the result's size (geometric, so
//!   a chain of appends copies each byte O(1) times).
//! - otherwise (`a` inline, a qstr, or not at its buffer's mark): a new
//!   buffer of exactly the result's size. Strs made by one concatenation
//!   so carry no spare room; the slack appears only on a str that was itself
//!   appended to, and is bounded by half of the smallest str on its buffer.
//!   A geometric buffer that cannot be allocated falls back to 1.125x, then
//!   to the exact size, so appending never fails where a plain copy would
//!   have fitted.
//!
//! Spare room is only a speed-up: when an allocation finds the heap full,
//! `Vm::alloc` calls [`trim_all`], which shrinks every buffer to its used
//! size in place, and tries once more. So slack never causes a
//! `MemoryError` that exact-size strs would not have hit.
//!
//! The hash state (FNV-1a, see [`crate::qstr::hash_extend`]) and char count
//! of the result are `a`'s continued over `b`, so nothing rescans `a`.
//!
//! `bytes` use the same buffers and rules: an `IN_BUF` bytes (kind `BYTES`,
//! aux `IN_BUF`, `Scan::Prefix(1)`, 2 words) holds its buffer and, in raw
//! word 0, its length (where an inline bytes keeps its length too);
//! `buffer::locate` resolves it. A buffer is only ever shared by objects of
//! one kind, since only `a`'s own kind is appended to at its mark.

use super::stack_str::StackStr;
use super::str::{count_chars, heap_chars, heap_loc, heap_state, set_fields, state_of, IN_BUF};
use crate::qstr::hash_extend;
use crate::types::kind;
use crate::vm::{PyResult, Vm};
use pycopy_gc::{GcRef, Scan, Value};

/// Offset of the text in a buffer's raw bytes (after the used count).
pub const DATA: usize = 8;

/// Results shorter than this (bytes) are plain inline objects: copying a
/// short text is cheaper than the extra object, and short ones stay compact.
pub const APPEND_MIN: usize = 128;

/// Size of the stack chunk used to copy between two heap objects.
const CHUNK: usize = 512;

/// Header fields of the appended object.
#[derive(Clone, Copy)]
enum Fields {
    /// A str: hash state and char count.
    Str { state: u64, chars: usize },
    /// A bytes object: the length only.
    Bytes,
}

/// Used byte count of buffer `buf`.
fn used(vm: &Vm, buf: GcRef) -> usize {
    vm.heap.words(buf).first().copied().unwrap_or(0) as usize
}

fn set_used(vm: &mut Vm, buf: GcRef, n: usize) {
    if let Some(w) = vm.heap.words_mut(buf).first_mut() {
        *w = n as u64;
    }
}

/// Text capacity of buffer `buf`.
fn capacity(vm: &Vm, buf: GcRef) -> usize {
    vm.heap.bytes(buf).len().saturating_sub(DATA)
}

/// The buffer of `a` if `a` is an `IN_BUF` object of kind `k` and length
/// `la` ending at its buffer's used mark.
fn tip_buffer(vm: &Vm, k: u8, a: Value, la: usize) -> Option<GcRef> {
    let r = a.as_ref()?;
    if vm.heap.kind(r) != k || vm.heap.aux(r) != IN_BUF {
        return None;
    }
    let buf = vm.heap.get(r, 0)?.as_ref()?;
    (used(vm, buf) == la).then_some(buf)
}

/// Char count of a str value.
fn chars_of(vm: &Vm, v: Value) -> usize {
    match v.as_ref() {
        Some(r) => heap_chars(&vm.heap, r),
        None => vm.str_of(v).map_or(0, |s| s.chars().count()),
    }
}

/// Copies the contents of `src` (a str, or any buffer object when `k` is
/// `BYTES`) into buffer `dst` at text offset `at` (at or past the used mark).
fn copy_into(vm: &mut Vm, k: u8, src: Value, dst: GcRef, at: usize) {
    if k == kind::STR && copy_short_into(vm, src, dst, at) {
        return;
    }
    let loc = if k == kind::BYTES {
        match crate::objects::buffer::locate(vm, src) {
            Some(l) => l.store.map(|o| (o, l.start, l.len)),
            None => None,
        }
    } else if let Some(r) = src.as_ref() {
        heap_loc(&vm.heap, r)
    } else {
        // A qstr: static text, or a dynamic one whose heap str is inline.
        if let Some(id) = src.as_qstr() {
            if id < crate::qstr::STATIC_COUNT {
                let t = crate::qstr::STATIC.get(id as usize).copied().unwrap_or("");
                write(vm, dst, at, t.as_bytes());
                return;
            }
            let h = vm.st.qstrs.get((id - crate::qstr::STATIC_COUNT) as usize);
            if let Some(h) = h.copied() {
                copy_into(vm, k, h, dst, at);
            }
        }
        return;
    };
    let Some((o, start, len)) = loc else {
        return;
    };
    if o == dst {
        // `s + s` on the buffer's own text: both ranges are in one object.
        let b = vm.heap.bytes_mut(dst);
        if start + len <= b.len() && DATA + at + len <= b.len() {
            b.copy_within(start..start + len, DATA + at);
        }
        return;
    }
    let mut chunk = [0u8; CHUNK];
    let mut done = 0;
    while done < len {
        let n = (len - done).min(CHUNK);
        let from = start + done;
        let (Some(c), Some(s)) = (chunk.get_mut(..n), vm.heap.bytes(o).get(from..from + n)) else {
            return;
        };
        c.copy_from_slice(s);
        write(vm, dst, at + done, c);
        done += n;
    }
}

/// Longest str text [`copy_short_into`] copies through a small stack buffer.
const SHORT_COPY: usize = 64;

/// [`copy_into`] for a str of at most [`SHORT_COPY`] bytes (the common
/// `s += piece`): one small copy, no chunk loop. False (nothing written)
/// for a longer text.
fn copy_short_into(vm: &mut Vm, src: Value, dst: GcRef, at: usize) -> bool {
    let mut tmp = StackStr::<SHORT_COPY>::default();
    if !vm.str_of(src).is_some_and(|t| tmp.push_str(t)) {
        return false;
    }
    write(vm, dst, at, tmp.as_str().as_bytes());
    true
}

fn write(vm: &mut Vm, dst: GcRef, at: usize, data: &[u8]) {
    let from = DATA + at;
    if let Some(d) = vm.heap.bytes_mut(dst).get_mut(from..from + data.len()) {
        d.copy_from_slice(data);
    }
}

/// Allocates an `IN_BUF` object of kind `k` on buffer root `buf_root`.
/// Must be called with everything else needed rooted.
fn new_in_buf(vm: &mut Vm, k: u8, buf_root: usize, len: usize, f: Fields) -> PyResult<Value> {
    let words = if k == kind::STR { 3 } else { 2 };
    let s = vm.alloc(k, Scan::Prefix(1), words)?;
    vm.heap.set_aux(s, IN_BUF);
    let buf = vm.root(buf_root);
    vm.heap.set(s, 0, buf);
    match f {
        Fields::Str { state, chars } => set_fields(&mut vm.heap, s, state, len, chars),
        Fields::Bytes => {
            if let Some(w) = vm.heap.words_mut(s).first_mut() {
                *w = len as u64;
            }
        }
    }
    Ok(Value::from_ref(s))
}

/// `a + b` for strs of byte lengths `la`, `lb` (both non-zero, sum at
/// least [`APPEND_MIN`] and at most [`super::str::MAX_LEN`]).
pub fn append(vm: &mut Vm, a: Value, b: Value, la: usize, lb: usize) -> PyResult<Value> {
    let (state, chars) = {
        let tb = vm.str_of(b).unwrap_or("");
        (
            hash_extend(state_of(vm, a), tb.as_bytes()),
            chars_of(vm, a) + tb.chars().count(),
        )
    };
    append_kind(vm, kind::STR, a, b, la, lb, Fields::Str { state, chars })
}

/// `a + b` in the common `s += piece`: `a` is an `IN_BUF` str at its
/// buffer's used mark, `b` a non-empty str of at most [`SHORT_COPY`] bytes
/// that fits in the spare room. `b` (whose text is read once) is written
/// after the mark first, then the new str object is allocated; `None`
/// (nothing done) when this case does not apply.
///
/// Writing before allocating is safe: if the allocation fails, the bytes
/// past `a`'s end belong to no str, and the moved mark only makes a later
/// `a + c` copy instead of appending (as after any other branch from `a`).
pub fn append_short_in_place(vm: &mut Vm, a: Value, b: Value) -> Option<PyResult<Value>> {
    let r = a.as_ref()?;
    if vm.heap.kind(r) != kind::STR || vm.heap.aux(r) != IN_BUF {
        return None;
    }
    let mut piece = StackStr::<SHORT_COPY>::default();
    if !vm
        .str_of(b)
        .is_some_and(|t| !t.is_empty() && piece.push_str(t))
    {
        return None;
    }
    let piece = piece.as_str();
    let la = super::str::heap_len(&vm.heap, r);
    let buf = vm.heap.get(r, 0)?.as_ref()?;
    let total = la + piece.len();
    if used(vm, buf) != la || capacity(vm, buf) < total || total > super::str::MAX_LEN {
        return None;
    }
    let state = hash_extend(heap_state(&vm.heap, r), piece.as_bytes());
    let chars = heap_chars(&vm.heap, r) + count_chars(piece);
    write(vm, buf, la, piece.as_bytes());
    set_used(vm, buf, total);
    // `a` keeps the buffer alive (and tells where it moved) while allocating.
    let mark = vm.push_root(a);
    let s = vm.alloc(kind::STR, Scan::Prefix(1), 3);
    let a = vm.root(mark);
    vm.pop_roots(mark);
    let s = match s {
        Ok(s) => s,
        Err(e) => return Some(Err(e)),
    };
    let buf = a
        .as_ref()
        .and_then(|r| vm.heap.get(r, 0))
        .unwrap_or(Value::NONE);
    vm.heap.set_aux(s, IN_BUF);
    vm.heap.set(s, 0, buf);
    set_fields(&mut vm.heap, s, state, total, chars);
    Some(Ok(Value::from_ref(s)))
}

/// `a + b` for a bytes `a` and a buffer object `b` of byte lengths `la`,
/// `lb` (both non-zero, sum at least [`APPEND_MIN`]).
pub fn append_bytes(vm: &mut Vm, a: Value, b: Value, la: usize, lb: usize) -> PyResult<Value> {
    append_kind(vm, kind::BYTES, a, b, la, lb, Fields::Bytes)
}

fn append_kind(
    vm: &mut Vm,
    k: u8,
    a: Value,
    b: Value,
    la: usize,
    lb: usize,
    f: Fields,
) -> PyResult<Value> {
    let total = la + lb;
    let tip = tip_buffer(vm, k, a, la);
    let mark = vm.push_root(a);
    vm.push_root(b);
    let res = match tip {
        Some(buf) if capacity(vm, buf).saturating_sub(la) >= lb => {
            in_place(vm, k, mark, la, total, f)
        }
        _ => copied(vm, k, mark, la, tip.is_some(), total, f),
    };
    vm.pop_roots(mark);
    res
}

/// Appends root `mark + 1` after root `mark` (at its buffer's used mark,
/// with room checked) and returns the new object.
fn in_place(
    vm: &mut Vm,
    k: u8,
    mark: usize,
    la: usize,
    total: usize,
    f: Fields,
) -> PyResult<Value> {
    let a = vm.root(mark);
    let buf = a
        .as_ref()
        .and_then(|r| vm.heap.get(r, 0))
        .unwrap_or(Value::NONE);
    let buf_root = vm.push_root(buf);
    // Allocate first (it may collect and move things), write afterwards.
    let s = new_in_buf(vm, k, buf_root, total, f)?;
    let (a, b) = (vm.root(mark), vm.root(mark + 1));
    match tip_buffer(vm, k, a, la) {
        Some(buf) if capacity(vm, buf).saturating_sub(la) >= total - la => {
            copy_into(vm, k, b, buf, la);
            set_used(vm, buf, total);
            Ok(s)
        }
        // Cannot happen (allocation runs no Python code), but never write
        // over another object's text: copy instead.
        _ => copied(vm, k, mark, la, true, total, f),
    }
}

/// Copies roots `mark` and `mark + 1` into a new buffer (1.5x the result
/// when `grow`, else exact) and returns the new object.
fn copied(
    vm: &mut Vm,
    k: u8,
    mark: usize,
    la: usize,
    grow: bool,
    total: usize,
    f: Fields,
) -> PyResult<Value> {
    let exact = DATA + total;
    // Near a full heap a smaller spare room still saves copies.
    let mut got = None;
    if grow {
        for extra in [total / 2, total / 8] {
            let want = exact.saturating_add(extra);
            if let Ok(r) = vm.heap.alloc_bytes(kind::STR_BUF, want, &mut vm.st) {
                got = Some(r);
                break;
            }
        }
    }
    let buf = match got {
        Some(r) => r,
        None => vm.alloc_bytes(kind::STR_BUF, exact)?,
    };
    let buf_root = vm.push_root(Value::from_ref(buf));
    let s = new_in_buf(vm, k, buf_root, total, f)?;
    let (a, b) = (vm.root(mark), vm.root(mark + 1));
    if let Some(buf) = vm.root(buf_root).as_ref() {
        copy_into(vm, k, a, buf, 0);
        copy_into(vm, k, b, buf, la);
        set_used(vm, buf, total);
    }
    Ok(s)
}

/// Shrinks every append buffer to its used size, giving the spare room
/// back to the heap; returns the number of bytes freed. O(heap): called
/// only when an allocation failed.
pub fn trim_all(vm: &mut Vm) -> usize {
    if vm.heap.is_locked() {
        return 0;
    }
    let mut freed = 0;
    for r in vm.heap.objects() {
        if vm.heap.kind(r) != kind::STR_BUF {
            continue;
        }
        let have = vm.heap.len_words(r);
        let need = (DATA + used(vm, r)).div_ceil(pycopy_gc::WORD_BYTES);
        if need < have {
            vm.heap.shrink(r, need);
            freed += (have - need) * pycopy_gc::WORD_BYTES;
        }
    }
    freed
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::objects::str::{concat, heap_hash};
    use crate::CollectorKind;
    use alloc::boxed::Box;
    use alloc::string::String;

    fn vm(c: CollectorKind) -> Vm {
        Vm::new(256 * 1024, c, Box::<crate::hal::BufferHal>::default()).unwrap()
    }

    fn buf_of(vm: &Vm, v: Value) -> Option<GcRef> {
        let r = v.as_ref()?;
        (vm.heap.aux(r) == IN_BUF).then(|| vm.heap.get(r, 0)?.as_ref())?
    }

    /// Appends one char at a time, keeping every prefix on a root, and
    /// checks that all prefixes keep their text, hash and length across
    /// collections (which move objects under the compacting collector).
    #[test]
    fn appends_share_a_buffer_and_keep_every_prefix() {
        for c in [CollectorKind::MarkSweep, CollectorKind::Compacting] {
            let mut vm = vm(c);
            let mut s = vm.new_str(&"a".repeat(200)).unwrap();
            let mark = vm.push_root(s);
            let mut want = "a".repeat(200);
            for i in 0..300u32 {
                let piece = vm.new_str(if i % 2 == 0 { "é" } else { "x" }).unwrap();
                let prev = vm.root(vm.st.misc.len() - 1);
                s = concat(&mut vm, prev, piece).unwrap();
                vm.push_root(s);
                want.push(if i % 2 == 0 { 'é' } else { 'x' });
            }
            vm.heap.collect(&mut vm.st);
            let last = vm.root(vm.st.misc.len() - 1);
            assert_eq!(vm.str_of(last).unwrap(), want);
            let r = last.as_ref().unwrap();
            assert_eq!(
                heap_hash(&vm.heap, r),
                crate::qstr::str_hash(want.as_bytes())
            );
            assert_eq!(crate::objects::str::char_len(&vm, last), 500);
            // Most appends went into a buffer shared with the previous str.
            let shared = (mark + 1..vm.st.misc.len())
                .filter(|&i| buf_of(&vm, vm.root(i)) == buf_of(&vm, vm.root(i - 1)))
                .count();
            assert!(shared > 250, "only {shared} appends were in place");
            // Every kept prefix still reads its own text.
            let mut expect = String::from(&want[..200]);
            for (k, i) in (mark..vm.st.misc.len()).enumerate() {
                if k > 0 {
                    expect.push(if (k - 1) % 2 == 0 { 'é' } else { 'x' });
                }
                assert_eq!(vm.str_of(vm.root(i)).unwrap(), expect);
            }
        }
    }

    /// A branch from a str that is not at its buffer's used mark copies.
    #[test]
    fn branches_copy_instead_of_overwriting() {
        let mut vm = vm(CollectorKind::Compacting);
        let a = vm.new_str(&"p".repeat(150)).unwrap();
        let x = vm.new_str("x").unwrap();
        let s = concat(&mut vm, a, x).unwrap();
        let m = vm.push_root(s);
        let t1 = concat(&mut vm, s, Value::qstr(crate::qstr::q::D_NAME)).unwrap();
        vm.push_root(t1);
        let y = vm.new_str("y").unwrap();
        let s = vm.root(m);
        let t2 = concat(&mut vm, s, y).unwrap();
        let (s, t1) = (vm.root(m), vm.root(m + 1));
        assert_eq!(vm.str_of(s).unwrap().len(), 151);
        assert!(vm.str_of(t1).unwrap().ends_with("x__name__"));
        assert!(vm.str_of(t2).unwrap().ends_with("xy"));
        assert_ne!(buf_of(&vm, t1), buf_of(&vm, t2));
    }

    /// `trim_all` gives the spare room back and leaves the text intact.
    #[test]
    fn trim_releases_spare_room() {
        for c in [CollectorKind::MarkSweep, CollectorKind::Compacting] {
            let mut vm = vm(c);
            let mut s = vm.new_str(&"z".repeat(130)).unwrap();
            let m = vm.push_root(s);
            for _ in 0..2000 {
                let p = vm.new_str("ab").unwrap();
                let prev = vm.root(m);
                s = concat(&mut vm, prev, p).unwrap();
                vm.set_root(m, s);
            }
            let buf = buf_of(&vm, s).unwrap();
            let spare = capacity(&vm, buf) - used(&vm, buf);
            assert!(spare > 500, "spare room {spare}");
            let freed = trim_all(&mut vm);
            assert!(freed + 8 >= spare, "freed {freed} of {spare}");
            let s = vm.root(m);
            let buf = buf_of(&vm, s).unwrap();
            assert!(capacity(&vm, buf) - used(&vm, buf) < 8);
            vm.heap.collect(&mut vm.st);
            let s = vm.root(m);
            let t = vm.str_of(s).unwrap();
            assert_eq!(t.len(), 4130);
            assert!(t.starts_with("zzz") && t.ends_with("abab"));
        }
    }
}

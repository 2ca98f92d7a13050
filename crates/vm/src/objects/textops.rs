//! Search, split and replace over byte slices, shared by `str` (on its
//! UTF-8 bytes: a match of valid UTF-8 in valid UTF-8 always falls on
//! character boundaries) and `bytes`/`bytearray`.
//!
//! Positions are byte offsets; `str` converts them from and to code-point
//! indices itself.

use alloc::vec::Vec;
use core::ops::Range;

/// First match of `n` in `h[start..end]` (absolute offset).
pub fn find(h: &[u8], n: &[u8], start: usize, end: usize) -> Option<usize> {
    let end = end.min(h.len());
    if start > end {
        return None;
    }
    let hay = h.get(start..end)?;
    if n.is_empty() {
        return Some(start);
    }
    if n.len() > hay.len() {
        return None;
    }
    let first = *n.first()?;
    let mut i = 0;
    while i + n.len() <= hay.len() {
        match hay
            .get(i..hay.len() + 1 - n.len())?
            .iter()
            .position(|&b| b == first)
        {
            None => return None,
            Some(p) => {
                i += p;
                if hay.get(i..i + n.len()) == Some(n) {
                    return Some(start + i);
                }
                i += 1;
            }
        }
    }
    None
}

/// Last match of `n` in `h[start..end]` (absolute offset).
pub fn rfind(h: &[u8], n: &[u8], start: usize, end: usize) -> Option<usize> {
    let end = end.min(h.len());
    if start > end || n.len() > end - start {
        return None;
    }
    let mut i = end - n.len();
    loop {
        if h.get(i..i + n.len()) == Some(n) {
            return Some(i);
        }
        if i == start {
            return None;
        }
        i -= 1;
    }
}

/// Non-overlapping matches of non-empty `n` in `h[start..end]`.
pub fn count(h: &[u8], n: &[u8], start: usize, end: usize) -> usize {
    let end = end.min(h.len());
    let mut c = 0;
    let mut i = start;
    while let Some(p) = find(h, n, i, end) {
        c += 1;
        i = p + n.len().max(1);
        if n.is_empty() && p >= end {
            break;
        }
    }
    c
}

/// `h.replace(old, new, count)`; `is_char_start` says where an empty
/// `old` may match (every byte for bytes, every code point for str).
pub fn replace(
    h: &[u8],
    old: &[u8],
    new: &[u8],
    count: Option<usize>,
    is_char_start: impl Fn(u8) -> bool,
) -> Vec<u8> {
    let mut out = Vec::with_capacity(h.len());
    let max = count.unwrap_or(usize::MAX);
    let mut done = 0;
    if old.is_empty() {
        for (i, &b) in h.iter().enumerate() {
            if done < max && is_char_start(b) {
                out.extend_from_slice(new);
                done += 1;
            }
            let _ = i;
            out.push(b);
        }
        if done < max {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while done < max {
        match find(h, old, i, h.len()) {
            Some(p) => {
                out.extend_from_slice(h.get(i..p).unwrap_or(&[]));
                out.extend_from_slice(new);
                i = p + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(h.get(i..).unwrap_or(&[]));
    out
}

/// Splits on non-empty `sep`, at most `max` times, from the left.
pub fn split(h: &[u8], sep: &[u8], max: Option<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut n = 0;
    while max.is_none_or(|m| n < m) {
        match find(h, sep, i, h.len()) {
            Some(p) if !sep.is_empty() => {
                out.push(i..p);
                i = p + sep.len();
                n += 1;
            }
            _ => break,
        }
    }
    out.push(i..h.len());
    out
}

/// Splits on non-empty `sep`, at most `max` times, from the right (the
/// pieces come back in left-to-right order).
pub fn rsplit(h: &[u8], sep: &[u8], max: Option<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut end = h.len();
    let mut n = 0;
    while max.is_none_or(|m| n < m) {
        match rfind(h, sep, 0, end) {
            Some(p) if !sep.is_empty() => {
                out.push(p + sep.len()..end);
                end = p;
                n += 1;
            }
            _ => break,
        }
    }
    out.push(0..end);
    out.reverse();
    out
}

/// Whitespace as Python's `str.isspace`, `split()` and `strip()` see it:
/// Unicode White_Space plus the separators U+001C..U+001F.
#[inline]
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\x1c'..='\x1f')
}

/// Whitespace split over items of any kind: `items` are (start, end, is_space)
/// runs in order; empty pieces are dropped, at most `max` splits from the
/// left (`rev` = from the right).
pub fn split_ws(
    spans: impl IntoIterator<Item = (usize, usize, bool)>,
    total: usize,
    max: Option<usize>,
    rev: bool,
) -> Vec<Range<usize>> {
    // Collect the words first.
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut cur: Option<usize> = None;
    for (s, e, sp) in spans {
        if sp {
            if let Some(st) = cur.take() {
                words.push(st..s);
            }
        } else if cur.is_none() {
            cur = Some(s);
        }
        let _ = e;
    }
    if let Some(st) = cur {
        words.push(st..total);
    }
    let Some(m) = max else {
        return words;
    };
    if words.len() <= m {
        return words;
    }
    if rev {
        // The last m words; the rest (with its leading whitespace) is one
        // piece ending where word len-m-1 ends.
        let keep = words.split_off(words.len() - m);
        let last = words.last().map_or(0, |r| r.end);
        let mut out = alloc::vec![0..last];
        out.extend(keep);
        out
    } else {
        // The remainder keeps its inner and trailing whitespace.
        let rest_start = words.get(m).map_or(total, |r| r.start);
        words.truncate(m);
        words.push(rest_start..total);
        words
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn find_and_rfind_respect_ranges() {
        let h = b"abcabcabc";
        assert_eq!(find(h, b"bc", 0, 9), Some(1));
        assert_eq!(find(h, b"bc", 2, 9), Some(4));
        assert_eq!(find(h, b"bc", 2, 5), None);
        assert_eq!(find(h, b"", 3, 9), Some(3));
        assert_eq!(find(h, b"", 10, 9), None);
        assert_eq!(rfind(h, b"bc", 0, 9), Some(7));
        assert_eq!(rfind(h, b"bc", 0, 8), Some(4));
        assert_eq!(rfind(h, b"", 0, 9), Some(9));
        assert_eq!(rfind(h, b"abcd", 0, 9), None);
    }

    #[test]
    fn count_and_replace() {
        assert_eq!(count(b"aaaa", b"aa", 0, 4), 2);
        assert_eq!(count(b"abc", b"", 0, 3), 4);
        assert_eq!(replace(b"aaaa", b"a", b"b", Some(2), |_| true), b"bbaa");
        assert_eq!(replace(b"ab", b"", b"-", None, |_| true), b"-a-b-");
        // Empty `old` on UTF-8 matches only at code point starts.
        let s = "é".as_bytes();
        assert_eq!(
            replace(s, b"", b"|", None, |b| (b & 0xC0) != 0x80),
            "|é|".as_bytes()
        );
    }

    #[test]
    fn split_and_rsplit_with_max() {
        let h = b"a,b,c";
        let get = |rs: Vec<Range<usize>>| -> Vec<&[u8]> {
            rs.into_iter().map(|r| h.get(r).unwrap()).collect()
        };
        assert_eq!(get(split(h, b",", None)), [&b"a"[..], b"b", b"c"]);
        assert_eq!(get(split(h, b",", Some(1))), [&b"a"[..], b"b,c"]);
        assert_eq!(get(rsplit(h, b",", Some(1))), [&b"a,b"[..], b"c"]);
    }

    #[test]
    fn whitespace_split_keeps_inner_space_of_remainder() {
        let h = b"  a b  c  ";
        let spans: Vec<(usize, usize, bool)> = h
            .iter()
            .enumerate()
            .map(|(i, &c)| (i, i + 1, c == b' '))
            .collect();
        let get = |rs: Vec<Range<usize>>| -> Vec<&[u8]> {
            rs.into_iter().map(|r| h.get(r).unwrap()).collect()
        };
        assert_eq!(
            get(split_ws(spans.iter().copied(), h.len(), None, false)),
            [&b"a"[..], b"b", b"c"]
        );
        assert_eq!(
            get(split_ws(spans.iter().copied(), h.len(), Some(1), false)),
            [&b"a"[..], b"b  c  "]
        );
        assert_eq!(
            get(split_ws(spans.iter().copied(), h.len(), Some(1), true)),
            [&b"  a b"[..], b"c"]
        );
        assert_eq!(
            get(split_ws(spans.iter().copied(), h.len(), Some(0), false)),
            [&b"a b  c  "[..]]
        );
    }
}

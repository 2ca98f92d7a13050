//! [`StackStr`]: a short text assembled in a fixed stack buffer, so building
//! a small str (a concatenation, a slice, a lowered word) needs no host
//! allocation and no second UTF-8 check.

/// Up to `N` bytes of UTF-8 text in a stack buffer.
///
/// Invariant: `buf[..len]` is valid UTF-8. It is only written by
/// [`StackStr::push_str`] (whole `&str` texts, one after another) and
/// through [`StackStr::as_mut_str`] (safe `&mut str` methods, which keep
/// the text UTF-8).
#[derive(Debug)]
pub struct StackStr<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> Default for StackStr<N> {
    fn default() -> Self {
        StackStr {
            buf: [0; N],
            len: 0,
        }
    }
}

impl<const N: usize> StackStr<N> {
    /// Appends `s`; false (and nothing appended) when it does not fit.
    #[inline]
    pub fn push_str(&mut self, s: &str) -> bool {
        let end = self.len + s.len();
        match self.buf.get_mut(self.len..end) {
            Some(d) => {
                d.copy_from_slice(s.as_bytes());
                self.len = end;
                true
            }
            None => false,
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        let b = self.buf.get(..self.len).unwrap_or(&[]);
        // SAFETY: `buf[..len]` is UTF-8 (the type's invariant).
        unsafe { core::str::from_utf8_unchecked(b) }
    }

    /// The text, writable through `str`'s own (UTF-8 preserving) methods.
    #[inline]
    pub fn as_mut_str(&mut self) -> &mut str {
        let b = self.buf.get_mut(..self.len).unwrap_or(&mut []);
        // SAFETY: `buf[..len]` is UTF-8 (the type's invariant), and a
        // `&mut str` can only be changed in ways that keep it UTF-8.
        unsafe { core::str::from_utf8_unchecked_mut(b) }
    }
}

#[cfg(test)]
mod tests {
    use super::StackStr;

    #[test]
    fn joins_texts_and_refuses_overflow() {
        let mut s = StackStr::<8>::default();
        assert!(s.push_str("aé"));
        assert!(s.push_str("€"));
        assert_eq!(s.as_str(), "aé€");
        // 6 bytes used: a 3-byte char no longer fits, and nothing is cut.
        assert!(!s.push_str("€"));
        assert_eq!(s.as_str(), "aé€");
        assert!(s.push_str("xy"));
        assert_eq!(s.as_str(), "aé€xy");
        s.as_mut_str().make_ascii_uppercase();
        assert_eq!(s.as_str(), "Aé€XY");
    }
}

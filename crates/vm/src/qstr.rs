//! Interned strings (qstrs): a static table of built-in names known at
//! compile time, plus a dynamic table of names interned at run time whose
//! text lives in heap str objects (rooted through [`crate::state::State`]).
//!
//! A qstr is the immediate [`Value::qstr`] holding its id. Ids below
//! [`STATIC_COUNT`] index [`STATIC`]; the rest index the dynamic table.
//! A qstr is equal to (and hashes like) a heap str with the same text.

use pycopy_gc::Value;

macro_rules! qstrs {
    ($($id:ident = $text:literal,)*) => {
        /// Ids of the built-in interned names.
        #[allow(missing_docs, dead_code, non_upper_case_globals)]
        pub mod q {
            #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
            #[repr(u32)]
            enum Ids { $($id,)* }
            $(pub const $id: u32 = Ids::$id as u32;)*
        }
        /// Texts of the built-in interned names, by id.
        pub static STATIC: &[&str] = &[$($text,)*];
    };
}

include!("qstr_table.rs");

/// Number of built-in names.
pub const STATIC_COUNT: u32 = STATIC.len() as u32;

/// Start state of the str hash (FNV-1a offset basis).
pub const HASH_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// Continues the str hash state `h` over `s`: the state of a text is the
/// state of any prefix continued over the rest, so `a + b` hashes in
/// O(len(b)) from `a`'s state (heap strs store the state, not the hash).
#[inline]
pub const fn hash_extend(mut h: u64, s: &[u8]) -> u64 {
    let mut i = 0;
    while i < s.len() {
        h ^= s[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

/// The hash of a text from its final state (folded to 47 bits so it is
/// always a non-negative small int).
#[inline]
pub const fn hash_fold(h: u64) -> i64 {
    ((h ^ (h >> 47)) & ((1u64 << 47) - 1)) as i64
}

/// The hash every str-like value uses (FNV-1a folded to 47 bits so it is
/// always a non-negative small int).
pub const fn str_hash(s: &[u8]) -> i64 {
    hash_fold(hash_extend(HASH_SEED, s))
}

/// The hashes of the built-in names, computed at compile time (attribute
/// and method lookups hash their name on every class-dict probe).
pub static STATIC_HASH: [i64; STATIC_COUNT as usize] = {
    let mut t = [0i64; STATIC_COUNT as usize];
    let mut i = 0;
    while i < t.len() {
        t[i] = str_hash(STATIC[i].as_bytes());
        i += 1;
    }
    t
};

/// The qstr id of each one-char ASCII str, by byte (built from [`STATIC`],
/// which holds all 128, so no one-char ASCII str ever needs a new object:
/// CPython shares its one-char strs the same way).
pub static ASCII_CHAR: [u32; 128] = {
    let mut t = [u32::MAX; 128];
    let mut i = 0;
    while i < STATIC.len() {
        let s = STATIC[i].as_bytes();
        if s.len() == 1 && s[0] < 128 {
            t[s[0] as usize] = i as u32;
        }
        i += 1;
    }
    let mut b = 0;
    while b < 128 {
        assert!(t[b] != u32::MAX, "a one-char ASCII qstr is missing");
        b += 1;
    }
    t
};

/// The one-char str `b` (an ASCII byte) as a qstr; `None` for a byte of
/// 128 or more.
#[inline(always)]
pub fn ascii_char(b: u8) -> Option<Value> {
    ASCII_CHAR.get(b as usize).map(|&id| Value::qstr(id))
}

/// The value of built-in name `id`.
#[inline(always)]
pub const fn qv(id: u32) -> Value {
    Value::qstr(id)
}

/// Looks up a built-in name by text (linear; used only at start-up and
/// when interning).
pub fn find_static(s: &str) -> Option<u32> {
    STATIC.iter().position(|t| *t == s).map(|i| i as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Interned-string equality is identity (`ops::compare_value`), which
    /// holds only if no built-in name appears twice.
    #[test]
    fn built_in_names_are_unique() {
        for (i, t) in STATIC.iter().enumerate() {
            assert_eq!(find_static(t), Some(i as u32), "{t:?} appears twice");
        }
    }

    /// Every one-char ASCII str has a built-in qstr with that text.
    #[test]
    fn one_char_ascii_strs_are_built_in() {
        for b in 0u8..128 {
            let id = ASCII_CHAR.get(b as usize).copied();
            let text = id.and_then(|i| STATIC.get(i as usize)).copied();
            assert_eq!(text.map(str::as_bytes), Some(&[b][..]), "byte {b}");
        }
        assert_eq!(ascii_char(200), None);
    }

    /// The compile-time hash table agrees with the hash function.
    #[test]
    fn static_hashes_match() {
        for (i, t) in STATIC.iter().enumerate() {
            assert_eq!(STATIC_HASH.get(i).copied(), Some(str_hash(t.as_bytes())));
        }
    }
}

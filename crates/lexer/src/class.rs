//! A 256-entry table of byte classes, so the hot loops test one bit per
//! byte instead of a chain of comparisons.

/// ASCII letter, digit or `_`: continues a name.
pub(crate) const NAME: u8 = 1;
/// A byte a string scan must stop at: either quote, `\`, `\n`, `\r`.
pub(crate) const STR_STOP: u8 = 2;
/// Non-ASCII (0x80 and above).
pub(crate) const HIGH: u8 = 4;

const fn build() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() || b == b'_' {
            t[i] |= NAME;
        }
        if matches!(b, b'\'' | b'"' | b'\\' | b'\n' | b'\r') {
            t[i] |= STR_STOP;
        }
        if b >= 0x80 {
            t[i] |= HIGH;
        }
        i += 1;
    }
    t
}

/// Class bits of every byte value.
pub(crate) static CLASS: [u8; 256] = build();

/// The class bits of `b`.
#[inline(always)]
pub(crate) fn class(b: u8) -> u8 {
    CLASS[b as usize]
}

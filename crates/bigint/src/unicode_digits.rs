//! Unicode decimal digits, which `int()` accepts like ASCII ones.
//!
//! Each non-ASCII run of decimal digits (general category Nd, Unicode 14.0.0 as
//! in CPython 3.11) is ten consecutive code points for 0..=9; the table
//! holds the code point of each run's zero.

/// Code points of the digit zero of every non-ASCII decimal digit run.
const ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a non-ASCII decimal digit, or `None`.
pub(crate) fn decimal_value(c: char) -> Option<u8> {
    let c = u32::from(c);
    // The last zero at or below c; the digit is c - zero when within 10.
    let idx = ZEROS.partition_point(|&z| z <= c);
    let zero = ZEROS.get(idx.checked_sub(1)?)?;
    let d = c - zero;
    if d < 10 {
        u8::try_from(d).ok()
    } else {
        None
    }
}

//! The one-word value encoding of the whole interpreter (NaN boxing).
//!
//! A [`Value`] is a `u64`. Every `f64` is stored as its own bits, except that
//! every NaN is canonicalised to [`CANONICAL_NAN`] (`0x7FF8_0000_0000_0000`)
//! on entry, so the negative quiet-NaN space above `0xFFF8_FFFF_FFFF_FFFF`
//! never holds a float and is free for tags. A word whose top 16 bits are
//! `0xFFF9..=0xFFFF` is tagged; the low 48 bits are its payload:
//!
//! | top 16 bits | meaning | payload (low 48 bits) |
//! |---|---|---|
//! | `< 0xFFF9` | `f64` (its bits) | |
//! | `0xFFF9` | small int | 48-bit two's complement, `-2^47 ..= 2^47-1` |
//! | `0xFFFA` | heap reference ([`GcRef`]) | word offset of the object's header (u32) |
//! | `0xFFFB` | interned string id (qstr) | u32 index into the VM's table |
//! | `0xFFFC` | special immediate | 0 EMPTY, 1 None, 2 False, 3 True, 4 Ellipsis, 5 NotImplemented |
//! | `0xFFFD` | static object (outside the heap, VM-owned) | bits 32..48 kind (u16), bits 0..32 index (u32) |
//! | `0xFFFE`, `0xFFFF` | reserved (never produced by a constructor) | |
//!
//! Only heap references are traced by the collector. `Value::from_bits(0)` is
//! the float `0.0`, which is a valid non-reference value.

use crate::heap::GcRef;
use core::fmt;

/// The canonical NaN every NaN float is stored as.
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

const PAYLOAD_MASK: u64 = 0x0000_FFFF_FFFF_FFFF;
const TAG_SHIFT: u32 = 48;
/// First tagged word: everything below it is a float.
const FIRST_TAGGED: u64 = 0xFFF9_0000_0000_0000;

/// Tag (top 16 bits) of a small int.
pub(crate) const TAG_INT: u64 = 0xFFF9;
/// Tag (top 16 bits) of a heap reference.
pub(crate) const TAG_REF: u64 = 0xFFFA;
/// Tag (top 16 bits) of an interned string id.
pub(crate) const TAG_QSTR: u64 = 0xFFFB;
/// Tag (top 16 bits) of a special immediate.
pub(crate) const TAG_SPECIAL: u64 = 0xFFFC;
/// Tag (top 16 bits) of a static (non-heap) object.
pub(crate) const TAG_STATIC: u64 = 0xFFFD;

/// Smallest small int (`-2^47`).
pub const SMALL_INT_MIN: i64 = -(1 << 47);
/// Largest small int (`2^47 - 1`).
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

const fn special(code: u64) -> Value {
    Value((TAG_SPECIAL << TAG_SHIFT) | code)
}

/// One interpreter value in one machine word; see the module docs for the encoding.
#[derive(Clone, Copy, PartialEq, Eq, Hash, bytemuck::Pod, bytemuck::Zeroable)]
#[repr(transparent)]
pub struct Value(u64);

const _: () = assert!(core::mem::size_of::<Value>() == 8);
const _: () = assert!(core::mem::align_of::<Value>() == 8);
const _: () = assert!(core::mem::size_of::<Option<GcRef>>() <= 8);

/// The decoded form of a [`Value`], for matching and `Debug`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Decoded {
    /// A float (NaNs are canonical).
    Float(f64),
    /// A small int.
    Int(i64),
    /// A heap reference.
    Ref(GcRef),
    /// An interned string id.
    Qstr(u32),
    /// The unbound / empty-slot sentinel.
    Empty,
    /// `None`.
    None,
    /// `False` or `True`.
    Bool(bool),
    /// `Ellipsis`.
    Ellipsis,
    /// `NotImplemented`.
    NotImplemented,
    /// A static object: (kind, index), owned by the VM.
    Static(u16, u32),
    /// A word in a reserved tag space (only reachable through `from_bits`).
    Reserved(u64),
}

impl Value {
    /// Unbound local / empty hash slot sentinel (distinct from `None`).
    pub const EMPTY: Value = special(0);
    /// `None`.
    pub const NONE: Value = special(1);
    /// `False`.
    pub const FALSE: Value = special(2);
    /// `True`.
    pub const TRUE: Value = special(3);
    /// `Ellipsis`.
    pub const ELLIPSIS: Value = special(4);
    /// `NotImplemented`.
    pub const NOT_IMPLEMENTED: Value = special(5);

    /// The raw word.
    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// A value from a raw word (any word is accepted; no canonicalisation).
    #[inline(always)]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    #[inline(always)]
    const fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    // ---- floats ----

    /// A float; every NaN becomes [`CANONICAL_NAN`].
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(f.to_bits())
        }
    }

    /// Whether this is a float.
    #[inline(always)]
    pub const fn is_float(self) -> bool {
        self.0 < FIRST_TAGGED
    }

    /// The float, if this is one.
    #[inline(always)]
    pub fn as_float(self) -> Option<f64> {
        if self.is_float() {
            Some(f64::from_bits(self.0))
        } else {
            None
        }
    }

    // ---- small ints ----

    /// A small int, or `None` if `i` is outside `SMALL_INT_MIN..=SMALL_INT_MAX`
    /// (the VM then promotes to a heap bigint).
    #[inline(always)]
    pub const fn int(i: i64) -> Option<Value> {
        if i >= SMALL_INT_MIN && i <= SMALL_INT_MAX {
            Some(Value((TAG_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK)))
        } else {
            None
        }
    }

    /// A small int from an `i32` (always fits).
    #[inline(always)]
    pub const fn from_small(i: i32) -> Value {
        Value((TAG_INT << TAG_SHIFT) | (i as i64 as u64 & PAYLOAD_MASK))
    }

    /// Whether this is a small int.
    #[inline(always)]
    pub const fn is_int(self) -> bool {
        self.tag() == TAG_INT
    }

    /// The small int, if this is one.
    #[inline(always)]
    pub const fn as_int(self) -> Option<i64> {
        if self.is_int() {
            Some(((self.0 << 16) as i64) >> 16)
        } else {
            None
        }
    }

    /// The small int's payload sign-extended, without checking the tag
    /// (meaningful only when [`is_int`](Self::is_int) holds).
    #[inline(always)]
    pub const fn int_unchecked(self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }

    // ---- heap references ----

    /// A reference to a heap object.
    #[inline(always)]
    pub const fn from_ref(r: GcRef) -> Value {
        Value((TAG_REF << TAG_SHIFT) | r.offset() as u64)
    }

    /// Whether this is a heap reference (the only kind of value the collector traces).
    #[inline(always)]
    pub const fn is_ref(self) -> bool {
        self.tag() == TAG_REF
    }

    /// The heap reference, if this is one.
    #[inline(always)]
    pub const fn as_ref(self) -> Option<GcRef> {
        if self.is_ref() {
            Some(GcRef::from_offset(self.0 as u32))
        } else {
            None
        }
    }

    // ---- interned strings ----

    /// An interned string id.
    #[inline(always)]
    pub const fn qstr(id: u32) -> Value {
        Value((TAG_QSTR << TAG_SHIFT) | id as u64)
    }

    /// Whether this is an interned string id.
    #[inline(always)]
    pub const fn is_qstr(self) -> bool {
        self.tag() == TAG_QSTR
    }

    /// The interned string id, if this is one.
    #[inline(always)]
    pub const fn as_qstr(self) -> Option<u32> {
        if self.is_qstr() {
            Some(self.0 as u32)
        } else {
            None
        }
    }

    // ---- immediates ----

    /// `True` or `False`.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// The bool, if this is `True` or `False`.
    #[inline(always)]
    pub const fn as_bool(self) -> Option<bool> {
        if self.0 == Value::TRUE.0 {
            Some(true)
        } else if self.0 == Value::FALSE.0 {
            Some(false)
        } else {
            None
        }
    }

    /// Whether this is `None`.
    #[inline(always)]
    pub const fn is_none(self) -> bool {
        self.0 == Value::NONE.0
    }

    /// Whether this is the [`EMPTY`](Self::EMPTY) sentinel.
    #[inline(always)]
    pub const fn is_empty(self) -> bool {
        self.0 == Value::EMPTY.0
    }

    // ---- statics ----

    /// A static (non-heap, VM-owned) object: a 16-bit kind and a 32-bit index.
    #[inline(always)]
    pub const fn static_obj(kind: u16, index: u32) -> Value {
        Value((TAG_STATIC << TAG_SHIFT) | ((kind as u64) << 32) | index as u64)
    }

    /// Whether this is a static object.
    #[inline(always)]
    pub const fn is_static(self) -> bool {
        self.tag() == TAG_STATIC
    }

    /// The static object's (kind, index), if this is one.
    #[inline(always)]
    pub const fn as_static(self) -> Option<(u16, u32)> {
        if self.is_static() {
            Some(((self.0 >> 32) as u16, self.0 as u32))
        } else {
            None
        }
    }

    /// The decoded form.
    pub fn decode(self) -> Decoded {
        match self.tag() {
            TAG_INT => Decoded::Int(self.int_unchecked()),
            TAG_REF => Decoded::Ref(GcRef::from_offset(self.0 as u32)),
            TAG_QSTR => Decoded::Qstr(self.0 as u32),
            TAG_SPECIAL => match self.0 & PAYLOAD_MASK {
                0 => Decoded::Empty,
                1 => Decoded::None,
                2 => Decoded::Bool(false),
                3 => Decoded::Bool(true),
                4 => Decoded::Ellipsis,
                5 => Decoded::NotImplemented,
                _ => Decoded::Reserved(self.0),
            },
            TAG_STATIC => Decoded::Static((self.0 >> 32) as u16, self.0 as u32),
            t if t < TAG_INT => Decoded::Float(f64::from_bits(self.0)),
            _ => Decoded::Reserved(self.0),
        }
    }
}

impl Default for Value {
    /// `None`.
    fn default() -> Value {
        Value::NONE
    }
}

impl From<GcRef> for Value {
    fn from(r: GcRef) -> Value {
        Value::from_ref(r)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::bool(b)
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.decode() {
            Decoded::Float(x) => write!(f, "Float({x:?})"),
            Decoded::Int(i) => write!(f, "Int({i})"),
            Decoded::Ref(r) => write!(f, "Ref(@{})", r.offset()),
            Decoded::Qstr(q) => write!(f, "Qstr({q})"),
            Decoded::Empty => f.write_str("EMPTY"),
            Decoded::None => f.write_str("None"),
            Decoded::Bool(true) => f.write_str("True"),
            Decoded::Bool(false) => f.write_str("False"),
            Decoded::Ellipsis => f.write_str("Ellipsis"),
            Decoded::NotImplemented => f.write_str("NotImplemented"),
            Decoded::Static(k, i) => write!(f, "Static({k}, {i})"),
            Decoded::Reserved(b) => write!(f, "Reserved({b:#018x})"),
        }
    }
}

//! pycopy-bigint: arbitrary-precision integers with Python 3 semantics,
//! working on limb slices so the VM can keep the limbs in its own
//! garbage-collected heap.
//!
//! Inputs are borrowed [`IntRef`] views (sign plus little-endian `u64`
//! limbs, no trailing zero limb, zero is the empty slice). Results are owned
//! [`BigInt`] temporaries: the VM copies their limbs into a heap object (or
//! a small int when [`BigInt::to_i64`] says it fits) and drops them. The
//! crate keeps no state. Small-int fast paths are the VM's; every function
//! here is correct for any value, zero and machine-sized ones included.
//!
//! Modules:
//! - `int`: [`IntRef`], [`BigInt`], conversions from/to machine integers,
//!   [`cmp`], [`neg`], [`abs`].
//! - `mag`: unsigned limb primitives (add, sub, shifts, Knuth division).
//! - `mul`: schoolbook and Karatsuba multiplication.
//! - `arith`: [`add`], [`sub`], [`mul`], floor [`divmod`], [`floordiv`],
//!   [`modulo`], [`pow`], [`pow_mod`] (with modular inverse), [`gcd`].
//! - `bits`: [`shl`], [`shr`] (flooring), [`and`], [`or`], [`xor`],
//!   [`not`] on infinite two's complement, [`bit_length`].
//! - `float`: [`to_f64`], [`truediv`] (correctly rounded), [`from_f64`],
//!   [`cmp_f64`].
//! - `bytes`: [`to_bytes`], [`from_bytes`].
//! - `hash`: [`hash`], equal to CPython's `hash(int)`.
//! - `radix`: [`to_str_radix`], [`parse`], [`parse_ascii`].
//! - `unicode_digits`: table of Unicode decimal digits for `parse`.
//! - `error`: [`BigIntError`], [`ParseError`], [`PyExc`].
#![no_std]
extern crate alloc;

mod arith;
mod bits;
mod bytes;
mod error;
mod float;
mod hash;
mod int;
mod mag;
mod mul;
mod radix;
mod unicode_digits;

pub use arith::{
    add, divmod, floordiv, gcd, modulo, mul, mul_with_threshold, pow, pow_mod, sub, MAX_BITS,
};
pub use bits::{and, bit_length, not, or, shl, shr, xor};
pub use bytes::{from_bytes, to_bytes, ByteOrder};
pub use error::{BigIntError, ParseError, PyExc};
pub use float::{cmp_f64, from_f64, to_f64, truediv};
pub use hash::{hash, HASH_MODULUS};
pub use int::{abs, cmp, neg, BigInt, IntRef};
pub use mul::KARATSUBA_THRESHOLD;
pub use radix::{parse, parse_ascii, to_str_radix};

impl core::fmt::Display for IntRef<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&to_str_radix(*self, 10))
    }
}

impl core::fmt::Display for BigInt {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&to_str_radix(self.as_ref(), 10))
    }
}

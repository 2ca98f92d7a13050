//! Helpers shared by the integration tests: a seeded PRNG and heap builders.
#![allow(dead_code)]

use pycopy_gc::{CollectorKind, Heap};

/// Both collectors, for `#[values(...)]`.
pub const MS: CollectorKind = CollectorKind::MarkSweep;
/// See [`MS`].
pub const CO: CollectorKind = CollectorKind::Compacting;

/// Whether the crate under test was built with `gc-stress`.
pub const STRESS: bool = cfg!(feature = "gc-stress");

/// xorshift64* : small, seeded, deterministic.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

pub fn heap(bytes: usize, kind: CollectorKind) -> Heap {
    match Heap::new(bytes, kind) {
        Ok(h) => h,
        Err(e) => panic!("heap creation failed: {e}"),
    }
}

//! Heap statistics (`gc.mem_free()`, `gc.mem_alloc()`, `micropython.mem_info()`)
//! and the heap-map picture of `mem_info(1)`.

use crate::header;
use crate::heap::{Heap, WORD_BYTES};
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::{self, Write};

/// A snapshot of the heap's figures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Heap size.
    pub total_bytes: usize,
    /// Bytes in allocated blocks (headers included).
    pub used_bytes: usize,
    /// `total_bytes - used_bytes`.
    pub free_bytes: usize,
    /// Largest contiguous free block (the largest allocation that can
    /// succeed without a collection is this minus one header word).
    pub largest_free_bytes: usize,
    /// Number of free blocks (fragments).
    pub free_blocks: usize,
    /// Objects whose block (header included) fits in one 32-byte unit
    /// (MicroPython's "1-blocks" on 64-bit).
    pub objects_1_unit: usize,
    /// Objects whose block needs two 32-byte units ("2-blocks").
    pub objects_2_units: usize,
    /// Largest live block, header included ("max blk sz", in bytes).
    pub largest_object_bytes: usize,
    /// Objects allocated now (live after the last collection plus those
    /// allocated since).
    pub objects: usize,
    /// Objects found live by the last collection.
    pub live_objects_last: usize,
    /// Bytes found live by the last collection.
    pub live_bytes_last: usize,
    /// Collections run.
    pub collections: u64,
    /// Allocations made.
    pub allocations: u64,
    /// Bytes copied by the compacting collector, in total.
    pub bytes_moved: u64,
}

impl Heap {
    /// The current statistics (walks the heap for the free-block figures).
    pub fn stats(&self) -> HeapStats {
        let c = &self.counters;
        let mut largest = 0usize;
        let mut blocks = 0usize;
        let mut run = 0usize;
        let (mut one, mut two, mut biggest) = (0usize, 0usize, 0usize);
        let mut flush = |run: &mut usize| {
            if *run > 0 {
                largest = largest.max(*run);
                blocks += 1;
                *run = 0;
            }
        };
        let (_, gap_end) = self.gap();
        self.walk(|a, h| match h {
            Some(h) if !header::is_free(h) => {
                flush(&mut run);
                let words = 1 + header::size(h);
                match words.div_ceil(4) {
                    1 => one += 1,
                    2 => two += 1,
                    _ => {}
                }
                biggest = biggest.max(words);
            }
            Some(h) => run += 1 + header::size(h),
            None => run += gap_end.saturating_sub(a),
        });
        flush(&mut run);
        HeapStats {
            total_bytes: self.total_bytes(),
            used_bytes: self.used_bytes(),
            free_bytes: self.free_bytes(),
            largest_free_bytes: largest * WORD_BYTES,
            free_blocks: blocks,
            objects_1_unit: one,
            objects_2_units: two,
            largest_object_bytes: biggest * WORD_BYTES,
            objects: c.objects,
            live_objects_last: c.last.live_objects,
            live_bytes_last: c.last.live_words * WORD_BYTES,
            collections: c.collections,
            allocations: c.allocations,
            bytes_moved: c.bytes_moved,
        }
    }

    /// Writes a picture of the heap, one character per 4 words (32 bytes),
    /// 64 per line, each line prefixed with its byte offset: `kind_char(kind)`
    /// where an object starts, `=` over the rest of an object, `.` for free.
    /// Runs of entirely free lines are folded into one `(N lines all free)`.
    pub fn write_heap_map(
        &self,
        out: &mut dyn Write,
        kind_char: &dyn Fn(u8) -> char,
    ) -> fmt::Result {
        const UNIT: usize = 4;
        const PER_LINE: usize = 64;
        let units = self.mem.len().div_ceil(UNIT);
        let mut map: Vec<char> = alloc::vec!['.'; units];
        self.walk(|a, h| {
            let Some(h) = h.filter(|&h| !header::is_free(h)) else {
                return;
            };
            let first = a / UNIT;
            let last = (a + header::size(h)) / UNIT;
            if let Some(c) = map.get_mut(first) {
                if *c == '.' || *c == '=' {
                    *c = kind_char(header::kind(h));
                }
            }
            for c in map.iter_mut().take(last + 1).skip(first + 1) {
                *c = '=';
            }
        });
        let mut free_lines = 0usize;
        for (i, line) in map.chunks(PER_LINE).enumerate() {
            if line.iter().all(|&c| c == '.') {
                free_lines += 1;
                continue;
            }
            if free_lines > 0 {
                writeln!(out, "          ({free_lines} lines all free)")?;
                free_lines = 0;
            }
            write!(out, "{:08x}: ", i * PER_LINE * UNIT * WORD_BYTES)?;
            for &c in line {
                out.write_char(c)?;
            }
            out.write_char('\n')?;
        }
        if free_lines > 0 {
            writeln!(out, "          ({free_lines} lines all free)")?;
        }
        Ok(())
    }

    /// The heap map as a `String` (see [`write_heap_map`](Heap::write_heap_map)).
    pub fn heap_map(&self, kind_char: &dyn Fn(u8) -> char) -> String {
        let mut s = String::new();
        let _ = self.write_heap_map(&mut s, kind_char);
        s
    }
}

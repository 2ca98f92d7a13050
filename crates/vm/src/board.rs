//! The board seam of `machine`: pins, a memory-mapped register space and
//! the CPU clock, behind the [`Board`] trait a port provides through
//! [`crate::hal::Hal::board`]. [`SimBoard`] is a simulated board (no_std)
//! the unix port uses: pins hold levels, outputs read back, inputs are
//! driven from outside ([`SimBoard::drive`], [`SimBoard::apply_feed`]) and
//! every change of a pin's level is queued as an edge for `Pin.irq` and
//! raises the pending-events flag ([`crate::pending`]).

use alloc::string::String;
use alloc::vec::Vec;

/// Pin mode: input.
pub const MODE_IN: i32 = 0;
/// Pin mode: push-pull output.
pub const MODE_OUT: i32 = 1;
/// Pin mode: open-drain output (drives low, floats high).
pub const MODE_OPEN_DRAIN: i32 = 2;
/// Pull: none.
pub const PULL_NONE: i32 = -1;
/// Pull: up.
pub const PULL_UP: i32 = 1;
/// Pull: down.
pub const PULL_DOWN: i32 = 2;

/// Why a register access failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MemError {
    /// The address is not a multiple of the access width.
    Unaligned {
        /// The address.
        addr: u64,
        /// Access width in bytes.
        width: u8,
    },
    /// The address is outside the register space.
    OutOfRange {
        /// The address.
        addr: u64,
    },
}

/// A level change of a pin: `(pin, new level)`.
pub type Edge = (u32, bool);

/// Services of a board (real or simulated).
pub trait Board {
    /// Number of pins (ids are `0..count`).
    fn pin_count(&self) -> u32;
    /// Configures pin `id` (`MODE_*`, `PULL_*`).
    fn pin_init(&mut self, id: u32, mode: i32, pull: i32);
    /// The pin's mode and pull.
    fn pin_config(&self, id: u32) -> (i32, i32);
    /// The level seen on the pin (for an output: what it drives).
    fn pin_read(&mut self, id: u32) -> bool;
    /// Sets the output latch of the pin.
    fn pin_write(&mut self, id: u32, level: bool);
    /// Refreshes inputs from outside and returns the edges since last time.
    fn poll(&mut self) -> Vec<Edge>;
    /// Drives an input from outside the program (a test, a feed file).
    fn drive(&mut self, id: u32, level: Option<bool>);
    /// Reads `width` (1, 2, 4) bytes of the register space.
    fn mem_read(&mut self, addr: u64, width: u8) -> Result<u32, MemError>;
    /// Writes `width` bytes of the register space.
    fn mem_write(&mut self, addr: u64, width: u8, v: u32) -> Result<(), MemError>;
    /// The CPU frequency in Hz.
    fn freq(&self) -> u64;
    /// Sets the CPU frequency.
    fn set_freq(&mut self, hz: u64);
    /// A board-unique id.
    fn unique_id(&self) -> Vec<u8>;
}

#[derive(Clone, Copy, Debug, Default)]
struct PinState {
    mode: i32,
    pull: i32,
    latch: bool,
    /// Level driven from outside (None = floating).
    external: Option<bool>,
    /// Last observed level (for edges).
    seen: bool,
}

/// Base address of the simulated register space.
pub const SIM_MEM_BASE: u64 = 0x4000_0000;
/// Size of the simulated register space in bytes.
pub const SIM_MEM_SIZE: usize = 4096;
/// Pins of the simulated board.
pub const SIM_PINS: u32 = 64;

/// A simulated board.
#[derive(Clone, Debug)]
pub struct SimBoard {
    pins: Vec<PinState>,
    mem: Vec<u8>,
    edges: Vec<Edge>,
    freq: u64,
}

impl Default for SimBoard {
    fn default() -> Self {
        SimBoard {
            pins: alloc::vec![
                PinState {
                    mode: MODE_IN,
                    pull: PULL_NONE,
                    ..PinState::default()
                };
                SIM_PINS as usize
            ],
            mem: alloc::vec![0; SIM_MEM_SIZE],
            edges: Vec::new(),
            freq: 1_000_000_000,
        }
    }
}

impl SimBoard {
    fn level(p: &PinState) -> bool {
        match p.mode {
            MODE_OUT => p.latch,
            MODE_OPEN_DRAIN if !p.latch => false,
            _ => p.external.unwrap_or(p.pull == PULL_UP),
        }
    }

    fn observe(&mut self, id: u32) {
        if let Some(p) = self.pins.get_mut(id as usize) {
            let l = Self::level(p);
            if l != p.seen {
                p.seen = l;
                self.edges.push((id, l));
                // Interrupt the running code at its next check point.
                crate::pending::request();
            }
        }
    }

    /// Applies a feed text: lines `pin=level` (level 0/1, or `-` to let the
    /// pin float); `#` starts a comment. Returns the number of lines used.
    pub fn apply_feed(&mut self, text: &str) -> usize {
        let mut n = 0;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((p, l)) = line.split_once('=') else {
                continue;
            };
            let Ok(id) = p.trim().parse::<u32>() else {
                continue;
            };
            let level = match l.trim() {
                "1" | "high" => Some(true),
                "0" | "low" => Some(false),
                "-" => None,
                _ => continue,
            };
            self.drive(id, level);
            n += 1;
        }
        n
    }

    /// One line per pin whose level is high or that is an output, as
    /// `pin=level mode` (what an outside observer reads back).
    pub fn dump(&self) -> String {
        let mut s = String::new();
        for (i, p) in self.pins.iter().enumerate() {
            if p.mode != MODE_IN || Self::level(p) {
                let m = match p.mode {
                    MODE_OUT => "out",
                    MODE_OPEN_DRAIN => "od",
                    _ => "in",
                };
                s.push_str(&alloc::format!("{i}={} {m}\n", u8::from(Self::level(p))));
            }
        }
        s
    }

    fn mem_index(&self, addr: u64, width: u8) -> Result<usize, MemError> {
        if width == 0 || addr % u64::from(width) != 0 {
            return Err(MemError::Unaligned { addr, width });
        }
        let off = addr
            .checked_sub(SIM_MEM_BASE)
            .ok_or(MemError::OutOfRange { addr })?;
        let end = off.checked_add(u64::from(width));
        match end {
            Some(e) if e <= SIM_MEM_SIZE as u64 => Ok(off as usize),
            _ => Err(MemError::OutOfRange { addr }),
        }
    }
}

impl Board for SimBoard {
    fn pin_count(&self) -> u32 {
        SIM_PINS
    }
    fn pin_init(&mut self, id: u32, mode: i32, pull: i32) {
        if let Some(p) = self.pins.get_mut(id as usize) {
            p.mode = mode;
            p.pull = pull;
        }
        self.observe(id);
    }
    fn pin_config(&self, id: u32) -> (i32, i32) {
        self.pins
            .get(id as usize)
            .map_or((MODE_IN, PULL_NONE), |p| (p.mode, p.pull))
    }
    fn pin_read(&mut self, id: u32) -> bool {
        self.pins.get(id as usize).is_some_and(Self::level)
    }
    fn pin_write(&mut self, id: u32, level: bool) {
        if let Some(p) = self.pins.get_mut(id as usize) {
            p.latch = level;
        }
        self.observe(id);
    }
    fn poll(&mut self) -> Vec<Edge> {
        core::mem::take(&mut self.edges)
    }
    fn drive(&mut self, id: u32, level: Option<bool>) {
        if let Some(p) = self.pins.get_mut(id as usize) {
            p.external = level;
        }
        self.observe(id);
    }
    fn mem_read(&mut self, addr: u64, width: u8) -> Result<u32, MemError> {
        let i = self.mem_index(addr, width)?;
        let mut v = 0u32;
        for k in (0..width as usize).rev() {
            v = (v << 8) | u32::from(self.mem.get(i + k).copied().unwrap_or(0));
        }
        Ok(v)
    }
    fn mem_write(&mut self, addr: u64, width: u8, v: u32) -> Result<(), MemError> {
        let i = self.mem_index(addr, width)?;
        for k in 0..width as usize {
            if let Some(b) = self.mem.get_mut(i + k) {
                *b = (v >> (8 * k)) as u8;
            }
        }
        Ok(())
    }
    fn freq(&self) -> u64 {
        self.freq
    }
    fn set_freq(&mut self, hz: u64) {
        self.freq = hz;
    }
    fn unique_id(&self) -> Vec<u8> {
        b"pycopy-sim".to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_read_back_and_edges_queue() {
        let mut b = SimBoard::default();
        b.pin_init(2, MODE_OUT, PULL_NONE);
        b.pin_write(2, true);
        assert!(b.pin_read(2));
        b.pin_write(2, false);
        assert_eq!(b.poll(), alloc::vec![(2, true), (2, false)]);
        assert!(b.poll().is_empty());
    }

    #[test]
    fn inputs_follow_pulls_and_feed() {
        let mut b = SimBoard::default();
        b.pin_init(3, MODE_IN, PULL_UP);
        assert!(b.pin_read(3));
        assert_eq!(b.apply_feed("# c\n3=0\nbad\n"), 1);
        assert!(!b.pin_read(3));
        b.apply_feed("3=-");
        assert!(b.pin_read(3));
        b.pin_init(4, MODE_OPEN_DRAIN, PULL_NONE);
        b.pin_write(4, true);
        b.drive(4, Some(true));
        assert!(b.pin_read(4));
        b.pin_write(4, false);
        assert!(!b.pin_read(4));
    }

    #[test]
    fn register_space_bounds_and_alignment() {
        let mut b = SimBoard::default();
        assert_eq!(b.mem_write(SIM_MEM_BASE + 4, 4, 0x1234_5678), Ok(()));
        assert_eq!(b.mem_read(SIM_MEM_BASE + 4, 4), Ok(0x1234_5678));
        assert_eq!(b.mem_read(SIM_MEM_BASE + 4, 1), Ok(0x78));
        assert_eq!(b.mem_read(SIM_MEM_BASE + 6, 2), Ok(0x1234));
        assert!(matches!(
            b.mem_read(SIM_MEM_BASE + 2, 4),
            Err(MemError::Unaligned { .. })
        ));
        assert!(matches!(
            b.mem_read(SIM_MEM_BASE + SIM_MEM_SIZE as u64, 4),
            Err(MemError::OutOfRange { .. })
        ));
        assert!(matches!(b.mem_read(0, 1), Err(MemError::OutOfRange { .. })));
    }
}

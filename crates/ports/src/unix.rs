//! Unix-port services behind the HAL: a file table over `std::fs` and the
//! simulated board of `machine`.
//!
//! The board is a [`SimBoard`]; when the environment variable
//! `PYCOPY_BOARD` names a file, that file is re-read at every poll point
//! (pin reads, `machine.idle()`, sleeps, tick reads) and whenever a watcher
//! thread sees it change (then between bytecodes of running code), and each line
//! `pin=level` (`1`/`0`/`high`/`low`, or `-` to let the pin float) drives
//! that input, so an outside process can press buttons by rewriting the
//! file. When `PYCOPY_BOARD_OUT` names a file, the board state
//! (`pin=level mode` per output or high pin) is written there after every
//! pin change, so an outside process can watch the LEDs.

use pycopy_vm::board::{Board, Edge, MemError, SimBoard};
use pycopy_vm::hal::{errno, OpenMode};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};

/// Open files by port fd (3 and up).
#[derive(Debug, Default)]
pub struct FileTable {
    files: HashMap<i32, File>,
    next: i32,
}

fn errno_of(e: &std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(match e.kind() {
        std::io::ErrorKind::NotFound => errno::ENOENT,
        std::io::ErrorKind::PermissionDenied => errno::EACCES,
        std::io::ErrorKind::AlreadyExists => errno::EEXIST,
        _ => errno::EIO,
    })
}

impl FileTable {
    /// Opens `path`.
    pub fn open(&mut self, path: &str, m: OpenMode) -> Result<i32, i32> {
        if std::fs::metadata(path).is_ok_and(|md| md.is_dir()) {
            return Err(errno::EISDIR);
        }
        let mut o = OpenOptions::new();
        o.read(m.read)
            .write(m.write)
            .append(m.append)
            .truncate(m.truncate);
        if m.exclusive {
            o.create_new(true);
        } else {
            o.create(m.create);
        }
        let f = o.open(path).map_err(|e| errno_of(&e))?;
        self.next = self.next.max(3);
        let fd = self.next;
        self.next += 1;
        self.files.insert(fd, f);
        Ok(fd)
    }
    /// Reads from a file (fd 0: stdin).
    pub fn read(&mut self, fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
        if fd == 0 {
            return std::io::stdin().read(buf).map_err(|e| errno_of(&e));
        }
        let f = self.files.get_mut(&fd).ok_or(errno::EBADF)?;
        f.read(buf).map_err(|e| errno_of(&e))
    }
    /// Writes to a file (not the standard ones).
    pub fn write(&mut self, fd: i32, b: &[u8]) -> Result<usize, i32> {
        let f = self.files.get_mut(&fd).ok_or(errno::EBADF)?;
        f.write_all(b).map_err(|e| errno_of(&e))?;
        Ok(b.len())
    }
    /// Seeks.
    pub fn seek(&mut self, fd: i32, off: i64, whence: u8) -> Result<u64, i32> {
        let f = self.files.get_mut(&fd).ok_or(errno::EBADF)?;
        let pos = match whence {
            0 => SeekFrom::Start(u64::try_from(off).map_err(|_| errno::EINVAL)?),
            1 => SeekFrom::Current(off),
            2 => SeekFrom::End(off),
            _ => return Err(errno::EINVAL),
        };
        f.seek(pos).map_err(|e| errno_of(&e))
    }
    /// Flushes.
    pub fn flush(&mut self, fd: i32) -> Result<(), i32> {
        match self.files.get_mut(&fd) {
            Some(f) => f.flush().map_err(|e| errno_of(&e)),
            None => Err(errno::EBADF),
        }
    }
    /// Closes (a closed fd is not an error).
    pub fn close(&mut self, fd: i32) {
        self.files.remove(&fd);
    }
}

/// The simulated board with its optional feed and state files.
#[derive(Debug, Default)]
pub struct UnixBoard {
    sim: SimBoard,
    feed: Option<std::path::PathBuf>,
    out: Option<std::path::PathBuf>,
}

impl UnixBoard {
    /// A board fed from `PYCOPY_BOARD`, reporting to `PYCOPY_BOARD_OUT`.
    /// A watcher thread interrupts running code when the feed file changes.
    pub fn from_env() -> UnixBoard {
        let feed: Option<std::path::PathBuf> = std::env::var_os("PYCOPY_BOARD").map(Into::into);
        if let Some(p) = &feed {
            crate::events::watch_feed(p.clone());
        }
        UnixBoard {
            sim: SimBoard::default(),
            feed,
            out: std::env::var_os("PYCOPY_BOARD_OUT").map(Into::into),
        }
    }
    fn refresh(&mut self) {
        if let Some(p) = &self.feed {
            if let Ok(t) = std::fs::read_to_string(p) {
                self.sim.apply_feed(&t);
            }
        }
    }
    fn report(&self) {
        if let Some(p) = &self.out {
            let _ = std::fs::write(p, self.sim.dump());
        }
    }
}

impl Board for UnixBoard {
    fn pin_count(&self) -> u32 {
        self.sim.pin_count()
    }
    fn pin_init(&mut self, id: u32, mode: i32, pull: i32) {
        self.sim.pin_init(id, mode, pull);
        self.report();
    }
    fn pin_config(&self, id: u32) -> (i32, i32) {
        self.sim.pin_config(id)
    }
    fn pin_read(&mut self, id: u32) -> bool {
        self.refresh();
        self.sim.pin_read(id)
    }
    fn pin_write(&mut self, id: u32, level: bool) {
        self.sim.pin_write(id, level);
        self.report();
    }
    fn poll(&mut self) -> Vec<Edge> {
        self.refresh();
        self.sim.poll()
    }
    fn drive(&mut self, id: u32, level: Option<bool>) {
        self.sim.drive(id, level);
    }
    fn mem_read(&mut self, addr: u64, width: u8) -> Result<u32, MemError> {
        self.sim.mem_read(addr, width)
    }
    fn mem_write(&mut self, addr: u64, width: u8, v: u32) -> Result<(), MemError> {
        self.sim.mem_write(addr, width, v)
    }
    fn freq(&self) -> u64 {
        self.sim.freq()
    }
    fn set_freq(&mut self, hz: u64) {
        self.sim.set_freq(hz);
    }
    fn unique_id(&self) -> Vec<u8> {
        self.sim.unique_id()
    }
}

//! The hardware/OS abstraction: the single seam between the core and a port.

use alloc::string::String;
use alloc::vec::Vec;

/// What a path names, for import lookup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathKind {
    /// Nothing there.
    Missing,
    /// A regular file.
    File,
    /// A directory.
    Dir,
}

/// Services a port provides to the VM.
pub trait Hal {
    /// Writes to standard output.
    fn stdout(&mut self, bytes: &[u8]);
    /// Writes to standard error.
    fn stderr(&mut self, bytes: &[u8]);
    /// Flushes standard output.
    fn flush(&mut self) {}
    /// Reads a whole file (`None` when it cannot be read).
    fn read_file(&mut self, path: &str) -> Option<Vec<u8>>;
    /// What `path` names.
    fn stat(&mut self, path: &str) -> PathKind;
    /// Monotonic clock in nanoseconds.
    fn ticks_ns(&mut self) -> u64 {
        0
    }
    /// Reads one line from standard input without its newline (`None` at
    /// end of input), for `input()`.
    fn read_line(&mut self) -> Option<String> {
        None
    }
    /// Wall-clock time: nanoseconds since 1970-01-01 UTC (`time.time()`).
    fn time_ns(&mut self) -> u64 {
        self.ticks_ns()
    }
    /// Seconds east of UTC of the local time zone at wall time `secs`
    /// (`time.localtime`); UTC by default.
    fn utc_offset(&mut self, _secs: i64) -> i64 {
        0
    }
    /// Sleeps (`time.sleep*`); ports without a clock return at once.
    fn sleep_ns(&mut self, _ns: u64) {}
    /// Opens a file; returns a port file descriptor or an errno.
    fn file_open(&mut self, _path: &str, _mode: OpenMode) -> Result<i32, i32> {
        Err(crate::hal::errno::ENODEV)
    }
    /// Reads up to `buf.len()` bytes (0 at end of file); fd 0 is stdin.
    fn file_read(&mut self, fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
        let _ = (fd, buf);
        Err(crate::hal::errno::EBADF)
    }
    /// Writes bytes; fds 1 and 2 are stdout and stderr.
    fn file_write(&mut self, fd: i32, bytes: &[u8]) -> Result<usize, i32> {
        match fd {
            1 => self.stdout(bytes),
            2 => self.stderr(bytes),
            _ => return Err(crate::hal::errno::EBADF),
        }
        Ok(bytes.len())
    }
    /// Moves the file position (`whence` 0 start, 1 current, 2 end); returns
    /// the new position.
    fn file_seek(&mut self, fd: i32, off: i64, whence: u8) -> Result<u64, i32> {
        let _ = (fd, off, whence);
        Err(crate::hal::errno::EINVAL)
    }
    /// Flushes a file.
    fn file_flush(&mut self, fd: i32) -> Result<(), i32> {
        if fd == 1 {
            self.flush();
        }
        Ok(())
    }
    /// Closes a file (closing a closed or standard fd is not an error).
    fn file_close(&mut self, _fd: i32) -> Result<(), i32> {
        Ok(())
    }
    /// The board (pins, register space, interrupts) of `machine`, if any.
    fn board(&mut self) -> Option<&mut dyn crate::board::Board> {
        None
    }
    /// Asks the port to call [`crate::pending::request`] once
    /// [`Hal::ticks_ns`] reaches `deadline` (soft timers of `machine.Timer`
    /// then fire inside running code). The default does nothing: timers
    /// then fire only at poll points and other pending events.
    fn wake_at(&mut self, _deadline: u64) {}
}

/// How to open a file (`open()` modes without `b`/`t`, which the stream
/// layer handles).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenMode {
    /// Readable.
    pub read: bool,
    /// Writable.
    pub write: bool,
    /// Writes go to the end (`a`).
    pub append: bool,
    /// Create the file if missing (`w`, `a`, `x`).
    pub create: bool,
    /// Truncate on open (`w`).
    pub truncate: bool,
    /// Fail if the file exists (`x`).
    pub exclusive: bool,
}

/// The POSIX errno values the VM reports in `OSError`s.
#[allow(missing_docs)]
pub mod errno {
    pub const EPERM: i32 = 1;
    pub const ENOENT: i32 = 2;
    pub const EIO: i32 = 5;
    pub const EBADF: i32 = 9;
    pub const EAGAIN: i32 = 11;
    pub const ENOMEM: i32 = 12;
    pub const EACCES: i32 = 13;
    pub const EEXIST: i32 = 17;
    pub const ENODEV: i32 = 19;
    pub const EISDIR: i32 = 21;
    pub const EINVAL: i32 = 22;
    pub const EOPNOTSUPP: i32 = 95;
}

/// A HAL that collects output in memory (tests, embedding).
#[derive(Debug, Default)]
pub struct BufferHal {
    /// Everything written to stdout.
    pub out: Vec<u8>,
    /// Everything written to stderr.
    pub err: Vec<u8>,
    /// Files readable by path.
    pub files: Vec<(String, Vec<u8>)>,
}

impl Hal for BufferHal {
    fn stdout(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }
    fn stderr(&mut self, bytes: &[u8]) {
        self.err.extend_from_slice(bytes);
    }
    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        self.files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, d)| d.clone())
    }
    fn stat(&mut self, path: &str) -> PathKind {
        if self.files.iter().any(|(p, _)| p == path) {
            PathKind::File
        } else if self
            .files
            .iter()
            .any(|(p, _)| p.starts_with(path) && p.as_bytes().get(path.len()) == Some(&b'/'))
        {
            PathKind::Dir
        } else {
            PathKind::Missing
        }
    }
}

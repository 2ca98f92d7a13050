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

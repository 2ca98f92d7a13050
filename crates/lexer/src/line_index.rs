//! Line and column lookup for error messages: built once per source when a
//! message needs a position, never during lexing.

use alloc::vec::Vec;

/// Maps byte offsets to 1-based (line, column) pairs, the column counted in
/// characters. Lines end at `\n`, `\r\n` or a lone `\r`.
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    /// Byte offset where each line starts (the first is 0).
    line_starts: Vec<u32>,
    /// For each non-ASCII character: its offset and the total number of
    /// extra (non-first) UTF-8 bytes of all non-ASCII characters up to and
    /// including it. Empty for ASCII sources.
    wide: Vec<(u32, u32)>,
    len: u32,
}

impl LineIndex {
    /// Index `source` (offsets past 4 GiB are clamped).
    pub fn new(source: &str) -> Self {
        let bytes = source.as_bytes();
        let mut line_starts = Vec::with_capacity(bytes.len() / 32 + 1);
        line_starts.push(0);
        let mut wide = Vec::new();
        let mut extra = 0u32;
        let mut i = 0usize;
        while let Some(&b) = bytes.get(i) {
            match b {
                b'\n' => {
                    i += 1;
                    line_starts.push(clamp(i));
                }
                b'\r' => {
                    i += if bytes.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    line_starts.push(clamp(i));
                }
                0x80.. => {
                    let len = utf8_len(b);
                    extra = extra.saturating_add(len as u32 - 1);
                    wide.push((clamp(i), extra));
                    i += len;
                }
                _ => i += 1,
            }
        }
        LineIndex {
            line_starts,
            wide,
            len: clamp(bytes.len()),
        }
    }

    /// The 1-based line and column (in characters) of byte `offset`.
    /// Offsets past the end map to the end.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.len);
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let line_start = self
            .line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let bytes = offset - line_start;
        let chars = bytes.saturating_sub(
            self.extra_before(offset)
                .saturating_sub(self.extra_before(line_start)),
        );
        (clamp(line), chars.saturating_add(1))
    }

    /// The 1-based line of byte `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        self.line_col(offset).0
    }

    /// Number of lines (a final line without a newline counts; an empty
    /// source has one line).
    pub fn line_count(&self) -> u32 {
        clamp(self.line_starts.len())
    }

    /// Extra UTF-8 bytes of the non-ASCII characters starting before `offset`.
    fn extra_before(&self, offset: u32) -> u32 {
        let n = self.wide.partition_point(|&(at, _)| at < offset);
        match n.checked_sub(1).and_then(|k| self.wide.get(k)) {
            Some(&(_, extra)) => extra,
            None => 0,
        }
    }
}

fn clamp(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Length of the UTF-8 sequence starting with byte `b` (>= 0x80).
fn utf8_len(b: u8) -> usize {
    match b {
        0xf0.. => 4,
        0xe0.. => 3,
        _ => 2,
    }
}

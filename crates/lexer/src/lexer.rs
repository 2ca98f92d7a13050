//! The tokenizer proper: a byte loop with ASCII fast paths that turns source
//! text into [`Token`]s, tracking indentation and open brackets.
//!
//! Numbers and strings are scanned by [`crate::number`] and [`crate::string`];
//! this file handles layout (NEWLINE/INDENT/DEDENT, continuation lines,
//! comments), names, keywords and operators.

use alloc::vec::Vec;

use crate::class::{class, NAME};
use crate::error::{LexError, LexErrorKind};
use crate::number::scan_number;
use crate::string::{scan_string, string_prefix};
use crate::token::{Span, StrFlags, Token, TokenKind};

/// Indentation of one open block, measured two ways like CPython: `col`
/// with tabs to the next multiple of 8, `alt` with tabs counting 1. Both
/// must order the blocks the same way, or the indentation is ambiguous.
#[derive(Clone, Copy)]
struct Level {
    col: u32,
    alt: u32,
}

pub(crate) struct Lexer<'a> {
    text: &'a str,
    /// The bytes being lexed; for an expression this ends at the span end.
    src: &'a [u8],
    pos: usize,
    tokens: Vec<Token>,
    indents: Vec<Level>,
    /// Open brackets: the byte and its offset, innermost last.
    brackets: Vec<(u8, usize)>,
    /// Lexing an f-string expression: newlines are plain whitespace.
    expr_mode: bool,
}

/// True for bytes that may continue an ASCII name.
#[inline]
pub(crate) fn is_name_byte(b: u8) -> bool {
    class(b) & NAME != 0
}

/// The character starting at `pos` (None at the end or off a boundary).
#[inline]
pub(crate) fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

impl<'a> Lexer<'a> {
    /// A lexer over `text[start..end]`; the caller checked that the range is
    /// valid and below 4 GiB.
    pub(crate) fn new(text: &'a str, start: usize, end: usize, expr_mode: bool) -> Self {
        let src = text.as_bytes().get(..end).unwrap_or(&[]);
        let len = end.saturating_sub(start);
        let tokens = Vec::with_capacity(len / 4 + 4);
        Lexer {
            text,
            src,
            pos: start,
            tokens,
            indents: Vec::new(),
            brackets: Vec::new(),
            expr_mode,
        }
    }

    #[inline]
    fn at(&self, i: usize) -> u8 {
        self.src.get(i).copied().unwrap_or(0)
    }

    #[inline]
    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.push_flags(kind, StrFlags(0), start, end);
    }

    #[inline]
    fn push_flags(&mut self, kind: TokenKind, flags: StrFlags, start: usize, end: usize) {
        // Offsets fit: the source length was checked against u32::MAX.
        self.tokens.push(Token {
            kind,
            flags,
            span: Span::new(start as u32, end as u32),
        });
    }

    /// Lex a whole file (layout tokens included).
    pub(crate) fn run_file(mut self) -> Result<Vec<Token>, LexError> {
        let mut line_start = true;
        loop {
            if line_start {
                line_start = false;
                if !self.line_indentation()? {
                    break;
                }
            }
            self.skip_blanks();
            let Some(&b) = self.src.get(self.pos) else {
                break;
            };
            match b {
                b'\n' | b'\r' => {
                    let start = self.pos;
                    self.pos += newline_len(b, self.at(start + 1));
                    if self.brackets.is_empty() {
                        self.push(TokenKind::Newline, start, self.pos);
                        line_start = true;
                    }
                }
                b'#' => self.skip_comment(),
                b'\\' => self.continuation()?,
                _ => self.token(b)?,
            }
        }
        self.finish_file()
    }

    /// Lex an expression (as inside brackets).
    pub(crate) fn run_expr(mut self) -> Result<Vec<Token>, LexError> {
        loop {
            self.skip_blanks();
            let Some(&b) = self.src.get(self.pos) else {
                break;
            };
            match b {
                b'\n' | b'\r' => self.pos += 1,
                b'#' => self.skip_comment(),
                b'\\' => self.continuation()?,
                _ => self.token(b)?,
            }
        }
        self.check_brackets_closed()?;
        let end = self.pos;
        self.push(TokenKind::EndOfFile, end, end);
        Ok(self.tokens)
    }

    fn check_brackets_closed(&self) -> Result<(), LexError> {
        match self.brackets.last() {
            Some(&(open, at)) => Err(LexError::new(
                LexErrorKind::EofInBrackets(open as char),
                at,
                at + 1,
            )),
            None => Ok(()),
        }
    }

    fn finish_file(mut self) -> Result<Vec<Token>, LexError> {
        self.check_brackets_closed()?;
        let end = self.src.len();
        if let Some(last) = self.tokens.last() {
            if last.kind != TokenKind::Newline {
                self.push(TokenKind::Newline, end, end);
            }
        }
        for _ in 0..self.indents.len() {
            self.push(TokenKind::Dedent, end, end);
        }
        self.push(TokenKind::EndOfFile, end, end);
        Ok(self.tokens)
    }

    /// At the start of a physical line outside brackets: skip blank and
    /// comment-only lines, then compare the indentation with the open
    /// blocks and emit INDENT/DEDENT. Returns false at the end of input.
    fn line_indentation(&mut self) -> Result<bool, LexError> {
        loop {
            let line_start = self.pos;
            let (mut col, mut alt) = (0u32, 0u32);
            loop {
                match self.at(self.pos) {
                    b' ' => {
                        col = col.saturating_add(1);
                        alt = alt.saturating_add(1);
                    }
                    b'\t' => {
                        col = (col / 8).saturating_add(1).saturating_mul(8);
                        alt = alt.saturating_add(1);
                    }
                    // A form feed resets the count, as in CPython.
                    0x0c => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                self.pos += 1;
            }
            if self.pos >= self.src.len() {
                return Ok(false);
            }
            match self.at(self.pos) {
                b'#' => {
                    self.skip_comment();
                    if self.pos >= self.src.len() {
                        return Ok(false);
                    }
                    let b = self.at(self.pos);
                    self.pos += newline_len(b, self.at(self.pos + 1));
                }
                b @ (b'\n' | b'\r') => self.pos += newline_len(b, self.at(self.pos + 1)),
                _ => {
                    self.indent_to(Level { col, alt }, line_start)?;
                    return Ok(true);
                }
            }
        }
    }

    fn indent_to(&mut self, level: Level, line_start: usize) -> Result<(), LexError> {
        let top = self
            .indents
            .last()
            .copied()
            .unwrap_or(Level { col: 0, alt: 0 });
        let pos = self.pos;
        let tab_error = || LexError::new(LexErrorKind::TabSpaceMix, line_start, pos);
        if level.col == top.col {
            if level.alt != top.alt {
                return Err(tab_error());
            }
        } else if level.col > top.col {
            if level.alt <= top.alt {
                return Err(tab_error());
            }
            self.indents.push(level);
            self.push(TokenKind::Indent, line_start, line_start);
        } else {
            while let Some(top) = self.indents.last().copied() {
                if level.col >= top.col {
                    break;
                }
                self.indents.pop();
                self.push(TokenKind::Dedent, line_start, line_start);
            }
            let top = self
                .indents
                .last()
                .copied()
                .unwrap_or(Level { col: 0, alt: 0 });
            if level.col != top.col {
                return Err(LexError::new(
                    LexErrorKind::InconsistentDedent,
                    line_start,
                    self.pos,
                ));
            }
            if level.alt != top.alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    /// Skip spaces, tabs and form feeds.
    #[inline]
    fn skip_blanks(&mut self) {
        while matches!(self.at(self.pos), b' ' | b'\t' | 0x0c) {
            self.pos += 1;
        }
    }

    /// Skip a comment up to (not including) the end of its line.
    fn skip_comment(&mut self) {
        let rest = self.src.get(self.pos..).unwrap_or(&[]);
        let n = rest
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(rest.len());
        self.pos += n;
    }

    /// A backslash outside a string: must be followed by a newline.
    fn continuation(&mut self) -> Result<(), LexError> {
        let at = self.pos;
        match self.src.get(at + 1).copied() {
            None => Err(LexError::new(
                LexErrorKind::EofAfterContinuation,
                at,
                at + 1,
            )),
            Some(b @ (b'\n' | b'\r')) => {
                self.pos = at + 1 + newline_len(b, self.at(at + 2));
                if self.pos >= self.src.len() && !self.expr_mode {
                    return Err(LexError::new(
                        LexErrorKind::EofAfterContinuation,
                        at,
                        self.pos,
                    ));
                }
                Ok(())
            }
            Some(_) => Err(LexError::new(
                LexErrorKind::CharAfterContinuation,
                at,
                at + 1,
            )),
        }
    }

    /// One token starting with byte `b` (not blank, newline, `#` or `\`).
    fn token(&mut self, b: u8) -> Result<(), LexError> {
        let start = self.pos;
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                if let Some((flags, prefix_len)) = string_prefix(self.src, start) {
                    return self.string(start, prefix_len, flags);
                }
                self.name(start);
                Ok(())
            }
            b'0'..=b'9' => self.number(start),
            b'\'' | b'"' => self.string(start, 0, 0),
            b'.' => {
                if self.at(start + 1).is_ascii_digit() {
                    self.number(start)
                } else if self.at(start + 1) == b'.' && self.at(start + 2) == b'.' {
                    self.pos = start + 3;
                    self.push(TokenKind::Ellipsis, start, start + 3);
                    Ok(())
                } else {
                    self.pos = start + 1;
                    self.push(TokenKind::Dot, start, start + 1);
                    Ok(())
                }
            }
            b'(' | b'[' | b'{' => {
                self.brackets.push((b, start));
                let kind = match b {
                    b'(' => TokenKind::LParen,
                    b'[' => TokenKind::LBracket,
                    _ => TokenKind::LBrace,
                };
                self.pos = start + 1;
                self.push(kind, start, start + 1);
                Ok(())
            }
            b')' | b']' | b'}' => {
                let (open, kind) = match b {
                    b')' => (b'(', TokenKind::RParen),
                    b']' => (b'[', TokenKind::RBracket),
                    _ => (b'{', TokenKind::RBrace),
                };
                match self.brackets.pop() {
                    None => {
                        return Err(LexError::new(
                            LexErrorKind::UnmatchedBracket(b as char),
                            start,
                            start + 1,
                        ))
                    }
                    Some((o, _)) if o != open => {
                        return Err(LexError::new(
                            LexErrorKind::MismatchedBracket {
                                open: o as char,
                                close: b as char,
                            },
                            start,
                            start + 1,
                        ))
                    }
                    Some(_) => {}
                }
                self.pos = start + 1;
                self.push(kind, start, start + 1);
                Ok(())
            }
            0x80.. => {
                let c = char_at(self.text, start).unwrap_or('\u{fffd}');
                if c.is_alphabetic() {
                    self.name(start);
                    Ok(())
                } else {
                    Err(LexError::new(
                        LexErrorKind::InvalidCharacter(c),
                        start,
                        start + c.len_utf8(),
                    ))
                }
            }
            _ => self.operator(b, start),
        }
    }

    /// A name or keyword starting at `start` (its first char is known to be
    /// a valid start).
    fn name(&mut self, start: usize) {
        let mut i = start;
        let mut ascii = true;
        loop {
            // ASCII run first, then one non-ASCII char if there is one.
            let rest = self.src.get(i..).unwrap_or(&[]);
            i += rest
                .iter()
                .position(|&b| !is_name_byte(b))
                .unwrap_or(rest.len());
            let b = self.at(i);
            if b >= 0x80 {
                match char_at(self.text, i) {
                    Some(c) if c.is_alphanumeric() => {
                        ascii = false;
                        i += c.len_utf8();
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        self.pos = i;
        let kind = if ascii && i - start <= 8 {
            let word = self.text.get(start..i).unwrap_or("");
            TokenKind::keyword(word).unwrap_or(TokenKind::Name)
        } else {
            TokenKind::Name
        };
        self.push(kind, start, i);
    }

    fn number(&mut self, start: usize) -> Result<(), LexError> {
        let (kind, end) = scan_number(self.text, self.src, start)?;
        self.pos = end;
        self.push(kind, start, end);
        Ok(())
    }

    fn string(&mut self, start: usize, prefix_len: usize, flags: u8) -> Result<(), LexError> {
        let (flags, end) = scan_string(self.text, self.src, start, prefix_len, flags)?;
        self.pos = end;
        self.push_flags(TokenKind::String, StrFlags(flags), start, end);
        Ok(())
    }

    /// Operators and delimiters other than brackets and `.`.
    fn operator(&mut self, b: u8, start: usize) -> Result<(), LexError> {
        use TokenKind as K;
        let b1 = self.at(start + 1);
        let b2 = self.at(start + 2);
        let (kind, len) = match b {
            b':' if b1 == b'=' => (K::ColonEqual, 2),
            b':' => (K::Colon, 1),
            b',' => (K::Comma, 1),
            b';' => (K::Semicolon, 1),
            b'+' if b1 == b'=' => (K::PlusEqual, 2),
            b'+' => (K::Plus, 1),
            b'-' if b1 == b'=' => (K::MinusEqual, 2),
            b'-' if b1 == b'>' => (K::Arrow, 2),
            b'-' => (K::Minus, 1),
            b'*' if b1 == b'*' && b2 == b'=' => (K::DoubleStarEqual, 3),
            b'*' if b1 == b'*' => (K::DoubleStar, 2),
            b'*' if b1 == b'=' => (K::StarEqual, 2),
            b'*' => (K::Star, 1),
            b'/' if b1 == b'/' && b2 == b'=' => (K::DoubleSlashEqual, 3),
            b'/' if b1 == b'/' => (K::DoubleSlash, 2),
            b'/' if b1 == b'=' => (K::SlashEqual, 2),
            b'/' => (K::Slash, 1),
            b'%' if b1 == b'=' => (K::PercentEqual, 2),
            b'%' => (K::Percent, 1),
            b'@' if b1 == b'=' => (K::AtEqual, 2),
            b'@' => (K::At, 1),
            b'&' if b1 == b'=' => (K::AmperEqual, 2),
            b'&' => (K::Amper, 1),
            b'|' if b1 == b'=' => (K::VbarEqual, 2),
            b'|' => (K::Vbar, 1),
            b'^' if b1 == b'=' => (K::CircumflexEqual, 2),
            b'^' => (K::Circumflex, 1),
            b'~' => (K::Tilde, 1),
            b'<' if b1 == b'<' && b2 == b'=' => (K::LeftShiftEqual, 3),
            b'<' if b1 == b'<' => (K::LeftShift, 2),
            b'<' if b1 == b'=' => (K::LessEqual, 2),
            b'<' => (K::Less, 1),
            b'>' if b1 == b'>' && b2 == b'=' => (K::RightShiftEqual, 3),
            b'>' if b1 == b'>' => (K::RightShift, 2),
            b'>' if b1 == b'=' => (K::GreaterEqual, 2),
            b'>' => (K::Greater, 1),
            b'=' if b1 == b'=' => (K::EqEqual, 2),
            b'=' => (K::Equal, 1),
            b'!' if b1 == b'=' => (K::NotEqual, 2),
            b'!' => (K::Exclamation, 1),
            _ => {
                return Err(LexError::new(
                    LexErrorKind::InvalidCharacter(b as char),
                    start,
                    start + 1,
                ))
            }
        };
        self.pos = start + len;
        self.push(kind, start, start + len);
        Ok(())
    }
}

/// Length of the newline starting with `b` (`\n`, `\r` or `\r\n`).
#[inline]
pub(crate) fn newline_len(b: u8, next: u8) -> usize {
    if b == b'\r' && next == b'\n' {
        2
    } else {
        1
    }
}

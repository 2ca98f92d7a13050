//! pycopy-parser: Python source text to an abstract syntax tree.
//!
//! The lexer (`pycopy-lexer`) turns the whole source into a token vector;
//! a hand-written recursive-descent parser with precedence climbing for
//! binary operators builds the [`ast`], checking on the way what CPython
//! reports as a `SyntaxError` before running anything: invalid assignment
//! and `del` targets, parameter order and duplicates, argument order, and
//! placement of `return`/`yield`/`await`/`break`/`continue`/`nonlocal`.
//!
//! Entry points: [`parse_module`] (a file), [`parse_interactive`] (one REPL
//! input, telling "needs more input" apart from a real error) and
//! [`parse_expression`] (`eval` input).
//!
//! Nesting (expressions plus blocks) is limited to [`MAX_DEPTH`] levels, so
//! no input can overflow the stack: deeper input is a `SyntaxError`.
//!
//! Modules:
//! - [`ast`]: the tree: [`ast::Module`], [`ast::Stmt`], [`ast::Expr`] and
//!   friends, with spans; identifiers are spans into the source.
//! - [`error`]: [`ParseError`] (message, span, exception kind, incomplete
//!   flag) and its `File "x", line L, column C` formatting.
//! - [`dump`]: a readable indented dump of a tree, for golden tests.
//! - [`walk`]: visits every span of a tree (for span checks).
//! - `parser`: the parser proper (`expr`, `stmt`, `params`, `target`,
//!   `literal` submodules).
#![no_std]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod ast;
pub mod dump;
pub mod error;
mod parser;
pub mod walk;

use pycopy_lexer::{tokenize, LexError, LexErrorKind, Span, TokenKind};

pub use error::{ErrorKind, ParseError};
pub use parser::{MAX_CHAIN, MAX_DEPTH};

use parser::{Ctx, Parser};

/// Which Python exception a lexer error becomes.
pub(crate) fn lex_error_kind(e: &LexError) -> ErrorKind {
    match e.kind {
        LexErrorKind::InconsistentDedent => ErrorKind::Indentation,
        LexErrorKind::TabSpaceMix => ErrorKind::Tab,
        _ => ErrorKind::Syntax,
    }
}

/// Parses a whole file (`exec` mode). `filename` is not stored; it is taken
/// for symmetry with the error formatter ([`ParseError::display_with`]).
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, ParseError> {
    let _ = filename;
    let toks = tokenize(source).map_err(|e| on_chars(source, e.into()))?;
    let mut p = Parser::new(source, toks, 0, Ctx::MODULE);
    let body = p.parse_file_input().map_err(|e| on_chars(source, e))?;
    Ok(ast::Module { body })
}

/// Widens an error's span to whole characters (a lexer span may start or
/// end inside a multi-byte character), so it can always be sliced.
fn on_chars(source: &str, mut e: ParseError) -> ParseError {
    let len = source.len();
    let mut start = (e.span.start as usize).min(len);
    let mut end = (e.span.end as usize).clamp(start, len);
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    while !source.is_char_boundary(end) {
        end += 1;
    }
    e.span = Span::new(start as u32, end as u32);
    e
}

/// Parses one interactive input: the lines typed so far, each ending in
/// `\n`.
///
/// The error has `incomplete` set when more lines could complete the input,
/// so the REPL should print `... ` and read on:
/// - the lexer says so (open bracket, unterminated triple-quoted string,
///   backslash at the end);
/// - the input is a compound statement (`if`, `def`, `@`, ...) not yet
///   closed by an empty line (as CPython's REPL and MicroPython's
///   `mp_repl_continue_with_input` do: `if x: pass\n` still waits);
/// - parsing stopped at the end of the input (e.g. `if x:\n` has no body
///   yet), unless the input already ended with an empty line.
///
/// Any other error is a real `SyntaxError`.
pub fn parse_interactive(source: &str) -> Result<ast::Interactive, ParseError> {
    interactive(source).map_err(|e| on_chars(source, e))
}

fn interactive(source: &str) -> Result<ast::Interactive, ParseError> {
    let ended = ends_with_empty_line(source);
    let toks = tokenize(source)?;
    let compound = matches!(
        toks.first().map(|t| t.kind),
        Some(
            TokenKind::If
                | TokenKind::While
                | TokenKind::For
                | TokenKind::Try
                | TokenKind::With
                | TokenKind::Def
                | TokenKind::Class
                | TokenKind::At
                | TokenKind::Async
        )
    );
    let n = toks.len();
    let mut p = Parser::new(source, toks, 0, Ctx::MODULE);
    match p.parse_file_input() {
        Ok(body) => {
            if compound && !ended {
                let end = source.len() as u32;
                let mut e = ParseError::syntax("incomplete input", Span::new(end, end));
                e.incomplete = true;
                return Err(e);
            }
            Ok(ast::Interactive { body })
        }
        Err(mut e) => {
            if !ended {
                if let Some(i) = p.err_tok {
                    if p.tokens_from_are_end(i) || i >= n {
                        e.incomplete = true;
                    }
                }
            }
            Err(e)
        }
    }
}

/// True when the last line of `source` (after removing one final line
/// break) is empty or blank.
fn ends_with_empty_line(source: &str) -> bool {
    let s = source
        .strip_suffix('\n')
        .map(|s| s.strip_suffix('\r').unwrap_or(s))
        .unwrap_or(source);
    if s.len() == source.len() {
        return false;
    }
    let last = s.rsplit(['\n', '\r']).next().unwrap_or("");
    last.trim_matches([' ', '\t', '\x0c']).is_empty()
}

/// Parses an expression (`eval` mode): a comma-separated expression list
/// (a tuple if there is a comma), optionally surrounded by whitespace and
/// newlines.
pub fn parse_expression(source: &str) -> Result<ast::Expr, ParseError> {
    let toks = tokenize(source).map_err(|e| on_chars(source, e.into()))?;
    let mut p = Parser::new(source, toks, 0, Ctx::MODULE);
    p.parse_eval_input().map_err(|e| on_chars(source, e))
}

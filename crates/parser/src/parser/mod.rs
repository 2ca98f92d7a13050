//! The recursive-descent parser: token cursor, context (function, loop,
//! comprehension) for placement checks, and the nesting-depth guard.
//!
//! Split by concern: `expr.rs` (expressions, precedence climbing),
//! `stmt.rs` (statements and blocks), `params.rs` (parameter lists and call
//! arguments), `target.rs` (assignment/deletion target checks),
//! `literal.rs` (numbers, strings, f-strings).

mod expr;
mod literal;
mod params;
mod stmt;
mod target;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use pycopy_lexer::{Span, Token, TokenKind};

use crate::error::ParseError;

/// Result type of parser functions.
pub(crate) type PResult<T> = Result<T, ParseError>;

/// Deepest nesting of expressions plus blocks the parser accepts (CPython
/// also allows 200 nested parentheses). Measured stack use at this limit:
/// under 512 KiB in a release build, under 4 MiB in a debug build (debug
/// frames are large), so parse on a thread with at least 8 MiB of stack in
/// debug builds (Linux's main-thread default), 1 MiB in release.
pub const MAX_DEPTH: u32 = 200;

/// Longest left-nested chain of one binary-operator level (`a + b + ...`)
/// the parser accepts: such a chain is a tree of that depth.
pub const MAX_CHAIN: u32 = 5000;

/// What kind of function body we are in, for `return`/`yield`/`await` checks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum FuncKind {
    /// Module or class body.
    None,
    /// `def` or `lambda`.
    Sync,
    /// `async def`.
    Async,
}

/// Context for placement checks; saved and restored around bodies.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ctx {
    /// Innermost function kind.
    pub func: FuncKind,
    /// Directly inside a loop body (not crossing a def/class).
    pub in_loop: bool,
    /// Directly inside a class body.
    pub in_class: bool,
    /// Inside the element/conditions of a comprehension: its description.
    pub comp: Option<&'static str>,
}

impl Ctx {
    pub(crate) const MODULE: Ctx = Ctx {
        func: FuncKind::None,
        in_loop: false,
        in_class: false,
        comp: None,
    };
}

/// The parser over one token list.
pub(crate) struct Parser<'s> {
    pub(crate) src: &'s str,
    toks: Vec<Token>,
    pos: usize,
    /// End offset of the last consumed token.
    prev_end: u32,
    depth: u32,
    pub(crate) ctx: Ctx,
    /// Index of the token an "unexpected token" error was raised at.
    pub(crate) err_tok: Option<usize>,
    /// First `yield` seen since the innermost display started (a `yield`
    /// in a comprehension's element is found only once the `for` shows).
    pub(crate) last_yield: Option<Span>,
    /// Number of open `(`/call argument lists whose first element is being
    /// parsed (it may turn out to be a generator expression's element,
    /// where `await` is allowed in any function).
    pub(crate) genexp_elt: u32,
    /// First `await` outside an async function seen while `genexp_elt > 0`:
    /// an error unless the element does belong to a generator expression.
    pub(crate) pending_await: Option<Span>,
}

const EOF_TOKEN: Token = Token {
    kind: TokenKind::EndOfFile,
    flags: pycopy_lexer::StrFlags(0),
    span: Span { start: 0, end: 0 },
};

impl<'s> Parser<'s> {
    /// A parser over `toks` (which should end with `EndOfFile`).
    pub(crate) fn new(src: &'s str, toks: Vec<Token>, depth: u32, ctx: Ctx) -> Self {
        Parser {
            src,
            toks,
            pos: 0,
            prev_end: 0,
            depth,
            ctx,
            err_tok: None,
            last_yield: None,
            genexp_elt: 0,
            pending_await: None,
        }
    }

    // ----- cursor -------------------------------------------------------

    /// The current token.
    #[inline]
    pub(crate) fn tok(&self) -> Token {
        match self.toks.get(self.pos) {
            Some(t) => *t,
            None => self.eof_token(),
        }
    }

    #[cold]
    fn eof_token(&self) -> Token {
        let end = self.src.len() as u32;
        Token {
            span: Span::new(end, end),
            ..EOF_TOKEN
        }
    }

    /// The current token's kind.
    #[inline]
    pub(crate) fn peek(&self) -> TokenKind {
        match self.toks.get(self.pos) {
            Some(t) => t.kind,
            None => TokenKind::EndOfFile,
        }
    }

    /// The kind of the token after the current one.
    #[inline]
    pub(crate) fn peek2(&self) -> TokenKind {
        match self.toks.get(self.pos + 1) {
            Some(t) => t.kind,
            None => TokenKind::EndOfFile,
        }
    }

    /// Start offset of the current token.
    #[inline]
    pub(crate) fn start(&self) -> u32 {
        self.tok().span.start
    }

    /// End offset of the last consumed token.
    #[inline]
    pub(crate) fn prev_end(&self) -> u32 {
        self.prev_end
    }

    /// Span from `start` to the end of the last consumed token.
    #[inline]
    pub(crate) fn span_from(&self, start: u32) -> Span {
        Span::new(start, self.prev_end.max(start))
    }

    /// Consumes the current token and returns it.
    #[inline]
    pub(crate) fn bump(&mut self) -> Token {
        let t = self.tok();
        if self.pos < self.toks.len() {
            self.pos += 1;
        }
        // Layout tokens do not extend the span of what precedes them.
        if !matches!(
            t.kind,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::EndOfFile
        ) {
            self.prev_end = t.span.end;
        }
        t
    }

    /// Consumes the current token if it is `kind`.
    #[inline]
    pub(crate) fn eat(&mut self, kind: TokenKind) -> bool {
        if self.peek() == kind {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Consumes a token of `kind` or fails with "invalid syntax".
    #[inline]
    pub(crate) fn expect(&mut self, kind: TokenKind) -> PResult<Token> {
        if self.peek() == kind {
            Ok(self.bump())
        } else {
            Err(self.unexpected())
        }
    }

    /// Consumes a `:` or fails with "expected ':'".
    pub(crate) fn expect_colon(&mut self) -> PResult<()> {
        if self.eat(TokenKind::Colon) {
            Ok(())
        } else {
            Err(self.error_here("expected ':'"))
        }
    }

    /// Current position (for backtracking).
    #[inline]
    pub(crate) fn mark(&self) -> (usize, u32, u32) {
        (self.pos, self.prev_end, self.depth)
    }

    /// Returns to a position from [`Parser::mark`].
    #[inline]
    pub(crate) fn reset(&mut self, mark: (usize, u32, u32)) {
        self.pos = mark.0;
        self.prev_end = mark.1;
        self.depth = mark.2;
        self.err_tok = None;
    }

    /// The token at index `i`, if any.
    pub(crate) fn toks_get(&self, i: usize) -> Option<Token> {
        self.toks.get(i).copied()
    }

    /// Index of the current token.
    #[inline]
    pub(crate) fn pos_index(&self) -> usize {
        self.pos
    }

    /// True when the tokens from index `i` on are only end-of-input layout
    /// (DEDENTs and the end marker): an error there means "input ended".
    pub(crate) fn tokens_from_are_end(&self, i: usize) -> bool {
        self.toks.get(i..).is_some_and(|rest| {
            rest.iter()
                .all(|t| matches!(t.kind, TokenKind::Dedent | TokenKind::EndOfFile))
        })
    }

    /// `eval_input`: an expression list between optional layout tokens.
    pub(crate) fn parse_eval_input(&mut self) -> PResult<crate::ast::Expr> {
        while matches!(self.peek(), TokenKind::Indent | TokenKind::Newline) {
            self.bump();
        }
        let e = self.parse_star_exprs()?;
        if matches!(e.kind, crate::ast::ExprKind::Starred(_)) {
            return Err(self.error_at("can't use starred expression here", e.span));
        }
        while matches!(self.peek(), TokenKind::Dedent | TokenKind::Newline) {
            self.bump();
        }
        if !self.at_eof() {
            return Err(self.unexpected());
        }
        Ok(e)
    }

    /// True when all tokens are consumed.
    pub(crate) fn at_eof(&self) -> bool {
        self.peek() == TokenKind::EndOfFile
    }

    // ----- errors -------------------------------------------------------

    /// "invalid syntax" at the current token (remembered for the REPL's
    /// incomplete-input check).
    #[cold]
    pub(crate) fn unexpected(&mut self) -> ParseError {
        self.error_here("invalid syntax")
    }

    /// A SyntaxError with `msg` at the current token.
    #[cold]
    pub(crate) fn error_here(&mut self, msg: &str) -> ParseError {
        self.err_tok = Some(self.pos);
        let t = self.tok();
        ParseError::syntax(msg, t.span)
    }

    /// A SyntaxError with `msg` at `span`.
    #[cold]
    pub(crate) fn error_at(&self, msg: impl Into<String>, span: Span) -> ParseError {
        ParseError::syntax(msg, span)
    }

    /// 1-based line number of a byte offset (for messages only).
    pub(crate) fn line_of(&self, offset: u32) -> usize {
        let end = (offset as usize).min(self.src.len());
        1 + self
            .src
            .as_bytes()
            .get(..end)
            .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
    }

    // ----- depth guard --------------------------------------------------

    /// Enters one nesting level; fails past [`MAX_DEPTH`].
    #[inline]
    pub(crate) fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.too_deep());
        }
        Ok(())
    }

    /// Leaves a nesting level entered with [`Parser::enter`].
    #[inline]
    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    #[cold]
    fn too_deep(&mut self) -> ParseError {
        let msg = match self.peek() {
            TokenKind::LParen | TokenKind::LBracket | TokenKind::LBrace => {
                "too many nested parentheses"
            }
            _ => "too deeply nested",
        };
        self.error_here(msg)
    }

    /// Current depth (passed to sub-parsers for f-string fields).
    pub(crate) fn depth(&self) -> u32 {
        self.depth
    }

    /// The text of a span.
    #[inline]
    pub(crate) fn text(&self, span: Span) -> &'s str {
        span.text(self.src)
    }

    /// Formats "expected an indented block after X on line N".
    pub(crate) fn indent_msg(&self, what: &str, at: u32) -> String {
        format!(
            "expected an indented block after {} on line {}",
            what,
            self.line_of(at)
        )
    }
}

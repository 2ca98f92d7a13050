//! Statements: simple statement lines, compound statements and blocks,
//! with the placement checks (`return`/`yield` outside function, `break`
//! outside loop, ...).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use pycopy_lexer::{Span, TokenKind as T};

use super::expr::{bx, starts_expr};
use super::{Ctx, FuncKind, PResult, Parser};
use crate::ast::*;
use crate::error::ParseError;

impl Parser<'_> {
    /// `file_input`: statements up to the end of the input.
    pub(crate) fn parse_file_input(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.peek() {
                T::EndOfFile => return Ok(body),
                T::Newline => {
                    self.bump();
                }
                T::Indent => return Err(self.unexpected_indent()),
                _ => self.parse_statement(&mut body)?,
            }
        }
    }

    #[cold]
    fn unexpected_indent(&mut self) -> ParseError {
        // Point at the first token of the indented line, as CPython does.
        let mut e = self.error_here("unexpected indent");
        if let Some(t) = self.toks_get(self.pos_index() + 1) {
            e.span = t.span;
        }
        e.kind = crate::ErrorKind::Indentation;
        e
    }

    /// One statement line (several for `a; b`) or one compound statement.
    pub(crate) fn parse_statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let s = match self.peek() {
            T::If => self.parse_if()?,
            T::While => self.parse_while()?,
            T::For => self.parse_for(self.start(), false)?,
            T::Try => self.parse_try()?,
            T::With => self.parse_with(self.start(), false)?,
            T::Def => self.parse_funcdef(Vec::new(), self.start(), false)?,
            T::Class => self.parse_classdef(Vec::new(), self.start())?,
            T::At => self.parse_decorated()?,
            T::Async => self.parse_async()?,
            _ => return self.parse_simple_line(out),
        };
        out.push(s);
        Ok(())
    }

    /// `small_stmt (';' small_stmt)* [';'] NEWLINE`.
    fn parse_simple_line(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.parse_small_stmt()?;
            out.push(s);
            if !self.eat(T::Semicolon) {
                break;
            }
            if matches!(self.peek(), T::Newline | T::EndOfFile) {
                break;
            }
        }
        if self.eat(T::Newline) || self.at_eof() {
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    fn parse_small_stmt(&mut self) -> PResult<Stmt> {
        let tok = self.tok();
        let start = tok.span.start;
        let kind = match tok.kind {
            T::Pass => {
                self.bump();
                StmtKind::Pass
            }
            T::Break => {
                self.bump();
                if !self.ctx.in_loop {
                    return Err(self.error_at("'break' outside loop", tok.span));
                }
                StmtKind::Break
            }
            T::Continue => {
                self.bump();
                if !self.ctx.in_loop {
                    return Err(self.error_at("'continue' not properly in loop", tok.span));
                }
                StmtKind::Continue
            }
            T::Return => {
                self.bump();
                if self.ctx.func == FuncKind::None {
                    return Err(self.error_at("'return' outside function", tok.span));
                }
                let value = if starts_expr(self.peek()) {
                    Some(self.parse_star_exprs()?)
                } else {
                    None
                };
                StmtKind::Return(value)
            }
            T::Raise => {
                self.bump();
                let mut exc = None;
                let mut cause = None;
                if starts_expr(self.peek()) {
                    exc = Some(bx(self.parse_test()?));
                    if self.eat(T::From) {
                        cause = Some(bx(self.parse_test()?));
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            T::Global | T::Nonlocal => {
                self.bump();
                let mut names = Vec::new();
                loop {
                    let n = self.expect(T::Name)?;
                    names.push(Ident { span: n.span });
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                if tok.kind == T::Global {
                    StmtKind::Global(names)
                } else {
                    if self.ctx.func == FuncKind::None && !self.ctx.in_class {
                        return Err(self.error_at(
                            "nonlocal declaration not allowed at module level",
                            self.span_from(start),
                        ));
                    }
                    StmtKind::Nonlocal(names)
                }
            }
            T::Del => {
                self.bump();
                let mut targets = Vec::new();
                loop {
                    let e = self.parse_star_or_bitor()?;
                    self.check_del_target(&e)?;
                    targets.push(e);
                    if !self.eat(T::Comma) || !starts_expr(self.peek()) {
                        break;
                    }
                }
                StmtKind::Delete(targets)
            }
            T::Assert => {
                self.bump();
                let test = bx(self.parse_test()?);
                let msg = if self.eat(T::Comma) {
                    Some(bx(self.parse_test()?))
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            T::Import => self.parse_import()?,
            T::From => self.parse_from_import()?,
            _ => return self.parse_expr_stmt(),
        };
        Ok(Stmt::new(self.span_from(start), kind))
    }

    /// Expression statement, assignment, augmented or annotated assignment.
    fn parse_expr_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let parenthesised = self.peek() == T::LParen;
        let first = self.parse_yield_or_star_exprs()?;
        let kind = match self.peek() {
            T::Equal => {
                let mut targets = vec![first];
                let mut value;
                loop {
                    self.bump();
                    value = self.parse_yield_or_star_exprs()?;
                    if self.peek() != T::Equal {
                        break;
                    }
                    targets.push(value);
                }
                for t in &targets {
                    if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                        return Err(
                            self.error_at("assignment to yield expression not possible", t.span)
                        );
                    }
                    self.check_assign_target(t)?;
                }
                self.check_not_starred(&value)?;
                StmtKind::Assign {
                    targets,
                    value: bx(value),
                }
            }
            T::Colon => {
                self.check_ann_target(&first)?;
                self.bump();
                let annotation = self.parse_test()?;
                let value = if self.eat(T::Equal) {
                    let v = self.parse_yield_or_star_exprs()?;
                    self.check_not_starred(&v)?;
                    Some(v)
                } else {
                    None
                };
                let simple = !parenthesised && matches!(first.kind, ExprKind::Name(_));
                StmtKind::AnnAssign(Box::new(AnnAssign {
                    target: first,
                    annotation,
                    value,
                    simple,
                }))
            }
            k => match aug_op(k) {
                Some(op) => {
                    self.check_aug_target(&first)?;
                    self.bump();
                    let value = self.parse_yield_or_star_exprs()?;
                    self.check_not_starred(&value)?;
                    StmtKind::AugAssign {
                        target: bx(first),
                        op,
                        value: bx(value),
                    }
                }
                None => {
                    self.check_not_starred(&first)?;
                    if k == T::ColonEqual {
                        return Err(self.unexpected());
                    }
                    StmtKind::Expr(first)
                }
            },
        };
        Ok(Stmt::new(self.span_from(start), kind))
    }

    /// A bare `*x` is only allowed inside a tuple, list or call.
    fn check_not_starred(&self, e: &Expr) -> PResult<()> {
        if matches!(e.kind, ExprKind::Starred(_)) {
            return Err(self.error_at("can't use starred expression here", e.span));
        }
        Ok(())
    }

    /// `import a.b as c, d`.
    fn parse_import(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let start = self.start();
            let name = self.parse_dotted_name()?;
            let asname = self.parse_as_name()?;
            names.push(Alias {
                span: self.span_from(start),
                name,
                asname,
            });
            if !self.eat(T::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    /// `from [.]*[module] import (* | names | '(' names [','] ')')`.
    fn parse_from_import(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level: u32 = 0;
        loop {
            match self.peek() {
                T::Dot => level = level.saturating_add(1),
                T::Ellipsis => level = level.saturating_add(3),
                _ => break,
            }
            self.bump();
        }
        let module = if level == 0 || self.peek() == T::Name {
            Some(self.parse_dotted_name()?)
        } else {
            None
        };
        self.expect(T::Import)?;
        let mut names = Vec::new();
        if self.peek() == T::Star {
            let t = self.bump();
            if self.ctx.func != FuncKind::None || self.ctx.in_class {
                return Err(self.error_at("import * only allowed at module level", t.span));
            }
            names.push(Alias {
                span: t.span,
                name: "*".into(),
                asname: None,
            });
            return Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            });
        }
        let parens = self.eat(T::LParen);
        loop {
            let start = self.start();
            let n = self.expect(T::Name)?;
            let asname = self.parse_as_name()?;
            names.push(Alias {
                span: self.span_from(start),
                name: self.text(n.span).into(),
                asname,
            });
            if !self.eat(T::Comma) {
                break;
            }
            if parens && self.peek() == T::RParen {
                break;
            }
            if !parens && !matches!(self.peek(), T::Name) {
                return Err(
                    self.error_here("trailing comma not allowed without surrounding parentheses")
                );
            }
        }
        if parens {
            self.expect(T::RParen)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// `name ('.' name)*`, joined without spaces.
    fn parse_dotted_name(&mut self) -> PResult<Box<str>> {
        let first = self.expect(T::Name)?;
        if self.peek() != T::Dot {
            return Ok(self.text(first.span).into());
        }
        let mut s = String::from(self.text(first.span));
        while self.eat(T::Dot) {
            let n = self.expect(T::Name)?;
            s.push('.');
            s.push_str(self.text(n.span));
        }
        Ok(s.into_boxed_str())
    }

    /// `['as' name]`.
    fn parse_as_name(&mut self) -> PResult<Option<Ident>> {
        if !self.eat(T::As) {
            return Ok(None);
        }
        let n = self.expect(T::Name)?;
        Ok(Some(Ident { span: n.span }))
    }

    // ----- blocks ---------------------------------------------------------

    /// `':' (simple_line | NEWLINE INDENT statement+ DEDENT)`; `what` and
    /// `header` name the statement for "expected an indented block after
    /// ..." messages.
    pub(crate) fn parse_block(&mut self, what: &str, header: u32) -> PResult<Vec<Stmt>> {
        self.expect_colon()?;
        self.enter()?;
        let mut body = Vec::new();
        if self.eat(T::Newline) {
            if !self.eat(T::Indent) {
                let msg = self.indent_msg(what, header);
                let mut e = self.error_here(&msg);
                e.kind = crate::ErrorKind::Indentation;
                return Err(e);
            }
            loop {
                match self.peek() {
                    T::Dedent => {
                        self.bump();
                        break;
                    }
                    T::EndOfFile => break,
                    T::Indent => return Err(self.unexpected_indent()),
                    T::Newline => {
                        self.bump();
                    }
                    _ => self.parse_statement(&mut body)?,
                }
            }
        } else {
            self.parse_simple_line(&mut body)?;
        }
        self.leave();
        Ok(body)
    }

    /// Parses a block with `ctx` in force.
    fn parse_block_in(&mut self, ctx: Ctx, what: &str, header: u32) -> PResult<Vec<Stmt>> {
        let outer = self.ctx;
        let outer_yield = self.last_yield.take();
        self.ctx = ctx;
        let r = self.parse_block(what, header);
        self.ctx = outer;
        self.last_yield = outer_yield;
        r
    }

    /// A loop body: like the current context with `in_loop` set.
    fn parse_loop_body(&mut self, what: &str, header: u32) -> PResult<Vec<Stmt>> {
        let ctx = Ctx {
            in_loop: true,
            ..self.ctx
        };
        self.parse_block_in(ctx, what, header)
    }

    /// `if`/`elif` chain, built iteratively so long `elif` chains cannot
    /// exhaust the stack.
    fn parse_if(&mut self) -> PResult<Stmt> {
        let mut clauses: Vec<(u32, Expr, Vec<Stmt>)> = Vec::new();
        let mut orelse = Vec::new();
        loop {
            let kw = self.bump();
            let what = if kw.kind == T::If {
                "'if' statement"
            } else {
                "'elif' statement"
            };
            let test = self.parse_named()?;
            let body = self.parse_block(what, kw.span.start)?;
            clauses.push((kw.span.start, test, body));
            match self.peek() {
                T::Elif if clauses.len() as u32 >= super::MAX_CHAIN => {
                    return Err(self.error_here("'elif' chain too long (too deeply nested)"));
                }
                T::Elif => continue,
                T::Else => {
                    let e = self.bump();
                    orelse = self.parse_block("'else' statement", e.span.start)?;
                    break;
                }
                _ => break,
            }
        }
        let end = self.prev_end();
        let mut result: Option<Stmt> = None;
        while let Some((start, test, body)) = clauses.pop() {
            let orelse = match result.take() {
                Some(s) => vec![s],
                None => core::mem::take(&mut orelse),
            };
            result = Some(Stmt::new(
                Span::new(start, end),
                StmtKind::If(Box::new(If { test, body, orelse })),
            ));
        }
        result.ok_or_else(|| self.error_at("invalid syntax", Span::new(end, end)))
    }

    /// `[else: block]` after a loop or try.
    fn parse_else(&mut self) -> PResult<Vec<Stmt>> {
        if self.peek() != T::Else {
            return Ok(Vec::new());
        }
        let e = self.bump();
        self.parse_block("'else' statement", e.span.start)
    }

    fn parse_while(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let test = self.parse_named()?;
        let body = self.parse_loop_body("'while' statement", kw.span.start)?;
        let orelse = self.parse_else()?;
        Ok(Stmt::new(
            self.span_from(kw.span.start),
            StmtKind::While(Box::new(While { test, body, orelse })),
        ))
    }

    fn parse_for(&mut self, start: u32, is_async: bool) -> PResult<Stmt> {
        let kw = self.bump();
        let target = self.parse_target_list()?;
        self.check_assign_target(&target)?;
        if !self.eat(T::In) {
            return Err(self.unexpected());
        }
        let iter = self.parse_star_exprs()?;
        let body = self.parse_loop_body("'for' statement", kw.span.start)?;
        let orelse = self.parse_else()?;
        Ok(Stmt::new(
            self.span_from(start),
            StmtKind::For(Box::new(For {
                target,
                iter,
                body,
                orelse,
                is_async,
            })),
        ))
    }

    fn parse_try(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let body = self.parse_block("'try' statement", kw.span.start)?;
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        while self.peek() == T::Except {
            let ex = self.bump();
            if let Some(prev) = handlers.last() {
                if prev.type_.is_none() {
                    return Err(self.error_at("default 'except:' must be last", prev.span));
                }
            }
            let mut type_ = None;
            let mut name = None;
            if self.peek() != T::Colon {
                let t = self.parse_test()?;
                if self.peek() == T::Comma {
                    return Err(
                        self.error_at("multiple exception types must be parenthesized", t.span)
                    );
                }
                type_ = Some(t);
                name = self.parse_as_name()?;
            }
            let hbody = self.parse_block("'except' statement", ex.span.start)?;
            handlers.push(ExceptHandler {
                span: self.span_from(ex.span.start),
                type_,
                name,
                body: hbody,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.parse_else()?
        };
        let finalbody = if self.peek() == T::Finally {
            let f = self.bump();
            self.parse_block("'finally' statement", f.span.start)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error_here("expected 'except' or 'finally' block"));
        }
        Ok(Stmt::new(
            self.span_from(kw.span.start),
            StmtKind::Try(Box::new(Try {
                body,
                handlers,
                orelse,
                finalbody,
            })),
        ))
    }

    fn parse_with(&mut self, start: u32, is_async: bool) -> PResult<Stmt> {
        let kw = self.bump();
        let mut items = None;
        if self.peek() == T::LParen {
            // CPython 3.9+: `with (a as b, c):`. Try it; fall back to an
            // ordinary expression starting with `(`.
            let mark = self.mark();
            match self.parse_with_items_paren() {
                Ok(v) if self.peek() == T::Colon => items = Some(v),
                _ => self.reset(mark),
            }
        }
        let items = match items {
            Some(v) => v,
            None => {
                let mut v = Vec::new();
                loop {
                    v.push(self.parse_with_item()?);
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                v
            }
        };
        let body = self.parse_block("'with' statement", kw.span.start)?;
        Ok(Stmt::new(
            self.span_from(start),
            StmtKind::With(Box::new(With {
                items,
                body,
                is_async,
            })),
        ))
    }

    fn parse_with_items_paren(&mut self) -> PResult<Vec<WithItem>> {
        self.bump();
        let mut v = Vec::new();
        loop {
            v.push(self.parse_with_item()?);
            if !self.eat(T::Comma) {
                break;
            }
            if self.peek() == T::RParen {
                break;
            }
        }
        self.expect(T::RParen)?;
        Ok(v)
    }

    fn parse_with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.parse_test()?;
        let optional_vars = if self.eat(T::As) {
            let t = self.parse_star_or_bitor()?;
            self.check_assign_target(&t)?;
            Some(t)
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    fn parse_decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        let start = self.start();
        while self.eat(T::At) {
            decorators.push(self.parse_named()?);
            if !self.eat(T::Newline) {
                return Err(self.unexpected());
            }
        }
        let at = self.start();
        match self.peek() {
            T::Def => self.parse_funcdef(decorators, at, false),
            T::Class => self.parse_classdef(decorators, at),
            T::Async if self.peek2() == T::Def => {
                self.bump();
                self.parse_funcdef(decorators, at, true)
            }
            _ => {
                let _ = start;
                Err(self.unexpected())
            }
        }
    }

    fn parse_async(&mut self) -> PResult<Stmt> {
        let a = self.bump();
        let start = a.span.start;
        match self.peek() {
            T::Def => self.parse_funcdef(Vec::new(), start, true),
            T::For | T::With => {
                if self.ctx.func != FuncKind::Async {
                    let msg = if self.peek() == T::For {
                        "'async for' outside async function"
                    } else {
                        "'async with' outside async function"
                    };
                    return Err(self.error_at(msg, a.span));
                }
                if self.peek() == T::For {
                    self.parse_for(start, true)
                } else {
                    self.parse_with(start, true)
                }
            }
            _ => Err(self.unexpected()),
        }
    }

    fn parse_funcdef(
        &mut self,
        decorators: Vec<Expr>,
        start: u32,
        is_async: bool,
    ) -> PResult<Stmt> {
        let def = self.bump();
        let name = self.expect(T::Name)?;
        if !self.eat(T::LParen) {
            return Err(self.error_here("expected '('"));
        }
        let params = self.parse_params(false)?;
        let returns = if self.eat(T::Arrow) {
            Some(self.parse_test()?)
        } else {
            None
        };
        let ctx = Ctx {
            func: if is_async {
                FuncKind::Async
            } else {
                FuncKind::Sync
            },
            in_loop: false,
            in_class: false,
            comp: None,
        };
        let body = self.parse_block_in(ctx, "function definition", def.span.start)?;
        Ok(Stmt::new(
            self.span_from(start),
            StmtKind::FunctionDef(Box::new(FunctionDef {
                name: Ident { span: name.span },
                params,
                body,
                decorators,
                returns,
                is_async,
            })),
        ))
    }

    fn parse_classdef(&mut self, decorators: Vec<Expr>, start: u32) -> PResult<Stmt> {
        let class = self.bump();
        let name = self.expect(T::Name)?;
        let (bases, keywords) = if self.eat(T::LParen) {
            self.parse_call_args(false)?
        } else {
            (Vec::new(), Vec::new())
        };
        let ctx = Ctx {
            func: FuncKind::None,
            in_loop: false,
            in_class: true,
            comp: None,
        };
        let body = self.parse_block_in(ctx, "class definition", class.span.start)?;
        Ok(Stmt::new(
            self.span_from(start),
            StmtKind::ClassDef(Box::new(ClassDef {
                name: Ident { span: name.span },
                bases,
                keywords,
                body,
                decorators,
            })),
        ))
    }
}

/// The operator of an augmented-assignment token.
fn aug_op(kind: T) -> Option<Operator> {
    Some(match kind {
        T::PlusEqual => Operator::Add,
        T::MinusEqual => Operator::Sub,
        T::StarEqual => Operator::Mult,
        T::AtEqual => Operator::MatMult,
        T::SlashEqual => Operator::Div,
        T::PercentEqual => Operator::Mod,
        T::DoubleStarEqual => Operator::Pow,
        T::LeftShiftEqual => Operator::LShift,
        T::RightShiftEqual => Operator::RShift,
        T::VbarEqual => Operator::BitOr,
        T::CircumflexEqual => Operator::BitXor,
        T::AmperEqual => Operator::BitAnd,
        T::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

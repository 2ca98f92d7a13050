//! Statements: assignments, control flow (`if`, `while`, `for` with the
//! `range` fast path, `break`/`continue`/`return` through `finally` and
//! `with` blocks), `try`/`except`/`finally`, `with`/`async with`,
//! `async for`, `raise`, `assert`, `del`, imports.

use alloc::vec::Vec;

use pycopy_parser::ast::*;

use super::{Access, Compiler, FBlock, Label, R};
use crate::bytecode::{self as bc, abx, ext2, CodeFlags, Op};
use crate::fold;
use crate::symtable::ScopeKind;

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R<()> {
        self.set_line(s.span.start);
        self.cur_span = s.span;
        let mark = self.mark();
        let r = self.stmt_inner(s);
        self.release(mark);
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f),
            StmtKind::ClassDef(c) => self.class_def(s, c),
            StmtKind::Return(v) => self.return_stmt(s, v.as_ref()),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => self.assign(targets, value),
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign(a) => match &a.value {
                Some(v) => self.assign(core::slice::from_ref(&a.target), v),
                None => {
                    // The annotation is not evaluated (Pycopy ignores
                    // annotations); the target's object still is.
                    match &a.target.kind {
                        ExprKind::Attribute { value, .. } => {
                            self.expr_any(value)?;
                        }
                        ExprKind::Subscript { value, slice } => {
                            self.expr_any(value)?;
                            self.expr_any(slice)?;
                        }
                        _ => {}
                    }
                    Ok(())
                }
            },
            StmtKind::For(f) => self.for_stmt(f),
            StmtKind::While(w) => self.while_stmt(w),
            StmtKind::If(i) => self.if_stmt(i),
            StmtKind::With(w) => self.with_stmt(w, 0),
            StmtKind::Raise { exc, cause } => {
                match (exc, cause) {
                    (None, _) => self.emit_abc(Op::Raise, 0, 0, 0),
                    (Some(e), None) => {
                        let r = self.expr_any(e)?;
                        self.emit_abc(Op::Raise, r, 1, 0);
                    }
                    (Some(e), Some(c)) => {
                        let r = self.alloc(2)?;
                        self.expr_to(e, r)?;
                        self.expr_to(c, r + 1)?;
                        self.emit_abc(Op::Raise, r, 2, 0);
                    }
                }
                self.dead();
                Ok(())
            }
            StmtKind::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            StmtKind::Assert { .. } if crate::opt_level() > 0 => Ok(()),
            StmtKind::Assert { test, msg } => {
                let ok = self.new_label();
                self.jump_if(test, true, ok)?;
                let st = self.unit.da.clone();
                let a = self.alloc(2)?;
                self.emit_abc(Op::LoadAssertionError, a, 0, 0);
                if let Some(m) = msg {
                    self.expr_to(m, a + 1)?;
                    self.emit_abc(Op::Call, a, 1, 0);
                }
                self.emit_abc(Op::Raise, a, 1, 0);
                self.bind(ok);
                self.unit.da = st;
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for al in aliases {
                    self.import(al)?;
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(s, module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Break => self.break_continue(s, true),
            StmtKind::Continue => self.break_continue(s, false),
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> R<()> {
        if self.interactive && self.unit.kind == ScopeKind::Module {
            let r = self.expr_any(e)?;
            self.emit_abc(Op::PrintExpr, r, 0, 0);
            return Ok(());
        }
        if matches!(e.kind, ExprKind::Constant(_)) {
            return Ok(());
        }
        self.expr_tmp(e)?;
        Ok(())
    }

    fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> R<()> {
        if let [t] = targets {
            // Straight into a local's register.
            if let ExprKind::Name(id) = &t.kind {
                let name = self.mangle_id(*id);
                if let Access::Reg(r) = self.access(&name, true) {
                    if self.single_write(value) {
                        self.expr_to(value, r)?;
                        self.set_bound(r, true);
                        return Ok(());
                    }
                }
            }
            // `a, b = b, a`: all values first, then the stores.
            if let (
                ExprKind::Tuple(ts) | ExprKind::List(ts),
                ExprKind::Tuple(vs) | ExprKind::List(vs),
            ) = (&t.kind, &value.kind)
            {
                let starred = |x: &Expr| matches!(x.kind, ExprKind::Starred(_));
                if ts.len() == vs.len()
                    && !ts.iter().any(starred)
                    && !vs.iter().any(starred)
                    && ts.len() <= 16
                {
                    let base = self.alloc(vs.len())?;
                    for (i, v) in vs.iter().enumerate() {
                        self.expr_to(v, base + i as u8)?;
                    }
                    for (i, t) in ts.iter().enumerate() {
                        self.store_target(t, base + i as u8)?;
                    }
                    return Ok(());
                }
            }
        }
        let v = if targets.len() == 1 {
            self.expr_any(value)?
        } else {
            self.expr_tmp(value)?
        };
        for t in targets {
            self.store_target(t, v)?;
        }
        Ok(())
    }

    /// `R[t] op= value`: `InPlaceImm` for a small int constant, else the
    /// value into a register and `InPlace`.
    fn inplace_into(&mut self, t: u8, value: &'a Expr, bop: u8) -> R<()> {
        if let Some(imm) = super::expr::small_imm(value) {
            self.emit_abc(Op::InPlaceImm, t, imm as u8, bop);
        } else {
            let v = self.expr_any(value)?;
            self.emit_abc(Op::InPlace, t, v, bop);
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> R<()> {
        let bop = super::expr::binop_num(op) as u8;
        match &target.kind {
            ExprKind::Name(id) => {
                let name = self.mangle_id(*id);
                let walrus = crate::walk::has_walrus(value);
                if let (Access::Reg(r), false) = (self.access(&name, true), walrus) {
                    self.check_bound(r, &name)?;
                    if let Some(imm) = super::expr::small_imm(value) {
                        self.emit_abc(Op::InPlaceImm, r, imm as u8, bop);
                        return Ok(());
                    }
                    let v = self.expr_any(value)?;
                    self.emit_abc(Op::InPlace, r, v, bop);
                    return Ok(());
                }
                let t = self.alloc1()?;
                self.load_name_to(&name, t)?;
                self.inplace_into(t, value, bop)?;
                self.store_name(&name, t)
            }
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.operand(obj, &[value])?;
                let name = self.mangle_id(*attr);
                let t = self.alloc1()?;
                let ext = self.name_cache(&name)?;
                self.emit_ext(Op::GetAttr, t, o, 0, ext);
                self.inplace_into(t, value, bop)?;
                let ext = self.name_cache(&name)?;
                self.emit_ext(Op::SetAttr, o, t, 0, ext);
                Ok(())
            }
            ExprKind::Subscript { value: obj, slice } => {
                let o = self.operand(obj, &[slice, value])?;
                let i = self.index_any(slice)?;
                let t = self.alloc1()?;
                self.emit_abc(Op::GetItem, t, o, i);
                self.inplace_into(t, value, bop)?;
                self.emit_abc(Op::SetItem, o, i, t);
                Ok(())
            }
            _ => Err(self.error("illegal expression for augmented assignment", target.span)),
        }
    }

    fn delete_target(&mut self, t: &'a Expr) -> R<()> {
        let mark = self.mark();
        match &t.kind {
            ExprKind::Name(id) => {
                let name = self.mangle_id(*id);
                self.delete_name(&name)?;
            }
            ExprKind::Attribute { value, attr } => {
                let o = self.expr_any(value)?;
                let name = self.mangle_id(*attr);
                let ext = self.name_only(&name)?;
                self.emit_ext(Op::DelAttr, o, 0, 0, ext);
            }
            ExprKind::Subscript { value, slice } => {
                let o = self.expr_tmp(value)?;
                let i = self.index_any(slice)?;
                self.emit_abc(Op::DelItem, o, i, 0);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return Err(self.error("cannot delete expression", t.span)),
        }
        self.release(mark);
        Ok(())
    }

    // ---- control flow ----

    fn if_stmt(&mut self, i: &'a If) -> R<()> {
        if let Some(c) = fold::fold(&i.test) {
            if let Some(t) = fold::truthy(&c) {
                return self.stmts(if t { &i.body } else { &i.orelse });
            }
        }
        let else_l = self.new_label();
        self.jump_if(&i.test, false, else_l)?;
        let st = self.unit.da.clone();
        self.stmts(&i.body)?;
        if i.orelse.is_empty() {
            self.bind(else_l);
            self.unit.da = super::join(self.unit.da.clone(), st);
        } else {
            let end = self.new_label();
            self.jump(end);
            let st_body = core::mem::replace(&mut self.unit.da, st);
            self.bind(else_l);
            self.stmts(&i.orelse)?;
            self.bind(end);
            self.unit.da = super::join(st_body, self.unit.da.clone());
        }
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a While) -> R<()> {
        let always = fold::fold(&w.test).and_then(|c| fold::truthy(&c));
        let top = self.new_label();
        let cont = self.new_label();
        let else_l = self.new_label();
        let exit = self.new_label();
        if always == Some(false) {
            return self.stmts(&w.orelse);
        }
        let head_state = self.da_without(&w.body);
        if always != Some(true) {
            self.jump_if(&w.test, false, else_l)?;
        }
        let after_test = self.unit.da.clone();
        self.bind(top);
        self.unit.da = super::join(head_state.clone(), after_test.clone());
        self.unit.fblocks.push(FBlock::Loop { cont, exit });
        self.stmts(&w.body)?;
        self.unit.fblocks.pop();
        self.bind(cont);
        self.unit.da = head_state.clone();
        if always == Some(true) {
            self.jump(top);
        } else {
            self.jump_if(&w.test, true, top)?;
        }
        self.bind(else_l);
        self.unit.da = if always == Some(true) {
            None
        } else {
            super::join(head_state.clone(), after_test)
        };
        self.stmts(&w.orelse)?;
        self.bind(exit);
        self.unit.da = super::join(self.unit.da.clone(), head_state);
        Ok(())
    }

    /// `range(...)` arguments when `iter` is a plain call of the name
    /// `range` that the fast path can take.
    fn range_args(&self, iter: &'a Expr) -> Option<&'a [Expr]> {
        let ExprKind::Call(c) = &iter.kind else {
            return None;
        };
        let ExprKind::Name(id) = &c.func.kind else {
            return None;
        };
        if id.as_str(self.src) != "range"
            || !c.keywords.is_empty()
            || c.args.is_empty()
            || c.args.len() > 3
        {
            return None;
        }
        if c.args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred(_)))
        {
            return None;
        }
        if !matches!(self.access("range", false), Access::Global | Access::Name) {
            return None;
        }
        Some(&c.args)
    }

    fn for_stmt(&mut self, f: &'a For) -> R<()> {
        if f.is_async {
            return self.async_for(f);
        }
        if let Some(args) = self.range_args(&f.iter) {
            return self.for_range(f, args);
        }
        // Tested at the bottom: enter at the `ForIter`, which jumps back
        // to the body with each item (one dispatch per iteration).
        let body = self.new_label();
        let test = self.new_label();
        let exit = self.new_label();
        let it = self.alloc1()?;
        let src = self.expr_any(&f.iter)?;
        self.emit_abc(Op::GetIter, it, src, 0);
        self.release(usize::from(it) + 1);
        let head_state = self.da_without(&f.body);
        // The target register: written by `ForIter`, read right after
        // `body` (a temporary is free again inside the body).
        let m = self.mark();
        let x = self.loop_target_reg(&f.target)?;
        self.jump(test);
        self.loop_body(f, x, m, [body, test, exit], &head_state)?;
        self.emit_jump(Op::ForIter, it, x, 0, body);
        self.unit.da = head_state.clone();
        self.stmts(&f.orelse)?;
        self.bind(exit);
        self.unit.da = super::join(self.unit.da.clone(), head_state);
        Ok(())
    }

    /// The body of a bottom-tested `for` loop: at `body` the item in
    /// register `x` is stored to the target (then registers from `m` on
    /// are free again), the statements run with `continue` going to
    /// `test`, where the caller emits the loop test (on the `for` line, so
    /// tracebacks from an iterator's `__next__` name it).
    fn loop_body(
        &mut self,
        f: &'a For,
        x: u8,
        m: usize,
        [body, test, exit]: [Label; 3],
        head_state: &super::DaState,
    ) -> R<()> {
        self.bind(body);
        self.unit.da = head_state.clone();
        self.store_target(&f.target, x)?;
        self.release(m);
        self.unit.fblocks.push(FBlock::Loop { cont: test, exit });
        self.stmts(&f.body)?;
        self.unit.fblocks.pop();
        self.bind(test);
        self.unit.da = head_state.clone();
        self.set_line(f.target.span.start);
        Ok(())
    }

    /// `for x in range(...)`, tested at the bottom so that an iteration
    /// costs one instruction: `ForRangePrep` checks the bounds and yields
    /// the first value (or jumps to the `else` part of an empty loop);
    /// `ForRangeNext` after the body yields the next value and jumps back,
    /// or falls through when done. `continue` jumps to the `ForRangeNext`.
    fn for_range(&mut self, f: &'a For, args: &'a [Expr]) -> R<()> {
        let body = self.new_label();
        let test = self.new_label();
        let else_l = self.new_label();
        let exit = self.new_label();
        let b = self.alloc(4)?;
        self.load_name_to("range", b)?;
        match args {
            [stop] => {
                self.load_const(bc::Constant::Int(0), b + 1)?;
                self.expr_to(stop, b + 2)?;
                self.load_const(bc::Constant::Int(1), b + 3)?;
            }
            [start, stop] => {
                self.expr_to(start, b + 1)?;
                self.expr_to(stop, b + 2)?;
                self.load_const(bc::Constant::Int(1), b + 3)?;
            }
            [start, stop, step] => {
                self.expr_to(start, b + 1)?;
                self.expr_to(stop, b + 2)?;
                self.expr_to(step, b + 3)?;
            }
            _ => return Err(self.error("internal compiler error: range arguments", f.iter.span)),
        }
        let head_state = self.da_without(&f.body);
        // The target register is only written by the two loop instructions
        // and read by the store right after `body`: a temporary (when the
        // target is not a plain local) is free again inside the body.
        let m = self.mark();
        let x = self.loop_target_reg(&f.target)?;
        self.emit_jump(Op::ForRangePrep, b, x, 0, else_l);
        self.loop_body(f, x, m, [body, test, exit], &head_state)?;
        self.emit_jump(Op::ForRangeNext, b, x, 0, body);
        self.bind(else_l);
        self.unit.da = head_state.clone();
        self.stmts(&f.orelse)?;
        self.bind(exit);
        self.unit.da = super::join(self.unit.da.clone(), head_state);
        Ok(())
    }

    /// The `__anext__` step of an `async for` over iterator `it`, storing
    /// into `target`; returns the StopAsyncIteration handler label and its
    /// exception register for [`Self::async_for_end`].
    pub(crate) fn async_next(&mut self, it: u8, target: &'a Expr) -> R<(Label, u8)> {
        let handler = self.new_label();
        let exc = self.alloc1()?;
        let m = self.mark();
        self.push_handler(handler, exc);
        let t = self.alloc1()?;
        self.emit_abc(Op::GetANext, t, it, 0);
        let v = self.alloc1()?;
        self.emit_abc(Op::LoadNone, v, 0, 0);
        self.emit_abc(Op::YieldFrom, t, v, 0);
        self.pop_handler();
        self.store_target(target, v)?;
        self.release(m);
        Ok((handler, exc))
    }

    /// The handler of an `async for`: StopAsyncIteration ends the loop
    /// (continuing at `exit`), anything else propagates.
    pub(crate) fn async_for_end(&mut self, handler: Label, exc: u8, exit: Label) -> R<()> {
        let reraise = self.new_label();
        self.bind(handler);
        self.emit_jump(Op::JumpIfNotStopAsync, exc, 0, 0, reraise);
        self.jump(exit);
        self.bind(reraise);
        self.emit_abc(Op::Reraise, exc, 0, 0);
        Ok(())
    }

    fn async_for(&mut self, f: &'a For) -> R<()> {
        if self.unit.flags & CodeFlags::COROUTINE == 0 {
            return Err(self.error("'async for' outside async function", f.iter.span));
        }
        let head = self.new_label();
        let else_l = self.new_label();
        let exit = self.new_label();
        let it = self.alloc1()?;
        self.expr_to(&f.iter, it)?;
        self.emit_abc(Op::GetAIter, it, it, 0);
        let head_state = self.da_without(&f.body);
        self.bind(head);
        self.unit.da = head_state.clone();
        let (h, exc) = self.async_next(it, &f.target)?;
        self.unit.fblocks.push(FBlock::Loop { cont: head, exit });
        self.stmts(&f.body)?;
        self.unit.fblocks.pop();
        self.jump(head);
        self.async_for_end(h, exc, else_l)?;
        self.bind(else_l);
        self.unit.da = head_state.clone();
        self.stmts(&f.orelse)?;
        self.bind(exit);
        self.unit.da = super::join(self.unit.da.clone(), head_state);
        Ok(())
    }

    fn break_continue(&mut self, s: &'a Stmt, is_break: bool) -> R<()> {
        let idx = self
            .unit
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
            .ok_or_else(|| {
                self.error(
                    if is_break {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    },
                    s.span,
                )
            })?;
        let Some(FBlock::Loop { cont, exit }) = self.unit.fblocks.get(idx).copied() else {
            return Err(self.error("internal compiler error: loop block", s.span));
        };
        self.unwind(idx + 1, None)?;
        self.jump(if is_break { exit } else { cont });
        self.dead();
        Ok(())
    }

    fn return_stmt(&mut self, s: &'a Stmt, v: Option<&'a Expr>) -> R<()> {
        if !self.unit_is_function() {
            return Err(self.error("'return' outside function", s.span));
        }
        let async_gen = self.unit.flags & CodeFlags::COROUTINE != 0
            && self.unit.flags & CodeFlags::GENERATOR != 0;
        if async_gen && v.is_some() {
            return Err(self.error("'return' with value in async generator", s.span));
        }
        let needs_unwind = !self
            .unit
            .fblocks
            .iter()
            .all(|b| matches!(b, FBlock::Loop { .. }));
        let v = v.filter(|e| !matches!(e.kind, ExprKind::Constant(Constant::None)));
        match v {
            None => {
                self.unwind(0, None)?;
                self.emit_abc(Op::ReturnNone, 0, 0, 0);
            }
            Some(v) => {
                let r = if needs_unwind {
                    self.expr_tmp(v)?
                } else {
                    self.expr_any(v)?
                };
                self.unwind(0, Some(r))?;
                self.emit_abc(Op::Return, r, 0, 0);
            }
        }
        self.dead();
        Ok(())
    }

    /// Emits the exit code of every block above `depth` (innermost first)
    /// for a `return`/`break`/`continue` leaving them. `keep` is a
    /// register that must survive (the return value).
    fn unwind(&mut self, depth: usize, keep: Option<u8>) -> R<()> {
        let saved_blocks = self.unit.fblocks.clone();
        let saved_handlers = self.handlers_snapshot();
        let saved_da = self.unit.da.clone();
        let _ = keep;
        let mut i = saved_blocks.len();
        while i > depth {
            i -= 1;
            let Some(block) = saved_blocks.get(i).copied() else {
                break;
            };
            self.unit.fblocks.truncate(i);
            match block {
                FBlock::Loop { .. } => {}
                FBlock::Finally {
                    body,
                    handler_depth,
                } => {
                    self.truncate_handlers(handler_depth);
                    let m = self.mark();
                    self.stmts(body)?;
                    self.release(m);
                }
                FBlock::Handler {
                    prev,
                    name,
                    handler_depth,
                } => {
                    self.truncate_handlers(handler_depth);
                    if let Some(n) = name {
                        let n = self.mangle_id(n);
                        self.unbind_silently(&n)?;
                    }
                    self.emit_abc(Op::LeaveExcept, prev, 0, 0);
                }
                FBlock::FinallyExc {
                    prev,
                    handler_depth,
                } => {
                    self.truncate_handlers(handler_depth);
                    self.emit_abc(Op::LeaveExcept, prev, 0, 0);
                }
                FBlock::With {
                    exit,
                    is_async,
                    handler_depth,
                } => {
                    self.truncate_handlers(handler_depth);
                    self.with_exit_normal(exit, is_async)?;
                }
            }
        }
        self.unit.fblocks = saved_blocks;
        self.set_handlers(saved_handlers);
        // The code after the jump is reached only by other paths.
        if self.unit.da.is_some() {
            self.unit.da = saved_da;
        }
        Ok(())
    }

    // ---- try ----

    fn try_except(&mut self, t: &'a Try) -> R<()> {
        let handler = self.new_label();
        let end = self.new_label();
        let exc = self.alloc1()?;
        let entry_state = self.da_without(&t.body);
        self.push_handler(handler, exc);
        self.stmts(&t.body)?;
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.jump(end);
        let mut out_state = self.unit.da.clone();

        self.bind(handler);
        self.unit.da = entry_state.clone();
        let prev = self.alloc1()?;
        self.emit_abc(Op::EnterExcept, exc, prev, 0);
        let cleanup = self.new_label();
        let exc2 = self.alloc1()?;
        let depth = self.handler_depth();
        self.push_handler(cleanup, exc2);
        let mut named_cleanups: Vec<(Label, &'a Ident)> = Vec::new();
        for h in &t.handlers {
            self.set_line(h.span.start);
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                let m = self.mark();
                let tr = self.expr_any(ty)?;
                self.emit_jump(Op::JumpIfNotExcMatch, exc, tr, 0, next);
                self.release(m);
            }
            if let Some(name) = &h.name {
                let n = self.mangle_id(*name);
                self.store_name(&n, exc)?;
                let nc = self.new_label();
                self.push_handler(nc, exc2);
                named_cleanups.push((nc, name));
            }
            self.unit.fblocks.push(FBlock::Handler {
                prev,
                name: h.name,
                handler_depth: depth,
            });
            self.stmts(&h.body)?;
            self.unit.fblocks.pop();
            if let Some(name) = &h.name {
                self.pop_handler();
                let n = self.mangle_id(*name);
                self.unbind_silently(&n)?;
            }
            self.emit_abc(Op::LeaveExcept, prev, 0, 0);
            self.jump(end);
            out_state = super::join(out_state, self.unit.da.clone());
            self.unit.da = entry_state.clone();
            self.bind(next);
        }
        self.pop_handler();
        self.emit_abc(Op::LeaveExcept, prev, 0, 0);
        self.emit_abc(Op::Reraise, exc, 0, 0);
        self.bind(cleanup);
        self.emit_abc(Op::LeaveExcept, prev, 0, 0);
        self.emit_abc(Op::Reraise, exc2, 0, 0);
        for (nc, name) in named_cleanups {
            self.bind(nc);
            let n = self.mangle_id(*name);
            self.unbind_silently(&n)?;
            self.emit_abc(Op::LeaveExcept, prev, 0, 0);
            self.emit_abc(Op::Reraise, exc2, 0, 0);
        }
        self.bind(end);
        self.unit.da = out_state;
        Ok(())
    }

    fn try_finally(&mut self, t: &'a Try) -> R<()> {
        let fin = self.new_label();
        let end = self.new_label();
        let exc = self.alloc1()?;
        let entry_state = {
            let mut names = alloc::collections::BTreeSet::new();
            crate::walk::unbound_try(self.src, t, &mut names);
            self.da_without_names(names)
        };
        let depth = self.handler_depth();
        self.push_handler(fin, exc);
        self.unit.fblocks.push(FBlock::Finally {
            body: &t.finalbody,
            handler_depth: depth,
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.unit.fblocks.pop();
        self.pop_handler();
        self.stmts(&t.finalbody)?;
        self.jump(end);
        let out_state = self.unit.da.clone();

        self.bind(fin);
        self.unit.da = entry_state;
        let prev = self.alloc1()?;
        self.emit_abc(Op::EnterExcept, exc, prev, 0);
        let cleanup = self.new_label();
        let exc2 = self.alloc1()?;
        let depth = self.handler_depth();
        self.push_handler(cleanup, exc2);
        self.unit.fblocks.push(FBlock::FinallyExc {
            prev,
            handler_depth: depth,
        });
        self.stmts(&t.finalbody)?;
        self.unit.fblocks.pop();
        self.pop_handler();
        self.emit_abc(Op::LeaveExcept, prev, 0, 0);
        self.emit_abc(Op::Reraise, exc, 0, 0);
        self.bind(cleanup);
        self.emit_abc(Op::LeaveExcept, prev, 0, 0);
        self.emit_abc(Op::Reraise, exc2, 0, 0);
        self.bind(end);
        self.unit.da = out_state;
        Ok(())
    }

    // ---- with ----

    fn with_exit_normal(&mut self, exit: u8, is_async: bool) -> R<()> {
        if is_async {
            let m = self.mark();
            let t = self.alloc1()?;
            self.mov(t, exit);
            self.emit_abc(Op::AsyncWithExit, t, 0, 0);
            self.await_reg(t, t)?;
            self.release(m);
        } else {
            self.emit_abc(Op::WithExit, exit, 0, 0);
        }
        Ok(())
    }

    fn with_stmt(&mut self, w: &'a With, i: usize) -> R<()> {
        let Some(item) = w.items.get(i) else {
            return self.stmts(&w.body);
        };
        if w.is_async && self.unit.flags & CodeFlags::COROUTINE == 0 {
            return Err(self.error(
                "'async with' outside async function",
                item.context_expr.span,
            ));
        }
        let mgr = self.alloc1()?;
        self.expr_to(&item.context_expr, mgr)?;
        let pair = self.alloc(2)?;
        let exit = pair + 1;
        if w.is_async {
            self.emit_abc(Op::AsyncWithEnter, pair, mgr, 0);
            self.await_reg(pair, pair)?;
        } else {
            self.emit_abc(Op::WithEnter, pair, mgr, 0);
        }
        if let Some(t) = &item.optional_vars {
            self.store_target(t, pair)?;
        }
        let entry_state = self.da_without(&w.body);
        let handler = self.new_label();
        let end = self.new_label();
        let exc = self.alloc1()?;
        let depth = self.handler_depth();
        self.push_handler(handler, exc);
        self.unit.fblocks.push(FBlock::With {
            exit,
            is_async: w.is_async,
            handler_depth: depth,
        });
        self.with_stmt(w, i + 1)?;
        self.unit.fblocks.pop();
        self.pop_handler();
        self.with_exit_normal(exit, w.is_async)?;
        self.jump(end);
        let out_state = self.unit.da.clone();

        self.bind(handler);
        self.unit.da = entry_state.clone();
        let prev = self.alloc1()?;
        self.emit_abc(Op::EnterExcept, exc, prev, 0);
        let cleanup = self.new_label();
        let exc2 = self.alloc1()?;
        self.push_handler(cleanup, exc2);
        if w.is_async {
            self.emit_abc(Op::AsyncWithExit, exit, exc, 1);
            self.await_reg(exit, exit)?;
        } else {
            self.emit_abc(Op::WithExitExc, exit, exc, 0);
        }
        self.pop_handler();
        let suppress = self.new_label();
        self.emit_jump(Op::JumpIfTrue, exit, 0, 0, suppress);
        self.emit_abc(Op::LeaveExcept, prev, 0, 0);
        self.emit_abc(Op::Reraise, exc, 0, 0);
        self.bind(suppress);
        self.emit_abc(Op::LeaveExcept, prev, 0, 0);
        self.jump(end);
        self.bind(cleanup);
        self.emit_abc(Op::LeaveExcept, prev, 0, 0);
        self.emit_abc(Op::Reraise, exc2, 0, 0);
        self.bind(end);
        self.unit.da = super::join(out_state, entry_state);
        Ok(())
    }

    // ---- imports ----

    fn import(&mut self, al: &'a Alias) -> R<()> {
        let m = self.mark();
        let a = self.alloc(2)?;
        self.emit_abc(Op::LoadNone, a + 1, 0, 0);
        let k = self.const_idx(bc::Constant::Str(al.name.clone()))?;
        self.emit_ext(Op::ImportName, a, a + 1, 0, ext2(k, 0));
        match al.asname {
            Some(asname) => {
                for part in al.name.split('.').skip(1) {
                    let ext = self.name_only(part)?;
                    self.emit_ext(Op::ImportFrom, a, a, 0, ext);
                }
                let n = self.mangle_id(asname);
                self.store_name(&n, a)?;
            }
            None => {
                let first = al.name.split('.').next().unwrap_or("");
                let n = self.mangle_str(first);
                self.store_name(&n, a)?;
            }
        }
        self.release(m);
        Ok(())
    }

    fn import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> R<()> {
        let level = u8::try_from(level)
            .map_err(|_| self.error("too many dots in relative import", s.span))?;
        let a = self.alloc(2)?;
        let list: Vec<bc::Constant> = names
            .iter()
            .map(|n| bc::Constant::Str(n.name.clone()))
            .collect();
        let fk = self.const_idx(fold::tuple(list))?;
        self.emit(abx(Op::LoadConst, a + 1, fk));
        let k = self.const_idx(fold::str_const(module.unwrap_or("")))?;
        self.emit_ext(Op::ImportName, a, a + 1, level, ext2(k, 0));
        if names.len() == 1 && names.first().is_some_and(|n| &*n.name == "*") {
            self.emit_abc(Op::ImportStar, a, 0, 0);
            return Ok(());
        }
        for al in names {
            let m = self.mark();
            let t = self.alloc1()?;
            let ext = self.name_only(&al.name)?;
            self.emit_ext(Op::ImportFrom, t, a, 0, ext);
            let n = match al.asname {
                Some(id) => self.mangle_id(id),
                None => self.mangle_str(&al.name),
            };
            self.store_name(&n, t)?;
            self.release(m);
        }
        Ok(())
    }
}

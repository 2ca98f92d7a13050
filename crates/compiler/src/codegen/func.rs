//! Functions, lambdas, class definitions and comprehension bodies: the
//! nested code objects and the `MakeFunction` that turns them into values.

use alloc::boxed::Box;
use alloc::vec::Vec;

use pycopy_parser::ast::*;

use super::{Compiler, R};
use crate::bytecode::{self as bc, abx, ext2, CodeFlags, Op};
use crate::fold;
use crate::symtable::{ScopeKind, TAG_CLASS, TAG_COMP, TAG_FUNC, TAG_LAMBDA};

/// The docstring of a body: a leading string-literal statement.
pub(crate) fn docstring(body: &[Stmt]) -> Option<Box<str>> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) => Some(s.clone()),
        _ => None,
    }
}

/// What a nested code object's body is.
#[derive(Clone, Copy)]
pub(crate) enum Body<'a> {
    /// A `def` body.
    Def(&'a [Stmt]),
    /// A lambda's expression.
    Lambda(&'a Expr),
    /// A class body.
    Class(&'a [Stmt]),
    /// A comprehension (the whole comprehension expression).
    Comp(&'a Expr),
}

impl<'a> Compiler<'a> {
    /// Builds the function for scope node (`span`, `tag`) into `dst`:
    /// defaults and keyword-only defaults evaluated here, the closure tuple
    /// built from this unit's cells, then `MakeFunction`.
    pub(crate) fn make_function(
        &mut self,
        span: Span,
        tag: u8,
        params: Option<&'a Parameters>,
        body: Body<'a>,
        dst: u8,
    ) -> R<()> {
        let scope = self
            .table
            .scope_for(span, tag)
            .ok_or_else(|| self.error("internal compiler error: scope not found", span))?;
        let mark = self.mark();
        let base = self.alloc(3)?;
        let mut flags = 0u16;
        if let Some(p) = params {
            // Positional defaults, in order.
            let defaults: Vec<&'a Expr> = p
                .posonly
                .iter()
                .chain(p.args.iter())
                .filter_map(|x| x.default.as_deref())
                .collect();
            if !defaults.is_empty() {
                flags |= 1;
                let consts: Option<Vec<bc::Constant>> =
                    defaults.iter().map(|d| fold::fold(d)).collect();
                if let Some(c) = consts {
                    let k = self.const_idx(fold::tuple(c))?;
                    self.emit(abx(Op::LoadConst, base, k));
                } else {
                    self.build_seq(Op::BuildTuple, &defaults, base)?;
                }
            }
            let kw: Vec<&'a Param> = p.kwonly.iter().filter(|x| x.default.is_some()).collect();
            if !kw.is_empty() {
                flags |= 2;
                let m2 = self.mark();
                self.emit_abc(Op::BuildMap, base + 1, 0, 0);
                for param in kw {
                    let Some(d) = param.default.as_deref() else {
                        continue;
                    };
                    let pair = self.alloc(2)?;
                    let name = self.mangle_id(param.name);
                    let k = self.const_idx(bc::Constant::Str(name.as_str().into()))?;
                    self.emit(abx(Op::LoadConst, pair, k));
                    self.expr_to(d, pair + 1)?;
                    self.emit_abc(Op::MapAdd, base + 1, pair, pair + 1);
                    self.release(m2);
                }
            }
        }
        let code = self.compile_child(scope, span, params, body)?;
        if !code.freevars.is_empty() {
            flags |= 4;
            let n = code.freevars.len();
            let m2 = self.mark();
            let cells = self.alloc(n)?;
            for (i, name) in code.freevars.iter().enumerate() {
                let r = self.cell_reg(name).ok_or_else(|| {
                    self.error("internal compiler error: no cell for free variable", span)
                })?;
                let slot = u8::try_from(usize::from(cells) + i).map_err(|_| self.too_complex())?;
                self.mov(slot, r);
            }
            let n8 = u8::try_from(n).map_err(|_| self.too_complex())?;
            self.emit_abc(Op::BuildTuple, base + 2, cells, n8);
            self.release(m2);
        }
        let k = self.const_idx(bc::Constant::Code(Box::new(code)))?;
        self.emit_ext(Op::MakeFunction, dst, base, 0, ext2(k, flags));
        self.release(mark);
        Ok(())
    }

    /// Compiles the nested code object of `scope`.
    fn compile_child(
        &mut self,
        scope: usize,
        span: Span,
        params: Option<&'a Parameters>,
        body: Body<'a>,
    ) -> R<bc::CodeObject> {
        let saved_depth = self.depth;
        self.depth = 0;
        self.push_unit(scope, span)?;
        if let Some(p) = params {
            self.unit.argcount =
                u16::try_from(p.posonly.len() + p.args.len()).map_err(|_| self.too_complex())?;
            self.unit.posonlyargcount =
                u16::try_from(p.posonly.len()).map_err(|_| self.too_complex())?;
            self.unit.kwonlyargcount =
                u16::try_from(p.kwonly.len()).map_err(|_| self.too_complex())?;
            if p.vararg.is_some() {
                self.unit.flags |= CodeFlags::VARARGS;
            }
            if p.kwarg.is_some() {
                self.unit.flags |= CodeFlags::VARKEYWORDS;
            }
        }
        if matches!(body, Body::Comp(_)) {
            self.unit.argcount = 1;
        }
        // Parameters are bound on entry.
        let nparams = self.table.scopes.get(scope).map_or(0, |s| s.params.len());
        for r in 0..nparams.min(256) {
            self.set_bound(r as u8, true);
        }
        match body {
            Body::Def(stmts) => {
                let doc = docstring(stmts);
                let skip = usize::from(doc.is_some());
                self.unit.doc = doc;
                if let Some(first) = stmts.first() {
                    self.set_line(first.span.start);
                }
                self.stmts(stmts.get(skip..).unwrap_or(&[]))?;
                self.emit_abc(Op::ReturnNone, 0, 0, 0);
            }
            Body::Lambda(e) => {
                self.set_line(e.span.start);
                let r = self.expr_any(e)?;
                self.emit_abc(Op::Return, r, 0, 0);
            }
            Body::Class(stmts) => self.class_body(stmts)?,
            Body::Comp(e) => self.comp_body(e)?,
        }
        let code = self.pop_unit();
        self.depth = saved_depth;
        code
    }

    fn class_body(&mut self, stmts: &'a [Stmt]) -> R<()> {
        if let Some(first) = stmts.first() {
            self.set_line(first.span.start);
        }
        let r = self.alloc1()?;
        let ext = self.name_only("__name__")?;
        self.emit_ext(Op::LoadName, r, 0, 0, ext);
        let ext = self.name_only("__module__")?;
        self.emit_ext(Op::StoreName, r, 0, 0, ext);
        let q = self.unit.qualname.clone();
        let k = self.const_idx(bc::Constant::Str(q.as_str().into()))?;
        self.emit(abx(Op::LoadConst, r, k));
        let ext = self.name_only("__qualname__")?;
        self.emit_ext(Op::StoreName, r, 0, 0, ext);
        let doc = docstring(stmts);
        if let Some(d) = &doc {
            let k = self.const_idx(bc::Constant::Str(d.clone()))?;
            self.emit(abx(Op::LoadConst, r, k));
            let ext = self.name_only("__doc__")?;
            self.emit_ext(Op::StoreName, r, 0, 0, ext);
        }
        self.release(usize::from(r));
        let skip = usize::from(doc.is_some());
        self.unit.doc = doc;
        self.stmts(stmts.get(skip..).unwrap_or(&[]))?;
        if let Some(cell) = self.unit.class_cell {
            self.emit_abc(Op::SetClassCell, cell, 0, 0);
            self.emit_abc(Op::Return, cell, 0, 0);
        } else {
            self.emit_abc(Op::ReturnNone, 0, 0, 0);
        }
        Ok(())
    }

    /// Applies decorators held in `decos` (outermost first) to `f`.
    fn decorate(&mut self, decos: &[u8], f: u8) -> R<()> {
        for &d in decos.iter().rev() {
            let m = self.mark();
            let c = self.alloc(2)?;
            self.mov(c, d);
            self.mov(c + 1, f);
            self.emit_abc(Op::Call, c, 1, 0);
            self.mov(f, c);
            self.release(m);
        }
        Ok(())
    }

    fn eval_decorators(&mut self, decorators: &'a [Expr]) -> R<Vec<u8>> {
        let mut decos = Vec::with_capacity(decorators.len());
        for d in decorators {
            self.set_line(d.span.start);
            let r = self.alloc1()?;
            self.expr_to(d, r)?;
            decos.push(r);
        }
        Ok(decos)
    }

    /// `def name(...): ...`
    pub(crate) fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> R<()> {
        let mark = self.mark();
        let decos = self.eval_decorators(&f.decorators)?;
        self.set_line(s.span.start);
        let r = self.alloc1()?;
        self.make_function(s.span, TAG_FUNC, Some(&f.params), Body::Def(&f.body), r)?;
        self.decorate(&decos, r)?;
        let name = self.mangle_id(f.name);
        self.store_name(&name, r)?;
        self.release(mark);
        Ok(())
    }

    /// `lambda params: body` into `dst`.
    pub(crate) fn lambda(&mut self, e: &'a Expr, l: &'a Lambda, dst: u8) -> R<()> {
        self.make_function(
            e.span,
            TAG_LAMBDA,
            Some(&l.params),
            Body::Lambda(&l.body),
            dst,
        )
    }

    /// `class Name(bases, **kw): body`.
    pub(crate) fn class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> R<()> {
        let mark = self.mark();
        let decos = self.eval_decorators(&c.decorators)?;
        self.set_line(s.span.start);
        let a = self.alloc(3)?;
        self.emit_abc(Op::LoadBuildClass, a, 0, 0);
        self.make_function(s.span, TAG_CLASS, None, Body::Class(&c.body), a + 1)?;
        let k = self.const_idx(bc::Constant::Str(c.name.as_str(self.src).into()))?;
        self.emit(abx(Op::LoadConst, a + 2, k));
        self.call_with(a, 2, &c.bases, &c.keywords)?;
        self.decorate(&decos, a)?;
        let name = self.mangle_id(c.name);
        self.store_name(&name, a)?;
        self.release(mark);
        Ok(())
    }

    /// A comprehension: builds its function, calls it with the first
    /// iterable's iterator, awaits the result for async comprehensions.
    pub(crate) fn comprehension(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        dst: u8,
    ) -> R<()> {
        let Some(first) = generators.first() else {
            return Err(self.error("internal compiler error: empty comprehension", e.span));
        };
        let mark = self.mark();
        let a = self.alloc(2)?;
        self.make_function(e.span, TAG_COMP, None, Body::Comp(e), a)?;
        self.expr_to(&first.iter, a + 1)?;
        if first.is_async {
            self.emit_abc(Op::GetAIter, a + 1, a + 1, 0);
        } else {
            self.emit_abc(Op::GetIter, a + 1, a + 1, 0);
        }
        self.emit_abc(Op::Call, a, 1, 0);
        let scope = self.table.scope_for(e.span, TAG_COMP);
        let awaits = scope
            .and_then(|id| self.table.scopes.get(id))
            .is_some_and(|s| s.is_coroutine && !s.is_generator);
        if awaits {
            self.await_reg(a, dst)?;
        } else {
            self.mov(dst, a);
        }
        self.release(mark);
        Ok(())
    }

    fn comp_body(&mut self, e: &'a Expr) -> R<()> {
        self.set_line(e.span.start);
        let (gens, kind): (&'a [Comprehension], CompKind<'a>) = match &e.kind {
            ExprKind::ListComp(c) => (&c.generators, CompKind::List(&c.elt)),
            ExprKind::SetComp(c) => (&c.generators, CompKind::Set(&c.elt)),
            ExprKind::GeneratorExp(c) => (&c.generators, CompKind::Gen(&c.elt)),
            ExprKind::DictComp(c) => (&c.generators, CompKind::Dict(&c.key, &c.value)),
            _ => return Err(self.error("internal compiler error: not a comprehension", e.span)),
        };
        let res = self.alloc1()?;
        match kind {
            CompKind::List(_) => self.emit_abc(Op::BuildList, res, 0, 0),
            CompKind::Set(_) => self.emit_abc(Op::BuildSet, res, 0, 0),
            CompKind::Dict(..) => self.emit_abc(Op::BuildMap, res, 0, 0),
            CompKind::Gen(_) => {}
        }
        self.comp_loop(gens, 0, kind, res)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.emit_abc(Op::ReturnNone, 0, 0, 0);
        } else {
            self.emit_abc(Op::Return, res, 0, 0);
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        kind: CompKind<'a>,
        res: u8,
    ) -> R<()> {
        let Some(g) = gens.get(i) else {
            return self.comp_element(kind, res);
        };
        let mark = self.mark();
        let it = if i == 0 {
            0u8
        } else {
            let t = self.alloc1()?;
            self.expr_to(&g.iter, t)?;
            self.emit_abc(
                if g.is_async {
                    Op::GetAIter
                } else {
                    Op::GetIter
                },
                t,
                t,
                0,
            );
            t
        };
        let head = self.new_label();
        let exit = self.new_label();
        let da_head = self.unit.da.clone();
        if g.is_async {
            self.bind(head);
            self.unit.da = da_head.clone();
            let (h, e) = self.async_next(it, &g.target)?;
            for cond in &g.ifs {
                self.jump_if(cond, false, head)?;
            }
            self.comp_loop(gens, i + 1, kind, res)?;
            self.jump(head);
            self.async_for_end(h, e, exit)?;
        } else {
            // Tested at the bottom like a `for` statement: enter at the
            // `ForIter` (`head`), which jumps back to `body` per item.
            let body = self.new_label();
            let x = self.loop_target_reg(&g.target)?;
            self.jump(head);
            self.bind(body);
            self.unit.da = da_head.clone();
            self.store_target(&g.target, x)?;
            for cond in &g.ifs {
                self.jump_if(cond, false, head)?;
            }
            self.comp_loop(gens, i + 1, kind, res)?;
            self.bind(head);
            self.unit.da = da_head.clone();
            self.set_line(g.target.span.start);
            self.emit_jump(Op::ForIter, it, x, 0, body);
        }
        self.bind(exit);
        self.unit.da = da_head;
        self.release(mark);
        Ok(())
    }

    fn comp_element(&mut self, kind: CompKind<'a>, res: u8) -> R<()> {
        let mark = self.mark();
        match kind {
            CompKind::List(e) => {
                let v = self.expr_any(e)?;
                self.emit_abc(Op::ListAppend, res, v, 0);
            }
            CompKind::Set(e) => {
                let v = self.expr_any(e)?;
                self.emit_abc(Op::SetAdd, res, v, 0);
            }
            CompKind::Dict(k, v) => {
                let kr = self.alloc1()?;
                self.expr_to(k, kr)?;
                let vr = self.expr_any(v)?;
                self.emit_abc(Op::MapAdd, res, kr, vr);
            }
            CompKind::Gen(e) => {
                let v = self.expr_any(e)?;
                let sent = self.alloc1()?;
                self.emit_abc(Op::Yield, v, sent, 0);
            }
        }
        self.release(mark);
        Ok(())
    }

    /// True if `scope` kind is a function (for `return`/`yield` checks).
    pub(crate) fn unit_is_function(&self) -> bool {
        matches!(
            self.unit.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Gen(&'a Expr),
    Dict(&'a Expr, &'a Expr),
}

//! Visits every span in a tree (used by tests and the fuzzer to check that
//! all spans lie inside the source on character boundaries).

use crate::ast::*;

/// Calls `f` with the span of every statement, expression, identifier and
/// other spanned node of `body`.
pub fn stmts_spans(body: &[Stmt], f: &mut dyn FnMut(Span)) {
    for s in body {
        stmt(s, f);
    }
}

/// Calls `f` with every span inside `e` (including its own).
pub fn expr_spans(e: &Expr, f: &mut dyn FnMut(Span)) {
    expr(e, f);
}

fn stmt(s: &Stmt, f: &mut dyn FnMut(Span)) {
    f(s.span);
    match &s.kind {
        StmtKind::FunctionDef(d) => {
            f(d.name.span);
            exprs(&d.decorators, f);
            params(&d.params, f);
            opt(d.returns.as_ref(), f);
            stmts_spans(&d.body, f);
        }
        StmtKind::ClassDef(c) => {
            f(c.name.span);
            exprs(&c.decorators, f);
            exprs(&c.bases, f);
            keywords(&c.keywords, f);
            stmts_spans(&c.body, f);
        }
        StmtKind::Return(v) => opt(v.as_ref(), f),
        StmtKind::Delete(t) => exprs(t, f),
        StmtKind::Assign { targets, value } => {
            exprs(targets, f);
            expr(value, f);
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, f);
            expr(value, f);
        }
        StmtKind::AnnAssign(a) => {
            expr(&a.target, f);
            expr(&a.annotation, f);
            opt(a.value.as_ref(), f);
        }
        StmtKind::For(x) => {
            expr(&x.target, f);
            expr(&x.iter, f);
            stmts_spans(&x.body, f);
            stmts_spans(&x.orelse, f);
        }
        StmtKind::While(x) => {
            expr(&x.test, f);
            stmts_spans(&x.body, f);
            stmts_spans(&x.orelse, f);
        }
        StmtKind::If(x) => {
            expr(&x.test, f);
            stmts_spans(&x.body, f);
            stmts_spans(&x.orelse, f);
        }
        StmtKind::With(w) => {
            for it in &w.items {
                expr(&it.context_expr, f);
                opt(it.optional_vars.as_ref(), f);
            }
            stmts_spans(&w.body, f);
        }
        StmtKind::Raise { exc, cause } => {
            opt(exc.as_deref(), f);
            opt(cause.as_deref(), f);
        }
        StmtKind::Try(t) => {
            stmts_spans(&t.body, f);
            for h in &t.handlers {
                f(h.span);
                opt(h.type_.as_ref(), f);
                if let Some(n) = h.name {
                    f(n.span);
                }
                stmts_spans(&h.body, f);
            }
            stmts_spans(&t.orelse, f);
            stmts_spans(&t.finalbody, f);
        }
        StmtKind::Assert { test, msg } => {
            expr(test, f);
            opt(msg.as_deref(), f);
        }
        StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
            for a in names {
                f(a.span);
                if let Some(n) = a.asname {
                    f(n.span);
                }
            }
        }
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
            for n in names {
                f(n.span);
            }
        }
        StmtKind::Expr(e) => expr(e, f),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
    }
}

fn opt(e: Option<&Expr>, f: &mut dyn FnMut(Span)) {
    if let Some(e) = e {
        expr(e, f);
    }
}

fn exprs(list: &[Expr], f: &mut dyn FnMut(Span)) {
    for e in list {
        expr(e, f);
    }
}

fn keywords(list: &[Keyword], f: &mut dyn FnMut(Span)) {
    for k in list {
        f(k.span);
        if let Some(a) = k.arg {
            f(a.span);
        }
        expr(&k.value, f);
    }
}

fn params(p: &Parameters, f: &mut dyn FnMut(Span)) {
    let all = p
        .posonly
        .iter()
        .chain(p.args.iter())
        .chain(p.vararg.iter())
        .chain(p.kwonly.iter())
        .chain(p.kwarg.iter());
    for x in all {
        f(x.span);
        f(x.name.span);
        opt(x.annotation.as_deref(), f);
        opt(x.default.as_deref(), f);
    }
}

fn comps(gens: &[Comprehension], f: &mut dyn FnMut(Span)) {
    for g in gens {
        f(g.span);
        expr(&g.target, f);
        expr(&g.iter, f);
        exprs(&g.ifs, f);
    }
}

fn fstring(elems: &[FStringElement], f: &mut dyn FnMut(Span)) {
    for el in elems {
        if let FStringElement::Formatted(v) = el {
            f(v.span);
            expr(&v.value, f);
            if let Some(spec) = &v.spec {
                fstring(spec, f);
            }
        }
    }
}

fn expr(e: &Expr, f: &mut dyn FnMut(Span)) {
    f(e.span);
    match &e.kind {
        ExprKind::BoolOp { values, .. } => exprs(values, f),
        ExprKind::NamedExpr { target, value } => {
            expr(target, f);
            expr(value, f);
        }
        ExprKind::BinOp { left, right, .. } => {
            expr(left, f);
            expr(right, f);
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, f),
        ExprKind::Lambda(l) => {
            params(&l.params, f);
            expr(&l.body, f);
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, f);
            expr(body, f);
            expr(orelse, f);
        }
        ExprKind::Dict(items) => {
            for it in items {
                opt(it.key.as_ref(), f);
                expr(&it.value, f);
            }
        }
        ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => exprs(elts, f),
        ExprKind::ListComp(c) | ExprKind::SetComp(c) | ExprKind::GeneratorExp(c) => {
            expr(&c.elt, f);
            comps(&c.generators, f);
        }
        ExprKind::DictComp(c) => {
            expr(&c.key, f);
            expr(&c.value, f);
            comps(&c.generators, f);
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => expr(v, f),
        ExprKind::Yield(v) => opt(v.as_deref(), f),
        ExprKind::Compare { left, comparisons } => {
            expr(left, f);
            for c in comparisons {
                expr(&c.right, f);
            }
        }
        ExprKind::Call(c) => {
            expr(&c.func, f);
            exprs(&c.args, f);
            keywords(&c.keywords, f);
        }
        ExprKind::JoinedStr(parts) => fstring(parts, f),
        ExprKind::Constant(_) => {}
        ExprKind::Attribute { value, attr } => {
            expr(value, f);
            f(attr.span);
        }
        ExprKind::Subscript { value, slice } => {
            expr(value, f);
            expr(slice, f);
        }
        ExprKind::Name(id) => f(id.span),
        ExprKind::Slice { lower, upper, step } => {
            opt(lower.as_deref(), f);
            opt(upper.as_deref(), f);
            opt(step.as_deref(), f);
        }
    }
}

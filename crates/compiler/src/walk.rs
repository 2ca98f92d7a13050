//! Small tree walks used by codegen: walrus detection (operand ordering)
//! and the names a block may unbind (definite-assignment at loop heads and
//! exception handlers).

use alloc::collections::BTreeSet;

use pycopy_parser::ast::*;

/// Calls `f` on `e` and every sub-expression evaluated in the same scope
/// (lambda bodies and comprehension internals are skipped; a
/// comprehension's first iterable is visited). Depth-limited: beyond the
/// limit the walk stops early.
pub fn walk_expr(e: &Expr, f: &mut impl FnMut(&Expr)) {
    walk(e, f, 0);
}

fn walk(e: &Expr, f: &mut impl FnMut(&Expr), depth: u32) {
    if depth > 400 {
        return;
    }
    f(e);
    let d = depth + 1;
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| walk(v, f, d)),
        ExprKind::NamedExpr { target, value } => {
            walk(target, f, d);
            walk(value, f, d);
        }
        ExprKind::BinOp { left, right, .. } => {
            walk(left, f, d);
            walk(right, f, d);
        }
        ExprKind::UnaryOp { operand, .. } => walk(operand, f, d),
        ExprKind::Lambda(l) => {
            let p = &l.params;
            for param in p.posonly.iter().chain(p.args.iter()).chain(p.kwonly.iter()) {
                if let Some(def) = &param.default {
                    walk(def, f, d);
                }
            }
        }
        ExprKind::IfExp { test, body, orelse } => {
            walk(test, f, d);
            walk(body, f, d);
            walk(orelse, f, d);
        }
        ExprKind::Dict(items) => {
            for it in items {
                if let Some(k) = &it.key {
                    walk(k, f, d);
                }
                walk(&it.value, f, d);
            }
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().for_each(|v| walk(v, f, d))
        }
        ExprKind::ListComp(c) | ExprKind::SetComp(c) | ExprKind::GeneratorExp(c) => {
            if let Some(g) = c.generators.first() {
                walk(&g.iter, f, d);
            }
        }
        ExprKind::DictComp(c) => {
            if let Some(g) = c.generators.first() {
                walk(&g.iter, f, d);
            }
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => walk(v, f, d),
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                walk(v, f, d);
            }
        }
        ExprKind::Compare { left, comparisons } => {
            walk(left, f, d);
            comparisons.iter().for_each(|c| walk(&c.right, f, d));
        }
        ExprKind::Call(c) => {
            walk(&c.func, f, d);
            c.args.iter().for_each(|a| walk(a, f, d));
            c.keywords.iter().for_each(|k| walk(&k.value, f, d));
        }
        ExprKind::JoinedStr(parts) => walk_fstring(parts, f, d),
        ExprKind::Constant(_) | ExprKind::Name(_) => {}
        ExprKind::Attribute { value, .. } => walk(value, f, d),
        ExprKind::Subscript { value, slice } => {
            walk(value, f, d);
            walk(slice, f, d);
        }
        ExprKind::Slice { lower, upper, step } => {
            for p in [lower, upper, step].into_iter().flatten() {
                walk(p, f, d);
            }
        }
    }
}

fn walk_fstring(parts: &[FStringElement], f: &mut impl FnMut(&Expr), d: u32) {
    for p in parts {
        if let FStringElement::Formatted(fv) = p {
            walk(&fv.value, f, d);
            if let Some(spec) = &fv.spec {
                walk_fstring(spec, f, d);
            }
        }
    }
}

/// True if evaluating `e` may assign a local of the current scope (a
/// walrus outside comprehensions).
pub fn has_walrus(e: &Expr) -> bool {
    let mut found = false;
    walk_expr(e, &mut |x| {
        if matches!(x.kind, ExprKind::NamedExpr { .. }) {
            found = true;
        }
    });
    found
}

/// Adds to `out` every name that `body` may unbind: `del name` and
/// `except ... as name` (which deletes the name at the end of the
/// handler), not looking into nested scopes. Names are as written
/// (unmangled).
pub fn unbound_names<'s>(src: &'s str, body: &[Stmt], out: &mut BTreeSet<&'s str>) {
    for s in body {
        unbound_stmt(src, s, out);
    }
}

/// [`unbound_names`] for all parts of a `try` statement (except the final
/// body).
pub fn unbound_try<'s>(src: &'s str, t: &Try, out: &mut BTreeSet<&'s str>) {
    unbound_names(src, &t.body, out);
    for h in &t.handlers {
        if let Some(n) = h.name {
            out.insert(n.as_str(src));
        }
        unbound_names(src, &h.body, out);
    }
    unbound_names(src, &t.orelse, out);
}

fn del_target<'s>(src: &'s str, t: &Expr, out: &mut BTreeSet<&'s str>) {
    match &t.kind {
        ExprKind::Name(id) => {
            out.insert(id.as_str(src));
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for i in items {
                del_target(src, i, out);
            }
        }
        _ => {}
    }
}

fn unbound_stmt<'s>(src: &'s str, s: &Stmt, out: &mut BTreeSet<&'s str>) {
    match &s.kind {
        StmtKind::Delete(targets) => {
            for t in targets {
                del_target(src, t, out);
            }
        }
        StmtKind::For(f) => {
            unbound_names(src, &f.body, out);
            unbound_names(src, &f.orelse, out);
        }
        StmtKind::While(w) => {
            unbound_names(src, &w.body, out);
            unbound_names(src, &w.orelse, out);
        }
        StmtKind::If(i) => {
            unbound_names(src, &i.body, out);
            unbound_names(src, &i.orelse, out);
        }
        StmtKind::With(w) => unbound_names(src, &w.body, out),
        StmtKind::Try(t) => {
            unbound_names(src, &t.body, out);
            for h in &t.handlers {
                if let Some(n) = h.name {
                    out.insert(n.as_str(src));
                }
                unbound_names(src, &h.body, out);
            }
            unbound_names(src, &t.orelse, out);
            unbound_names(src, &t.finalbody, out);
        }
        _ => {}
    }
}

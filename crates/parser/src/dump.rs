//! A readable, indented dump of a tree, for golden tests and debugging.
//!
//! One node per line: its kind, its position `line:col-line:col` (1-based,
//! columns in characters) and its scalar fields; child nodes follow,
//! indented two spaces, each list or optional child under a `field:` line.
//! Empty lists and absent children are left out.
//!
//! ```text
//! Assign 1:1-1:6
//!   targets:
//!     Name x 1:1-1:2
//!   value:
//!     Constant 1 1:5-1:6
//! ```

use alloc::string::String;
use core::fmt::Write;

use pycopy_lexer::{LineIndex, Span};

use crate::ast::*;

/// Dumps a module.
pub fn dump_module(m: &Module, source: &str) -> String {
    let mut d = Dumper::new(source);
    d.line(0, format_args!("Module"));
    d.stmts(1, &m.body);
    d.out
}

/// Dumps an interactive input.
pub fn dump_interactive(m: &Interactive, source: &str) -> String {
    let mut d = Dumper::new(source);
    d.line(0, format_args!("Interactive"));
    d.stmts(1, &m.body);
    d.out
}

/// Dumps one expression.
pub fn dump_expr(e: &Expr, source: &str) -> String {
    let mut d = Dumper::new(source);
    d.expr(0, e);
    d.out
}

struct Dumper<'s> {
    src: &'s str,
    index: LineIndex,
    out: String,
}

/// A span shown as `l:c-l:c`.
struct Pos<'a>(&'a LineIndex, Span);

impl core::fmt::Display for Pos<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let (l1, c1) = self.0.line_col(self.1.start);
        let (l2, c2) = self.0.line_col(self.1.end);
        write!(f, "{}:{}-{}:{}", l1, c1, l2, c2)
    }
}

impl<'s> Dumper<'s> {
    fn new(src: &'s str) -> Self {
        Dumper {
            src,
            index: LineIndex::new(src),
            out: String::new(),
        }
    }

    fn at(&self, span: Span) -> String {
        let mut s = String::new();
        let _ = write!(s, "{}", Pos(&self.index, span));
        s
    }

    fn line(&mut self, depth: usize, args: core::fmt::Arguments<'_>) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        let _ = self.out.write_fmt(args);
        self.out.push('\n');
    }

    fn name(&self, id: Ident) -> &'s str {
        id.as_str(self.src)
    }

    fn stmts(&mut self, depth: usize, body: &[Stmt]) {
        for s in body {
            self.stmt(depth, s);
        }
    }

    fn block(&mut self, depth: usize, label: &str, body: &[Stmt]) {
        if body.is_empty() {
            return;
        }
        self.line(depth, format_args!("{}:", label));
        self.stmts(depth + 1, body);
    }

    fn exprs(&mut self, depth: usize, label: &str, list: &[Expr]) {
        if list.is_empty() {
            return;
        }
        self.line(depth, format_args!("{}:", label));
        for e in list {
            self.expr(depth + 1, e);
        }
    }

    fn child(&mut self, depth: usize, label: &str, e: Option<&Expr>) {
        if let Some(e) = e {
            self.line(depth, format_args!("{}:", label));
            self.expr(depth + 1, e);
        }
    }

    fn stmt(&mut self, d: usize, s: &Stmt) {
        let p = self.at(s.span);
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                let kw = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let name = self.name(f.name);
                self.line(d, format_args!("{} {} {}", kw, name, p));
                self.exprs(d + 1, "decorators", &f.decorators);
                self.params(d + 1, &f.params);
                self.child(d + 1, "returns", f.returns.as_ref());
                self.block(d + 1, "body", &f.body);
            }
            StmtKind::ClassDef(c) => {
                let name = self.name(c.name);
                self.line(d, format_args!("ClassDef {} {}", name, p));
                self.exprs(d + 1, "decorators", &c.decorators);
                self.exprs(d + 1, "bases", &c.bases);
                self.keywords(d + 1, &c.keywords);
                self.block(d + 1, "body", &c.body);
            }
            StmtKind::Return(v) => {
                self.line(d, format_args!("Return {}", p));
                self.child(d + 1, "value", v.as_ref());
            }
            StmtKind::Delete(t) => {
                self.line(d, format_args!("Delete {}", p));
                self.exprs(d + 1, "targets", t);
            }
            StmtKind::Assign { targets, value } => {
                self.line(d, format_args!("Assign {}", p));
                self.exprs(d + 1, "targets", targets);
                self.child(d + 1, "value", Some(value));
            }
            StmtKind::AugAssign { target, op, value } => {
                self.line(d, format_args!("AugAssign {}= {}", op.as_str(), p));
                self.child(d + 1, "target", Some(target));
                self.child(d + 1, "value", Some(value));
            }
            StmtKind::AnnAssign(a) => {
                let simple = if a.simple { " simple" } else { "" };
                self.line(d, format_args!("AnnAssign{} {}", simple, p));
                self.child(d + 1, "target", Some(&a.target));
                self.child(d + 1, "annotation", Some(&a.annotation));
                self.child(d + 1, "value", a.value.as_ref());
            }
            StmtKind::For(f) => {
                let kw = if f.is_async { "AsyncFor" } else { "For" };
                self.line(d, format_args!("{} {}", kw, p));
                self.child(d + 1, "target", Some(&f.target));
                self.child(d + 1, "iter", Some(&f.iter));
                self.block(d + 1, "body", &f.body);
                self.block(d + 1, "orelse", &f.orelse);
            }
            StmtKind::While(w) => {
                self.line(d, format_args!("While {}", p));
                self.child(d + 1, "test", Some(&w.test));
                self.block(d + 1, "body", &w.body);
                self.block(d + 1, "orelse", &w.orelse);
            }
            StmtKind::If(i) => {
                self.line(d, format_args!("If {}", p));
                self.child(d + 1, "test", Some(&i.test));
                self.block(d + 1, "body", &i.body);
                self.block(d + 1, "orelse", &i.orelse);
            }
            StmtKind::With(w) => {
                let kw = if w.is_async { "AsyncWith" } else { "With" };
                self.line(d, format_args!("{} {}", kw, p));
                for item in &w.items {
                    self.line(d + 1, format_args!("item:"));
                    self.expr(d + 2, &item.context_expr);
                    self.child(d + 2, "as", item.optional_vars.as_ref());
                }
                self.block(d + 1, "body", &w.body);
            }
            StmtKind::Raise { exc, cause } => {
                self.line(d, format_args!("Raise {}", p));
                self.child(d + 1, "exc", exc.as_deref());
                self.child(d + 1, "cause", cause.as_deref());
            }
            StmtKind::Try(t) => {
                self.line(d, format_args!("Try {}", p));
                self.block(d + 1, "body", &t.body);
                for h in &t.handlers {
                    let hp = self.at(h.span);
                    match h.name {
                        Some(n) => {
                            let n = self.name(n);
                            self.line(d + 1, format_args!("ExceptHandler as {} {}", n, hp))
                        }
                        None => self.line(d + 1, format_args!("ExceptHandler {}", hp)),
                    }
                    self.child(d + 2, "type", h.type_.as_ref());
                    self.block(d + 2, "body", &h.body);
                }
                self.block(d + 1, "orelse", &t.orelse);
                self.block(d + 1, "finalbody", &t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.line(d, format_args!("Assert {}", p));
                self.child(d + 1, "test", Some(test));
                self.child(d + 1, "msg", msg.as_deref());
            }
            StmtKind::Import(names) => {
                self.line(d, format_args!("Import {}", p));
                self.aliases(d + 1, names);
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let m = module.as_deref().unwrap_or("");
                self.line(d, format_args!("ImportFrom {} level={} {}", m, level, p));
                self.aliases(d + 1, names);
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let kw = if matches!(s.kind, StmtKind::Global(_)) {
                    "Global"
                } else {
                    "Nonlocal"
                };
                let mut list = String::new();
                for n in names {
                    list.push(' ');
                    list.push_str(self.name(*n));
                }
                self.line(d, format_args!("{}{} {}", kw, list, p));
            }
            StmtKind::Expr(e) => {
                self.line(d, format_args!("Expr {}", p));
                self.expr(d + 1, e);
            }
            StmtKind::Pass => self.line(d, format_args!("Pass {}", p)),
            StmtKind::Break => self.line(d, format_args!("Break {}", p)),
            StmtKind::Continue => self.line(d, format_args!("Continue {}", p)),
        }
    }

    fn aliases(&mut self, d: usize, names: &[Alias]) {
        for a in names {
            let p = self.at(a.span);
            match a.asname {
                Some(n) => {
                    let n = self.name(n);
                    self.line(d, format_args!("alias {} as {} {}", a.name, n, p))
                }
                None => self.line(d, format_args!("alias {} {}", a.name, p)),
            }
        }
    }

    fn params(&mut self, d: usize, p: &Parameters) {
        let groups: [(&str, &[Param]); 3] = [
            ("posonly", &p.posonly),
            ("args", &p.args),
            ("kwonly", &p.kwonly),
        ];
        for (label, list) in groups {
            if list.is_empty() {
                continue;
            }
            self.line(d, format_args!("{}:", label));
            for x in list {
                self.param(d + 1, x);
            }
        }
        if let Some(x) = &p.vararg {
            self.line(d, format_args!("vararg:"));
            self.param(d + 1, x);
        }
        if let Some(x) = &p.kwarg {
            self.line(d, format_args!("kwarg:"));
            self.param(d + 1, x);
        }
    }

    fn param(&mut self, d: usize, x: &Param) {
        let n = self.name(x.name);
        let p = self.at(x.span);
        self.line(d, format_args!("Param {} {}", n, p));
        self.child(d + 1, "annotation", x.annotation.as_deref());
        self.child(d + 1, "default", x.default.as_deref());
    }

    fn keywords(&mut self, d: usize, kws: &[Keyword]) {
        for k in kws {
            let p = self.at(k.span);
            match k.arg {
                Some(a) => {
                    let a = self.name(a);
                    self.line(d, format_args!("keyword {} {}", a, p))
                }
                None => self.line(d, format_args!("keyword ** {}", p)),
            }
            self.expr(d + 1, &k.value);
        }
    }

    fn comps(&mut self, d: usize, gens: &[Comprehension]) {
        for g in gens {
            let kw = if g.is_async {
                "async comprehension"
            } else {
                "comprehension"
            };
            let p = self.at(g.span);
            self.line(d, format_args!("{} {}", kw, p));
            self.child(d + 1, "target", Some(&g.target));
            self.child(d + 1, "iter", Some(&g.iter));
            self.exprs(d + 1, "ifs", &g.ifs);
        }
    }

    fn fstring(&mut self, d: usize, elems: &[FStringElement]) {
        for el in elems {
            match el {
                FStringElement::Literal(s) => self.line(d, format_args!("Literal {:?}", s)),
                FStringElement::Formatted(f) => {
                    let p = self.at(f.span);
                    match f.conversion {
                        Some(c) => {
                            self.line(d, format_args!("FormattedValue !{} {}", c.as_char(), p))
                        }
                        None => self.line(d, format_args!("FormattedValue {}", p)),
                    }
                    self.expr(d + 1, &f.value);
                    if let Some(spec) = &f.spec {
                        self.line(d + 1, format_args!("spec:"));
                        self.fstring(d + 2, spec);
                    }
                }
            }
        }
    }

    fn expr(&mut self, d: usize, e: &Expr) {
        let p = self.at(e.span);
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.line(d, format_args!("BoolOp {} {}", op.as_str(), p));
                for v in values {
                    self.expr(d + 1, v);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.line(d, format_args!("NamedExpr {}", p));
                self.expr(d + 1, target);
                self.expr(d + 1, value);
            }
            ExprKind::BinOp { left, op, right } => {
                self.line(d, format_args!("BinOp {} {}", op.as_str(), p));
                self.expr(d + 1, left);
                self.expr(d + 1, right);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.line(d, format_args!("UnaryOp {} {}", op.as_str(), p));
                self.expr(d + 1, operand);
            }
            ExprKind::Lambda(l) => {
                self.line(d, format_args!("Lambda {}", p));
                self.params(d + 1, &l.params);
                self.child(d + 1, "body", Some(&l.body));
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.line(d, format_args!("IfExp {}", p));
                self.child(d + 1, "test", Some(test));
                self.child(d + 1, "body", Some(body));
                self.child(d + 1, "orelse", Some(orelse));
            }
            ExprKind::Dict(items) => {
                self.line(d, format_args!("Dict {}", p));
                for it in items {
                    match &it.key {
                        Some(k) => {
                            self.line(d + 1, format_args!("key:"));
                            self.expr(d + 2, k);
                            self.line(d + 1, format_args!("value:"));
                        }
                        None => self.line(d + 1, format_args!("unpack:")),
                    }
                    self.expr(d + 2, &it.value);
                }
            }
            ExprKind::Set(elts) => {
                self.line(d, format_args!("Set {}", p));
                for x in elts {
                    self.expr(d + 1, x);
                }
            }
            ExprKind::ListComp(c) | ExprKind::SetComp(c) | ExprKind::GeneratorExp(c) => {
                let kw = match &e.kind {
                    ExprKind::ListComp(_) => "ListComp",
                    ExprKind::SetComp(_) => "SetComp",
                    _ => "GeneratorExp",
                };
                self.line(d, format_args!("{} {}", kw, p));
                self.child(d + 1, "elt", Some(&c.elt));
                self.comps(d + 1, &c.generators);
            }
            ExprKind::DictComp(c) => {
                self.line(d, format_args!("DictComp {}", p));
                self.child(d + 1, "key", Some(&c.key));
                self.child(d + 1, "value", Some(&c.value));
                self.comps(d + 1, &c.generators);
            }
            ExprKind::Await(v) => {
                self.line(d, format_args!("Await {}", p));
                self.expr(d + 1, v);
            }
            ExprKind::Yield(v) => {
                self.line(d, format_args!("Yield {}", p));
                if let Some(v) = v {
                    self.expr(d + 1, v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.line(d, format_args!("YieldFrom {}", p));
                self.expr(d + 1, v);
            }
            ExprKind::Compare { left, comparisons } => {
                self.line(d, format_args!("Compare {}", p));
                self.expr(d + 1, left);
                for c in comparisons {
                    self.line(d + 1, format_args!("{}", c.op.as_str()));
                    self.expr(d + 2, &c.right);
                }
            }
            ExprKind::Call(c) => {
                self.line(d, format_args!("Call {}", p));
                self.child(d + 1, "func", Some(&c.func));
                self.exprs(d + 1, "args", &c.args);
                self.keywords(d + 1, &c.keywords);
            }
            ExprKind::JoinedStr(parts) => {
                self.line(d, format_args!("JoinedStr {}", p));
                self.fstring(d + 1, parts);
            }
            ExprKind::Constant(c) => match c {
                Constant::None => self.line(d, format_args!("Constant None {}", p)),
                Constant::True => self.line(d, format_args!("Constant True {}", p)),
                Constant::False => self.line(d, format_args!("Constant False {}", p)),
                Constant::Ellipsis => self.line(d, format_args!("Constant Ellipsis {}", p)),
                Constant::Int(Int::Small(v)) => self.line(d, format_args!("Constant {} {}", v, p)),
                Constant::Int(Int::Big(b)) => self.line(
                    d,
                    format_args!("Constant bigint radix={} {} {}", b.radix, b.digits, p),
                ),
                Constant::Float(v) => self.line(d, format_args!("Constant float {:?} {}", v, p)),
                Constant::Complex(v) => self.line(d, format_args!("Constant {:?}j {}", v, p)),
                Constant::Str(s) => self.line(d, format_args!("Constant {:?} {}", s, p)),
                Constant::Bytes(b) => {
                    let mut text = String::from("b\"");
                    for &c in b.iter() {
                        for ch in core::ascii::escape_default(c) {
                            text.push(char::from(ch));
                        }
                    }
                    text.push('"');
                    self.line(d, format_args!("Constant {} {}", text, p))
                }
            },
            ExprKind::Attribute { value, attr } => {
                let a = self.name(*attr);
                self.line(d, format_args!("Attribute .{} {}", a, p));
                self.expr(d + 1, value);
            }
            ExprKind::Subscript { value, slice } => {
                self.line(d, format_args!("Subscript {}", p));
                self.expr(d + 1, value);
                self.child(d + 1, "slice", Some(slice));
            }
            ExprKind::Starred(v) => {
                self.line(d, format_args!("Starred {}", p));
                self.expr(d + 1, v);
            }
            ExprKind::Name(id) => {
                let n = self.name(*id);
                self.line(d, format_args!("Name {} {}", n, p));
            }
            ExprKind::List(elts) => {
                self.line(d, format_args!("List {}", p));
                for x in elts {
                    self.expr(d + 1, x);
                }
            }
            ExprKind::Tuple(elts) => {
                self.line(d, format_args!("Tuple {}", p));
                for x in elts {
                    self.expr(d + 1, x);
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                self.line(d, format_args!("Slice {}", p));
                self.child(d + 1, "lower", lower.as_deref());
                self.child(d + 1, "upper", upper.as_deref());
                self.child(d + 1, "step", step.as_deref());
            }
        }
    }
}

//! Scope analysis (CPython's symtable): which names are local, global,
//! free or cells in every module, class, function, lambda and
//! comprehension scope.
//!
//! One pass over the tree records how each scope uses each name (flags),
//! a second pass ([`SymbolTable::analyze`]) resolves every name to a
//! [`SymScope`] walking from the module inwards, and marks the locals that
//! inner functions capture as cells. Codegen looks scopes up by the span of
//! the node that opens them.

use alloc::borrow::ToOwned;
use alloc::collections::{BTreeMap, BTreeSet};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use pycopy_parser::ast::*;

use crate::error::CompileError;

/// Index of a scope in [`SymbolTable::scopes`].
pub type ScopeId = usize;

/// What opens a scope.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    /// The module.
    Module,
    /// A class body.
    Class,
    /// A `def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A list/set/dict comprehension or generator expression.
    Comprehension,
}

impl ScopeKind {
    /// True for scopes that keep locals in registers.
    pub fn is_function(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// The name is assigned (or deleted, imported, defined) in the scope.
pub const DEF_LOCAL: u16 = 1;
/// The name is a parameter.
pub const DEF_PARAM: u16 = 2;
/// `global name` in the scope.
pub const DEF_GLOBAL: u16 = 4;
/// `nonlocal name` (or a walrus in a comprehension binding outwards).
pub const DEF_NONLOCAL: u16 = 8;
/// The name is read.
pub const USE: u16 = 16;
/// A comprehension iteration variable.
pub const DEF_COMP_ITER: u16 = 32;

/// Where a name lives, after analysis.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SymScope {
    /// A local of a function (a register), or a name of a class body or
    /// module namespace.
    Local,
    /// A function local captured by an inner scope (a register holding a
    /// cell).
    Cell,
    /// A variable of an enclosing function (a cell from the closure).
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound here nor in an enclosing function: globals, then builtins.
    GlobalImplicit,
}

/// One name of a scope.
#[derive(Clone, Debug)]
pub struct Symbol {
    /// The (mangled) name.
    pub name: String,
    /// `DEF_*`/`USE` bits.
    pub flags: u16,
    /// Resolution (valid after analysis).
    pub scope: SymScope,
}

/// One scope.
#[derive(Clone, Debug)]
pub struct Scope {
    /// What kind of scope.
    pub kind: ScopeKind,
    /// Its name (`<module>`, the function or class name, `<lambda>`,
    /// `<listcomp>`, ...).
    pub name: String,
    /// Symbols in first-seen order.
    pub symbols: Vec<Symbol>,
    index: BTreeMap<String, usize>,
    /// Parameter names in register order: positional-only, ordinary,
    /// `*args`, keyword-only, `**kwargs`.
    pub params: Vec<String>,
    /// Directly nested scopes, in source order.
    pub children: Vec<ScopeId>,
    /// The enclosing scope.
    pub parent: Option<ScopeId>,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// `async def`, or a comprehension that awaits.
    pub is_coroutine: bool,
    /// A class whose methods use `__class__`/`super()`: the body creates
    /// the `__class__` cell.
    pub needs_class_cell: bool,
    /// Names free in this scope only because an inner scope needs them
    /// (class bodies that also bind the name locally).
    pub passthrough_free: BTreeSet<String>,
    /// The free variables in closure order (after analysis).
    pub freevars: Vec<String>,
    /// Class name used for private-name mangling inside this scope.
    pub private: Option<String>,
    /// Qualified name.
    pub qualname: String,
    /// Where each `nonlocal` name is declared (for error messages).
    nonlocal_spans: BTreeMap<String, Span>,
}

impl Scope {
    fn new(
        kind: ScopeKind,
        name: String,
        parent: Option<ScopeId>,
        private: Option<String>,
    ) -> Self {
        Scope {
            kind,
            name,
            symbols: Vec::new(),
            index: BTreeMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            passthrough_free: BTreeSet::new(),
            freevars: Vec::new(),
            private,
            qualname: String::new(),
            nonlocal_spans: BTreeMap::new(),
        }
    }

    /// The symbol for `name`, if the scope mentions it.
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).and_then(|&i| self.symbols.get(i))
    }

    fn flags(&self, name: &str) -> u16 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    fn add(&mut self, name: &str, flags: u16) {
        if let Some(&i) = self.index.get(name) {
            if let Some(s) = self.symbols.get_mut(i) {
                s.flags |= flags;
            }
        } else {
            self.index.insert(name.to_owned(), self.symbols.len());
            self.symbols.push(Symbol {
                name: name.to_owned(),
                flags,
                scope: SymScope::GlobalImplicit,
            });
        }
    }

    /// The resolution of `name` (names never mentioned are implicit
    /// globals).
    pub fn scope_of(&self, name: &str) -> SymScope {
        self.lookup(name)
            .map_or(SymScope::GlobalImplicit, |s| s.scope)
    }
}

/// Key of a scope-opening node: its span and a kind tag.
type NodeKey = (u32, u32, u8);

/// All scopes of one compilation.
#[derive(Debug)]
pub struct SymbolTable {
    /// Every scope; index 0 is the module.
    pub scopes: Vec<Scope>,
    by_node: BTreeMap<NodeKey, ScopeId>,
}

/// Mangles a private name `__x` to `_Class__x` inside class `private`
/// (CPython's rule: not dunder names, not dotted names, and not when the
/// class name is all underscores).
pub fn mangle<'a>(private: Option<&str>, name: &'a str) -> alloc::borrow::Cow<'a, str> {
    use alloc::borrow::Cow;
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

/// Tag for function/class/lambda/comprehension nodes in [`NodeKey`].
pub(crate) const TAG_FUNC: u8 = 0;
pub(crate) const TAG_CLASS: u8 = 1;
pub(crate) const TAG_LAMBDA: u8 = 2;
pub(crate) const TAG_COMP: u8 = 3;

impl SymbolTable {
    /// The scope opened by the node with `span` and `tag`.
    pub(crate) fn scope_for(&self, span: Span, tag: u8) -> Option<ScopeId> {
        self.by_node.get(&(span.start, span.end, tag)).copied()
    }

    /// Builds and analyses the table for a module body.
    pub fn build(source: &str, body: &[Stmt]) -> Result<SymbolTable, CompileError> {
        let mut b = Builder {
            src: source,
            table: SymbolTable {
                scopes: alloc::vec![Scope::new(
                    ScopeKind::Module,
                    "<module>".to_owned(),
                    None,
                    None
                )],
                by_node: BTreeMap::new(),
            },
            cur: 0,
            depth: 0,
        };
        b.stmts(body)?;
        let mut table = b.table;
        table.analyze(0, &BTreeSet::new())?;
        table.qualnames(0);
        Ok(table)
    }

    /// Builds the table for a single expression (`eval` mode).
    pub fn build_expr(source: &str, expr: &Expr) -> Result<SymbolTable, CompileError> {
        let mut b = Builder {
            src: source,
            table: SymbolTable {
                scopes: alloc::vec![Scope::new(
                    ScopeKind::Module,
                    "<module>".to_owned(),
                    None,
                    None
                )],
                by_node: BTreeMap::new(),
            },
            cur: 0,
            depth: 0,
        };
        b.expr(expr)?;
        let mut table = b.table;
        table.analyze(0, &BTreeSet::new())?;
        table.qualnames(0);
        Ok(table)
    }

    fn scope(&self, id: ScopeId) -> Result<&Scope, CompileError> {
        self.scopes.get(id).ok_or_else(internal)
    }

    fn qualnames(&mut self, id: ScopeId) {
        let Some(scope) = self.scopes.get(id) else {
            return;
        };
        let qual = match scope.parent.and_then(|p| self.scopes.get(p)) {
            None => scope.name.clone(),
            Some(p) => match p.kind {
                ScopeKind::Module => scope.name.clone(),
                ScopeKind::Class => format!("{}.{}", p.qualname, scope.name),
                _ if p.scope_of(&scope.name) == SymScope::GlobalExplicit => scope.name.clone(),
                _ => format!("{}.<locals>.{}", p.qualname, scope.name),
            },
        };
        let children = scope.children.clone();
        if let Some(s) = self.scopes.get_mut(id) {
            s.qualname = qual;
        }
        for c in children {
            self.qualnames(c);
        }
    }

    /// Resolves names of scope `id` given the names `bound` in enclosing
    /// functions; returns the names free in this scope.
    fn analyze(
        &mut self,
        id: ScopeId,
        bound: &BTreeSet<String>,
    ) -> Result<BTreeSet<String>, CompileError> {
        let kind = self.scope(id)?.kind;
        let mut local = BTreeSet::new();
        let mut globals = BTreeSet::new();
        let mut free = BTreeSet::new();
        {
            let scope = self.scopes.get_mut(id).ok_or_else(internal)?;
            for sym in scope.symbols.iter_mut() {
                let f = sym.flags;
                sym.scope = if f & DEF_GLOBAL != 0 {
                    globals.insert(sym.name.clone());
                    SymScope::GlobalExplicit
                } else if f & DEF_NONLOCAL != 0 {
                    if !bound.contains(&sym.name) {
                        let span = scope
                            .nonlocal_spans
                            .get(&sym.name)
                            .copied()
                            .unwrap_or(Span::empty(0));
                        return Err(CompileError::syntax(
                            format!("no binding for nonlocal '{}' found", sym.name),
                            span,
                        ));
                    }
                    free.insert(sym.name.clone());
                    SymScope::Free
                } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
                    local.insert(sym.name.clone());
                    SymScope::Local
                } else if kind != ScopeKind::Module && bound.contains(&sym.name) {
                    free.insert(sym.name.clone());
                    SymScope::Free
                } else {
                    SymScope::GlobalImplicit
                };
            }
        }
        let new_bound: BTreeSet<String> = match kind {
            ScopeKind::Module => BTreeSet::new(),
            ScopeKind::Class => {
                // Methods see the implicit `__class__` cell of the class.
                let mut b: BTreeSet<String> = bound
                    .iter()
                    .filter(|n| !globals.contains(*n))
                    .cloned()
                    .collect();
                b.insert("__class__".to_owned());
                b
            }
            _ => bound
                .iter()
                .chain(local.iter())
                .filter(|n| !globals.contains(*n))
                .cloned()
                .collect(),
        };
        let children = self.scope(id)?.children.clone();
        let mut child_free = BTreeSet::new();
        for c in children {
            let f = self.analyze(c, &new_bound)?;
            child_free.extend(f);
        }
        let scope = self.scopes.get_mut(id).ok_or_else(internal)?;
        for name in child_free {
            if kind == ScopeKind::Class && name == "__class__" {
                scope.needs_class_cell = true;
                continue;
            }
            if kind.is_function() && local.contains(&name) {
                if let Some(&i) = scope.index.get(&name) {
                    if let Some(s) = scope.symbols.get_mut(i) {
                        s.scope = SymScope::Cell;
                    }
                }
                continue;
            }
            if kind == ScopeKind::Module {
                continue;
            }
            match scope.lookup(&name).map(|s| s.scope) {
                Some(SymScope::Free) => {}
                Some(SymScope::GlobalExplicit) => {}
                Some(SymScope::Local) | Some(SymScope::Cell) => {
                    // A class body binding the name itself: the class reads
                    // its namespace, inner scopes get the outer cell.
                    scope.passthrough_free.insert(name.clone());
                    free.insert(name);
                }
                Some(SymScope::GlobalImplicit) => {
                    if let Some(&i) = scope.index.get(&name) {
                        if let Some(s) = scope.symbols.get_mut(i) {
                            s.scope = SymScope::Free;
                        }
                    }
                    free.insert(name);
                }
                None => {
                    scope.add(&name, 0);
                    if let Some(&i) = scope.index.get(&name) {
                        if let Some(s) = scope.symbols.get_mut(i) {
                            s.scope = SymScope::Free;
                        }
                    }
                    free.insert(name);
                }
            }
        }
        scope.freevars = free.iter().cloned().collect();
        Ok(free)
    }
}

fn internal() -> CompileError {
    CompileError::syntax("internal compiler error: bad scope", Span::empty(0))
}

struct Builder<'s> {
    src: &'s str,
    table: SymbolTable,
    cur: ScopeId,
    depth: u32,
}

/// Deepest expression nesting analysed (long operator chains nest too);
/// matches codegen's limit.
pub const MAX_EXPR_DEPTH: u32 = 300;

impl Builder<'_> {
    fn scope(&mut self) -> Result<&mut Scope, CompileError> {
        self.table.scopes.get_mut(self.cur).ok_or_else(internal)
    }

    fn mangled(&self, ident: Ident) -> String {
        let private = self
            .table
            .scopes
            .get(self.cur)
            .and_then(|s| s.private.as_deref());
        mangle(private, ident.as_str(self.src)).into_owned()
    }

    fn add(&mut self, name: &str, flags: u16) -> Result<(), CompileError> {
        self.scope()?.add(name, flags);
        Ok(())
    }

    fn push_scope(
        &mut self,
        kind: ScopeKind,
        name: String,
        key: NodeKey,
    ) -> Result<ScopeId, CompileError> {
        let parent = self.cur;
        // Names in a class body and everything nested in it are mangled
        // with the innermost class's name.
        let private = if kind == ScopeKind::Class {
            Some(name.clone())
        } else {
            self.table
                .scopes
                .get(parent)
                .and_then(|p| p.private.clone())
        };
        let id = self.table.scopes.len();
        let scope = Scope::new(kind, name, Some(parent), private);
        self.table.scopes.push(scope);
        self.table.by_node.insert(key, id);
        self.scope()?.children.push(id);
        self.cur = id;
        Ok(id)
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, p: &Parameters) -> Result<(), CompileError> {
        let all = p
            .posonly
            .iter()
            .chain(p.args.iter())
            .chain(p.vararg.iter())
            .chain(p.kwonly.iter())
            .chain(p.kwarg.iter());
        for param in all {
            let name = self.mangled(param.name);
            self.add(&name, DEF_PARAM)?;
            self.scope()?.params.push(name);
        }
        Ok(())
    }

    fn defaults(&mut self, p: &Parameters) -> Result<(), CompileError> {
        for param in p.posonly.iter().chain(p.args.iter()).chain(p.kwonly.iter()) {
            if let Some(d) = &param.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn in_function(&self) -> bool {
        self.table
            .scopes
            .get(self.cur)
            .is_some_and(|s| s.kind.is_function())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.defaults(&f.params)?;
                let name = self.mangled(f.name);
                self.add(&name, DEF_LOCAL)?;
                let saved = self.cur;
                self.push_scope(
                    ScopeKind::Function,
                    f.name.as_str(self.src).to_owned(),
                    (s.span.start, s.span.end, TAG_FUNC),
                )?;
                self.scope()?.is_coroutine = f.is_async;
                self.params(&f.params)?;
                self.stmts(&f.body)?;
                self.cur = saved;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                let name = self.mangled(c.name);
                self.add(&name, DEF_LOCAL)?;
                let saved = self.cur;
                self.push_scope(
                    ScopeKind::Class,
                    c.name.as_str(self.src).to_owned(),
                    (s.span.start, s.span.end, TAG_CLASS),
                )?;
                self.stmts(&c.body)?;
                self.cur = saved;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(id) = &target.kind {
                    let name = self.mangled(*id);
                    self.add(&name, DEF_LOCAL | USE)?;
                } else {
                    self.target(target)?;
                }
            }
            StmtKind::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                match &a.target.kind {
                    ExprKind::Name(id) => {
                        let name = self.mangled(*id);
                        if a.value.is_some() || self.in_function() {
                            self.add(&name, DEF_LOCAL)?;
                        }
                    }
                    _ => self.target(&a.target)?,
                }
            }
            StmtKind::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            StmtKind::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            StmtKind::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            StmtKind::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(t) = &item.optional_vars {
                        self.target(t)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = h.name {
                        let name = self.mangled(n);
                        self.add(&name, DEF_LOCAL)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let name = match a.asname {
                        Some(id) => self.mangled(id),
                        None => {
                            let first = a.name.split('.').next().unwrap_or("");
                            let private = self
                                .table
                                .scopes
                                .get(self.cur)
                                .and_then(|s| s.private.as_deref());
                            mangle(private, first).into_owned()
                        }
                    };
                    self.add(&name, DEF_LOCAL)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if &*a.name == "*" {
                        if self
                            .table
                            .scopes
                            .get(self.cur)
                            .is_some_and(|s| s.kind != ScopeKind::Module)
                        {
                            return Err(CompileError::syntax(
                                "import * only allowed at module level",
                                s.span,
                            ));
                        }
                        continue;
                    }
                    let name = match a.asname {
                        Some(id) => self.mangled(id),
                        None => {
                            let private = self
                                .table
                                .scopes
                                .get(self.cur)
                                .and_then(|s| s.private.as_deref());
                            mangle(private, &a.name).into_owned()
                        }
                    };
                    self.add(&name, DEF_LOCAL)?;
                }
            }
            StmtKind::Global(names) => {
                for id in names {
                    let name = self.mangled(*id);
                    let f = self.scope()?.flags(&name);
                    let msg = if f & DEF_PARAM != 0 {
                        Some(format!("name '{name}' is parameter and global"))
                    } else if f & DEF_NONLOCAL != 0 {
                        Some(format!("name '{name}' is nonlocal and global"))
                    } else if f & USE != 0 {
                        Some(format!("name '{name}' is used prior to global declaration"))
                    } else if f & DEF_LOCAL != 0 {
                        Some(format!(
                            "name '{name}' is assigned to before global declaration"
                        ))
                    } else {
                        None
                    };
                    if let Some(m) = msg {
                        return Err(CompileError::syntax(m, id.span));
                    }
                    self.add(&name, DEF_GLOBAL)?;
                }
            }
            StmtKind::Nonlocal(names) => {
                if self
                    .table
                    .scopes
                    .get(self.cur)
                    .is_some_and(|s| s.kind == ScopeKind::Module)
                {
                    return Err(CompileError::syntax(
                        "nonlocal declaration not allowed at module level",
                        s.span,
                    ));
                }
                for id in names {
                    let name = self.mangled(*id);
                    let f = self.scope()?.flags(&name);
                    let msg = if f & DEF_PARAM != 0 {
                        Some(format!("name '{name}' is parameter and nonlocal"))
                    } else if f & DEF_GLOBAL != 0 {
                        Some(format!("name '{name}' is nonlocal and global"))
                    } else if f & USE != 0 {
                        Some(format!(
                            "name '{name}' is used prior to nonlocal declaration"
                        ))
                    } else if f & DEF_LOCAL != 0 {
                        Some(format!(
                            "name '{name}' is assigned to before nonlocal declaration"
                        ))
                    } else {
                        None
                    };
                    if let Some(m) = msg {
                        return Err(CompileError::syntax(m, id.span));
                    }
                    self.add(&name, DEF_NONLOCAL)?;
                    self.scope()?.nonlocal_spans.entry(name).or_insert(id.span);
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// An assignment (or `del`) target.
    fn target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(id) => {
                let name = self.mangled(*id);
                self.add(&name, DEF_LOCAL)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)
            }
            _ => self.expr(t),
        }
    }

    fn comp_target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(id) => {
                let name = self.mangled(*id);
                self.add(&name, DEF_LOCAL | DEF_COMP_ITER)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.comp_target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.comp_target(inner),
            _ => self.target(t),
        }
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        generators: &[Comprehension],
        elts: &[&Expr],
        is_genexp: bool,
    ) -> Result<(), CompileError> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.expr(&first.iter)?;
        let saved = self.cur;
        self.push_scope(
            ScopeKind::Comprehension,
            name.to_owned(),
            (e.span.start, e.span.end, TAG_COMP),
        )?;
        self.add(".0", DEF_PARAM)?;
        self.scope()?.params.push(".0".to_owned());
        if is_genexp {
            self.scope()?.is_generator = true;
        }
        if generators.iter().any(|g| g.is_async) {
            self.mark_comp_async();
        }
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.comp_target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.cur = saved;
        Ok(())
    }

    /// `name := value` inside a comprehension: binds in the nearest
    /// enclosing non-comprehension scope.
    fn comp_walrus(&mut self, id: Ident) -> Result<(), CompileError> {
        let name = self.mangled(id);
        let mut chain = Vec::new();
        let mut cur = Some(self.cur);
        let mut target_scope = None;
        while let Some(sid) = cur {
            let Some(s) = self.table.scopes.get(sid) else {
                break;
            };
            if s.kind != ScopeKind::Comprehension {
                target_scope = Some(sid);
                break;
            }
            if s.flags(&name) & DEF_COMP_ITER != 0 {
                return Err(CompileError::syntax(
                    format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                    id.span,
                ));
            }
            chain.push(sid);
            cur = s.parent;
        }
        let Some(ts) = target_scope else {
            return Err(internal());
        };
        let tkind = self.table.scopes.get(ts).map(|s| s.kind);
        let comp_flag =
            match tkind {
                Some(ScopeKind::Class) => return Err(CompileError::syntax(
                    "assignment expression within a comprehension cannot be used in a class body",
                    id.span,
                )),
                Some(ScopeKind::Module) => DEF_GLOBAL,
                _ => DEF_NONLOCAL,
            };
        if let Some(s) = self.table.scopes.get_mut(ts) {
            if s.flags(&name) & DEF_GLOBAL != 0 {
                for c in &chain {
                    if let Some(cs) = self.table.scopes.get_mut(*c) {
                        cs.add(&name, DEF_GLOBAL);
                    }
                }
                return Ok(());
            }
            s.add(&name, DEF_LOCAL);
        }
        for c in chain {
            if let Some(cs) = self.table.scopes.get_mut(c) {
                cs.add(&name, comp_flag);
            }
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), CompileError> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringElement]) -> Result<(), CompileError> {
        for p in parts {
            if let FStringElement::Formatted(fv) = p {
                self.expr(&fv.value)?;
                if let Some(spec) = &fv.spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            return Err(CompileError::syntax("expression too complex", e.span));
        }
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name(id) = &target.kind {
                    let in_comp = self
                        .table
                        .scopes
                        .get(self.cur)
                        .is_some_and(|s| s.kind == ScopeKind::Comprehension);
                    if in_comp {
                        self.comp_walrus(*id)?;
                    } else {
                        let name = self.mangled(*id);
                        self.add(&name, DEF_LOCAL)?;
                    }
                } else {
                    self.target(target)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda(l) => {
                self.defaults(&l.params)?;
                let saved = self.cur;
                self.push_scope(
                    ScopeKind::Lambda,
                    "<lambda>".to_owned(),
                    (e.span.start, e.span.end, TAG_LAMBDA),
                )?;
                self.params(&l.params)?;
                self.expr(&l.body)?;
                self.cur = saved;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict(items) => {
                for it in items {
                    if let Some(k) = &it.key {
                        self.expr(k)?;
                    }
                    self.expr(&it.value)?;
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                self.exprs(items)?
            }
            ExprKind::ListComp(c) => {
                self.comprehension(e, "<listcomp>", &c.generators, &[&c.elt], false)?
            }
            ExprKind::SetComp(c) => {
                self.comprehension(e, "<setcomp>", &c.generators, &[&c.elt], false)?
            }
            ExprKind::GeneratorExp(c) => {
                self.comprehension(e, "<genexpr>", &c.generators, &[&c.elt], true)?
            }
            ExprKind::DictComp(c) => {
                self.comprehension(e, "<dictcomp>", &c.generators, &[&c.key, &c.value], false)?
            }
            ExprKind::Await(v) => {
                self.check_await(e.span)?;
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.mark_yield(e.span, false)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_yield(e.span, true)?;
                self.expr(v)?;
            }
            ExprKind::Compare { left, comparisons } => {
                self.expr(left)?;
                for c in comparisons {
                    self.expr(&c.right)?;
                }
            }
            ExprKind::Call(c) => {
                self.expr(&c.func)?;
                self.exprs(&c.args)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::JoinedStr(parts) => self.fstring(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Name(id) => {
                let name = self.mangled(*id);
                self.add(&name, USE)?;
                if name == "super" && self.in_function() {
                    self.add("__class__", USE)?;
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
        }
        Ok(())
    }

    fn check_await(&mut self, span: Span) -> Result<(), CompileError> {
        let mut cur = Some(self.cur);
        while let Some(id) = cur {
            let Some(s) = self.table.scopes.get(id) else {
                break;
            };
            match s.kind {
                ScopeKind::Module | ScopeKind::Class => {
                    return Err(CompileError::syntax("'await' outside function", span));
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    if s.is_coroutine {
                        break;
                    }
                    return Err(CompileError::syntax("'await' outside async function", span));
                }
                ScopeKind::Comprehension => {
                    // An await in a generator expression makes it an
                    // asynchronous generator, allowed anywhere.
                    if s.is_generator {
                        break;
                    }
                    cur = s.parent;
                }
            }
        }
        self.mark_comp_async();
        Ok(())
    }

    /// The comprehensions between here and the enclosing function await
    /// (their calls are awaited in turn).
    fn mark_comp_async(&mut self) {
        let mut cur = Some(self.cur);
        while let Some(id) = cur {
            let Some(s) = self.table.scopes.get_mut(id) else {
                break;
            };
            if s.kind != ScopeKind::Comprehension {
                break;
            }
            s.is_coroutine = true;
            cur = s.parent;
        }
    }

    fn mark_yield(&mut self, span: Span, from: bool) -> Result<(), CompileError> {
        let s = self.scope()?;
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => {
                return Err(CompileError::syntax(
                    if from {
                        "'yield from' outside function"
                    } else {
                        "'yield' outside function"
                    },
                    span,
                ));
            }
            ScopeKind::Comprehension => {
                let what = match s.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                let kw = if from { "yield from" } else { "yield" };
                return Err(CompileError::syntax(format!("'{kw}' inside {what}"), span));
            }
            _ => {}
        }
        if from && s.is_coroutine {
            return Err(CompileError::syntax(
                "'yield from' inside async function",
                span,
            ));
        }
        s.is_generator = true;
        Ok(())
    }
}

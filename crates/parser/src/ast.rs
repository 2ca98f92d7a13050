//! The abstract syntax tree.
//!
//! Shapes follow CPython's `ast` module closely (same node names, same
//! grouping), so a reader who knows `ast.dump` knows this tree. Differences,
//! each chosen for a small tree and a fast compiler:
//!
//! - **Every node has a [`Span`]** (byte offsets into the source). Line and
//!   column are computed only for messages ([`pycopy_lexer::LineIndex`]).
//! - **Identifiers are spans, not strings** ([`Ident`]): the parser never
//!   copies a name. The compiler gets the text with [`Ident::as_str`] and the
//!   source (names from f-string fields have absolute spans too, so this
//!   always works). Dotted module names (`a.b.c`, which may contain spaces
//!   around the dots) are the one exception: they are joined into a
//!   `Box<str>` ([`Alias::name`], [`StmtKind::ImportFrom`]).
//! - **No expression context** (`Load`/`Store`/`Del`): the position of an
//!   expression (assignment target, `del` operand, `for` target, ...) tells
//!   the compiler. The parser has already checked that every target is a
//!   valid target.
//! - **Parameters carry their own default** ([`Param::default`]) instead of
//!   CPython's tail-aligned `defaults` lists.
//! - **String literals are decoded and adjacent literals concatenated** into
//!   one [`Constant::Str`]/[`Constant::Bytes`], or one [`ExprKind::JoinedStr`]
//!   when any part is an f-string. `f"{x=}"` is expanded as CPython does
//!   (literal `x=` then the value with `!r` unless a conversion or a spec is
//!   given), so the compiler needs no special case.
//! - Rare or large variants are boxed so that `Expr` stays at 48 bytes and
//!   `Stmt` at 64 (asserted at the bottom of this file).

use alloc::boxed::Box;
use alloc::vec::Vec;

pub use pycopy_lexer::Span;

/// An identifier: a span into the source text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Ident {
    /// Where the name is written.
    pub span: Span,
}

impl Ident {
    /// The identifier's text in `source` (the text the tree was parsed from).
    #[inline]
    pub fn as_str(self, source: &str) -> &str {
        self.span.text(source)
    }
}

/// A whole file (`parse_module`).
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Module {
    /// The statements, in order.
    pub body: Vec<Stmt>,
}

/// One interactive input (`parse_interactive`): a simple statement line
/// (possibly several `;`-separated statements) or one compound statement.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Interactive {
    /// The statements, in order.
    pub body: Vec<Stmt>,
}

// ---------------------------------------------------------------------------
// Statements

/// A statement with its span.
#[derive(Clone, PartialEq, Debug)]
pub struct Stmt {
    /// From the first token of the statement to its last (without NEWLINE).
    pub span: Span,
    /// What kind of statement.
    pub kind: StmtKind,
}

/// The kinds of statement.
#[derive(Clone, PartialEq, Debug)]
pub enum StmtKind {
    /// `def` / `async def` (boxed: large and not frequent).
    FunctionDef(Box<FunctionDef>),
    /// `class`.
    ClassDef(Box<ClassDef>),
    /// `return [value]`.
    Return(Option<Expr>),
    /// `del a, b[1], c.d`.
    Delete(Vec<Expr>),
    /// `a = b = value`: `targets` holds every target left to right.
    Assign {
        /// One or more targets (`a = b = 1` has two).
        targets: Vec<Expr>,
        /// The right-hand side (a tuple for `a = 1, 2`).
        value: Box<Expr>,
    },
    /// `target op= value`.
    AugAssign {
        /// A name, attribute or subscript.
        target: Box<Expr>,
        /// The operator (`+=` is [`Operator::Add`]).
        op: Operator,
        /// The right-hand side.
        value: Box<Expr>,
    },
    /// `target: annotation [= value]`.
    AnnAssign(Box<AnnAssign>),
    /// `for` / `async for`.
    For(Box<For>),
    /// `while test: ... [else: ...]`.
    While(Box<While>),
    /// `if` / `elif` / `else` (an `elif` is an `If` alone in `orelse`).
    If(Box<If>),
    /// `with` / `async with`.
    With(Box<With>),
    /// `raise [exc [from cause]]`.
    Raise {
        /// The exception, if given.
        exc: Option<Box<Expr>>,
        /// The `from` part, if given.
        cause: Option<Box<Expr>>,
    },
    /// `try` with handlers, `else` and/or `finally`.
    Try(Box<Try>),
    /// `assert test [, msg]`.
    Assert {
        /// The condition.
        test: Box<Expr>,
        /// The message, if given.
        msg: Option<Box<Expr>>,
    },
    /// `import a.b as c, d`.
    Import(Vec<Alias>),
    /// `from [.]*module import names` / `from . import *`.
    ImportFrom {
        /// The dotted module name after the dots, if any (`None` for
        /// `from . import x`).
        module: Option<Box<str>>,
        /// The imported names; a single alias named `*` for `import *`.
        names: Vec<Alias>,
        /// Number of leading dots (0 for an absolute import).
        level: u32,
    },
    /// `global a, b`.
    Global(Vec<Ident>),
    /// `nonlocal a, b`.
    Nonlocal(Vec<Ident>),
    /// An expression used as a statement.
    Expr(Expr),
    /// `pass`.
    Pass,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
}

/// A function definition (`def` or `async def`).
#[derive(Clone, PartialEq, Debug)]
pub struct FunctionDef {
    /// The function's name.
    pub name: Ident,
    /// The parameter list.
    pub params: Parameters,
    /// The body (never empty).
    pub body: Vec<Stmt>,
    /// Decorator expressions, outermost (first written) first.
    pub decorators: Vec<Expr>,
    /// The `-> annotation`, if any.
    pub returns: Option<Expr>,
    /// True for `async def`.
    pub is_async: bool,
}

/// A class definition.
#[derive(Clone, PartialEq, Debug)]
pub struct ClassDef {
    /// The class name.
    pub name: Ident,
    /// Positional arguments in the parentheses (bases, may include `*x`
    /// as [`ExprKind::Starred`]).
    pub bases: Vec<Expr>,
    /// Keyword arguments (`metaclass=M`, `**kw`).
    pub keywords: Vec<Keyword>,
    /// The body (never empty).
    pub body: Vec<Stmt>,
    /// Decorator expressions, outermost first.
    pub decorators: Vec<Expr>,
}

/// `target: annotation [= value]`.
#[derive(Clone, PartialEq, Debug)]
pub struct AnnAssign {
    /// A name, attribute or subscript.
    pub target: Expr,
    /// The annotation (kept; the compiler may evaluate or ignore it).
    pub annotation: Expr,
    /// The assigned value, if any.
    pub value: Option<Expr>,
    /// True when the target is a plain name not in parentheses (CPython's
    /// `simple` flag: such annotations go into `__annotations__`).
    pub simple: bool,
}

/// `for target in iter: body [else: orelse]`.
#[derive(Clone, PartialEq, Debug)]
pub struct For {
    /// The loop target (a valid assignment target).
    pub target: Expr,
    /// The iterable.
    pub iter: Expr,
    /// The loop body.
    pub body: Vec<Stmt>,
    /// The `else` clause (empty if absent).
    pub orelse: Vec<Stmt>,
    /// True for `async for`.
    pub is_async: bool,
}

/// `while test: body [else: orelse]`.
#[derive(Clone, PartialEq, Debug)]
pub struct While {
    /// The condition.
    pub test: Expr,
    /// The loop body.
    pub body: Vec<Stmt>,
    /// The `else` clause (empty if absent).
    pub orelse: Vec<Stmt>,
}

/// `if test: body [elif ...] [else: orelse]`.
#[derive(Clone, PartialEq, Debug)]
pub struct If {
    /// The condition.
    pub test: Expr,
    /// The `if` body.
    pub body: Vec<Stmt>,
    /// The `else` body, or a single nested `If` for `elif` (empty if absent).
    pub orelse: Vec<Stmt>,
}

/// `with a as b, c: body`.
#[derive(Clone, PartialEq, Debug)]
pub struct With {
    /// The context managers, in order (at least one).
    pub items: Vec<WithItem>,
    /// The body.
    pub body: Vec<Stmt>,
    /// True for `async with`.
    pub is_async: bool,
}

/// One `expr [as target]` of a `with` statement.
#[derive(Clone, PartialEq, Debug)]
pub struct WithItem {
    /// The context manager expression.
    pub context_expr: Expr,
    /// The `as` target, if any (a valid assignment target).
    pub optional_vars: Option<Expr>,
}

/// `try` statement.
#[derive(Clone, PartialEq, Debug)]
pub struct Try {
    /// The `try` body.
    pub body: Vec<Stmt>,
    /// The `except` clauses in order.
    pub handlers: Vec<ExceptHandler>,
    /// The `else` clause (empty if absent).
    pub orelse: Vec<Stmt>,
    /// The `finally` clause (empty if absent).
    pub finalbody: Vec<Stmt>,
}

/// One `except [type [as name]]: body` clause.
#[derive(Clone, PartialEq, Debug)]
pub struct ExceptHandler {
    /// From `except` to the end of the body.
    pub span: Span,
    /// The exception type expression (`None` for a bare `except:`).
    pub type_: Option<Expr>,
    /// The `as` name, if any.
    pub name: Option<Ident>,
    /// The handler body.
    pub body: Vec<Stmt>,
}

/// One name of an `import` or `from ... import` statement.
#[derive(Clone, PartialEq, Debug)]
pub struct Alias {
    /// The whole `name [as asname]`.
    pub span: Span,
    /// The (dotted, for `import`) name, dots joined without spaces; `*` for
    /// `from m import *`.
    pub name: Box<str>,
    /// The `as` name, if any.
    pub asname: Option<Ident>,
}

// ---------------------------------------------------------------------------
// Parameters and arguments

/// A parameter list of a `def` or `lambda`.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Parameters {
    /// Parameters before `/` (positional-only).
    pub posonly: Vec<Param>,
    /// Ordinary parameters (positional or keyword).
    pub args: Vec<Param>,
    /// `*args`, if any (never has a default).
    pub vararg: Option<Param>,
    /// Parameters after `*` or `*args` (keyword-only).
    pub kwonly: Vec<Param>,
    /// `**kwargs`, if any (never has a default).
    pub kwarg: Option<Param>,
}

/// One parameter.
#[derive(Clone, PartialEq, Debug)]
pub struct Param {
    /// From the name to the end of the default (or annotation).
    pub span: Span,
    /// The parameter name.
    pub name: Ident,
    /// `: annotation` (never present in a `lambda`).
    pub annotation: Option<Box<Expr>>,
    /// `= default`.
    pub default: Option<Box<Expr>>,
}

/// A keyword argument in a call or class header: `name=value` or `**value`.
#[derive(Clone, PartialEq, Debug)]
pub struct Keyword {
    /// The whole argument.
    pub span: Span,
    /// The keyword, or `None` for `**value`.
    pub arg: Option<Ident>,
    /// The value.
    pub value: Expr,
}

// ---------------------------------------------------------------------------
// Expressions

/// An expression with its span.
#[derive(Clone, PartialEq, Debug)]
pub struct Expr {
    /// Covers the whole expression, including enclosing parentheses only for
    /// tuples, generator expressions and displays that need them.
    pub span: Span,
    /// What kind of expression.
    pub kind: ExprKind,
}

/// The kinds of expression.
#[derive(Clone, PartialEq, Debug)]
pub enum ExprKind {
    /// `a and b and c` / `a or b` (two or more values, same operator).
    BoolOp {
        /// `and` or `or`.
        op: BoolOp,
        /// The operands in order.
        values: Vec<Expr>,
    },
    /// `target := value` (target is always a [`ExprKind::Name`]).
    NamedExpr {
        /// The name assigned to.
        target: Box<Expr>,
        /// The value.
        value: Box<Expr>,
    },
    /// `left op right`.
    BinOp {
        /// Left operand.
        left: Box<Expr>,
        /// The operator.
        op: Operator,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `op operand`.
    UnaryOp {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        operand: Box<Expr>,
    },
    /// `lambda params: body`.
    Lambda(Box<Lambda>),
    /// `body if test else orelse`.
    IfExp {
        /// The condition.
        test: Box<Expr>,
        /// Value when true.
        body: Box<Expr>,
        /// Value when false.
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`.
    Dict(Vec<DictItem>),
    /// `{a, *b}` (never empty: `{}` is a dict).
    Set(Vec<Expr>),
    /// `[elt for ...]`.
    ListComp(Box<Comp>),
    /// `{elt for ...}`.
    SetComp(Box<Comp>),
    /// `{key: value for ...}`.
    DictComp(Box<DictComp>),
    /// `(elt for ...)`, also the bare form as a sole call argument.
    GeneratorExp(Box<Comp>),
    /// `await value`.
    Await(Box<Expr>),
    /// `yield [value]`.
    Yield(Option<Box<Expr>>),
    /// `yield from value`.
    YieldFrom(Box<Expr>),
    /// `left op1 c1 op2 c2 ...` (one or more comparisons, chained).
    Compare {
        /// The leftmost operand.
        left: Box<Expr>,
        /// Each further operator with its right operand, in order.
        comparisons: Vec<Comparison>,
    },
    /// A call (boxed: three lists).
    Call(Box<Call>),
    /// An f-string (possibly concatenated with plain literals).
    JoinedStr(Vec<FStringElement>),
    /// A literal.
    Constant(Constant),
    /// `value.attr`.
    Attribute {
        /// The object.
        value: Box<Expr>,
        /// The attribute name.
        attr: Ident,
    },
    /// `value[slice]` (a tuple of slices for `a[1:2, 3]`).
    Subscript {
        /// The object.
        value: Box<Expr>,
        /// The index: an expression, an [`ExprKind::Slice`] or a tuple.
        slice: Box<Expr>,
    },
    /// `*value` (in displays, calls, targets).
    Starred(Box<Expr>),
    /// A name.
    Name(Ident),
    /// `[a, b]`.
    List(Vec<Expr>),
    /// `a, b` or `(a, b)` or `()`.
    Tuple(Vec<Expr>),
    /// `lower:upper:step` (only directly inside a subscript, or as an
    /// element of a subscript's tuple).
    Slice {
        /// Start, if given.
        lower: Option<Box<Expr>>,
        /// Stop, if given.
        upper: Option<Box<Expr>>,
        /// Step, if given (`a[::]` has none).
        step: Option<Box<Expr>>,
    },
}

/// A `lambda` expression.
#[derive(Clone, PartialEq, Debug)]
pub struct Lambda {
    /// Parameters (no annotations).
    pub params: Parameters,
    /// The body expression.
    pub body: Expr,
}

/// A list/set comprehension or generator expression.
#[derive(Clone, PartialEq, Debug)]
pub struct Comp {
    /// The element expression.
    pub elt: Expr,
    /// The `for`/`if` clauses, at least one.
    pub generators: Vec<Comprehension>,
}

/// A dict comprehension.
#[derive(Clone, PartialEq, Debug)]
pub struct DictComp {
    /// The key expression.
    pub key: Expr,
    /// The value expression.
    pub value: Expr,
    /// The `for`/`if` clauses, at least one.
    pub generators: Vec<Comprehension>,
}

/// One `[async] for target in iter [if cond]...` clause.
#[derive(Clone, PartialEq, Debug)]
pub struct Comprehension {
    /// From `for` (or `async`) to the end of the last `if`.
    pub span: Span,
    /// The loop target.
    pub target: Expr,
    /// The iterable (an `or`-level expression; no bare tuple, no lambda).
    pub iter: Expr,
    /// The `if` conditions in order.
    pub ifs: Vec<Expr>,
    /// True for `async for`.
    pub is_async: bool,
}

/// A call `func(args, keywords)`.
#[derive(Clone, PartialEq, Debug)]
pub struct Call {
    /// The callee.
    pub func: Expr,
    /// Positional arguments in order; `*x` is an [`ExprKind::Starred`].
    pub args: Vec<Expr>,
    /// Keyword arguments in order; `**x` has `arg: None`.
    pub keywords: Vec<Keyword>,
}

/// One entry of a dict display.
#[derive(Clone, PartialEq, Debug)]
pub struct DictItem {
    /// The key, or `None` for `**value`.
    pub key: Option<Expr>,
    /// The value (or the mapping unpacked by `**`).
    pub value: Expr,
}

/// One link of a comparison chain.
#[derive(Clone, PartialEq, Debug)]
pub struct Comparison {
    /// The operator.
    pub op: CmpOp,
    /// Its right operand.
    pub right: Expr,
}

/// A piece of an f-string ([`ExprKind::JoinedStr`]).
#[derive(Clone, PartialEq, Debug)]
pub enum FStringElement {
    /// Literal text (escapes decoded, `{{` made `{`); adjacent pieces are
    /// merged and empty ones dropped.
    Literal(Box<str>),
    /// A replacement field.
    Formatted(FormattedValue),
}

/// A replacement field `{value!conversion:spec}` of an f-string.
#[derive(Clone, PartialEq, Debug)]
pub struct FormattedValue {
    /// The braces and everything between them.
    pub span: Span,
    /// The expression (may be a tuple or yield; spans are absolute).
    pub value: Box<Expr>,
    /// `s`, `r` or `a`, if given (or implied by `=`).
    pub conversion: Option<Conversion>,
    /// The format spec, itself an f-string (may contain fields).
    pub spec: Option<Vec<FStringElement>>,
}

/// The `!x` conversion of an f-string field.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Conversion {
    /// `!s`: `str()`.
    Str,
    /// `!r`: `repr()`.
    Repr,
    /// `!a`: `ascii()`.
    Ascii,
}

/// A literal value.
#[derive(Clone, PartialEq, Debug)]
pub enum Constant {
    /// `None`.
    None,
    /// `True`.
    True,
    /// `False`.
    False,
    /// `...`.
    Ellipsis,
    /// An integer literal.
    Int(Int),
    /// A float literal.
    Float(f64),
    /// An imaginary literal (`2j`): the imaginary part.
    Complex(f64),
    /// A string (decoded; adjacent literals concatenated).
    Str(Box<str>),
    /// A bytes literal (decoded; adjacent literals concatenated).
    Bytes(Box<[u8]>),
}

/// An integer literal's value.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Int {
    /// Fits in an `i64`.
    Small(i64),
    /// Too big for `i64`: the digits, for the VM's bigint parser.
    Big(Box<BigInt>),
}

/// The digits of an integer literal too big for `i64`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct BigInt {
    /// 2, 8, 10 or 16.
    pub radix: u32,
    /// The digits without prefix and without `_` (ASCII, case as written).
    pub digits: Box<str>,
}

/// `and` / `or`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BoolOp {
    /// `and`.
    And,
    /// `or`.
    Or,
}

/// Binary operators (also used by augmented assignment).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Operator {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mult,
    /// `@`
    MatMult,
    /// `/`
    Div,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
    /// `//`
    FloorDiv,
}

/// Unary operators.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnaryOp {
    /// `~`
    Invert,
    /// `not`
    Not,
    /// `+`
    UAdd,
    /// `-`
    USub,
}

/// Comparison operators.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

impl Operator {
    /// The operator as written (`"+"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Operator::Add => "+",
            Operator::Sub => "-",
            Operator::Mult => "*",
            Operator::MatMult => "@",
            Operator::Div => "/",
            Operator::Mod => "%",
            Operator::Pow => "**",
            Operator::LShift => "<<",
            Operator::RShift => ">>",
            Operator::BitOr => "|",
            Operator::BitXor => "^",
            Operator::BitAnd => "&",
            Operator::FloorDiv => "//",
        }
    }
}

impl UnaryOp {
    /// The operator as written (`"not"`).
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Invert => "~",
            UnaryOp::Not => "not",
            UnaryOp::UAdd => "+",
            UnaryOp::USub => "-",
        }
    }
}

impl CmpOp {
    /// The operator as written (`"not in"`).
    pub fn as_str(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

impl BoolOp {
    /// The operator as written.
    pub fn as_str(self) -> &'static str {
        match self {
            BoolOp::And => "and",
            BoolOp::Or => "or",
        }
    }
}

impl Conversion {
    /// The conversion letter (`'r'`).
    pub fn as_char(self) -> char {
        match self {
            Conversion::Str => 's',
            Conversion::Repr => 'r',
            Conversion::Ascii => 'a',
        }
    }
}

impl Expr {
    /// A new expression node.
    #[inline]
    pub fn new(span: Span, kind: ExprKind) -> Self {
        Expr { span, kind }
    }
}

impl Stmt {
    /// A new statement node.
    #[inline]
    pub fn new(span: Span, kind: StmtKind) -> Self {
        Stmt { span, kind }
    }
}

// Node sizes are part of the parser's speed: keep them from growing.
const _: () = assert!(core::mem::size_of::<Expr>() <= 48);
const _: () = assert!(core::mem::size_of::<Stmt>() <= 64);
const _: () = assert!(core::mem::size_of::<Constant>() <= 24);

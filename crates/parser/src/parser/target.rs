//! Checks that an expression parsed as an expression is a valid target of
//! an assignment, `del`, augmented assignment or annotation, with CPython
//! 3.11's messages (without its "Maybe you meant '=='" hints).

use alloc::format;

use super::{PResult, Parser};
use crate::ast::*;

/// How CPython names an expression that cannot be a target ("cannot assign
/// to function call").
pub(crate) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp(_) => "list comprehension",
        ExprKind::SetComp(_) => "set comprehension",
        ExprKind::DictComp(_) => "dict comprehension",
        ExprKind::GeneratorExp(_) => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Call(_) => "function call",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Slice { .. } => "slice",
    }
}

impl Parser<'_> {
    /// Checks an assignment target (`=`, `for`, `with ... as`, comprehension
    /// `for`): names, attributes, subscripts, and lists/tuples of them with
    /// at most one starred element each.
    pub(crate) fn check_assign_target(&self, e: &Expr) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(id) => {
                if id.as_str(self.src) == "__debug__" {
                    return Err(self.error_at("cannot assign to __debug__", e.span));
                }
                Ok(())
            }
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let stars = elts
                    .iter()
                    .filter(|x| matches!(x.kind, ExprKind::Starred(_)))
                    .count();
                if stars > 1 {
                    return Err(self.error_at("multiple starred expressions in assignment", e.span));
                }
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred(inner) => self.check_assign_target(inner)?,
                        _ => self.check_assign_target(elt)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => Err(self.error_at(
                "starred assignment target must be in a list or tuple",
                e.span,
            )),
            _ => Err(self.error_at(format!("cannot assign to {}", describe(e)), e.span)),
        }
    }

    /// Checks a `del` target.
    pub(crate) fn check_del_target(&self, e: &Expr) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for elt in elts {
                    self.check_del_target(elt)?;
                }
                Ok(())
            }
            _ => Err(self.error_at(format!("cannot delete {}", describe(e)), e.span)),
        }
    }

    /// Checks the target of an augmented assignment (`x += 1`).
    pub(crate) fn check_aug_target(&self, e: &Expr) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) => self.check_assign_target(e),
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            _ => Err(self.error_at(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    describe(e)
                ),
                e.span,
            )),
        }
    }

    /// Checks the target of an annotation (`x: int`).
    pub(crate) fn check_ann_target(&self, e: &Expr) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) => self.check_assign_target(e),
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(_) => {
                Err(self.error_at("only single target (not tuple) can be annotated", e.span))
            }
            ExprKind::List(_) => {
                Err(self.error_at("only single target (not list) can be annotated", e.span))
            }
            _ => Err(self.error_at("illegal target for annotation", e.span)),
        }
    }
}

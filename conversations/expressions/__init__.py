"""A small, typed expression language for conditions in the content files.

Conditions ("ask if", "met if", thresholds) are written as text such as
``age >= 18 and job_offer == 'yes'``. They are parsed once at load time into a tree that can be
evaluated with three-valued logic and analysed (which answers a condition depends on), so that the
flow can be checked and drawn. There is no ``eval`` and no way to call host code: only the
functions listed in :mod:`conversations.expressions.functions` exist.
"""

from conversations.expressions.ast import Expr
from conversations.expressions.evaluate import EvaluationContext, evaluate
from conversations.expressions.parser import ExpressionError, parse

__all__ = ["EvaluationContext", "Expr", "ExpressionError", "evaluate", "parse"]

# interproc/wrapping: decorated helpers (the sinks are in the callers)
from .decorators import allow_listed, coerce_int, logged, registered, rotated, stripped


@coerce_int("oid")
def order_clause(oid):
    return "id = %s" % oid


@coerce_int("oid")
def order_clause_other(oid, note):
    return "id = %s AND note = '%s'" % (oid, note)


@allow_listed
def sort_column(value):
    return value.lower()


@logged
def passthrough(value):
    return value


@stripped
def trimmed(value):
    return value


@registered
def plain(value):
    return value


@rotated
def where_clause(column, value, other):
    return column + " = '" + value + "'"

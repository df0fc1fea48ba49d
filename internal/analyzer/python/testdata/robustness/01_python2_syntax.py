# Robustness: Python 2 source (print statements, except X, e:, backticks, <> and exec statement) -> no crash, no finding
import sys


def parse_qty(raw):
    try:
        qty = int(raw)
        print "qty:", qty
        return qty
    except ValueError, e:
        print >>sys.stderr, "bad qty: %s" % e
        return None


def legacy_compare(a, b):
    if a <> b:
        print `a`, `b`
    exec "x = 1"
    return ur"raw unicode", 0777, 10L


class OldStyle:
    def __init__(self):
        self.items = dict()

    def has(self, k):
        return self.items.has_key(k)

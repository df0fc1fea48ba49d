# A per-app Query mixin (not a Graphene class itself), combined into the root schema in schema.py
import sqlite3

import graphene


class Query(object):
    product = graphene.String(name=graphene.String(), limit=graphene.Int())

    def resolve_product(self, info, name, limit=10):
        db = sqlite3.connect("shop.db")
        db.execute("SELECT * FROM products LIMIT %d" % limit)  # safe: PY-SQLI (an Int argument)
        return db.execute("SELECT * FROM products WHERE name = '%s'" % name).fetchone()  # want: PY-SQLI

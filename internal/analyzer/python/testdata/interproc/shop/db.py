# interproc/shop: the sinks; run_query receives tainted SQL from views.search via helpers.build_search_sql
import sqlite3

DB_PATH = "/srv/shop/shop.db"


def run_query(sql):
    conn = sqlite3.connect(DB_PATH)
    try:
        return conn.execute(sql).fetchall()  # want: PY-SQLI
    finally:
        conn.close()


def run_safe(sql, params):
    conn = sqlite3.connect(DB_PATH)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()

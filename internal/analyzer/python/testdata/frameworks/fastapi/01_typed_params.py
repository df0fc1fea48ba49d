# FastAPI: str path/query parameters are tainted; int/float/UUID/bool typed parameters are safe
import sqlite3
import subprocess
from uuid import UUID

from fastapi import FastAPI, Query

app = FastAPI()


def db():
    return sqlite3.connect("app.db")


@app.get("/users/{username}")
def user_by_name(username: str):
    return db().execute(f"SELECT id, email FROM users WHERE username = '{username}'").fetchall()  # want: PY-SQLI


@app.get("/orders/{order_id}")
def order_by_id(order_id: int):
    return db().execute(f"SELECT id, total FROM orders WHERE id = {order_id}").fetchall()


@app.get("/products")
def products(max_price: float = 100.0, in_stock: bool = True, sort: str = Query("name")):
    flag = 1 if in_stock else 0
    return db().execute(f"SELECT id FROM products WHERE price <= {max_price} AND in_stock = {flag} ORDER BY {sort}").fetchall()  # want: PY-SQLI


@app.get("/batches/{batch_id}/status")
def batch_status(batch_id: UUID, verbose: bool = False):
    out = subprocess.check_output(f"batchctl status {batch_id} {'-v' if verbose else ''}", shell=True)
    return {"status": out.decode()}


@app.get("/tools/lookup")
def lookup(host: str):
    out = subprocess.check_output(f"host {host}", shell=True)  # want: PY-CMDI
    return {"result": out.decode()}

# FastAPI: Annotated[T, Query()] and Optional[T] / T | None parameters take T's
# type (int is clean, str is input); Depends(fn) passes fn's result, which is
# input when fn returns one of its own (request) parameters, transitively, and
# clean for a database session or an int.
import os
import sqlite3
from typing import Annotated, Optional

from fastapi import Cookie, Depends, FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


def get_db():
    db = sqlite3.connect("shop.db")
    try:
        yield db
    finally:
        db.close()


def search_term(q: str = ""):
    return q.strip()


def page_size(limit: int = 20):
    return limit


def upper_term(term: str = Depends(search_term)):
    return term.upper()


@app.get("/items")
def items(limit: Annotated[int, Query(le=100)] = 10, offset: Optional[int] = None, after: int | None = None, db=Depends(get_db)):
    return db.execute(f"SELECT * FROM items LIMIT {limit} OFFSET {offset or 0} WHERE id > {after or 0}").fetchall()


@app.get("/by-name")
def by_name(name: Annotated[str, Query(max_length=40)], db=Depends(get_db)):
    return db.execute(f"SELECT * FROM items WHERE name = '{name}'").fetchall()  # want: PY-SQLI


@app.get("/theme")
def theme(sid: Annotated[Optional[str], Cookie()] = None):
    os.system("touch /tmp/themes/" + sid)  # want: PY-CMDI


@app.get("/search")
def search(term: str = Depends(search_term), size: int = Depends(page_size), db=Depends(get_db)):
    db.execute("SELECT * FROM items LIMIT " + str(size))
    return db.execute("SELECT * FROM items WHERE name LIKE '%" + term + "%'").fetchall()  # want: PY-SQLI


@app.get("/banner", response_class=HTMLResponse)
def banner(term: Annotated[str, Depends(upper_term)]):
    return "<h1>" + term + "</h1>"  # want: PY-XSS


@app.get("/count")
def count(size: Annotated[int, Depends(page_size)], db=Depends(get_db)):
    return db.execute(f"SELECT count(*) FROM items LIMIT {size}").fetchone()

# generated case (gen9): category=sqli rule=PY-SQLI fw=fastapi shape=reduce_concat expected=true
import functools
import sqlite3
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/sqli_reduce_concat", methods=["GET", "POST"])
def case_reduce_concat(request: Request, q: str = Query("")):
    param = q
    sql = functools.reduce(lambda a, b: a + b, ["SELECT * FROM users WHERE name = '", param, "'"])
    conn = sqlite3.connect("app.db")
    rows = conn.execute(sql).fetchall()  # want: PY-SQLI
    return {"result": str(rows)}

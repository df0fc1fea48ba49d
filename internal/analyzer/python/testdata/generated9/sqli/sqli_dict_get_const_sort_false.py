# generated case (gen9): category=sqli rule=PY-SQLI fw=fastapi shape=dict_get_const_sort expected=false
import sqlite3
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

SORTS = {"n": "name", "d": "created"}


@app.api_route("/sqli_dict_get_const_sort", methods=["GET", "POST"])
def case_dict_get_const_sort(request: Request, x_q: str = Header("")):
    param = x_q
    sql = "SELECT * FROM users ORDER BY " + SORTS.get(param, "name")
    conn = sqlite3.connect("app.db")
    rows = conn.execute(sql).fetchall()
    return {"result": str(rows)}

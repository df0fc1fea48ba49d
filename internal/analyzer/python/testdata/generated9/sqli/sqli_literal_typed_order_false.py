# generated case (gen9): category=sqli rule=PY-SQLI fw=fastapi shape=literal_typed_order expected=false
import sqlite3
from typing import Literal
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/sqli_literal_typed_order", methods=["GET", "POST"])
def case_literal_typed_order(request: Request, order: Literal["ASC", "DESC"] = Query("ASC")):
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT * FROM users ORDER BY name " + order).fetchall()
    return {"result": str(rows)}

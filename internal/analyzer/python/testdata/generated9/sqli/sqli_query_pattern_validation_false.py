# generated case (gen9): category=sqli rule=PY-SQLI fw=fastapi shape=query_pattern_validation expected=false
import sqlite3
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/sqli_query_pattern_validation", methods=["GET", "POST"])
def case_query_pattern_validation(request: Request, q: str = Query("guest", pattern="^[a-z0-9_]{1,32}$")):
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT * FROM users WHERE name = '{q}'").fetchall()
    return {"result": str(rows)}

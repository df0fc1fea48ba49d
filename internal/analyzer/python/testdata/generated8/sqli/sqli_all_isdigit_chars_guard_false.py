# generated case (gen8): category=sqli rule=PY-SQLI fw=fastapi shape=all_isdigit_chars_guard expected=false
import sqlite3
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/sqli_all_isdigit_chars_guard", methods=["GET", "POST"])
def case_all_isdigit_chars_guard(request: Request, q: str = ""):
    param = q
    if not param or not all(c in "0123456789" for c in param):
        return {"result": str("bad id")}
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT * FROM orders WHERE id = " + param).fetchall()
    return {"result": str(rows)}

# generated case (gen8): category=sqli rule=PY-SQLI fw=fastapi shape=isdigit_guard_return expected=false
import sqlite3
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/sqli_isdigit_guard_return", methods=["GET", "POST"])
def case_isdigit_guard_return(request: Request, q: str = ""):
    param = q
    if not param.isdigit():
        return {"result": str("bad id")}
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT * FROM orders WHERE id = " + param).fetchall()
    return {"result": str(rows)}

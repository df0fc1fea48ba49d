# generated case (gen8): category=sqli rule=PY-SQLI fw=fastapi shape=walrus_strip expected=true
import sqlite3
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/sqli_walrus_strip", methods=["GET", "POST"])
def case_walrus_strip(request: Request, x_q: str = Header("")):
    param = x_q
    conn = sqlite3.connect("shop.db")
    if (term := param.strip()):
        rows = conn.execute(f"SELECT id FROM products WHERE name LIKE '%{term}%'").fetchall()  # want: PY-SQLI
        return {"result": str(rows)}
    return {"result": str([])}

# generated case (gen8): category=sqli rule=PY-SQLI fw=fastapi shape=generator_const_default expected=false
import sqlite3
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/sqli_generator_const_default", methods=["GET", "POST"])
def case_generator_const_default(request: Request, q: str = Cookie("")):
    param = q
    table = next(("products" for _ in param), "products")
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT COUNT(*) FROM " + table).fetchall()
    return {"result": str(rows)}

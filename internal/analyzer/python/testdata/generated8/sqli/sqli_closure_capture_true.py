# generated case (gen8): category=sqli rule=PY-SQLI fw=fastapi shape=closure_capture expected=true
import sqlite3
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/sqli_closure_capture", methods=["GET", "POST"])
def case_closure_capture(request: Request, q: str = Query("")):
    param = q
    def build():
        return "DELETE FROM carts WHERE token = '%s'" % param

    conn = sqlite3.connect("shop.db")
    conn.execute(build())  # want: PY-SQLI
    return {"result": str("ok")}

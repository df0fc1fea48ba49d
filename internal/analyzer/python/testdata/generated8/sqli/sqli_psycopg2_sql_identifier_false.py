# generated case (gen8): category=sqli rule=PY-SQLI fw=fastapi shape=psycopg2_sql_identifier expected=false
import psycopg2
from psycopg2 import sql
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/sqli_psycopg2_sql_identifier", methods=["GET", "POST"])
def case_psycopg2_sql_identifier(request: Request, q: str = ""):
    param = q
    conn = psycopg2.connect("dbname=shop")
    cur = conn.cursor()
    query = sql.SQL("SELECT id FROM products ORDER BY {}").format(sql.Identifier(param))
    cur.execute(query)
    return {"result": str(cur.fetchall())}

# generated case (gen8): category=sqli rule=PY-SQLI fw=fastapi shape=httpexception_guard_fastapi expected=false
import sqlite3

from fastapi import FastAPI, HTTPException

app = FastAPI()
COLUMNS = {"name", "price", "created"}


@app.get("/sqli_httpexception_guard_fastapi")
def case_httpexception_guard_fastapi(sort: str = "name"):
    if sort not in COLUMNS:
        raise HTTPException(status_code=400, detail="bad sort")
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT id FROM products ORDER BY " + sort).fetchall()
    return {"rows": rows}

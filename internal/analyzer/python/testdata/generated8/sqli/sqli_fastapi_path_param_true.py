# generated case (gen8): category=sqli rule=PY-SQLI fw=fastapi shape=fastapi_path_param expected=true
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/users/{username}")
async def case_fastapi_path_param(username: str):
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT * FROM users WHERE name = '%s'" % username).fetchall()  # want: PY-SQLI
    return {"rows": rows}

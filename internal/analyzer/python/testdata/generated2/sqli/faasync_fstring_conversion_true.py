# generated case (gen_cases2): f-string with a !r conversion still carries the value
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/users")
async def users(name: str = ""):
    conn = sqlite3.connect("app.db")
    return {"rows": conn.execute(f"SELECT id FROM users WHERE name = {name!r}").fetchall()}  # want: PY-SQLI

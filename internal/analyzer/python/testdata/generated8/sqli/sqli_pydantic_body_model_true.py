# generated case (gen8): category=sqli rule=PY-SQLI fw=fastapi shape=pydantic_body_model expected=true
import sqlite3

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Search(BaseModel):
    term: str
    limit: int = 10


@app.post("/sqli_pydantic_body_model")
def case_pydantic_body_model(search: Search):
    conn = sqlite3.connect("shop.db")
    sql = "SELECT id FROM products WHERE name LIKE '%" + search.term + "%' LIMIT " + str(search.limit)
    rows = conn.execute(sql).fetchall()  # want: PY-SQLI
    return {"rows": rows}

# generated case (gen9): category=sqli rule=PY-SQLI fw=fastapi shape=property_clause_pydantic expected=true
import sqlite3
from pydantic import BaseModel
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

class NameFilter(BaseModel):
    name: str


class Clause:
    def __init__(self, name):
        self._name = name

    @property
    def where(self):
        return f"name = '{self._name}'"


@app.api_route("/sqli_property_clause_pydantic", methods=["GET", "POST"])
def case_property_clause_pydantic(request: Request, f: NameFilter):
    param = f.name
    sql = "SELECT * FROM users WHERE " + Clause(param).where
    conn = sqlite3.connect("app.db")
    rows = conn.execute(sql).fetchall()  # want: PY-SQLI
    return {"result": str(rows)}

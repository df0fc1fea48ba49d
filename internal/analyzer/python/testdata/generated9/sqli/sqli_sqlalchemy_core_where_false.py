# generated case (gen9): category=sqli rule=PY-SQLI fw=fastapi shape=sqlalchemy_core_where expected=false
from sqlalchemy import Column, MetaData, String, Table, create_engine, select
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

engine = create_engine("sqlite:///app.db")
users = Table("users", MetaData(), Column("name", String))


@app.api_route("/sqli_sqlalchemy_core_where", methods=["GET", "POST"])
def case_sqlalchemy_core_where(request: Request, q: str = Cookie("")):
    param = q
    stmt = select(users).where(users.c.name == param)
    with engine.connect() as conn:
        rows = conn.execute(stmt).fetchall()
    return {"result": str(len(rows))}

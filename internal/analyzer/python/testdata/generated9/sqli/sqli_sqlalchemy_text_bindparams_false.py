# generated case (gen9): category=sqli rule=PY-SQLI fw=fastapi shape=sqlalchemy_text_bindparams expected=false
from sqlalchemy import create_engine, text
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

engine = create_engine("sqlite:///app.db")


@app.api_route("/sqli_sqlalchemy_text_bindparams", methods=["GET", "POST"])
def case_sqlalchemy_text_bindparams(request: Request, q: str = Query("")):
    param = q
    stmt = text("SELECT * FROM users WHERE name = :n").bindparams(n=param)
    with engine.connect() as conn:
        rows = conn.execute(stmt).fetchall()
    return {"result": str(len(rows))}

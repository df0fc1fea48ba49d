# generated case: rule=PY-SQLI source=fapath propagation=direct sink=sqlalchemy_text expected=true
from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()


@app.get("/sqli/{p}")
def handle_sqli(p: str):
    param = p
    bar = param
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as conn:
        result = [tuple(r) for r in conn.execute(text("SELECT id FROM users WHERE id = " + bar))]  # want: PY-SQLI
    return {"result": result}

# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=pathparam propagation=direct sink=safe1 expected=false
from fastapi import FastAPI, Request
from sqlalchemy import create_engine, text

app = FastAPI()


@app.get("/00043/{test_id}")
def benchmark_test_00043(request: Request, test_id: str):
    param = test_id
    bar = param
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text("SELECT id FROM users WHERE name = :name"), {"name": bar}).fetchall()
    return {"result": str(result)}

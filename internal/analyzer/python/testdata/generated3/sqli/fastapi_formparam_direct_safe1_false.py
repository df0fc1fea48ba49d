# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=formparam propagation=direct sink=safe1 expected=false
from fastapi import FastAPI, Form, Request
from sqlalchemy import create_engine, text

app = FastAPI()


@app.post("/00035")
def benchmark_test_00035(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text("SELECT id FROM users WHERE name = :name"), {"name": bar}).fetchall()
    return {"result": str(result)}

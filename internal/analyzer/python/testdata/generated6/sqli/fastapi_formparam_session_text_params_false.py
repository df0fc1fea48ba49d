# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=formparam shape=session_text_params sink=specific expected=false
from fastapi import FastAPI, Form, Request
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

app = FastAPI()
engine = create_engine("sqlite:///benchmark.db")


@app.post("/00309")
def benchmark_test_00309(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    with Session(engine) as s:
        rows = s.execute(text("SELECT id FROM users WHERE name = :n"), {"n": bar}).all()
    result = len(rows)
    return {"result": str(result)}

# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=queryparams propagation=dict_get_default_safe sink=v2 expected=false
from fastapi import FastAPI, Request
from sqlalchemy import create_engine, text

app = FastAPI()


@app.get("/00015")
def benchmark_test_00015(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()
    return {"result": str(result)}

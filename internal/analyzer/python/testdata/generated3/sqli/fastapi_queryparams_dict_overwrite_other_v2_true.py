# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=queryparams propagation=dict_overwrite_other sink=v2 expected=true
from fastapi import FastAPI, Request
from sqlalchemy import create_engine, text

app = FastAPI()


@app.get("/00015")
def benchmark_test_00015(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()  # want: PY-SQLI
    return {"result": str(result)}

# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=header shape=chainmap_input_first sink=v2 expected=true
import collections

from fastapi import FastAPI, Request
from sqlalchemy import create_engine, text

app = FastAPI()


@app.get("/00228")
def benchmark_test_00228(request: Request):
    param = request.headers.get("referer", "")
    bar = collections.ChainMap({"term": param}, {"term": "all"})["term"]
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()  # want: PY-SQLI
    return {"result": str(result)}

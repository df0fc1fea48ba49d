# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=queryparams shape=core_select_where sink=specific expected=false
from fastapi import FastAPI, Request
from sqlalchemy import Column, create_engine, Integer, MetaData, select, String, Table

app = FastAPI()
engine = create_engine("sqlite:///benchmark.db")
USERS = Table("users", MetaData(), Column("id", Integer), Column("name", String))


@app.get("/00480")
def benchmark_test_00480(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    with engine.connect() as c:
        rows = c.execute(select(USERS).where(USERS.c.name == bar)).fetchall()
    result = len(rows)
    return {"result": str(result)}

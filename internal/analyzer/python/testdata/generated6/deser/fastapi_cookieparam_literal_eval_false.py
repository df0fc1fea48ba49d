# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=fastapi source=cookieparam shape=literal_eval sink=specific expected=false
import ast

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00453")
def benchmark_test_00453(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    obj = ast.literal_eval(bar)
    result = type(obj).__name__
    return {"result": str(result)}

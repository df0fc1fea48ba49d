# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=cookie propagation=direct sink=safe0 expected=false
import ast

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00153")
def benchmark_test_00153(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    result = ast.literal_eval(bar)
    return {"result": str(result)}

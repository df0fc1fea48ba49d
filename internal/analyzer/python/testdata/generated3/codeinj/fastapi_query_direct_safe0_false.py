# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=query propagation=direct sink=safe0 expected=false
import ast

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00157")
def benchmark_test_00157(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    result = ast.literal_eval(bar)
    return {"result": str(result)}

# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=query shape=eval_of_literal_eval sink=specific expected=true
import ast

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00345")
def benchmark_test_00345(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    result = eval(ast.literal_eval(bar))  # want: PY-CODE-INJECTION
    return {"result": str(result)}

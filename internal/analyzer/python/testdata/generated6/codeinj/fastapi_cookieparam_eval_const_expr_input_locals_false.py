# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=cookieparam shape=eval_const_expr_input_locals sink=specific expected=false
from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00354")
def benchmark_test_00354(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    result = eval("a + b", {"__builtins__": {}}, {"a": bar, "b": "!"})
    return {"result": str(result)}

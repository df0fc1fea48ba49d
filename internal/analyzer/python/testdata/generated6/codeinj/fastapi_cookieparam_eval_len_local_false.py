# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=cookieparam shape=eval_len_local sink=specific expected=false
from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00486")
def benchmark_test_00486(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    result = eval("len(s)", {"__builtins__": {"len": len}}, {"s": bar})
    return {"result": str(result)}

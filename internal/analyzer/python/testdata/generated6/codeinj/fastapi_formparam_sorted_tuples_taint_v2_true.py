# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=formparam shape=sorted_tuples_taint sink=v2 expected=true
from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00183")
def benchmark_test_00183(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    ranked = sorted([("b", param), ("a", "safe")])
    bar = ranked[1][1]
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}

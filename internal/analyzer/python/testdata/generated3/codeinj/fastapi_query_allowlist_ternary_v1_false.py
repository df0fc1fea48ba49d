# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=query propagation=allowlist_ternary sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00142")
def benchmark_test_00142(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param if param in ("alpha", "beta") else "alpha"
    exec("value = " + bar, {})
    result = True
    return {"result": str(result)}

# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=pathparam propagation=allowlist_ternary sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00142/{test_id}")
def benchmark_test_00142(request: Request, test_id: str):
    param = test_id
    bar = param if param in ("alpha", "beta") else "alpha"
    exec("value = " + bar, {})
    result = True
    return {"result": str(result)}

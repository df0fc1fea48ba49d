# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=pathparam propagation=allowlist_ternary sink=v2 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00154/{test_id}")
def benchmark_test_00154(request: Request, test_id: str):
    param = test_id
    bar = param if param in ("alpha", "beta") else "alpha"
    result = eval(compile(bar, "<benchmark>", "eval"))
    return {"result": str(result)}

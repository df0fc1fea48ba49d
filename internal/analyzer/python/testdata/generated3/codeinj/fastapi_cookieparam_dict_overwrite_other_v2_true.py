# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=cookieparam propagation=dict_overwrite_other sink=v2 expected=true
from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00142")
def benchmark_test_00142(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}

# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=cookieparam propagation=dict_get_default_safe sink=v2 expected=false
from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00136")
def benchmark_test_00136(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    result = eval(compile(bar, "<benchmark>", "eval"))
    return {"result": str(result)}

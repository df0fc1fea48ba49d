# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=multi propagation=dict_get_default_safe sink=v1 expected=false
import yaml

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00487")
def benchmark_test_00487(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": str(result)}

# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=multi propagation=match_const_taint sink=v1 expected=true
import jinja2

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00290")
def benchmark_test_00290(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}

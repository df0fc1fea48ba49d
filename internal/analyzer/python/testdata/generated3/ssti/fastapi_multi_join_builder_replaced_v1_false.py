# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=multi propagation=join_builder_replaced sink=v1 expected=false
import jinja2

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00278")
def benchmark_test_00278(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}

# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=fastapi source=queryparams shape=extend_other sink=v0 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00097")
def benchmark_test_00097(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    items = ["safe"]
    items.extend([param, "more"])
    bar = items[2]
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}

# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=queryparams propagation=dict_get_default_safe sink=v0 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00272")
def benchmark_test_00272(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}

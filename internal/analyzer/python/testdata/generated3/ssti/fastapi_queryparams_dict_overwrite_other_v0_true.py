# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=queryparams propagation=dict_overwrite_other sink=v0 expected=true
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00284")
def benchmark_test_00284(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}

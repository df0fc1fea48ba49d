# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=paramnames propagation=join_builder_replaced sink=v0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00591")
def benchmark_test_00591(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    request.session["userid"] = bar
    result = True
    return {"result": str(result)}

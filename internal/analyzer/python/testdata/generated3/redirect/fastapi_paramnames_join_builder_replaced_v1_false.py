# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=paramnames propagation=join_builder_replaced sink=v1 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00340")
def benchmark_test_00340(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    return RedirectResponse(bar)

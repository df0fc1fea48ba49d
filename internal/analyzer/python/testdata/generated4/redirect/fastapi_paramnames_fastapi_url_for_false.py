# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=paramnames shape=fastapi_url_for sink=specific expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00454")
def benchmark_test_00454(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    return RedirectResponse(request.url_for("home"))

# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=queryparams shape=format_index_taint sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00201")
def benchmark_test_00201(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = "{0}".format(param, "safe")
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT

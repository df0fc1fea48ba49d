# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=paramnames propagation=b64_roundtrip sink=v1 expected=true
import base64

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00326")
def benchmark_test_00326(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT

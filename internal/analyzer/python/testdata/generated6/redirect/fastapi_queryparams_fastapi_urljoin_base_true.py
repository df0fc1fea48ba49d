# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=queryparams shape=fastapi_urljoin_base sink=specific expected=true
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00414")
def benchmark_test_00414(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    return RedirectResponse(urllib.parse.urljoin(str(request.base_url), bar))  # want: PY-OPEN-REDIRECT

# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=querystring propagation=dict_get_taint sink=v1 expected=true
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00314")
def benchmark_test_00314(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT

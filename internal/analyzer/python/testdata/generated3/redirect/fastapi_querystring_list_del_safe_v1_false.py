# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=querystring propagation=list_del_safe sink=v1 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00328")
def benchmark_test_00328(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    return RedirectResponse(bar)

# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=querystring propagation=list_del_safe sink=v0 expected=false
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00579")
def benchmark_test_00579(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    request.session["userid"] = bar
    result = True
    return {"result": str(result)}

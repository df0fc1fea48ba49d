# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=querystring propagation=if_fold_div_taint (helper class) sink=v3 expected=true
import os
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        num = 196
        if (500 / 42) + num > 200:
            bar = param
        else:
            bar = "This should never happen"
        return bar


@app.get("/00086")
def benchmark_test_00086(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    result = os.popen("nslookup " + bar).read()  # want: PY-CMDI
    return {"result": str(result)}

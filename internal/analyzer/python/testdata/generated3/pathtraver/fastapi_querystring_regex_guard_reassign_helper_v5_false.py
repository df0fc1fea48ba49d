# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=querystring propagation=regex_guard_reassign (helper class) sink=v5 expected=false
import os
import re
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.get("/00189")
def benchmark_test_00189(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return {"result": str(result)}

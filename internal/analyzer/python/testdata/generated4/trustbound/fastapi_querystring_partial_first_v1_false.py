# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=querystring shape=partial_first sink=v1 expected=false
import functools
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


def first_of(a, b):
    return a


@app.get("/00228")
def benchmark_test_00228(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = functools.partial(first_of, "safe")(param)
    request.session[bar] = "10340"
    result = True
    return {"result": str(result)}

# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=querystring shape=insert_front sink=v1 expected=true
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00102")
def benchmark_test_00102(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    items = ["a", "b"]
    items.insert(0, param)
    bar = items[0]
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}

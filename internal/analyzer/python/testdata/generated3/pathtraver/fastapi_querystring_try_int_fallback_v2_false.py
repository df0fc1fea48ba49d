# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=querystring propagation=try_int_fallback sink=v2 expected=false
import pathlib
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00185")
def benchmark_test_00185(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return {"result": str(result)}

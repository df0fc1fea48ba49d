# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=multi propagation=try_int_fallback sink=v2 expected=false
import pathlib

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00185")
def benchmark_test_00185(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return {"result": str(result)}

# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=multi shape=namedtuple_field sink=v2 expected=true
import pathlib

from collections import namedtuple
from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


Pair = namedtuple("Pair", ["left", "right"])


@app.get("/00021")
def benchmark_test_00021(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    p = Pair("safe", param)
    bar = p.right
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return {"result": str(result)}

# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=cookieparam propagation=list_pop_taint (helper class) sink=v5 expected=true
import os

from fastapi import FastAPI, Cookie, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        values_list = []
        values_list.append("safe")
        values_list.append(param)
        values_list.append("moresafe")
        values_list.pop(0)
        bar = values_list[0]
        return bar


@app.get("/00173")
def benchmark_test_00173(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": str(result)}

# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=queryparams propagation=thing_factory sink=v4 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.get("/00194")
def benchmark_test_00194(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    thing = make_thing()
    bar = thing.do_something(param)
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": str(result)}

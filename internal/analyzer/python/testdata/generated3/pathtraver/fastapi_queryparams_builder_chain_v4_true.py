# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=queryparams propagation=builder_chain sink=v4 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


@app.get("/00186")
def benchmark_test_00186(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = Builder().set_value(param).get_value()
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": str(result)}

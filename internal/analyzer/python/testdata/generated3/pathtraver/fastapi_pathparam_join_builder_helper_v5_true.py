# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=pathparam propagation=join_builder (helper class) sink=v5 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.get("/00177/{test_id}")
def benchmark_test_00177(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": str(result)}

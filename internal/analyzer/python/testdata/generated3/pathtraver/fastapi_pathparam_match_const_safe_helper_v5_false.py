# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=pathparam propagation=match_const_safe (helper class) sink=v5 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.get("/00185/{test_id}")
def benchmark_test_00185(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return {"result": str(result)}

# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=cookieparam propagation=list_pop_taint (helper class) sink=v2 expected=true
import pathlib

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


@app.get("/00165")
def benchmark_test_00165(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return {"result": str(result)}

# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=cookie propagation=thing_factory sink=v2 expected=true
import pathlib

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.get("/00179")
def benchmark_test_00179(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    thing = make_thing()
    bar = thing.do_something(param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return {"result": str(result)}

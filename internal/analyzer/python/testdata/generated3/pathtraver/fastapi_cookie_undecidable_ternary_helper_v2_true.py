# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=cookie propagation=undecidable_ternary (helper class) sink=v2 expected=true
import pathlib

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.get("/00183")
def benchmark_test_00183(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return {"result": str(result)}

# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=cookie propagation=int_conv (helper class) sink=v2 expected=false
import pathlib

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.get("/00191")
def benchmark_test_00191(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return {"result": str(result)}

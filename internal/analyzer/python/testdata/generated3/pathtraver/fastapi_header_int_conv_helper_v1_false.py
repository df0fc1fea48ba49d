# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=header propagation=int_conv (helper class) sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.get("/00176")
def benchmark_test_00176(request: Request):
    param = request.headers.get("referer", "")
    bar = Test().do_something(request, param)
    with open(BASE_DIR + bar, "rb") as fh:
        result = len(fh.read())
    return {"result": str(result)}

# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=header shape=tuple_swap_taint sink=v2 expected=true
import pathlib

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00113")
def benchmark_test_00113(request: Request):
    param = request.headers.get("referer", "")
    a, b = param, "safe"
    a, b = b, a
    bar = b
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return {"result": str(result)}

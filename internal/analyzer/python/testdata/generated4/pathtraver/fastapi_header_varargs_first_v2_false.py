# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=header shape=varargs_first sink=v2 expected=false
import pathlib

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


def last(*values):
    return values[-1]


@app.get("/00239")
def benchmark_test_00239(request: Request):
    param = request.headers.get("referer", "")
    bar = last(param, "safe")
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return {"result": str(result)}

# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=header shape=joinpath sink=specific expected=true
import pathlib

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00357")
def benchmark_test_00357(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    result = pathlib.Path(BASE_DIR).joinpath(bar).read_text()  # want: PY-PATH-TRAVERSAL
    return {"result": str(result)}

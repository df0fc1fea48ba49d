# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=headerparam shape=resolve_unchecked sink=specific expected=true
import pathlib

from fastapi import FastAPI, Header, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00363")
def benchmark_test_00363(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    p = (pathlib.Path(BASE_DIR) / bar).resolve()
    result = p.read_text()  # want: PY-PATH-TRAVERSAL
    return {"result": str(result)}

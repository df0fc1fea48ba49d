# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=form propagation=direct sink=safe2 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.post("/00213")
async def benchmark_test_00213(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    full = os.path.realpath(os.path.join(BASE_DIR, bar))
    if not full.startswith(BASE_DIR):
        full = os.path.join(BASE_DIR, "index.txt")
    with open(full) as fh:
        result = len(fh.read())
    return {"result": str(result)}

# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=form shape=xmltodict_field sink=v5 expected=true
import os
import xmltodict

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.post("/00230")
async def benchmark_test_00230(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = str(xmltodict.parse(param)["q"]["term"])
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": str(result)}

# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=headerparam shape=chain_taint sink=v5 expected=true
import itertools
import os

from fastapi import FastAPI, Header, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00246")
def benchmark_test_00246(request: Request, referer: str = Header("")):
    param = referer
    bar = list(itertools.chain(["safe"], [param]))[1]
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": str(result)}

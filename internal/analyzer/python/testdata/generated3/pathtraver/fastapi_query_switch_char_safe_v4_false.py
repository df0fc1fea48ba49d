# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=query propagation=switch_char_safe sink=v4 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


@app.get("/00174")
def benchmark_test_00174(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return {"result": str(result)}

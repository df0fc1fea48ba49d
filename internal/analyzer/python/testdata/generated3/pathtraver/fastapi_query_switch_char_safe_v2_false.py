# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=query propagation=switch_char_safe sink=v2 expected=false
import pathlib

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


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
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return {"result": str(result)}

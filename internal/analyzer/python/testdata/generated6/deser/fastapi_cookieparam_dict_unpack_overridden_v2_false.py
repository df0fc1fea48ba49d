# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=fastapi source=cookieparam shape=dict_unpack_overridden sink=v2 expected=false
import jsonpickle

from fastapi import FastAPI, Cookie, Request

app = FastAPI()
DEFAULTS = {"term": "all"}


@app.get("/00219")
def benchmark_test_00219(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    opts = {"term": param, **DEFAULTS}
    bar = opts["term"]
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return {"result": str(result)}

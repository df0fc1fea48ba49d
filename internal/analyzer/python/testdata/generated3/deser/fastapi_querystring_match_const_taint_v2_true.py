# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=querystring propagation=match_const_taint sink=v2 expected=true
import jsonpickle
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00490")
def benchmark_test_00490(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}

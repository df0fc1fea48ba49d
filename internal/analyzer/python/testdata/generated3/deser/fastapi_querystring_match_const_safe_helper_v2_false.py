# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=querystring propagation=match_const_safe (helper class) sink=v2 expected=false
import jsonpickle
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.get("/00520")
def benchmark_test_00520(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return {"result": str(result)}

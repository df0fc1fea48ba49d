# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=paramnames propagation=split_first (helper class) sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.get("/00556")
def benchmark_test_00556(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}

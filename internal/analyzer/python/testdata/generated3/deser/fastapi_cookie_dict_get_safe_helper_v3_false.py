# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=cookie propagation=dict_get_safe (helper class) sink=v3 expected=false
import base64
import io
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.get("/00514")
def benchmark_test_00514(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))
    result = type(obj).__name__
    return {"result": str(result)}

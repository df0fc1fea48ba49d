# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=querystring propagation=dict_get_safe (helper class) sink=v3 expected=false
import base64
import io
import pickle
import urllib.parse

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


@app.get("/00484")
def benchmark_test_00484(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))
    result = type(obj).__name__
    return {"result": str(result)}

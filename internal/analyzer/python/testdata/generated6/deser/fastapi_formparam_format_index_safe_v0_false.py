# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=fastapi source=formparam shape=format_index_safe sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00203")
def benchmark_test_00203(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = "{1}".format(param, "safe")
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": str(result)}

# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=cookie propagation=list_remove_value_taint (helper class) sink=v3 expected=true
import base64
import io
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


@app.get("/00538")
def benchmark_test_00538(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}

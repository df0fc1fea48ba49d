# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=formparam propagation=try_int_fallback sink=v2 expected=false
import jsonpickle

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00559")
def benchmark_test_00559(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return {"result": str(result)}

# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=fastapi source=cookie shape=jsonpickle_loads expected=true
import jsonpickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00378")
def benchmark_test_00378(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    obj = jsonpickle.loads(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}

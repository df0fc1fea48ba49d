# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=fastapi source=header shape=lambda_taint sink=v2 expected=true
import jsonpickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00219")
def benchmark_test_00219(request: Request):
    param = request.headers.get("referer", "")
    fmt = lambda v: v.strip()
    bar = fmt(param)
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}

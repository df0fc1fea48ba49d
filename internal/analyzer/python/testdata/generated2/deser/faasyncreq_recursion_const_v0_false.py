# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=recursion_const sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    bar = unwrap(param, 3)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

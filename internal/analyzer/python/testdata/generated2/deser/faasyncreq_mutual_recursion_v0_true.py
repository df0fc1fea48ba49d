# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=mutual_recursion sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    bar = ping(param, 4)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}

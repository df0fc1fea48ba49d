# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=helper_isinstance sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    bar = coerce(param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=helper_int sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    bar = to_int_str(param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

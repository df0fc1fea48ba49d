# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=match_const_branches sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    match param:
        case "a":
            bar = "first"
        case _:
            bar = "other"
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

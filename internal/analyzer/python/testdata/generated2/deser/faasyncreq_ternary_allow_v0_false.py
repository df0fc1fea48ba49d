# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=ternary_allow sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    bar = param if param in ALLOWED else "alpha"
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

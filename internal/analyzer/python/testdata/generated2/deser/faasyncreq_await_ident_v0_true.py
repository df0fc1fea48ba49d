# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=await_ident sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    bar = await normalize(param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}

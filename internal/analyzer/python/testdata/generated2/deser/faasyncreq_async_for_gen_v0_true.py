# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=async_for_gen sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


async def agen(value):
    yield value


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    bar = ""
    async for item in agen(param):
        bar = item
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}

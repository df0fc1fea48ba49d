# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=await_method sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


class Loader:
    async def load(self, key):
        return key


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    bar = await Loader().load(param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}

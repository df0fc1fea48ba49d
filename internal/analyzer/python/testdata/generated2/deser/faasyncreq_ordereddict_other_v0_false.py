# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=ordereddict_other sink=v0 expected=false
import base64
import pickle

from collections import OrderedDict
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    od = OrderedDict([("a", "safe"), ("b", param)])
    bar = od["a"]
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

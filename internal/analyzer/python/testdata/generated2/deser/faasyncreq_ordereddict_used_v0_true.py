# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=ordereddict_used sink=v0 expected=true
import base64
import pickle

from collections import OrderedDict
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    od = OrderedDict([("a", "safe"), ("b", param)])
    bar = od["b"]
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}

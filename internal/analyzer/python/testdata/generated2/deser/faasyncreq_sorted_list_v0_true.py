# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=sorted_list sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    bar = sorted([param, "safe"])[0]
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}

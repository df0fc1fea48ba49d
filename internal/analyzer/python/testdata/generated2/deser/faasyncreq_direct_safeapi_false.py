# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=direct sink=safe-api expected=false
import json

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return {"result": result}

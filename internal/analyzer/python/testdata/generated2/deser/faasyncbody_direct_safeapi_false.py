# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncbody propagation=direct sink=safe-api expected=false
import json

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/deser")
async def handle_deser(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return {"result": result}

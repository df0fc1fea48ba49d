# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=direct sink=safe-api expected=false
import json

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return {"result": result}

# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=to_thread sink=v0 expected=true
import asyncio
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    bar = await asyncio.to_thread(str.strip, param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}

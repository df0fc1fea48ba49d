# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=await_chain sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


async def inner(value):
    return value


async def outer(value):
    return await inner(value)


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    bar = await outer(param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}

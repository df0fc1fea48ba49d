# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=await_int sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


async def normalize(value):
    return str(int(value))


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    bar = await normalize(param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

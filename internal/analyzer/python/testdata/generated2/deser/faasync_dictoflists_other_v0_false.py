# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=dictoflists_other sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    m = {"a": ["safe"], "b": ["safe", param]}
    bar = m["a"][0]
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

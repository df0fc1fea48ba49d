# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=walrus_len sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    bar = "empty"
    if (n := len(param)) > 0:
        bar = str(n)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

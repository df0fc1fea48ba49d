# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=dict_allow_get sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    bar = ALLOWED.get(param, "alpha")
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=dict_allow_get_default_param sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    bar = ALLOWED.get("zeta", param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}

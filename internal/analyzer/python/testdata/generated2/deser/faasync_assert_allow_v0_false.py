# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=assert_allow sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    assert param in ALLOWED
    bar = param
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

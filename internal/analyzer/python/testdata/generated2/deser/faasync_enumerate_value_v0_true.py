# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=enumerate_value sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    bar = ""
    for _i, v in enumerate(["safe", param]):
        bar = v
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}

# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=closure_nested_def sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    def current():
        return param
    bar = current()
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}

# generated case: rule=PY-DESERIALIZATION source=faquery propagation=listneg_first sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser")
def handle_deser(p: str = ""):
    param = p
    values = [param, "safe", "moresafe"]
    bar = values[-1]
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

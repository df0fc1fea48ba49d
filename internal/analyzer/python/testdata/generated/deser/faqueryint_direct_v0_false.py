# generated case: rule=PY-DESERIALIZATION source=faqueryint propagation=direct sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser")
def handle_deser(p: int = 0):
    param = str(p)
    bar = param
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

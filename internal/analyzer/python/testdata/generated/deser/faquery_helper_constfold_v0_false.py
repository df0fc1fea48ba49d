# generated case: rule=PY-DESERIALIZATION source=faquery propagation=helper_constfold sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


def choose(value):
    if len("abc") > 5:
        return value
    return "safe"


@app.get("/deser")
def handle_deser(p: str = ""):
    param = p
    bar = choose(param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=closure_factory sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


def make_getter(value):
    def getter():
        return value
    return getter


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    bar = make_getter(param)()
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}

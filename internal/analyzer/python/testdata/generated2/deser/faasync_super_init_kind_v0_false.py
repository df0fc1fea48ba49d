# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=super_init_kind sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    def __init__(self, value):
        super().__init__(value)
        self.kind = "child"


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    bar = Child(param).kind
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=dataclass_default sink=v0 expected=false
import base64
import pickle

from dataclasses import dataclass
from fastapi import FastAPI

app = FastAPI()


@dataclass
class Query:
    term: str
    other: str = "safe"


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    q = Query(term=param)
    bar = q.other
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}

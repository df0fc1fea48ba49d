# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncbody propagation=dataclass_kw sink=v0 expected=true
import base64
import pickle

from dataclasses import dataclass
from fastapi import FastAPI, Request

app = FastAPI()


@dataclass
class Query:
    term: str
    other: str = "safe"


@app.post("/deser")
async def handle_deser(request: Request):
    payload = await request.json()
    param = payload["p"]
    q = Query(term=param)
    bar = q.term
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}

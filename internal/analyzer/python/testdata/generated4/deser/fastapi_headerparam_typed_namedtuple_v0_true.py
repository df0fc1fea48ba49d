# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=fastapi source=headerparam shape=typed_namedtuple sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI, Header, Request
from typing import NamedTuple

app = FastAPI()


class Row(NamedTuple):
    key: str
    val: str


@app.get("/00025")
def benchmark_test_00025(request: Request, referer: str = Header("")):
    param = referer
    row = Row(key="k", val=param)
    bar = row.val
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}

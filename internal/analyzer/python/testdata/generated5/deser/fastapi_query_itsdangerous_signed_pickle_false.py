# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=fastapi source=query shape=itsdangerous_signed_pickle expected=false
import os
import pickle

from fastapi import FastAPI, HTTPException, Request
from itsdangerous import BadSignature, URLSafeSerializer

app = FastAPI()
SECRET_KEY = os.environ["SECRET_KEY"]


@app.get("/00392")
def benchmark_test_00392(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    s = URLSafeSerializer(SECRET_KEY, serializer=pickle)
    try:
        obj = s.loads(bar)
    except BadSignature:
        raise HTTPException(status_code=400, detail="invalid")
    result = type(obj).__name__
    return {"result": str(result)}

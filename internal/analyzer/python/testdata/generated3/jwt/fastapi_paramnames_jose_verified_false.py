# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=paramnames variant=jose_verified expected=false
import os

from fastapi import FastAPI, Request
from jose import jwt as jose_jwt

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00793")
def benchmark_test_00793(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    claims = jose_jwt.decode(bar, JWT_KEY, algorithms=["HS256"])
    result = claims.get("sub")
    return {"result": str(result)}

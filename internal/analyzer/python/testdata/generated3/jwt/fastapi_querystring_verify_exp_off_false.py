# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=querystring variant=verify_exp_off expected=false
import jwt
import os
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00781")
def benchmark_test_00781(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_exp": False})
    result = claims.get("sub")
    return {"result": str(result)}

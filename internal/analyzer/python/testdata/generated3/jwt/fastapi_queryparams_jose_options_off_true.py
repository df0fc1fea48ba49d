# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=queryparams variant=jose_options_off expected=true
import os

from fastapi import FastAPI, Request
from jose import jwt as jose_jwt

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00782")
def benchmark_test_00782(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    claims = jose_jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return {"result": str(result)}

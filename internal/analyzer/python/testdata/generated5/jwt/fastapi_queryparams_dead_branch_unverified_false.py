# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=queryparams shape=dead_branch_unverified expected=false
import jwt
import os

from fastapi import FastAPI, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00218")
def benchmark_test_00218(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    if False:
        claims = jwt.decode(bar, options={"verify_signature": False})
    else:
        claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"])
    result = claims.get("sub")
    return {"result": str(result)}

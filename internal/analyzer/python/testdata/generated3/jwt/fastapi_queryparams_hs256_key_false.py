# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=queryparams variant=hs256_key expected=false
import jwt
import os

from fastapi import FastAPI, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00633")
def benchmark_test_00633(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"])
    result = claims.get("sub")
    return {"result": str(result)}

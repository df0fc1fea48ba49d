# generated case (gen_cases4): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=paramnames shape=verify_aud_off sink=config expected=false
import jwt
import os

from fastapi import FastAPI, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00604")
def benchmark_test_00604(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_aud": False})
    result = claims.get("sub")
    return {"result": str(result)}

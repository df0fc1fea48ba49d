# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=headerparam shape=verify_flag_dead expected=false
import jwt
import os

from fastapi import FastAPI, Header, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]
SKIP_JWT_CHECK = False


@app.get("/00227")
def benchmark_test_00227(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    verify = True
    if SKIP_JWT_CHECK:
        verify = False
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": verify})
    result = claims.get("sub")
    return {"result": str(result)}

# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=header variant=fold_verify_false expected=true
import jwt
import os

from fastapi import FastAPI, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00776")
def benchmark_test_00776(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    verify = (7 * 18) + 106 < 200
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": verify})  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return {"result": str(result)}

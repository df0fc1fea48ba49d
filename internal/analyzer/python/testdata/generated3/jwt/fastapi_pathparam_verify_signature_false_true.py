# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=pathparam variant=verify_signature_false expected=true
import jwt
import os

from fastapi import FastAPI, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00769/{test_id}")
def benchmark_test_00769(request: Request, test_id: str):
    param = test_id
    bar = param
    claims = jwt.decode(bar, options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return {"result": str(result)}

# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=pathparam shape=decode_complete_unverified expected=true
import jwt
import os

from fastapi import FastAPI, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00196/{test_id}")
def benchmark_test_00196(request: Request, test_id: str):
    param = test_id
    bar = param
    token = jwt.decode_complete(bar, options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    result = token["payload"].get("sub")
    return {"result": str(result)}

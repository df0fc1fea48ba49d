# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=pathparam shape=decode_complete_verified expected=false
import jwt
import os

from fastapi import FastAPI, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00222/{test_id}")
def benchmark_test_00222(request: Request, test_id: str):
    param = test_id
    bar = param
    token = jwt.decode_complete(bar, JWT_KEY, algorithms=["HS512"])
    result = token["payload"].get("sub")
    return {"result": str(result)}

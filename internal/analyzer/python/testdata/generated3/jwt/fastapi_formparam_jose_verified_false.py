# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=formparam variant=jose_verified expected=false
import os

from fastapi import FastAPI, Form, Request
from jose import jwt as jose_jwt

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.post("/00718")
def benchmark_test_00718(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    claims = jose_jwt.decode(bar, JWT_KEY, algorithms=["HS256"])
    result = claims.get("sub")
    return {"result": str(result)}

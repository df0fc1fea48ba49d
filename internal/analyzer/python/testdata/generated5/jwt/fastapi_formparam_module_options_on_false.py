# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=formparam shape=module_options_on expected=false
import jwt
import os

from fastapi import FastAPI, Form, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]
JWT_OPTIONS = {"verify_signature": True, "require": ["exp"]}


@app.post("/00200")
def benchmark_test_00200(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options=JWT_OPTIONS)
    result = claims.get("sub")
    return {"result": str(result)}

# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=query variant=options_variable expected=true
import jwt
import os

from fastapi import FastAPI, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00770")
def benchmark_test_00770(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    opts = {"verify_signature": False, "verify_exp": True}
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options=opts)  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return {"result": str(result)}

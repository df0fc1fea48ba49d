# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=multi variant=fold_verify_true expected=false
import jwt
import os

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00639")
def benchmark_test_00639(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    verify = (7 * 18) + 106 > 200
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": verify})
    result = claims.get("sub")
    return {"result": str(result)}

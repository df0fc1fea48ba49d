# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=multi variant=header_then_verify expected=false
import jwt
import os

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]
KEYS = {"v1": os.environ["JWT_KEY_V1"]}


@app.get("/00788")
def benchmark_test_00788(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    header = jwt.get_unverified_header(bar)
    key = KEYS.get(header.get("kid"), JWT_KEY)
    claims = jwt.decode(bar, key, algorithms=["HS256"])
    result = claims.get("sub")
    return {"result": str(result)}

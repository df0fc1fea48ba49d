# generated case (gen_cases4): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=multi shape=algorithms_with_none sink=config expected=true
import jwt
import os

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00601")
def benchmark_test_00601(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256", "none"])  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return {"result": str(result)}

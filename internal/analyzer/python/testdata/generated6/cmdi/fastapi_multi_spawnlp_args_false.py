# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=fastapi source=multi shape=spawnlp_args sink=specific expected=false
import os

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00339")
def benchmark_test_00339(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    result = os.spawnlp(os.P_WAIT, "ping", "ping", "-c", "1", "--", bar)
    return {"result": str(result)}

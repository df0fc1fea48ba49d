# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=multi propagation=if_fold_str_safe sink=v0 expected=false
import os

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00089")
def benchmark_test_00089(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    result = os.system("echo " + bar)
    return {"result": str(result)}

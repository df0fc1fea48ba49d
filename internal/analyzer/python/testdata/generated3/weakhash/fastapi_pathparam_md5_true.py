# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=pathparam variant=md5 expected=true
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00649/{test_id}")
def benchmark_test_00649(request: Request, test_id: str):
    param = test_id
    bar = param
    result = hashlib.md5(bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(result)}

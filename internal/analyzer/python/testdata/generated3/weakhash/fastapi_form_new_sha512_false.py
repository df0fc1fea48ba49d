# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=form variant=new_sha512 expected=false
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00667")
async def benchmark_test_00667(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    result = hashlib.new("sha512", bar.encode("utf-8")).hexdigest()
    return {"result": str(result)}
